/**
 * The element's analysis: runs the engine (src/analysis/, loaded on first use) on the graph
 * shown, remembers the last result for the same graph and options, and turns `color-by` and
 * `size-by` into looks on the drawing and entries in the legend.
 */
import type Graph from 'graphology';
import type { Registry } from '../../graph/registry';
import type { Analysis, AnalyzeOptions } from '../../analysis/analyze';
import { analysisLooks, type ColorBy, type GroupEntry, type NodeLook, type SizeBy } from '../../state/analysis-looks';

export type { Analysis, AnalyzeOptions };

export class AnalysisRunner {
  private last?: { graph: Graph; key: string; result: Promise<Analysis> };

  /**
   * The analysis of `graph` under `options`; the same promise again while neither changed (a
   * new registry for the same graph only recolours it: the signs it holds are the same).
   */
  run(graph: Graph, registry: Registry, options: AnalyzeOptions): Promise<Analysis> {
    const key = JSON.stringify(options);
    const last = this.last;
    if (last?.graph === graph && last.key === key) return last.result;
    const result = import('../../analysis/analysis-client').then(({ analyzeInBackground }) =>
      analyzeInBackground(graph, registry, options),
    );
    this.last = { graph, key, result };
    return result;
  }
}

/** What `color-by` and `size-by` put on the drawing and in the legend, from an analysis. */
export function looksFor(
  graph: Graph,
  analysis: Analysis,
  colorBy: ColorBy,
  sizeBy: SizeBy,
  dark: boolean,
): { looks: Map<string, NodeLook>; legend: GroupEntry[]; groupKind: 'camp' | 'community' | null } {
  const groups = colorBy === 'camp' ? analysis.camps.assignment : colorBy === 'community' ? analysis.communities.assignment : null;
  const groupKind = colorBy === 'camp' || colorBy === 'community' ? colorBy : null;
  const scores = sizeBy === 'none' ? null : analysis.centrality[sizeBy];
  const { looks, legend } = analysisLooks(graph, { groups, groupKind: groupKind ?? 'camp', scores, dark });
  return { looks, legend: groupKind ? legend : [], groupKind };
}
