/**
 * The one line that tells a person what the importer understood: how many actors and
 * relationships, which way they point, and what each column became.
 */
import type { SerializedGraph } from 'graphology-types';
import { describeColumn, type Column } from './csv-columns';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "259 actors, 775 relationships (undirected); edges.csv: Source → source, …; ignored: notes". */
export function describeImport(
  dataset: { data: SerializedGraph; directed: number; undirected: number },
  sheets: ReadonlyArray<{ sheet: { name: string }; columns: readonly Column[] }>,
  actorsFromRelationships: boolean,
): string {
  const { data, directed, undirected } = dataset;
  const direction =
    directed + undirected === 0
      ? ''
      : undirected === 0
        ? ' (directed)'
        : directed === 0
          ? ' (undirected)'
          : ` (${directed} directed, ${undirected} undirected)`;
  const actors = `${count(data.nodes.length, 'actor', 'actors')}${actorsFromRelationships ? ' (from the relationships)' : ''}`;
  const parts = [`${actors}, ${count(data.edges.length, 'relationship', 'relationships')}${direction}`];
  const ignored: string[] = [];
  for (const { sheet, columns } of sheets) {
    const described = columns.map(describeColumn).filter((text) => text !== '');
    parts.push(sheets.length > 1 ? `${sheet.name}: ${described.join(', ')}` : described.join(', '));
    for (const column of columns) {
      if (column.role.kind === 'ignored')
        ignored.push(column.header.trim() === '' ? `column ${column.index + 1} (no header)` : column.header);
    }
  }
  if (ignored.length > 0) parts.push(`ignored: ${ignored.join(', ')}`);
  return parts.join('; ');
}
