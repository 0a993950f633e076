/**
 * The last check on an imported dataset: the loader's own validation, so whatever the CSV rules
 * above did not catch (a label past the length limit, an actor id that is a built-in JavaScript
 * name, an `options.edgeTypes` colour) is still refused here, and its JSON path
 * (`edges[3].attributes.since`) is turned back into the file, row and column it came from.
 */
import type { SerializedGraph } from 'graphology-types';
import type { Limits } from '../graph/limits';
import { ProblemList } from '../graph/problems';
import { validateDataset } from '../graph/validate';
import type { SheetCells } from './csv-cells';
import type { Field } from './csv-columns';
import type { ReadEdge } from './csv-relationships';

export interface Origins {
  actors?: { cells: SheetCells; rowOf: ReadonlyMap<string, number> };
  relationships?: { cells: SheetCells; edges: readonly ReadEdge[] };
}

const EVIDENCE_FIELDS: Record<string, Field> = { source: 'evidence_source', lines: 'lines', summary: 'summary', quote: 'quote' };

/** Problems the loader would report, located in the sheets where possible. */
export function locateProblems(data: SerializedGraph, limits: Limits, origins: Origins): ProblemList {
  const located = new ProblemList();
  const result = validateDataset(data, limits);
  if (result.ok) return located;
  for (const problem of result.problems) located.add(locate(problem.path, data, origins) ?? problem.path, problem.message);
  located.omitted += result.omitted;
  return located;
}

function locate(path: string, data: SerializedGraph, origins: Origins): string | undefined {
  if (/^attributes\.(edgeTypes|nodeKinds)\b/.test(path)) return locateRegistry(path, data, origins);
  const match = /^(nodes|edges)\[(\d+)\](.*)$/.exec(path);
  if (!match) return undefined;
  const index = Number(match[2]);
  const segments = [...match[3]!.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(
    ([, name, number, quoted]) => name ?? (number !== undefined ? Number(number) : safeParse(quoted!)),
  );

  if (match[1] === 'nodes') {
    const actors = origins.actors;
    const node = data.nodes[index];
    const row = node && actors?.rowOf.get(node.key);
    if (!actors || row === undefined) return undefined;
    const [first, name] = segments;
    const header =
      first === 'key'
        ? actors.cells.header('id')
        : first === 'attributes' && typeof name === 'string'
          ? headerOf(actors.cells, name)
          : undefined;
    return actors.cells.path(row, header);
  }

  const relationships = origins.relationships;
  const edge = relationships?.edges[index];
  if (!relationships || !edge) return undefined;
  const cells = relationships.cells;
  const [first, name, item, field] = segments;
  if (first === 'attributes' && name === 'evidence' && typeof item === 'number') {
    const row = edge.evidenceRows[item] ?? edge.rows[0]!;
    const evidenceField = typeof field === 'string' ? EVIDENCE_FIELDS[field] : undefined;
    return cells.path(row, evidenceField ? cells.header(evidenceField) : undefined);
  }
  let header: string | undefined;
  if (first === 'key') header = cells.header('id');
  else if (first === 'source' || first === 'target') header = cells.header(first);
  else if (first === 'undirected') header = cells.direction?.header ?? cells.header('directed');
  else if (first === 'attributes' && typeof name === 'string') header = headerOf(cells, name);
  return cells.path(edge.rows[0]!, header);
}

/**
 * A registry entry's own name (`attributes.edgeTypes.constructor`) is located at the first row
 * that uses it; anything inside an entry (a colour, a shape) came from the caller's options.
 */
function locateRegistry(path: string, data: SerializedGraph, origins: Origins): string {
  const match = /^attributes\.(edgeTypes|nodeKinds)(?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])?$/.exec(path);
  const name = match && (match[2] ?? (match[3] !== undefined ? safeParse(match[3]) : undefined));
  if (match && name !== undefined) {
    if (match[1] === 'edgeTypes' && origins.relationships) {
      const index = data.edges.findIndex((edge) => edge.attributes?.type === name);
      const edge = origins.relationships.edges[index];
      if (edge) return origins.relationships.cells.path(edge.rows[0]!, origins.relationships.cells.header('type'));
    }
    if (match[1] === 'nodeKinds' && origins.actors) {
      const node = data.nodes.find((candidate) => candidate.attributes?.kind === name);
      const row = node && origins.actors.rowOf.get(node.key);
      if (row !== undefined) return origins.actors.cells.path(row, origins.actors.cells.header('kind'));
    }
  }
  return path.replace(/^attributes\./, 'options.');
}

/** The header of the column an attribute came from, if the sheet has one. */
function headerOf(cells: SheetCells, name: string): string | undefined {
  const field = cells.columns.find((column) => column.role.kind === 'field' && column.role.field === name);
  if (field) return field.header;
  return cells.attributeColumns.find((column) => column.name === name)?.header;
}

function safeParse(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted;
  }
}
