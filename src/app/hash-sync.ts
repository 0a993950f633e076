/**
 * The explorer page keeps its state in the URL hash: selection, focus, filters, layout, the
 * highlighted path, the analysis looks and the grouping, or the story step shown (`#step=pact`,
 * alone: the step says the rest). Reloading or sharing the URL restores the view, a step's link
 * opens the story at that step; every change, by a click, a key or the API, rewrites the hash
 * without adding history entries, and leaving the story writes the free state again.
 */
import { decodeHash, encodeHash, type ExplorerState } from '../graph/explorer-state';
import type { StakeholderGraph } from '../elements/stakeholder-graph/stakeholder-graph.component';

export function currentState(graph: StakeholderGraph): ExplorerState {
  return {
    selected: graph.selection?.kind === 'ties' ? null : graph.selection,
    focus: graph.focused,
    filter: graph.filter,
    layout: graph.layout || null,
    path: pathState(graph),
    colorBy: graph.colorBy === 'kind' ? null : graph.colorBy,
    sizeBy: graph.sizeBy === 'none' ? null : graph.sizeBy,
    groupBy: graph.groupBy || null,
    asOf: graph.asOf || null,
    compare: graph.compareRange || null,
    step: graph.storyStep?.id ?? null,
  };
}

function pathState(graph: StakeholderGraph): ExplorerState['path'] {
  const query = graph.pathQuery;
  if (!query.from || !query.to) return null;
  return { from: query.from, to: query.to, types: query.types, direction: query.direction, index: query.index };
}

/**
 * Shows `state` on `graph`. A step is set after the rest of the state the hash names (the story
 * then starts from there, and comes back to it when left); a step alone keeps the reader's view
 * to come back to. In the story already, only the step changes. A free state given while a step
 * is shown leaves the story first, then applies once the graph has brought back the state from
 * before the story.
 */
export function applyState(graph: StakeholderGraph, state: ExplorerState): void {
  const step = state.step ?? null;
  const free = { ...state, step: null };
  if (graph.storyStep) {
    if (step !== null) {
      graph.step = step;
      return;
    }
    graph.exitStory();
    void graph.updateComplete.then(() => applyFree(graph, free));
    return;
  }
  if (step === null || encodeHash(free) !== '') applyFree(graph, free);
  if (step !== null) graph.step = step;
}

function applyFree(graph: StakeholderGraph, state: ExplorerState): void {
  graph.filter = state.filter;
  graph.layout = state.layout;
  graph.colorBy = (state.colorBy ?? 'kind') as StakeholderGraph['colorBy'];
  graph.sizeBy = (state.sizeBy ?? 'none') as StakeholderGraph['sizeBy'];
  graph.groupBy = state.groupBy ?? null;
  graph.asOf = state.asOf ?? null;
  graph.compareRange = state.compare ?? null;
  if (state.focus) graph.focusActor(state.focus.key, state.focus.hops);
  else graph.clearFocus();
  graph.selected = state.selected?.key ?? null;
  const path = state.path;
  if (path) graph.setPathQuery({ from: path.from, to: path.to, types: path.types, direction: path.direction, index: path.index });
  else if (graph.pathFrom || graph.pathTo) graph.clearHighlight();
}

/** Restores the state from the hash once the graph has loaded, then keeps the hash in step. */
export function bindHashState(graph: StakeholderGraph, win: Window = window): () => void {
  let restoring = false;
  const restore = () => {
    restoring = true;
    applyState(graph, decodeHash(win.location.hash));
    void graph.updateComplete.then(() => (restoring = false));
  };
  const write = () => {
    if (restoring) return;
    const hash = encodeHash(currentState(graph));
    if (hash !== win.location.hash && !(hash === '' && win.location.hash === '')) {
      win.history.replaceState(null, '', hash === '' ? win.location.pathname + win.location.search : hash);
    }
  };
  const events = ['sg-select', 'sg-filter', 'sg-focus', 'sg-layout', 'sg-path', 'sg-analysis', 'sg-group', 'sg-time', 'sg-step'] as const;
  graph.addEventListener('sg-load', restore, { once: true });
  for (const type of events) graph.addEventListener(type, write);
  win.addEventListener('hashchange', restore);
  return () => {
    graph.removeEventListener('sg-load', restore);
    for (const type of events) graph.removeEventListener(type, write);
    win.removeEventListener('hashchange', restore);
  };
}
