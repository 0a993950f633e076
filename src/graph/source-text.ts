/**
 * Reading the evidence (issue #15): a source's text as numbered lines, which claims cite which
 * line (the reverse index), how well the claims are backed (provenance), and the excerpt of a
 * text around the lines an evidence item cites. Pure: no DOM, no fetching; the graph is only read.
 *
 * A claim's evidence is its `evidence` and the `evidence` of each of its `history` entries. The
 * graph may come from anywhere (a page can hand over a graphology Graph it built), so every
 * field is checked as it is read and what does not fit is skipped.
 */
import type Graph from 'graphology';

/** One line of a source text as a reader sees it. */
export interface TextLine {
  /** 1 for the first line. */
  number: number;
  text: string;
  /** Whether the evidence being read cites this line. */
  cited: boolean;
}

/** An evidence item as the reader needs it: which source, which lines. */
export interface CitedItem {
  source: string;
  lines: number[];
}

/** For each source id, each cited line (ascending) and the claims (edge keys) that cite it, in graph order. */
export type Citations = Map<string, Map<number, string[]>>;

/** How well a graph's claims are backed. */
export interface Provenance {
  /** Relationships (claims) in the graph. */
  claims: number;
  /** Distinct lines cited, counted per source. */
  citedLines: number;
  /** Sources the graph declares. */
  sources: number;
  /** Claims with no evidence item at all, in graph order. */
  claimsWithoutEvidence: string[];
  /** Declared sources no evidence cites, in declared order. */
  uncitedSources: string[];
}

/** Lines shown around each cited line in an excerpt. */
export const EXCERPT_CONTEXT = 2;

/**
 * A text's lines as evidence numbers them: split on `\n` (a `\r` before it dropped), line 1
 * first. A final newline ends the last line rather than starting an empty one; empty text has none.
 */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

/** A claim's evidence items that name a source: its own `evidence`, then each `history` entry's. */
export function claimEvidence(attributes: Readonly<Record<string, unknown>>): CitedItem[] {
  const items: CitedItem[] = [];
  collect(attributes.evidence, items);
  if (Array.isArray(attributes.history)) {
    for (const entry of attributes.history as unknown[]) {
      if (typeof entry === 'object' && entry !== null) collect((entry as { evidence?: unknown }).evidence, items);
    }
  }
  return items;
}

/** The reverse index: which claims cite each line of each source. */
export function citations(graph: Graph): Citations {
  const index: Citations = new Map();
  graph.forEachEdge((edge, attributes) => {
    for (const item of claimEvidence(attributes)) {
      let lines = index.get(item.source);
      if (!lines) index.set(item.source, (lines = new Map<number, string[]>()));
      for (const line of item.lines) {
        const claims = lines.get(line);
        // One edge's items are read together, so a repeat of this edge is always the last one.
        if (!claims) lines.set(line, [edge]);
        else if (claims[claims.length - 1] !== edge) claims.push(edge);
      }
    }
  });
  for (const [source, lines] of index) index.set(source, new Map([...lines].sort(([a], [b]) => a - b)));
  return index;
}

/** The ids of the sources the graph declares (its `sources` attribute), each once, in order. */
export function declaredSources(graph: Graph): string[] {
  const raw = graph.getAttribute('sources') as unknown;
  if (!Array.isArray(raw)) return [];
  const ids = new Set<string>();
  for (const source of raw as unknown[]) {
    const id = typeof source === 'object' && source !== null ? (source as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && id !== '') ids.add(id);
  }
  return [...ids];
}

/** Counts of claims, cited lines and sources, the claims with no evidence and the sources nobody cites. */
export function provenance(graph: Graph, index: Citations = citations(graph)): Provenance {
  const claimsWithoutEvidence: string[] = [];
  graph.forEachEdge((edge, attributes) => {
    if (claimEvidence(attributes).length === 0) claimsWithoutEvidence.push(edge);
  });
  let citedLines = 0;
  for (const lines of index.values()) citedLines += lines.size;
  const declared = declaredSources(graph);
  return {
    claims: graph.size,
    citedLines,
    sources: declared.length,
    claimsWithoutEvidence,
    uncitedSources: declared.filter((id) => !index.get(id)?.size),
  };
}

/**
 * The runs of lines to show for `cited` lines of a text: each cited line with `context` lines
 * either side, runs that overlap or touch merged into one, in text order. Cited lines past the
 * end of the text (or not whole numbers from 1) are left out; see `missingLines`.
 */
export function excerpt(lines: readonly string[], cited: readonly number[], context = EXCERPT_CONTEXT): TextLine[][] {
  const wanted = new Set(cited.filter((line) => Number.isInteger(line) && line >= 1 && line <= lines.length));
  const runs: Array<[number, number]> = [];
  for (const line of [...wanted].sort((a, b) => a - b)) {
    const start = Math.max(1, line - context);
    const end = Math.min(lines.length, line + context);
    const last = runs[runs.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else runs.push([start, end]);
  }
  return runs.map(([start, end]) => {
    const run: TextLine[] = [];
    for (let number = start; number <= end; number++) run.push({ number, text: lines[number - 1]!, cited: wanted.has(number) });
    return run;
  });
}

/** Cited lines the text does not have (past its end), ascending and each once. */
export function missingLines(lineCount: number, cited: readonly number[]): number[] {
  return [...new Set(cited)].filter((line) => !(Number.isInteger(line) && line >= 1 && line <= lineCount)).sort((a, b) => a - b);
}

/** Adds the items of an `evidence` value that name a source, with their whole line numbers from 1. */
function collect(evidence: unknown, into: CitedItem[]): void {
  if (!Array.isArray(evidence)) return;
  for (const item of evidence as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { source, lines } = item as { source?: unknown; lines?: unknown };
    if (typeof source !== 'string') continue;
    const numbers = Array.isArray(lines)
      ? (lines as unknown[]).filter((line): line is number => Number.isInteger(line) && (line as number) >= 1)
      : [];
    into.push({ source, lines: numbers });
  }
}
