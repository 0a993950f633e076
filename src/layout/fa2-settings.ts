/**
 * The one ForceAtlas2 settings table: the synchronous layout (initial-positions.ts), the worker
 * (fa2.worker.ts, which receives them from progressive-layout.ts) and the worker's main-thread
 * fallback all run with these. The values are graphology's `inferSettings` (strong gravity,
 * gravity 0.05, scaling ratio 10, a slow-down growing with the graph's size) with the package's
 * defaults for the rest, spelled out so nothing depends on the package's defaults staying put.
 */
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export const FA2_SETTINGS = {
  /**
   * Barnes-Hut (repulsion from far groups of nodes approximated by a quadtree: O(n log n) per
   * iteration instead of O(n²)) above this many nodes. The synchronous layout switches it on
   * sooner, at 500, than the progressive one in its worker, at 1,000.
   */
  barnesHutAbove: { synchronous: 500, progressive: 1000 },
  /** Barnes-Hut's accuracy: a quadtree cell counts as one body once it looks smaller than this (smaller is exacter, slower). */
  barnesHutTheta: 0.5,
  /** Gravity grows with the distance from the centre, so loose actors and small components stay near the rest. */
  strongGravityMode: true,
  /** How hard every node is pulled toward the centre. */
  gravity: 0.05,
  /** Repulsion against attraction: higher spreads the graph out more. */
  scalingRatio: 10,
  /** Every step is divided by `1 + ln(order)`: bigger graphs move more cautiously and oscillate less. */
  slowDown: (order: number) => 1 + Math.log(order),
  /** Linear attraction (LinLog's logarithmic one would pull clusters tighter). */
  linLogMode: false,
  /** Hubs are not pushed to the border (attraction is not divided by the source's degree). */
  outboundAttractionDistribution: false,
  /** Nodes are points: no anti-overlap from node sizes (`spread` sets the spacing afterwards). */
  adjustSizes: false,
  /** Attraction proportional to an edge's weight; every edge here weighs 1. */
  edgeWeightInfluence: 1,
} as const;

/** Which ForceAtlas2 run the settings are for; only Barnes-Hut's threshold differs between them. */
export type Fa2Run = keyof typeof FA2_SETTINGS.barnesHutAbove;

/** Every ForceAtlas2 setting, as graphology-layout-forceatlas2 takes them. */
export type Fa2Settings = Required<ForceAtlas2Settings>;

/** The settings for a graph of `order` nodes. */
export function fa2Settings(order: number, run: Fa2Run): Fa2Settings {
  const table = FA2_SETTINGS;
  return {
    barnesHutOptimize: order > table.barnesHutAbove[run],
    barnesHutTheta: table.barnesHutTheta,
    strongGravityMode: table.strongGravityMode,
    gravity: table.gravity,
    scalingRatio: table.scalingRatio,
    slowDown: table.slowDown(order),
    linLogMode: table.linLogMode,
    outboundAttractionDistribution: table.outboundAttractionDistribution,
    adjustSizes: table.adjustSizes,
    edgeWeightInfluence: table.edgeWeightInfluence,
  };
}
