/**
 * The read sheets as one dataset: actors (from the actors sheet, or made from the relationships'
 * ends when there is none), relationships with their direction settled and any id that clashes
 * with an actor id renamed, the registries and the sources. Direction: a relationship is directed
 * unless its row says otherwise. When the dataset declares edge types (a `sign` column, or
 * `options.edgeTypes`), the loader wants one direction per type, so rows of one type that
 * disagree are reported here with both rows named.
 */
import type { SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import { DEFAULT_EDGE_TYPE } from '../graph/check-structure';
import { quote, type ProblemList } from '../graph/problems';
import { hint } from '../graph/suggest';
import type { ActorTable } from './csv-actors';
import type { SheetCells } from './csv-cells';
import { toSerializedEdge, type ReadEdge, type RelationshipTable } from './csv-relationships';
import type { ImportOptions } from './types';

export interface DatasetParts {
  actors?: { table: ActorTable; cells: SheetCells };
  relationships?: { table: RelationshipTable; cells: SheetCells };
  options: ImportOptions;
  maxNodes: number;
  title?: string;
  /** Where notes about renamed ids go. */
  warnings: string[];
}

export interface AssembledDataset {
  data: SerializedGraph;
  directed: number;
  undirected: number;
}

type Spec = Record<string, unknown>;

const isSpec = (value: unknown): value is Spec => typeof value === 'object' && value !== null && !Array.isArray(value);

export function assembleDataset(parts: DatasetParts, problems: ProblemList): AssembledDataset {
  const { actors, relationships, options } = parts;
  const edges = relationships?.table.edges ?? [];
  const nodes = actors ? actors.table.nodes : actorsFromRelationships(edges);
  if (!actors && nodes.length > parts.maxNodes) {
    problems.add(
      relationships?.cells.sheet.name ?? '$',
      `the relationships name ${nodes.length} actors, more than the limit of ${parts.maxNodes}; raise limits.maxNodes if this is intended`,
    );
  }
  if (relationships) checkEnds(edges, relationships.cells, actors);
  renameClashingIds(edges, nodes, parts.warnings);

  const declared = (relationships?.table.signs.size ?? 0) > 0 || options.edgeTypes !== undefined;
  const typeOf = (edge: ReadEdge) => edge.type ?? (declared ? DEFAULT_EDGE_TYPE : undefined);
  const directions = !declared
    ? undefined
    : relationships
      ? typeDirections(edges, typeOf, relationships.cells, options)
      : new Map<string, boolean>();

  let directed = 0;
  const serialized: SerializedEdge[] = edges.map((edge) => {
    const type = typeOf(edge);
    const isDirected = directions && type !== undefined ? directions.get(type)! : (edge.directed ?? true);
    if (isDirected) directed += 1;
    return toSerializedEdge(edge, !isDirected, type);
  });

  const attributes: Record<string, unknown> = {};
  if (parts.title !== undefined) attributes.title = parts.title;
  const sources = relationships?.table.sources ?? [];
  if (sources.length > 0) attributes.sources = sources.map((id) => ({ id, title: id }));
  if (directions) {
    const inferred = new Map<string, Spec>();
    for (const [type, isDirected] of directions) {
      const spec: Spec = { label: type, directed: isDirected };
      const sign = relationships?.table.signs.get(type)?.sign;
      if (sign !== undefined) spec.sign = sign;
      inferred.set(type, spec);
    }
    attributes.edgeTypes = mergeRegistry(inferred, options.edgeTypes, 'edgeTypes', problems);
  }
  if (options.nodeKinds !== undefined) {
    const kinds = new Map<string, Spec>();
    for (const node of nodes) {
      const kind = node.attributes?.kind as unknown;
      if (typeof kind === 'string' && !kinds.has(kind)) kinds.set(kind, { label: kind });
    }
    attributes.nodeKinds = mergeRegistry(kinds, options.nodeKinds, 'nodeKinds', problems);
  }

  return {
    data: { attributes, options: { type: 'mixed', multi: true, allowSelfLoops: true }, nodes, edges: serialized },
    directed,
    undirected: serialized.length - directed,
  };
}

/** Without an actors sheet: one actor per name the relationships use, labelled with that name. */
function actorsFromRelationships(edges: readonly ReadEdge[]): SerializedNode[] {
  const seen = new Set<string>();
  const nodes: SerializedNode[] = [];
  for (const edge of edges) {
    for (const key of [edge.source, edge.target]) {
      if (seen.has(key)) continue;
      seen.add(key);
      nodes.push({ key, attributes: { label: key } });
    }
  }
  return nodes;
}

/** With an actors sheet, every end is one of its actors. */
function checkEnds(edges: readonly ReadEdge[], cells: SheetCells, actors: DatasetParts['actors']): void {
  if (!actors) return;
  const keys = actors.table.rowOf;
  for (const edge of edges) {
    for (const field of ['source', 'target'] as const) {
      const key = edge[field];
      if (keys.has(key)) continue;
      const byLabel = actors.table.byLabel.get(key.trim().toLowerCase());
      const suggestion =
        byLabel === undefined
          ? hint(key, actors.table.rowOf.keys())
          : ` (did you mean ${quote(byLabel)}, the id of the actor labelled ${quote(key)}?)`;
      cells.report(edge.rows[0]!, cells.header(field), `actor ${quote(key)} is not in ${actors.cells.sheet.name}${suggestion}`);
    }
  }
}

/**
 * Relationship ids that are also actor ids get an `e` in front (until unique), as the GEXF
 * importer does: Gephi numbers nodes and edges from 0 alike, and the loader needs one id space.
 */
function renameClashingIds(edges: readonly ReadEdge[], nodes: readonly SerializedNode[], warnings: string[]): void {
  const actorKeys = new Set(nodes.map((node) => node.key));
  const taken = new Set([...actorKeys, ...edges.flatMap((edge) => (edge.key === undefined ? [] : [edge.key]))]);
  let renamed = 0;
  for (const edge of edges) {
    if (edge.key === undefined || !actorKeys.has(edge.key)) continue;
    let key = `e${edge.key}`;
    while (taken.has(key)) key = `e${key}`;
    taken.add(key);
    edge.key = key;
    renamed += 1;
  }
  if (renamed > 0) {
    warnings.push(
      `${renamed === 1 ? '1 relationship id was' : `${renamed} relationship ids were`} also an actor id, so "e" was put before ${renamed === 1 ? 'it' : 'them'} (actors and relationships share one set of ids)`,
    );
  }
}

/**
 * One direction per type: the one `options.edgeTypes` gives, else the first row's that says one,
 * else directed. A row that says otherwise is reported.
 */
function typeDirections(
  edges: readonly ReadEdge[],
  typeOf: (edge: ReadEdge) => string | undefined,
  cells: SheetCells,
  options: ImportOptions,
): Map<string, boolean> {
  const decided = new Map<string, { directed: boolean; row?: number }>();
  for (const edge of edges) {
    const type = typeOf(edge)!;
    if (decided.has(type)) continue;
    const given = options.edgeTypes?.[type];
    if (isSpec(given) && typeof given.directed === 'boolean') decided.set(type, { directed: given.directed });
  }
  for (const edge of edges) {
    const type = typeOf(edge)!;
    const earlier = decided.get(type);
    if (edge.directed === undefined) {
      if (!earlier) decided.set(type, { directed: true });
      continue;
    }
    if (!earlier) {
      decided.set(type, { directed: edge.directed, row: edge.rows[0] });
      continue;
    }
    if (earlier.directed === edge.directed) continue;
    const here = edge.directed ? 'directed' : 'undirected';
    const there = earlier.directed ? 'directed' : 'undirected';
    const where = earlier.row === undefined ? 'in options.edgeTypes' : `in row ${earlier.row}`;
    cells.report(
      edge.rows[0]!,
      cells.direction?.header ?? cells.header('directed'),
      `type ${quote(type)} is ${here} here but ${there} ${where}; when edge types are declared (a sign column or options.edgeTypes) each type has one direction`,
    );
  }
  return new Map([...decided].map(([type, { directed }]) => [type, directed]));
}

/** The inferred registry with the caller's entries laid over it (theirs win, field by field). */
function mergeRegistry(inferred: Map<string, Spec>, given: Record<string, unknown> | undefined, name: string, problems: ProblemList): Spec {
  // A Map, then fromEntries: a type named "__proto__" becomes an own key (which the loader then
  // refuses) instead of replacing the registry's prototype.
  const registry = new Map(inferred);
  for (const [key, spec] of Object.entries(given ?? {})) {
    if (!isSpec(spec)) {
      problems.add(`options.${name}[${quote(key)}]`, `expected an object such as {"label": ${quote(key)}}, got ${quote(spec)}`);
      continue;
    }
    registry.set(key, { ...(registry.get(key) ?? { label: key }), ...spec });
  }
  return Object.fromEntries(registry);
}
