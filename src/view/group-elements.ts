/**
 * The Cytoscape elements of a grouped graph: each expanded group is a compound parent framing its
 * members, each collapsed group one node ("Label (N)"), and the ties of collapsed groups the
 * aggregated edges (graph/groups.ts), drawn thicker with their count. Ids of group nodes and
 * aggregated edges start with a control character, so they never meet a key of the data.
 */
import type Graph from 'graphology';
import type { ElementDefinition } from 'cytoscape';
import type { AggregatedEdge, Grouping } from '../graph/groups';
import type { Registry } from '../graph/registry';
import { FALLBACK_COLOR } from '../graph/palette';
import { edgeElement, nodeElement } from './cy-elements';

export interface Composition {
  grouping: Grouping;
  collapsed: ReadonlySet<string>;
  aggregated: readonly AggregatedEdge[];
}

export interface Position {
  x: number;
  y: number;
}

const GROUP_PREFIX = '\u001fgroup\u001f';
const FRAME_PREFIX = '\u001fframe\u001f';

/** The view id of a collapsed group's node. */
export function groupViewId(key: string): string {
  return GROUP_PREFIX + key;
}

/** The view id of an open group's frame (a different element from its collapsed node, so each is drawn as itself). */
export function groupFrameId(key: string): string {
  return FRAME_PREFIX + key;
}

/** The group key a view id names (a collapsed node or a frame), or null when it is neither. */
export function groupKeyOf(id: string): string | null {
  if (id.startsWith(GROUP_PREFIX)) return id.slice(GROUP_PREFIX.length);
  return id.startsWith(FRAME_PREFIX) ? id.slice(FRAME_PREFIX.length) : null;
}

/** Distance between members laid out in a group, in model units. */
export const MEMBER_SPACING = 60;

/** The radius a group's members take when laid out around its middle (and the collapsed node's). */
export function groupRadius(members: number): number {
  return MEMBER_SPACING * Math.sqrt(Math.max(members, 1)) * 0.75 + 30;
}

/**
 * The diameter of a collapsed group's disc: growing with the square root of its size, and never
 * wider than the circle its members take when it opens (so groups laid out for opening never touch).
 */
export function discSize(members: number): number {
  return Math.min(2 * groupRadius(members), 40 + 14 * Math.sqrt(members));
}

/** What a collapsed group's node is labelled with. */
export function groupLabel(label: string, members: number): string {
  return `${label} (${thousands(members)})`;
}

/** 12345 as "12,345": `toLocaleString` costs tens of microseconds a call, too much for thousands of edges. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** How thick an aggregated edge is drawn for `count` ties. */
export function aggregateWidth(count: number): number {
  return Math.min(14, 2 + 2.2 * Math.log2(count));
}

/** Where an actor is drawn inside a drawn group (expanded or not): actor key → its frame's view id. */
function drawnActor(composition: Composition, actor: string): string | null {
  const group = composition.grouping.groupOf.get(actor);
  if (group === undefined) return null;
  return composition.collapsed.has(group) ? 'collapsed' : groupFrameId(group);
}

/**
 * Every element drawn, parents before children: the frames of expanded groups, the actors outside
 * collapsed groups, the collapsed groups' nodes, the ties between drawn actors, the aggregated edges.
 */
export function composedElements(
  graph: Graph,
  registry: Registry,
  composition: Composition,
  actorAt: (actor: string) => Position | undefined,
  groupAt: (group: string) => Position,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const { grouping, collapsed } = composition;
  for (const group of grouping.groups.values()) {
    if (group.members.length === 0) continue;
    const isCollapsed = collapsed.has(group.key);
    const id = isCollapsed ? groupViewId(group.key) : groupFrameId(group.key);
    const label = groupLabel(group.label, group.members.length);
    const color = group.color ?? FALLBACK_COLOR;
    if (isCollapsed) {
      const size = discSize(group.members.length);
      const reach = 2 * groupRadius(group.members.length);
      elements.push({
        group: 'nodes',
        data: { id, label, color, groupKey: group.key, members: group.members.length, size, reach, fontSize: Math.max(14, size / 7) },
        position: { ...groupAt(group.key) },
        classes: 'sg-group sg-group-collapsed',
      });
    } else {
      elements.push({ group: 'nodes', data: { id, label, color, groupKey: group.key }, classes: 'sg-group sg-group-frame' });
    }
  }
  graph.forEachNode((actor) => {
    const parent = drawnActor(composition, actor);
    if (parent === 'collapsed') return;
    const position = actorAt(actor);
    const element = nodeElement(graph, registry, actor);
    if (position) element.position = { ...position };
    if (parent) element.data.parent = parent;
    elements.push(element);
  });
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (drawnActor(composition, source) === 'collapsed' || drawnActor(composition, target) === 'collapsed') return;
    elements.push(edgeElement(graph, registry, edge));
  });
  for (const aggregated of composition.aggregated) elements.push(aggregateElement(registry, aggregated));
  return elements;
}

export function aggregateElement(registry: Registry, aggregated: AggregatedEdge): ElementDefinition {
  const type = registry.edgeTypes.get(aggregated.type);
  const count = aggregated.edges.length;
  return {
    group: 'edges',
    data: {
      id: aggregated.id,
      source: aggregated.sourceIsGroup ? groupViewId(aggregated.source) : aggregated.source,
      target: aggregated.targetIsGroup ? groupViewId(aggregated.target) : aggregated.target,
      type: aggregated.type,
      status: 'unspecified',
      color: type?.color ?? FALLBACK_COLOR,
      arrow: aggregated.directed ? 'triangle' : 'none',
      lineStyle: 'solid',
      label: `${thousands(count)} ${type?.label ?? aggregated.type}`,
      count: String(count),
      width: aggregateWidth(count),
    },
    classes: 'sg-aggregate',
  };
}

/**
 * Positions for a group's members around its middle: a sunflower (Vogel's spiral), the
 * best-connected members in the middle, each about MEMBER_SPACING from its neighbours, inside
 * `groupRadius`. Instant for any size, and deterministic.
 */
export function sunflower(graph: Graph, members: readonly string[], middle: Position): Map<string, Position> {
  const ordered = [...members].sort((a, b) => graph.degree(b) - graph.degree(a));
  const positions = new Map<string, Position>();
  const golden = Math.PI * (3 - Math.sqrt(5));
  const scale = (groupRadius(members.length) - 30) / Math.sqrt(Math.max(members.length, 1));
  ordered.forEach((actor, i) => {
    const r = scale * Math.sqrt(i + 0.5);
    positions.set(actor, { x: middle.x + r * Math.cos(i * golden), y: middle.y + r * Math.sin(i * golden) });
  });
  return positions;
}
