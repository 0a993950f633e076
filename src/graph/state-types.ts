/**
 * The types of the explorer's state, in one place: what is selected, what is focused, the path
 * asked for. The elements, their events, the URL hash and the panels all use these.
 */
import type { Direction, PathOptions } from './paths-types';

/** How far a focus reaches: the actor's direct neighbours, or theirs too. */
export type Hops = 1 | 2;

/**
 * The selected actor (`node`) or relationship (`edge`), or the ties an aggregated edge of a
 * collapsed group stands for (`ties`: `key` is the aggregated edge's view id), or null.
 */
export type Selection = { kind: 'node' | 'edge'; key: string } | { kind: 'ties'; key: string; edges: readonly string[] } | null;

/** The focused actor and how many hops around it stay emphasised, or null. */
export type Focus = { key: string; hops: Hops } | null;

/** The path asked for, as the path panel, the attributes and the URL see it. */
export interface PathQuery {
  /** Ends; null while the user is still picking them. */
  from: string | null;
  to: string | null;
  /** Edge types a path may use, or null for all. */
  types: string[] | null;
  /** `follow`: along arrows (undirected ties both ways); `ignore`: any direction. */
  direction: Direction;
  /** Statuses a path may use, or null for all. */
  statuses: string[] | null;
  /** Longest path listed, in hops (the shortest path is found whatever its length). */
  maxHops: number;
  /** Which of the paths found is highlighted, from 0. */
  index: number;
}

export const DEFAULT_PATH_QUERY: PathQuery = Object.freeze({
  from: null,
  to: null,
  types: null,
  direction: 'follow',
  statuses: null,
  maxHops: 4,
  index: 0,
});

/** `auto` follows the system's colour scheme. */
export type Theme = 'auto' | 'light' | 'dark';

/** Options of `highlightPath`: the path options, and which of the paths found to show. */
export interface HighlightOptions extends PathOptions {
  /** Index into the paths found (shortest first); default 0. */
  index?: number;
}
