/**
 * Puts a graph on screen at its first positions and runs the layouts the element asks for: the
 * data's positions, a synchronous ForceAtlas2 for small graphs, or (above SYNC_FORCE_LIMIT
 * actors) an instant spiral that a ForceAtlas2 in a worker refines progressively, so the graph is
 * interactive at once; the other layouts run in Cytoscape on the visible elements. It reports
 * when the actors stop moving; the element turns that into `sg-layout-settled`.
 */
import type Graph from 'graphology';
import type { Registry } from '../../graph/registry';
import { findLayout } from '../../layout/layouts';
import { initialPositions, forcePositions, presetPositions, hasPresetPositions, spiralPositions } from '../../layout/initial-positions';
import type { Positions } from '../../layout/initial-positions';
import { startProgressiveLayout, type ProgressiveLayout } from '../../layout/progressive-layout';
import type { GraphView } from '../../view/graph-view';

/**
 * Above this many actors the force layout runs progressively in a worker instead of before the
 * first frame. A synchronous ForceAtlas2 costs about 0.1 s at 300 actors here and 0.8-1 s at
 * 1,000 (the generated benchmark graphs, in Node): above 300 the actors appear at once on a
 * spiral and move into place.
 */
export const SYNC_FORCE_LIMIT = 300;

export class LayoutRunner {
  /** The progressive ForceAtlas2 refining a big graph, while it runs. */
  private progressive?: ProgressiveLayout;
  /** The layout on screen (or being run), so a superseded run does not report; null when nothing is drawn. */
  private current: string | null = null;

  constructor(private readonly settled: (layout: string, stopped: boolean) => void) {}

  /** The layout drawn or running, null before a draw. */
  get layout(): string | null {
    return this.current;
  }

  /** Whether a progressive layout is still refining the positions. */
  get running(): boolean {
    return this.progressive?.running ?? false;
  }

  /** Shows `graph` at the first positions of `layout`, then runs that layout if positions alone do not realise it. */
  draw(view: GraphView, graph: Graph, registry: Registry, layout: string): void {
    this.stop();
    const progressive = layout === 'force' && graph.order > SYNC_FORCE_LIMIT;
    const positions = progressive ? spiralPositions(graph) : positionsFor(graph, layout);
    view.show(graph, registry, positions);
    this.current = layout;
    if (progressive) this.startProgressive(view, graph, positions);
    else if (layout === 'force' || layout === 'preset') this.settled(layout, false);
    else this.run(view, graph, layout);
  }

  /** Records that `layout` is on screen, drawn by someone else (the overview lays its groups out itself). */
  drawnAs(layout: string): void {
    this.stop();
    this.current = layout;
  }

  /** Runs `layout` on what is shown; `root` is breadth-first's root (the selected actor). */
  run(view: GraphView, graph: Graph, layout: string, root?: string): void {
    this.stop();
    this.current = layout;
    if (layout === 'force' && graph.order > SYNC_FORCE_LIMIT) {
      this.startProgressive(view, graph, view.currentPositions());
      return;
    }
    const descriptor = findLayout(layout);
    if (!descriptor) return;
    void view.runLayout(descriptor, graph, root).then((stopped) => {
      if (this.current === layout) this.settled(layout, stopped);
    });
  }

  /**
   * Stops whatever still moves the actors, where they are. Reports `stopped` for a progressive
   * run; a Cytoscape layout reports through its own end.
   */
  stopMoving(view: GraphView | undefined): void {
    if (this.progressive?.running) {
      this.stop();
      if (this.current) this.settled(this.current, true);
      return;
    }
    view?.stopLayout();
  }

  /** Ends a progressive run silently (a new graph, a new layout); `forget` when the view goes away. */
  stop(forget = false): void {
    if (forget) this.current = null;
    this.progressive?.stop();
    this.progressive = undefined;
  }

  private startProgressive(view: GraphView, graph: Graph, start: Positions): void {
    const run = startProgressiveLayout(graph, start, {
      onPositions: (positions) => {
        if (this.progressive === run) view.setPositions(positions);
      },
      onSettled: () => {
        if (this.progressive === run) this.settled('force', false);
      },
    });
    this.progressive = run;
  }
}

/** Positions to create elements at: the chosen layout's when it computes them on the model. */
function positionsFor(graph: Graph, layout: string): Positions {
  if (layout === 'preset' && hasPresetPositions(graph)) return presetPositions(graph);
  if (layout === 'force') return forcePositions(graph);
  return initialPositions(graph);
}
