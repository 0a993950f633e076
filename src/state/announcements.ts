/**
 * What the live region says about the state: the selection described in a sentence, or the path
 * shown as a line and an ordered list of hops. Pure: the element renders what these return.
 */
import type Graph from 'graphology';
import { nodeLabel, type Registry } from '../graph/registry';
import { describeActor, describeEdgeText } from '../graph/describe';
import { describeHop } from '../graph/path-narrative';
import type { Selection } from '../graph/state-types';
import type { PathView } from './view-state';

/** The path shown, as the live region reads it: one line, then the hops as a list. */
export interface PathAnnouncement {
  intro: string;
  hops: string[];
}

export function selectionAnnouncement(graph: Graph, registry: Registry, selection: Selection): string {
  if (!selection) return 'Selection cleared.';
  if (selection.kind === 'ties') return tiesAnnouncement(graph, registry, selection.edges);
  return selection.kind === 'node' ? describeActor(graph, registry, selection.key) : describeEdgeText(graph, registry, selection.key);
}

/** An aggregated edge: "12 Supplies claims, from 7 actors to 3 actors; the details list them." */
export function tiesAnnouncement(graph: Graph, registry: Registry, edges: readonly string[]): string {
  const present = edges.filter((edge) => graph.hasEdge(edge));
  if (present.length === 0) return 'Selection cleared.';
  const type = String(graph.getEdgeAttribute(present[0]!, 'type'));
  const label = registry.edgeTypes.get(type)?.label ?? type;
  const sources = new Set(present.map((edge) => graph.source(edge)));
  const targets = new Set(present.map((edge) => graph.target(edge)));
  const actors = (n: number) => `${n.toLocaleString('en')} actor${n === 1 ? '' : 's'}`;
  const claims = `${present.length.toLocaleString('en')} ${label} claim${present.length === 1 ? '' : 's'}`;
  return `${claims}, from ${actors(sources.size)} to ${actors(targets.size)}; the details list them.`;
}

/** "Path 1 of 3 from United States to Ukraine, 2 hops:" and the hops; null when no query is complete. */
export function pathAnnouncement(graph: Graph, registry: Registry, path: PathView, preview: number | null): PathAnnouncement | null {
  const result = path.result;
  if (!result) return null;
  const label = (key: string | null) => (key && graph.hasNode(key) ? nodeLabel(graph, key) : key);
  const [from, to] = [label(path.query.from), label(path.query.to)];
  // The path drawn: the preview when it exists, else the highlighted one (as view-state.ts draws).
  const index = preview !== null && result.paths[preview] ? preview : path.query.index;
  const shown = result.paths[index];
  if (!shown) return { intro: `No path from ${from} to ${to}. ${result.explanation ?? ''}`.trim(), hops: [] };
  const count = `${result.paths.length}${result.capped ? '+' : ''}`;
  return {
    intro: `Path ${index + 1} of ${count} from ${from} to ${to}, ${shown.hops} hop${shown.hops === 1 ? '' : 's'}:`,
    hops: shown.steps.map((hop) => describeHop(graph, registry, hop)),
  };
}
