/**
 * The grouped drawing inside GraphView: which Cytoscape elements a grouping and its collapsed
 * groups call for, how to get from one set of collapsed groups to the next by adding and removing
 * only what changed (the viewport and every other element stay put), where members go when their
 * group opens, and how a set of model keys maps to the elements drawn for them.
 */
import Graph from 'graphology';
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Registry } from '../graph/registry';
import type { GroupState } from '../state/group-state';
import { forcePositions, type Positions } from '../layout/initial-positions';
import { aggregateElement, composedElements, groupFrameId, groupRadius, groupViewId, sunflower, type Position } from './group-elements';
import { toElements } from './cy-elements';

/** A group state with a grouping: what the layer draws. */
export type Composition = GroupState & { grouping: NonNullable<GroupState['grouping']> };

export interface ElementSet {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Groups up to this size open with a force layout of their own ties; bigger ones as a sunflower. */
const FORCE_MEMBERS = 300;

/**
 * The most aggregated edges drawn: 8 per collapsed group, at least 200 and at most 2,500, the
 * ones carrying the most ties. The 35 communities of a 5,000-actor graph have about 2,000
 * between them (per type and direction), most carrying one or two ties: more than a person reads,
 * and each costs Cytoscape a curve among its parallels. One the selection or a path uses is drawn
 * whatever its count.
 */
export function aggregateBudget(collapsedGroups: number): number {
  return Math.min(2500, Math.max(200, 8 * collapsedGroups));
}

/** The aggregated edges drawn: all, or the budget's worth that carry the most ties. */
export function drawnAggregates(composition: Composition): Composition['aggregated'] {
  const all = composition.aggregated;
  const budget = aggregateBudget(composition.collapsed.size);
  if (all.length <= budget) return all;
  return [...all].sort((a, b) => b.edges.length - a.edges.length).slice(0, budget);
}

export class GroupLayer {
  private composition: Composition | null = null;
  private registry?: Registry;
  /** Where the actors not drawn (in collapsed groups) were, or go when their group opens. */
  private readonly stored = new Map<string, Position>();
  /** Where each group's middle is, once known. */
  private readonly groupAt = new Map<string, Position>();

  constructor(private readonly cy: Core) {}

  get current(): Composition | null {
    return this.composition;
  }

  /** The elements of a whole new drawing, actors at `positions`, groups at `groupPositions` (else their members' middle). */
  elements(
    graph: Graph | undefined,
    registry: Registry | undefined,
    composition: Composition | null,
    positions: Positions,
    groupPositions?: ReadonlyMap<string, Position>,
  ): ElementDefinition[] {
    this.composition = composition;
    this.registry = registry;
    this.stored.clear();
    this.groupAt.clear();
    if (!graph || !registry) return [];
    if (!composition) return toElements(graph, registry, positions);
    for (const [key, position] of groupPositions ?? []) this.groupAt.set(key, position);
    for (const group of composition.grouping.groups.values()) {
      if (!this.groupAt.has(group.key)) {
        const middle = middleOf(group.members.map((actor) => positions.get(actor)));
        if (middle) this.groupAt.set(group.key, middle);
      }
      if (!composition.collapsed.has(group.key)) continue;
      for (const actor of group.members) {
        const position = positions.get(actor);
        if (position) this.stored.set(actor, position);
      }
    }
    return composedElements(
      graph,
      registry,
      { ...composition, aggregated: drawnAggregates(composition) },
      (actor) => positions.get(actor) ?? this.placeMembers(graph, actor),
      (group) => this.groupAt.get(group) ?? { x: 0, y: 0 },
    );
  }

  /**
   * Goes from the drawn composition to `next` (the same grouping): saves where the members of
   * groups that close are, places the members of groups that open (where they were, else inside
   * the group's circle), then removes and adds only the elements that differ.
   */
  update(graph: Graph, registry: Registry, next: Composition): void {
    const cy = this.cy;
    const before = this.composition;
    if (!before) return;
    for (const key of next.collapsed) {
      if (before.collapsed.has(key)) continue;
      const members = next.grouping.groups.get(key)?.members ?? [];
      const drawn: Position[] = [];
      for (const actor of members) {
        const node = cy.getElementById(actor);
        if (node.nonempty()) {
          const position = { ...(node as NodeSingular).position() };
          this.stored.set(actor, position);
          drawn.push(position);
        }
      }
      const middle = middleOf(drawn);
      if (middle) this.groupAt.set(key, middle);
    }
    for (const key of before.collapsed) {
      if (next.collapsed.has(key)) continue;
      const node = cy.getElementById(groupViewId(key));
      if (node.nonempty()) this.groupAt.set(key, { ...(node as NodeSingular).position() });
    }
    this.composition = next;
    this.registry = registry;
    const desired = composedElements(
      graph,
      registry,
      { ...next, aggregated: drawnAggregates(next) },
      (actor) => this.stored.get(actor) ?? this.placeMembers(graph, actor),
      (group) => this.groupAt.get(group) ?? { x: 0, y: 0 },
    );
    const wanted = new Set(desired.map((element) => element.data.id!));
    cy.batch(() => {
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      const added = desired.filter((element) => cy.getElementById(element.data.id!).empty());
      cy.add(added);
      // Aggregated edges drawn before may carry another count now (the filter changed).
      for (const aggregated of next.aggregated) {
        const edge = cy.getElementById(aggregated.id);
        if (edge.nonempty() && edge.data('count') !== String(aggregated.edges.length))
          edge.data(aggregateElement(registry, aggregated).data);
      }
    });
  }

  /** Draws the aggregated edges among `ids` that were left out for their low count (the selection or a path uses them). */
  ensureDrawn(ids: Iterable<string>): void {
    const composition = this.composition;
    const registry = this.registry;
    if (!composition || !registry) return;
    const missing = [];
    for (const id of ids) {
      const aggregated = composition.aggregateById.get(id);
      if (aggregated && this.cy.getElementById(id).empty()) missing.push(aggregateElement(registry, aggregated));
    }
    if (missing.length > 0) this.cy.add(missing);
  }

  /** The element drawn for a model key: the actor or tie itself, or its collapsed group or aggregated edge. */
  drawnId(key: string): string {
    const composition = this.composition;
    if (!composition) return key;
    const group = composition.grouping.groupOf.get(key);
    if (group !== undefined && composition.collapsed.has(group)) return groupViewId(group);
    return composition.aggregateOfEdge.get(key) ?? key;
  }

  /** The elements drawn for a set of actors and ties: their groups (open or not) and aggregated edges too. */
  drawnSet(set: ElementSet): ElementSet {
    const composition = this.composition;
    if (!composition) return set;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const { groupOf } = composition.grouping;
    for (const actor of set.nodes) {
      const group = groupOf.get(actor);
      if (group === undefined) nodes.add(actor);
      else {
        if (composition.collapsed.has(group)) nodes.add(groupViewId(group));
        else nodes.add(groupFrameId(group)).add(actor);
      }
    }
    for (const edge of set.edges) edges.add(composition.aggregateOfEdge.get(edge) ?? edge);
    return { nodes, edges };
  }

  /** Where every actor is: drawn ones where Cytoscape has them, the others where they were or will go. */
  positions(): Positions {
    const positions: Positions = new Map(this.stored);
    this.cy.nodes().forEach((node) => {
      if (!node.hasClass('sg-group')) positions.set(node.id(), { ...node.position() });
    });
    return positions;
  }

  /** Takes positions for actors that are not drawn (a layout computed on the whole model), and moves collapsed groups to their members' middle. */
  storePositions(positions: Positions): void {
    const composition = this.composition;
    if (!composition) return;
    for (const key of composition.collapsed) {
      const members = composition.grouping.groups.get(key)?.members ?? [];
      for (const actor of members) {
        const position = positions.get(actor);
        if (position) this.stored.set(actor, position);
      }
      const middle = middleOf(members.map((actor) => positions.get(actor)));
      if (!middle) continue;
      this.groupAt.set(key, middle);
      const node = this.cy.getElementById(groupViewId(key));
      if (node.nonempty()) (node as NodeSingular).position(middle);
    }
  }

  /** Lays out a group's members around its middle when one of them is first needed, and returns that one's place. */
  private placeMembers(graph: Graph, actor: string): Position | undefined {
    const composition = this.composition;
    const key = composition?.grouping.groupOf.get(actor);
    if (!composition || key === undefined) return undefined;
    const members = composition.grouping.groups.get(key)?.members ?? [];
    const middle = this.groupAt.get(key) ?? { x: 0, y: 0 };
    const missing = members.filter((member) => !this.stored.has(member));
    const placed = missing.length <= FORCE_MEMBERS ? forceInside(graph, missing, middle) : sunflower(graph, missing, middle);
    for (const [member, position] of placed) this.stored.set(member, position);
    return this.stored.get(actor);
  }
}

/** A force layout of the members' own ties, scaled into the group's circle about `middle`. */
function forceInside(graph: Graph, members: readonly string[], middle: Position): Map<string, Position> {
  const inside = new Graph({ type: 'undirected' });
  for (const member of members) inside.addNode(member);
  for (const member of members) {
    graph.forEachNeighbor(member, (neighbour) => {
      if (neighbour !== member && inside.hasNode(neighbour) && !inside.hasEdge(member, neighbour)) inside.addEdge(member, neighbour);
    });
  }
  const positions = forcePositions(inside);
  const centre = middleOf([...positions.values()]) ?? { x: 0, y: 0 };
  let reach = 0;
  for (const { x, y } of positions.values()) reach = Math.max(reach, Math.hypot(x - centre.x, y - centre.y));
  const scale = reach > 0 ? Math.min(1, (groupRadius(members.length) - 30) / reach) : 1;
  const placed = new Map<string, Position>();
  for (const [member, { x, y }] of positions) {
    placed.set(member, { x: middle.x + (x - centre.x) * scale, y: middle.y + (y - centre.y) * scale });
  }
  return placed;
}

function middleOf(points: ReadonlyArray<Position | undefined>): Position | undefined {
  let x = 0;
  let y = 0;
  let n = 0;
  for (const point of points) {
    if (!point) continue;
    x += point.x;
    y += point.y;
    n += 1;
  }
  return n > 0 ? { x: x / n, y: y / n } : undefined;
}
