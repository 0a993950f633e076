/**
 * Groups on `<stakeholder-graph>`: the grouping `group-by` asks for (or the overview's), which
 * groups are collapsed, the methods that open and close them, and the rule that whatever a person
 * selects or focuses inside a collapsed group opens it. The drawing is the component's.
 */
import type Graph from 'graphology';
import type { GroupBy, Grouping } from '../../graph/groups';
import { nodeLabel, type Registry } from '../../graph/registry';
import { collapsedGroupOf } from '../../state/group-state';
import type { GroupSummary } from '../events';
import { GraphModel } from './graph-model';
import { groupSummaries } from './group-announcements';
import { DEFAULT_OVERVIEW_THRESHOLD, effectiveGroupBy, Groupings, opensCollapsed } from './graph-groupings';

export class GroupModel extends GraphModel {
  protected readonly groupings = new Groupings();
  /** The graph and `group-by` the grouping was last asked for, so it is asked once per change. */
  private groupingAsked?: { graph: Graph; by: GroupBy };

  /** `overview-threshold`, or its default when unset or not a number. */
  protected get threshold(): number {
    const threshold = this.overviewThreshold;
    return typeof threshold === 'number' && Number.isFinite(threshold) ? threshold : DEFAULT_OVERVIEW_THRESHOLD;
  }

  /** What groups the actors now: `group-by`, or the overview's `community`, or `none`. */
  get groupedBy(): GroupBy {
    return this.grouping?.by ?? 'none';
  }

  /** The groups drawn, each with its size and whether it is collapsed (empty when nothing groups the actors). */
  get groups(): GroupSummary[] {
    return groupSummaries({ grouping: this.grouping, collapsed: this.collapsedGroups });
  }

  /** The key of the group an actor is in, or null (no grouping, or the actor is in none). */
  groupOf(actor: string): string | null {
    return this.grouping?.groupOf.get(actor) ?? null;
  }

  /** Opens a collapsed group: its members are drawn inside its frame, where it was. Unknown keys are ignored. */
  expandGroup(key: string): void {
    if (!this.collapsedGroups.has(key)) return;
    const next = new Set(this.collapsedGroups);
    next.delete(key);
    this.collapsedGroups = next;
  }

  /** Closes a group into one node; its ties become one aggregated edge per type and direction. */
  collapseGroup(key: string): void {
    const group = this.grouping?.groups.get(key);
    if (!group || group.members.length === 0 || this.collapsedGroups.has(key)) return;
    this.collapsedGroups = new Set([...this.collapsedGroups, key]);
    // What was selected or focused inside it no longer shows: let go of it.
    const inside = (actor: string | null | undefined) => actor !== null && actor !== undefined && this.grouping?.groupOf.get(actor) === key;
    if (inside(this.selected)) this.selected = null;
    if (inside(this.focusState?.key)) this.focusState = null;
  }

  /** The collapsed groups the path shown runs through (its hops there are drawn along aggregated edges). */
  get pathGroups(): string[] {
    const path = this.state.path.shown;
    if (!path || !this.grouping) return [];
    const state = { grouping: this.grouping, collapsed: this.collapsedGroups };
    return [...new Set(path.nodes.map((actor) => collapsedGroupOf(state, actor)).filter((key): key is string => key !== undefined))];
  }

  /** Opens the collapsed groups the path shown runs through, so every actor on it is drawn. */
  expandPathGroups(): void {
    const open = new Set(this.pathGroups);
    if (open.size > 0) this.collapsedGroups = new Set([...this.collapsedGroups].filter((key) => !open.has(key)));
  }

  expandAll(): void {
    if (this.collapsedGroups.size > 0) this.collapsedGroups = new Set();
  }

  collapseAll(): void {
    const grouping = this.grouping;
    if (!grouping) return;
    const all = [...grouping.groups.values()].filter((group) => group.members.length > 0).map((group) => group.key);
    if (all.length === this.collapsedGroups.size) return;
    this.collapsedGroups = new Set(all);
    this.selected = null;
    this.focusState = null;
  }

  /**
   * Asks for the grouping `group-by` (or the overview) calls for, when the graph or the
   * attributes changed. A grouping known at once takes effect in this update; one the engine
   * computes arrives later through `groupingReady`. True while one is being computed.
   */
  protected askGrouping(graph: Graph | undefined, registry: Registry | undefined): boolean {
    if (!graph || !registry) return false;
    const by = effectiveGroupBy(graph, this.groupBy, this.threshold);
    const asked = this.groupingAsked;
    if (asked?.graph === graph && asked.by === by) return this.groupings.busy(graph);
    this.groupingAsked = { graph, by };
    const grouping = this.groupings.get(
      graph,
      registry,
      by,
      (ready) => {
        if (this._model === graph) this.takeGrouping(graph, ready);
      },
      (error: unknown) => {
        if (this._model !== graph) return;
        const message = error instanceof Error ? error.message : String(error);
        this.fail(`Could not group the actors: ${message}`, [{ path: 'group-by', message }], 'Grouping failed.');
      },
    );
    if (grouping !== undefined) this.takeGrouping(graph, grouping);
    return grouping === undefined;
  }

  /** A new grouping: every group collapsed above the overview threshold, else every group open. */
  private takeGrouping(graph: Graph, grouping: Grouping | null): void {
    if (grouping === this.grouping) return;
    this.grouping = grouping;
    this.groupCursor = null;
    const collapsed =
      grouping && opensCollapsed(graph, this.threshold)
        ? [...grouping.groups.values()].filter((group) => group.members.length > 0).map((group) => group.key)
        : [];
    this.collapsedGroups = new Set(collapsed);
  }

  /** Opens the collapsed groups that hold the selected or focused actor; says so in the live region. */
  protected openGroupsInUse(): void {
    const graph = this._graph;
    if (!graph || this.collapsedGroups.size === 0) return;
    const state = { grouping: this.grouping, collapsed: this.collapsedGroups };
    const opened = new Set<string>();
    for (const actor of [this.selected, this.focusState?.key]) {
      if (actor === null || actor === undefined || !graph.hasNode(actor)) continue;
      const group = collapsedGroupOf(state, actor);
      if (group !== undefined) opened.add(group);
    }
    if (opened.size === 0) return;
    this.collapsedGroups = new Set([...this.collapsedGroups].filter((key) => !opened.has(key)));
    const names = [...opened].map((key) => this.grouping!.groups.get(key)?.label ?? key);
    const actor = this.selected && graph.hasNode(this.selected) ? nodeLabel(graph, this.selected) : null;
    this.showHint(`Opened ${names.join(', ')}${actor ? ` to show ${actor}` : ''}.`);
  }
}
