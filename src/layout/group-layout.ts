/**
 * The overview's layout: the groups first. Each group is one node as big as its members will be
 * once it opens (`radius`), tied to the others by how many ties run between them; ForceAtlas2
 * places them, and the result is spread until no two groups' circles overlap, so opening one
 * lays its members out inside its circle without moving anything else.
 */
import Graph from 'graphology';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Grouping } from '../graph/groups';
import { fa2Settings } from './fa2-settings';

export interface Position {
  x: number;
  y: number;
}

/** Room left between two groups' circles, in model units. */
const GAP = 40;

/**
 * Positions of the groups' middles. `between(a, b)` is how many ties join groups a and b;
 * `radius(n)` the circle a group of n members takes.
 */
export function groupPositions(
  grouping: Grouping,
  ties: ReadonlyMap<string, ReadonlyMap<string, number>>,
  radius: (members: number) => number,
): Map<string, Position> {
  const work = new Graph({ type: 'undirected' });
  for (const group of grouping.groups.values()) {
    if (group.members.length > 0) work.addNode(group.key, { size: radius(group.members.length) });
  }
  for (const [a, row] of ties) {
    for (const [b, count] of row) {
      if (a < b && work.hasNode(a) && work.hasNode(b)) work.addEdge(a, b, { weight: Math.log2(1 + count) });
    }
  }
  const sizes = work.mapNodes((_node, attributes) => attributes.size as number);
  const largest = Math.max(1, ...sizes);
  circular.assign(work, { scale: largest * Math.max(2, Math.sqrt(work.order)) });
  if (work.order >= 2 && work.size > 0) {
    // adjustSizes: ForceAtlas2's own anti-overlap, reading each group's `size` (its radius).
    forceAtlas2.assign(work, {
      iterations: work.order > 300 ? 30 : 150,
      settings: { ...fa2Settings(work.order, 'synchronous'), edgeWeightInfluence: 1, adjustSizes: true },
      getEdgeWeight: 'weight',
    });
  }
  const positions = new Map<string, Position>();
  work.forEachNode((node, attributes) => positions.set(node, { x: attributes.x as number, y: attributes.y as number }));
  return separate(positions, (key) => work.getNodeAttribute(key, 'size') as number);
}

/**
 * Scales positions about their middle by the least factor that leaves every pair of circles
 * apart (at least GAP between them); then pushes apart, pair by pair, any circles still touching
 * (a factor set by one close pair alone would blow the rest apart). O(n²), for a few hundred groups.
 */
export function separate(positions: Map<string, Position>, radius: (key: string) => number): Map<string, Position> {
  const keys = [...positions.keys()];
  if (keys.length < 2) return positions;
  const points = keys.map((key) => ({ ...positions.get(key)!, r: radius(key) }));
  const middle = { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
  // The median pair's needed factor: most pairs apart, a few close ones fixed below.
  const needed: number[] = [];
  // Hundreds of groups have tens of thousands of pairs: a regular sample of them gives the factor.
  const pairs = (points.length * (points.length - 1)) / 2;
  const stride = Math.max(1, Math.floor(pairs / 40_000));
  let pair = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (pair++ % stride !== 0) continue;
      const a = points[i]!;
      const b = points[j]!;
      const distance = Math.hypot(a.x - b.x, a.y - b.y) || 1e-6;
      needed.push((a.r + b.r + GAP) / distance);
    }
  }
  needed.sort((a, b) => a - b);
  const factor = Math.max(1, needed[Math.floor(needed.length * 0.9)]!);
  for (const point of points) {
    point.x = middle.x + (point.x - middle.x) * factor;
    point.y = middle.y + (point.y - middle.y) * factor;
  }
  // Pairwise pushes cost O(n²) a round: for hundreds of groups ForceAtlas2's own anti-overlap
  // (adjustSizes) and the factor above are left to do it; a few dozen get every push they need.
  const rounds = points.length > 300 ? 0 : 50;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!;
        const b = points[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        const wanted = a.r + b.r + GAP;
        if (distance >= wanted) continue;
        if (distance < 1e-6) {
          dx = 1;
          dy = 0;
          distance = 1;
        }
        const push = (wanted - distance) / 2 + 0.5;
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push;
        b.y += (dy / distance) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(keys.map((key, i) => [key, { x: points[i]!.x, y: points[i]!.y }]));
}

/** How many ties join each pair of groups (both ways), from the actors' groups. */
export function tiesBetweenGroups(graph: Graph, grouping: Grouping): Map<string, Map<string, number>> {
  const ties = new Map<string, Map<string, number>>();
  const add = (a: string, b: string) => {
    if (!ties.has(a)) ties.set(a, new Map());
    const row = ties.get(a)!;
    row.set(b, (row.get(b) ?? 0) + 1);
  };
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = grouping.groupOf.get(source);
    const b = grouping.groupOf.get(target);
    if (a === undefined || b === undefined || a === b) return;
    add(a, b);
    add(b, a);
  });
  return ties;
}
