/**
 * The graph's keyboard: arrow keys move a cursor between an actor and its visible neighbours (in
 * the direction of the arrow on screen), Enter selects and Enter again focuses, Shift+Enter picks
 * a path's ends, Escape clears one thing at a time, + / − / 0 zoom and fit.
 */
import type Graph from 'graphology';
import { nodeLabel } from '../../graph/registry';
import type { Selection } from '../../graph/state-types';
import type { GraphView } from '../../view/graph-view';
import { isArrowKey, pickInDirection, type ArrowKey } from './spatial-neighbour';

/** What the keyboard reads and drives on the element. */
export interface KeyHost {
  graph(): Graph | undefined;
  selection(): Selection;
  /** The actor the arrow keys are on, or null. */
  cursor(): string | null;
  setCursor(key: string | null): void;
  visibleNodes(): ReadonlySet<string> | null;
  /** Escape's order: path first, then focus, then selection. */
  hasPathQuery(): boolean;
  hasFocus(): boolean;
  select(key: string | null): void;
  focusActor(key: string): void;
  pickPathEnd(key: string): void;
  clearHighlight(): void;
  clearFocus(): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  say(text: string): void;
  /** Enter on a group clicked or reached by the keyboard opens it: true when it did. */
  openGroupAtCursor(): boolean;
}

export function handleGraphKey(event: KeyboardEvent, host: KeyHost, view: GraphView): void {
  const graph = host.graph();
  if (!graph) return;
  const selection = host.selection();
  const selectedNode = selection?.kind === 'node' ? selection.key : null;
  if (isArrowKey(event.key)) {
    event.preventDefault();
    moveCursor(host, view, graph, event.key, selectedNode);
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    if (!event.shiftKey && host.openGroupAtCursor()) return;
    const key = host.cursor() ?? selectedNode;
    if (!key) return;
    if (event.shiftKey) host.pickPathEnd(key);
    else if (selectedNode === key) host.focusActor(key);
    else host.select(key);
  } else if (event.key === 'Escape') {
    if (host.hasPathQuery()) host.clearHighlight();
    else if (host.hasFocus()) host.clearFocus();
    else if (selection) host.select(null);
    else {
      host.setCursor(null);
      return;
    }
    event.preventDefault();
  } else if (event.key === '+' || event.key === '=') {
    host.zoomIn();
  } else if (event.key === '-') {
    host.zoomOut();
  } else if (event.key === '0') {
    host.fit();
  }
}

function moveCursor(host: KeyHost, view: GraphView, graph: Graph, arrow: ArrowKey, selectedNode: string | null): void {
  const visibleNodes = host.visibleNodes();
  const isVisible = (key: string) => !visibleNodes || visibleNodes.has(key);
  const cursor = host.cursor();
  const from = cursor && graph.hasNode(cursor) && isVisible(cursor) ? cursor : selectedNode;
  let next: string | undefined;
  if (!from) {
    next = mostConnected(graph, isVisible);
  } else {
    const origin = view.renderedPosition(from);
    const candidates: Array<{ key: string; x: number; y: number }> = [];
    graph.forEachNeighbor(from, (neighbour) => {
      const position = view.renderedPosition(neighbour);
      if (position && isVisible(neighbour)) candidates.push({ key: neighbour, ...position });
    });
    next = origin ? pickInDirection(origin, candidates, arrow) : undefined;
    if (!next) {
      host.say(`${nodeLabel(graph, from)} has no visible neighbours.`);
      return;
    }
  }
  if (!next) return;
  host.setCursor(next);
  view.centerOn(next);
  host.say(`${nodeLabel(graph, next)}, ${graph.degree(next)} relationships. Enter selects.`);
}

/** Where the cursor starts: the most connected visible actor. */
function mostConnected(graph: Graph, isVisible: (key: string) => boolean): string | undefined {
  let best = -1;
  let found: string | undefined;
  graph.forEachNode((key) => {
    const degree = graph.degree(key);
    if (isVisible(key) && degree > best) [best, found] = [degree, key];
  });
  return found;
}
