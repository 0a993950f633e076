/**
 * The types of the path engine: the options a query takes and the paths it returns. Kept apart
 * from the algorithms so the narrative module can use them without importing the engine.
 */

/** `follow`: along edge direction (undirected edges both ways); `ignore`: any direction. */
export type Direction = 'follow' | 'ignore';

export interface PathOptions {
  /** Allowed edge types; null or undefined allows all. */
  types?: string[] | null;
  /** Allowed statuses (`unspecified` for edges without one); null or undefined allows all. */
  statuses?: string[] | null;
  /** Default `follow`. */
  direction?: Direction;
  /** Edge attribute holding a weight for Dijkstra (shortest path only); a missing, non-finite or negative weight counts as 1. */
  weight?: string | null;
  /** Longest path `findPaths` looks for, in hops; default 4. */
  maxHops?: number;
  /** Most paths `findPaths` returns; default 50. */
  maxPaths?: number;
  /**
   * Only these actors and relations (the UI's filters). Treated as a snapshot: pass a new
   * object when the filters change, since cached views are keyed on its identity.
   */
  visible?: { nodes: Set<string>; edges: Set<string> } | null;
}

/** One step of a path: a relation between two consecutive actors, in path order. */
export interface Hop {
  /** The representative edge (see the parallel-edge rule in paths.ts). */
  edge: string;
  /** The actor the step leaves, in path order (not necessarily the edge's source). */
  from: string;
  to: string;
  type: string;
  status: string;
  /** False when the edge is traversed against its direction (direction `ignore` only). */
  forward: boolean;
  /** Evidence of the representative edge, then of its alternatives. */
  evidence: unknown[];
  /** Other edges of the same type and traversal direction between the same two actors. */
  alternatives?: string[];
}

export interface Path {
  nodes: string[];
  edges: string[];
  hops: number;
  narrative: string;
  steps: Hop[];
}

export interface PathResult {
  paths: Path[];
  /** True when more than `maxPaths` paths exist; `paths` then holds the first `maxPaths`. */
  capped: boolean;
  /** Why there is no path (see `explainNoPath`), or null when paths were found. */
  explanation: string | null;
}
