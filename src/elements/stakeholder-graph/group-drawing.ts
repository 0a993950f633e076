/**
 * How `<stakeholder-graph>` draws groups: a graph above the overview threshold is not drawn actor
 * by actor but waits for its grouping, then opens as the overview (the groups laid out first,
 * each as big as its members will be); smaller graphs are drawn with their layout and the groups
 * are framed on top; opening and closing groups then only adds and removes what changed. The
 * overview's layout code loads on demand, while the grouping is computed.
 */

type GroupLayout = typeof import('../../layout/group-layout');
import type Graph from 'graphology';
import type { Registry } from '../../graph/registry';
import type { GroupState } from '../../state/group-state';
import { groupRadius } from '../../view/group-elements';
import type { GraphView } from '../../view/graph-view';
import type { Composition } from '../../view/group-layer';

export class GroupDrawing {
  /** The graph waits for its grouping before anything is drawn (a big graph, grouped). */
  private waiting = false;
  /** The drawing is an overview: actors get places only when their group opens. */
  private overview = false;
  /** The group state the view draws. */
  private drawn: GroupState | null = null;
  private layout?: GroupLayout;

  /** `ready`: the overview's layout code arrived (draw again). */
  constructor(private readonly ready: () => void) {}

  private loadLayout(): void {
    if (this.layout) return;
    void import('../../layout/group-layout').then((layout) => {
      this.layout = layout;
      this.ready();
    });
  }

  /** Whether the drawing is an overview (no layout of every actor exists). */
  get isOverview(): boolean {
    return this.overview;
  }

  /** A new graph that opens as an overview: clear the view and wait for the grouping. */
  wait(view: GraphView): void {
    view.clear();
    this.loadLayout();
    this.waiting = true;
    this.overview = false;
    this.drawn = null;
  }

  /** A new graph drawn actor by actor (its layout running): groups, if any, are framed on top. */
  drawnFlat(): void {
    this.waiting = false;
    this.overview = false;
    this.drawn = null;
  }

  /**
   * Brings the view to `groups`. Returns 'overview' when it drew the overview (a layout of its
   * own, settled at once), 'flat' when the graph must be drawn again actor by actor (leaving the
   * overview for no grouping), else 'updated' or 'unchanged'.
   */
  sync(view: GraphView, graph: Graph, registry: Registry, groups: GroupState): 'overview' | 'flat' | 'updated' | 'unchanged' {
    if (groups === this.drawn) return 'unchanged';
    const composition = groups.grouping ? (groups as Composition) : null;
    // A big graph waiting for its grouping, or an overview given another grouping: draw the overview.
    if (this.waiting || (this.overview && composition && composition.grouping !== view.composition?.grouping)) {
      if (!composition) return 'unchanged';
      if (!this.layout) {
        this.loadLayout();
        return 'unchanged';
      }
      this.drawOverview(view, graph, registry, composition);
      return 'overview';
    }
    if (!composition && this.overview) {
      this.overview = false;
      this.drawn = groups;
      return 'flat';
    }
    view.compose(graph, registry, composition);
    this.drawn = groups;
    return 'updated';
  }

  /** Lays the groups out again (the overview's `force`). */
  relayout(view: GraphView, graph: Graph, registry: Registry): void {
    const composition = view.composition;
    if (composition && this.layout) this.drawOverview(view, graph, registry, composition);
  }

  private drawOverview(view: GraphView, graph: Graph, registry: Registry, composition: Composition): void {
    const { groupPositions, tiesBetweenGroups } = this.layout!;
    const positions = groupPositions(composition.grouping, tiesBetweenGroups(graph, composition.grouping), groupRadius);
    view.show(graph, registry, new Map(), composition, positions);
    this.waiting = false;
    this.overview = true;
    this.drawn = composition;
  }
}
