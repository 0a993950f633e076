/**
 * Which grouping `<stakeholder-graph>` draws, and computing it: `group-by` when set, else the
 * overview above `overview-threshold` actors (grouped by community, every group collapsed). The
 * data's groups and the actor kinds are read at once; camps and communities come from the
 * analysis engine, loaded on demand and run in a worker for big graphs.
 */
import type Graph from 'graphology';
import { dataGroups } from '../../graph/data-groups';
import { groupingFromAssignment, groupingOf, parseGroupBy, type Group, type GroupBy, type Grouping } from '../../graph/groups';
import { PALETTE } from '../../graph/palette';
import { nodeKindOf, type Registry } from '../../graph/registry';
import { groupName } from '../../state/analysis-looks';

/** Above this many actors a graph opens as an overview of collapsed communities (the attribute's default). */
export const DEFAULT_OVERVIEW_THRESHOLD = 3000;

/** The grouping asked for: the attribute's, else `community` above the threshold, else none. */
export function effectiveGroupBy(graph: Graph | undefined, attribute: string | null, threshold: number): GroupBy {
  const asked = parseGroupBy(attribute);
  if (asked) return asked;
  return graph && graph.order > threshold ? 'community' : 'none';
}

/** Whether a graph opens with every group collapsed: above the threshold. */
export function opensCollapsed(graph: Graph, threshold: number): boolean {
  return graph.order > threshold;
}

export function kindGrouping(graph: Graph, registry: Registry): Grouping {
  const members = new Map<string, string[]>();
  graph.forEachNode((actor, attributes) => {
    const kind = nodeKindOf(attributes);
    if (!members.has(kind)) members.set(kind, []);
    members.get(kind)!.push(actor);
  });
  const groups: Group[] = [...registry.nodeKinds.values()].map((kind) => ({
    key: kind.key,
    label: kind.label,
    color: kind.color,
    members: members.get(kind.key) ?? [],
  }));
  for (const [key, actors] of members) if (!registry.nodeKinds.has(key)) groups.push({ key, label: key, members: actors });
  return groupingOf('kind', groups);
}

export class Groupings {
  private done?: { graph: Graph; by: GroupBy; grouping: Grouping | null };
  private running?: { graph: Graph; by: GroupBy };

  /**
   * The grouping of `graph` by `by`: at once when it is known or quick to read; else undefined,
   * and `ready` is called with it (or `failed` with the error) once the engine has it.
   */
  get(
    graph: Graph,
    registry: Registry,
    by: GroupBy,
    ready: (grouping: Grouping) => void,
    failed: (error: unknown) => void,
  ): Grouping | null | undefined {
    const done = this.done;
    if (done?.graph === graph && done.by === by) return done.grouping;
    if (by === 'none' || by === 'data' || by === 'kind') {
      const grouping =
        by === 'none' ? null : by === 'data' ? groupingOf('data', dataGroups(graph).values()) : kindGrouping(graph, registry);
      this.done = { graph, by, grouping };
      return grouping;
    }
    const running = this.running;
    if (running?.graph === graph && running.by === by) return undefined;
    const current = { graph, by };
    this.running = current;
    import('../../analysis/group-assignment-client')
      .then(({ assignInBackground }) => assignInBackground(graph, registry, by))
      .then(
        (assignment) => {
          if (this.running !== current) return;
          this.running = undefined;
          const grouping = groupingFromAssignment(
            by,
            graph,
            assignment,
            (index) => groupName(by, index),
            (position) => PALETTE[position % PALETTE.length]!,
          );
          this.done = { graph, by, grouping };
          ready(grouping);
        },
        (error: unknown) => {
          if (this.running !== current) return;
          this.running = undefined;
          failed(error);
        },
      );
    return undefined;
  }

  /** Whether a grouping is being computed for `graph`. */
  busy(graph: Graph | undefined): boolean {
    return this.running !== undefined && this.running.graph === graph;
  }
}
