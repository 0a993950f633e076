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
  /**
   * Longest path `findPaths` lists, in hops; default 4. It limits the list of alternatives only:
   * when no path is that short, `findPaths` still returns the shortest (see `PathResult.beyondMaxHops`).
   */
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
  /** Shortest first: `paths[0]` is a shortest path whenever one exists under the options, whatever its length. */
  paths: Path[];
  /** True when more than `maxPaths` paths exist; `paths` then holds the first `maxPaths`. */
  capped: boolean;
  /** Why there is no path at any length (see `explainNoPath`), or null when a path was found. */
  explanation: string | null;
  /** The hop limit the list of paths was enumerated with (`PathOptions.maxHops` or its default). */
  maxHops: number;
  /**
   * True when no path has at most `maxHops` hops but a longer one exists: `paths` then holds just
   * that shortest path (the first of its length in the usual order), and alternatives are not listed.
   */
  beyondMaxHops: boolean;
}
