/**
 * Evidence as short text: line numbers with consecutive runs collapsed ("lines 3, 8",
 * "lines 27–29", "line 32"), and the one-line form the relationships table shows.
 */
import type { Evidence } from '../../graph/dataset-schema';

/** "line 32", "lines 3, 8", "lines 27–29, 33"; "" when there are no lines. */
export function formatLines(lines: readonly number[]): string {
  const sorted = [...new Set(lines.filter((line) => Number.isFinite(line)))].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const runs: string[] = [];
  let start = sorted[0]!;
  let end = start;
  for (const line of sorted.slice(1)) {
    if (line === end + 1) {
      end = line;
      continue;
    }
    runs.push(run(start, end));
    start = end = line;
  }
  runs.push(run(start, end));
  return `${sorted.length === 1 ? 'line' : 'lines'} ${runs.join(', ')}`;
}

/** "lines 3, 8: summary" for the first item; how many more there are, separately. */
export function evidenceBrief(evidence: readonly Evidence[]): { text: string; more: number } {
  const first = evidence[0];
  if (!first) return { text: '', more: 0 };
  const lines = formatLines(first.lines);
  return { text: lines ? `${lines}: ${first.summary}` : first.summary, more: evidence.length - 1 };
}

/** Two lines apart are two runs ("3, 5"); two neighbours are a run too ("3–4"). */
function run(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}
