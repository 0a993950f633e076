/**
 * The explorer's side of the analysis (issue #13): it keeps the last analysis its graph reported
 * for the analysis panel, runs one when the panel asks, and runs it again when the filter changes
 * while one is shown, so the panel always describes what the filter shows. (With `color-by` or
 * `size-by` set the graph re-analyses on its own; the engine's cache makes asking twice free.)
 */
import type { Analysis } from '../../analysis/types';
import type { AnalyzeOptions } from '../../analysis/analyze';
import type { SgAnalysisDetail } from '../events';
import type { StakeholderGraph } from '../stakeholder-graph/stakeholder-graph.component';

export class ExplorerAnalysis {
  /** The last analysis of the dataset shown, or null before any ran (or after a new one loaded). */
  analysis: Analysis | null = null;
  /** How many analyses the explorer asked for are still running (a filter change may start a second). */
  private running = 0;

  /** Whether an analysis the explorer asked for is still running. */
  get analyzing(): boolean {
    return this.running > 0;
  }

  constructor(
    private readonly changed: () => void,
    private readonly failed: (message: string) => void,
  ) {}

  /** Follows one of the graph's events (before the explorer reads the graph's state). */
  follow(event: Event, graph: StakeholderGraph): void {
    if (event.type === 'sg-load') this.analysis = null;
    else if (event.type === 'sg-analysis') {
      // Null only says the colours went back to kinds: the last analysis still stands.
      const analysis = (event as CustomEvent<SgAnalysisDetail>).detail.analysis;
      // The graph reports an analysis only while its dataset is the one shown.
      if (analysis && graph.graph) this.analysis = analysis;
    } else if (event.type === 'sg-filter' && this.analysis) void this.run(graph);
  }

  /** Analyses what `graph`'s filter shows; the result arrives with the graph's `sg-analysis`. */
  async run(graph: StakeholderGraph): Promise<void> {
    if (!graph.graph) return;
    const filter = graph.filter;
    this.running += 1;
    this.changed();
    try {
      // The same options, in the same order, as the graph's own colour-by analysis: one cached run serves both.
      await graph.analyze({
        statuses: (filter.statuses ?? undefined) as AnalyzeOptions['statuses'],
        types: filter.edgeTypes ?? undefined,
      });
    } catch (error) {
      this.failed(`Could not analyse the graph: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running -= 1;
      this.changed();
    }
  }
}
