/**
 * The element's analysis, loaded with the first one: runs the engine (src/analysis/, in a
 * worker for big graphs) on the graph shown, remembers the last result for the same graph and options, and turns `color-by` and
 * `size-by` into looks on the drawing and entries in the legend.
 */
import type Graph from 'graphology';
import type { Registry } from '../../graph/registry';
import type { Analysis, AnalyzeOptions } from '../../analysis/analyze';
import type { Core } from 'cytoscape';
import {
  analysisLooks,
  resolveColorBy,
  resolveSizeBy,
  type ColorBy,
  type GroupEntry,
  type NodeLook,
  type SizeBy,
} from '../../state/analysis-looks';
import { setAnalysisLook } from '../../view/analysis-look';

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
    // A failed run is not remembered: the next call tries again.
    result.catch(() => {
      if (this.last?.result === result) this.last = undefined;
    });
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

/**
 * Puts `color-by` and `size-by` on the drawing (`cy`), running the analysis (`run`) only when
 * one of them asks for it; returns the groups for the legend and the analysis used (null when
 * both are at their defaults and the looks were removed).
 */
export async function showLooks(
  cy: Core | undefined,
  graph: Graph,
  colorBy: ColorBy,
  sizeBy: SizeBy,
  dark: boolean,
  run: () => Promise<Analysis>,
  current: () => boolean,
): Promise<{ groups: { kind: 'camp' | 'community'; entries: GroupEntry[] } | null; analysis: Analysis | null }> {
  const color = resolveColorBy(colorBy);
  const size = resolveSizeBy(sizeBy);
  if (color === 'kind' && size === 'none') {
    if (cy) setAnalysisLook(cy, null);
    return { groups: null, analysis: null };
  }
  const analysis = await run();
  const { looks, legend, groupKind } = looksFor(graph, analysis, color, size, dark);
  // A newer graph or choice may have been drawn meanwhile: never paint over it.
  if (cy && current()) setAnalysisLook(cy, looks);
  return { groups: groupKind ? { kind: groupKind, entries: legend } : null, analysis };
}
