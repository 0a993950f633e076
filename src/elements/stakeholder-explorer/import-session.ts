/**
 * One import into the explorer's graph, and its undoing: loaded on the first Open, drop or paste
 * (explorer-import.ts keeps only what must answer at once: the drag and paste listeners and the
 * banner's state), so none of it weighs on the eager bundle.
 */
import type Graph from 'graphology';
import type { StakeholderGraph } from '../stakeholder-graph/stakeholder-graph.component';
import type { LoadInput } from '../stakeholder-graph/graph-loading';
import type { SgLoadDetail } from '../events';
import type { Focus } from '../../graph/state-types';
import type { ImportReport } from './explorer-context';

export interface DoneImport {
  /** The graph now shown. */
  graph: Graph;
  report: ImportReport;
  /** Brings back the dataset shown before, as it was being looked at; null when there was none. */
  undo: (() => Promise<void>) | null;
}

/**
 * Loads `inputs` together into the graph (files of one dataset, or one text) and says what was
 * understood; null when the load failed, the graph's error banner saying why and its dataset
 * unchanged.
 */
export async function runImport(element: StakeholderGraph, inputs: readonly LoadInput[]): Promise<DoneImport | null> {
  // The dataset shown, positions included, so Undo brings it back as it was arranged.
  const previous = element.graph ? element.exportData({ all: true, positions: true }) : null;
  const view = viewOf(element);
  let detail: SgLoadDetail | undefined;
  const onLoad = (event: CustomEvent<SgLoadDetail>) => (detail = event.detail);
  element.addEventListener('sg-load', onLoad);
  let graph: Graph;
  try {
    graph = await element.load(inputs);
  } catch {
    return null;
  } finally {
    element.removeEventListener('sg-load', onLoad);
  }
  // The filter, selection, focus and path named the last map's types and actors: on a new map
  // they would hide what it holds (a legend filter lists the types it shows) or pick a stranger.
  clearView(element);
  const loaded = detail?.graph === graph ? detail : undefined;
  const report: ImportReport = {
    source: describeInputs(inputs),
    mapping: loaded?.mapping ?? `${graph.order} actors, ${graph.size} relationships`,
    warnings: loaded?.warnings ?? [],
    undoable: previous !== null,
  };
  const undo = previous
    ? async () => {
        try {
          await element.load(previous);
        } catch {
          return; // The graph's banner says why; the imported dataset stays.
        }
        restoreView(element, view);
      }
    : null;
  return { graph, report, undo };
}

/** "data.gexf", "actors.csv and relationships.csv", "a.csv, b.csv and c.csv", or "the pasted text". */
export function describeInputs(inputs: readonly LoadInput[]): string {
  const names = inputs.map((input) =>
    typeof input === 'string' ? 'the pasted text' : input instanceof File ? input.name || 'a file' : 'the data',
  );
  return names.length <= 1 ? (names[0] ?? 'nothing') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** The state of the graph that belongs to the dataset shown: what the legend filters, the selection, focus and path. */
interface DatasetView {
  edgeTypes: string | null;
  statuses: string | null;
  nodeKinds: string | null;
  selected: string | null;
  focus: Focus;
  pathFrom: string | null;
  pathTo: string | null;
  pathTypes: string | null;
  pathDirection: StakeholderGraph['pathDirection'];
  pathIndex: number;
}

function viewOf(element: StakeholderGraph): DatasetView {
  const { edgeTypes, statuses, nodeKinds, selected, focused, pathFrom, pathTo, pathTypes, pathDirection, pathIndex } = element;
  return { edgeTypes, statuses, nodeKinds, selected, focus: focused, pathFrom, pathTo, pathTypes, pathDirection, pathIndex };
}

function clearView(element: StakeholderGraph): void {
  element.resetFilter();
  element.clearHighlight();
  element.clearFocus();
  element.select(null);
}

function restoreView(element: StakeholderGraph, view: DatasetView): void {
  const { focus, selected, ...attributes } = view;
  Object.assign(element, attributes);
  // Focusing selects the actor focused; the selection may have moved on since.
  if (focus) element.focusActor(focus.key, focus.hops);
  element.selected = selected;
}
