/**
 * Find actors by name: label, key or alias, ignoring case and diacritics ("cote" finds "Côte
 * d'Ivoire"). The index is a snapshot built once per graph: every searchable name normalised up
 * front and nodes pre-sorted by label, so a query is one linear scan with no sorting, fast
 * enough to run on every keystroke over tens of thousands of nodes.
 */
import type Graph from 'graphology';
import { nodeLabel } from './registry';

export type SearchField = 'label' | 'key' | 'alias';

export interface SearchHit {
  key: string;
  label: string;
  /** The label, key or alias that matched, as written in the data. */
  matched: string;
  field: SearchField;
}

export interface SearchIndex {
  /** Best match per node, best first; `[]` for a blank query or `limit` below 1. */
  search(query: string, limit?: number): SearchHit[];
}

/** Match ranks, better first; also the bucket index. */
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const SUBSTRING = 3;
const NO_MATCH = 4;

interface Name {
  text: string;
  normalized: string;
  field: SearchField;
}

interface Entry {
  key: string;
  label: string;
  /** Label first, then key, then aliases: on equal rank the earlier name wins. */
  names: Name[];
}

const COMBINING_MARKS = /\p{M}/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Lower case, without diacritics, whitespace collapsed: the form both sides are compared in. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function createSearchIndex(graph: Graph): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((key, attributes) => {
    const label = nodeLabel(graph, key);
    const names: Name[] = [];
    const add = (text: string, field: SearchField) => {
      const normalized = normalizeForSearch(text);
      if (normalized !== '' && !names.some((name) => name.normalized === normalized)) names.push({ text, normalized, field });
    };
    add(label, 'label');
    add(key, 'key');
    const aliases = attributes.aliases as unknown;
    if (Array.isArray(aliases)) for (const alias of aliases) if (typeof alias === 'string') add(alias, 'alias');
    entries.push({ key, label, names });
  });
  const collator = new Intl.Collator();
  entries.sort((a, b) => collator.compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  return {
    search(query: string, limit = 10): SearchHit[] {
      const needle = normalizeForSearch(query);
      const max = Math.floor(limit);
      if (needle === '' || !(max >= 1)) return [];
      // One bucket per rank; scanning in label order keeps every bucket sorted.
      const buckets: SearchHit[][] = [[], [], [], []];
      for (const entry of entries) {
        let best: Name | undefined;
        let bestRank = NO_MATCH;
        for (const name of entry.names) {
          const rank = rankMatch(name.normalized, needle);
          if (rank < bestRank) {
            best = name;
            bestRank = rank;
            if (rank === EXACT) break;
          }
        }
        if (best) buckets[bestRank]!.push({ key: entry.key, label: entry.label, matched: best.text, field: best.field });
        if (buckets[EXACT]!.length >= max) break;
      }
      return buckets.flat().slice(0, max);
    },
  };
}

function rankMatch(text: string, needle: string): number {
  if (text === needle) return EXACT;
  let at = text.indexOf(needle);
  if (at < 0) return NO_MATCH;
  if (at === 0) return PREFIX;
  // Any occurrence right after a non-word character makes it a word-start match.
  while (at > 0) {
    if (!WORD_CHARACTER.test(text[at - 1]!)) return WORD_PREFIX;
    at = text.indexOf(needle, at + 1);
  }
  return SUBSTRING;
}
