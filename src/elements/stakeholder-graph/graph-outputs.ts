/**
 * What `<stakeholder-graph>` gives out: analyses (and the colours and sizes they put on the
 * actors) and exports of the data and the drawing. Each one's code loads on first use. The
 * component (stakeholder-graph.component.ts) owns the view and the theme.
 */
import type { SerializedGraph } from 'graphology-types';
import { exportDataset } from '../../graph/export-dataset';
import { isFiltered } from '../../graph/filter';
import type { CsvExport } from '../../io/csv-export';
import type { GraphView } from '../../view/graph-view';
import { emit } from '../events';
import type { DataFormat, ExportImageOptions } from './graph-export';
import type { Analysis, AnalysisRunner, AnalyzeOptions } from './graph-analysis';
import { TimeModel } from './time-model';

export abstract class GraphOutputs extends TimeModel {
  protected view?: GraphView;
  /** Runs and remembers analyses; its code arrives with the first one. */
  private analyses?: AnalysisRunner;

  /** Whether the dark theme is shown. */
  protected abstract isDark(): boolean;

  /**
   * Camps from the friendly and hostile ties (structural balance), centrality (degree,
   * betweenness, PageRank) and communities (Louvain), and how the camps and ranks change when
   * only confirmed claims count. Options: `{camps: k | 'auto', signs, statusWeights, statuses,
   * types, direction}`. Its code loads on first use. Fires `sg-analysis`.
   */
  async analyze(options: AnalyzeOptions = {}): Promise<Analysis> {
    const { _graph: graph, registry } = this;
    if (!graph || !registry) throw new Error('analyze(): nothing is shown yet; wait for sg-load');
    this.analyses ??= new (await import('./graph-analysis')).AnalysisRunner();
    const analysis = await this.analyses.run(graph, registry, options);
    // Reported only while its graph is the one shown.
    if (graph === this._graph) emit(this, 'sg-analysis', { analysis, colorBy: this.colorBy, sizeBy: this.sizeBy });
    return analysis;
  }

  /** `showAnalysis`, its failure reported in the banner and with `sg-error`. */
  protected refreshAnalysis(): void {
    this.showAnalysis().catch((error: unknown) => this.fail(`Could not analyse the graph: ${errorText(error)}`, [], 'Analysis failed.'));
  }

  /** Colours and sizes the actors as `color-by` and `size-by` ask, analysing what the filter shows. */
  private async showAnalysis(): Promise<void> {
    const { _graph: graph, registry } = this;
    if (!graph || !registry) return;
    const { showLooks } = await import('./graph-analysis');
    const { colorBy, sizeBy } = this;
    const filter = this.state.filter;
    const options = { statuses: (filter.statuses ?? undefined) as AnalyzeOptions['statuses'], types: filter.edgeTypes ?? undefined };
    const current = () => graph === this._graph && colorBy === this.colorBy && sizeBy === this.sizeBy;
    const shown = await showLooks(this.view?.cy, graph, colorBy, sizeBy, this.isDark(), () => this.analyze(options), current);
    if (!current()) return;
    this.groupLegend = shown.groups;
    if (!shown.analysis) emit(this, 'sg-analysis', { analysis: null, colorBy, sizeBy });
  }

  /**
   * The graph shown, to save and load again: only what the filter shows unless `all`, with each
   * actor's position on screen as its `x`/`y` unless `positions: false` (loaded again, "From the
   * data" restores the arrangement). `format` `json` (default) gives the dataset object at once
   * (null before a load); `gexf` gives GEXF 1.3 text and `csv` two sheets `{actors,
   * relationships}` (one piece of evidence per row), each as a promise, their code loaded on
   * first use. All three load again with `load()`.
   */
  exportData(options?: { format?: 'json'; all?: boolean; positions?: boolean }): SerializedGraph | null;
  exportData(options: { format: 'gexf'; all?: boolean; positions?: boolean }): Promise<string>;
  exportData(options: { format: 'csv'; all?: boolean; positions?: boolean }): Promise<CsvExport>;
  exportData(
    options: { format?: DataFormat; all?: boolean; positions?: boolean } = {},
  ): SerializedGraph | null | Promise<string | CsvExport> {
    const data = this._graph
      ? exportDataset(this._graph, {
          only: options.all ? null : this.state.visible,
          positions: options.positions === false ? null : this.view?.currentPositions(),
        })
      : null;
    // The story told goes with the whole dataset; a filtered part would cite claims it leaves out.
    const story = options.all || !isFiltered(this.state.filter) ? this.storyToExport() : undefined;
    if (data?.attributes) {
      if (story === undefined) delete data.attributes.story;
      else data.attributes.story = story;
    }
    if (options.format === 'gexf' || options.format === 'csv') {
      if (!data) return Promise.reject<never>(new Error('exportData(): nothing is shown yet; wait for sg-load'));
      const written = import('./graph-export');
      if (options.format === 'gexf') return written.then(({ writeData }) => writeData(data, 'gexf'));
      return written.then(({ writeData }) => writeData(data, 'csv'));
    }
    return data;
  }

  /** The story saved with the data: the dataset's own here; the one told, once stories are loaded (story-model.ts). */
  protected storyToExport(): unknown {
    return this._model?.getAttribute('story');
  }

  /**
   * The whole drawing (not only the part in view) on the widget's background: a PNG (at most
   * 4096 pixels a side), or with `format: 'svg'` a vector drawing (`legend: true` adds the
   * legend). Rejects before a load. Its code loads on first use.
   */
  async exportImage(options: ExportImageOptions = {}): Promise<Blob> {
    const cy = this.view?.cy;
    if (!this._graph || !cy) throw new Error('exportImage(): nothing is shown yet; wait for sg-load');
    const title = this.label ?? (this._graph.getAttribute('title') as string | undefined) ?? 'Stakeholder graph';
    const { drawImage } = await import('./graph-export');
    return drawImage(cy, this.registry, options, getComputedStyle(this).backgroundColor, title);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
