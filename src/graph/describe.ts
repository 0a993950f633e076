/**
 * Plain-English text for screen readers (live regions, the graph's accessible summary): an
 * actor and its relationships, one edge, and the whole graph or what the filter leaves of it.
 * The canvas is invisible to assistive technology; these sentences are its text equivalent.
 */
import type Graph from 'graphology';
import { STATUSES } from './dataset-schema';
import type { VisibleSet } from './filter';
import { STATUS_LABELS, UNSPECIFIED_STATUS, edgeStatusOf, type StatusKey } from './legend';
import { nodeKindOf, nodeLabel, type Registry } from './registry';
import { describeEdge, edgeTypeOf, relationshipsOf } from './relationships';

/** How many actors the summary names as most connected. */
const MOST_CONNECTED = 3;

/**
 * "North Korea (State): supplies Russia (2 claims), pact with Russia, …, and 3 more."
 * Outgoing and mutual relationships come first, then incoming ones, each in registry type
 * order; identical phrases (two "supplies Russia" edges) are said once, with a count.
 */
export function describeActor(graph: Graph, registry: Registry, key: string, maxItems = 8): string {
  const kind = nodeKindOf(graph.getNodeAttributes(key));
  const name = `${nodeLabel(graph, key)} (${registry.nodeKinds.get(kind)?.label ?? kind})`;
  const groups = relationshipsOf(graph, registry, key);
  // What the actor does (and its mutual ties) first, then what others do to it.
  const ordered = [...groups.filter((group) => group.direction !== 'in'), ...groups.filter((group) => group.direction === 'in')];
  const claims = new Map<string, number>();
  for (const group of ordered) {
    for (const item of group.items) bump(claims, `${group.heading} ${item.otherLabel}`);
  }
  const phrases = [...claims].map(([phrase, count]) => (count > 1 ? `${phrase} (${count} claims)` : phrase));
  const shown = phrases.slice(0, Math.max(0, Math.floor(maxItems)));
  const rest = phrases.length - shown.length;
  if (phrases.length === 0) return `${name}: no relationships.`;
  if (shown.length === 0) return `${name}: ${plural(phrases.length, 'relationship')}.`;
  return `${name}: ${[...shown, ...(rest > 0 ? [`and ${rest} more`] : [])].join(', ')}.`;
}

/** "North Korea supplies Russia: munitions (confirmed, since 2024-06)". */
export function describeEdgeText(graph: Graph, registry: Registry, edgeKey: string): string {
  const edge = describeEdge(graph, registry, edgeKey);
  const label = edge.label ? `: ${edge.label}` : '';
  const since = edge.since ? `, since ${edge.since}` : '';
  return `${edge.sentence}${label} (${STATUS_LABELS[edge.status]}${since})`;
}

/**
 * "Title: 6 actors and 12 relationships (4 supplies, …; 7 confirmed, …). Most connected:
 * North Korea (9), …". With `visible`, counts only what is shown: "showing 4 of 6 actors and
 * 5 of 12 relationships", degrees included.
 */
export function summarizeGraph(graph: Graph, registry: Registry, visible?: VisibleSet): string {
  const nodeShown = (node: string) => !visible || visible.nodes.has(node);
  const edgeShown = (edge: string) => !visible || visible.edges.has(edge);
  const typeCounts = new Map<string, number>();
  const statusCounts = new Map<StatusKey, number>();
  const degrees = new Map<string, number>();
  let edges = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!edgeShown(edge)) return;
    edges += 1;
    bump(typeCounts, String(attributes.type));
    bump(statusCounts, edgeStatusOf(attributes));
    bump(degrees, source);
    if (target !== source) bump(degrees, target);
  });
  const nodes = graph.filterNodes((node) => nodeShown(node));

  const counts = visible
    ? `showing ${nodes.length} of ${plural(graph.order, 'actor')} and ${edges} of ${plural(graph.size, 'relationship')}`
    : `${plural(nodes.length, 'actor')} and ${plural(edges, 'relationship')}`;
  const breakdown = edges > 0 ? ` (${typeBreakdown(registry, typeCounts)}; ${statusBreakdown(statusCounts)})` : '';
  const title = graph.getAttribute('title') as unknown;
  const lead = typeof title === 'string' && title.trim() !== '' ? `${title.trim()}: ${counts}` : capitalize(counts);
  return `${lead}${breakdown}.${mostConnected(graph, nodes, degrees)}`;
}

function typeBreakdown(registry: Registry, counts: Map<string, number>): string {
  const known = [...registry.edgeTypes.keys()].filter((type) => counts.has(type));
  const unknown = [...counts.keys()].filter((type) => !registry.edgeTypes.has(type)).sort();
  return [...known, ...unknown].map((type) => `${counts.get(type)} ${edgeTypeOf(registry, { type }).label}`).join(', ');
}

function statusBreakdown(counts: Map<StatusKey, number>): string {
  return ([...STATUSES, UNSPECIFIED_STATUS] as StatusKey[])
    .filter((status) => counts.has(status))
    .map((status) =>
      status === UNSPECIFIED_STATUS
        ? `${counts.get(status)} with ${STATUS_LABELS[status]}`
        : `${counts.get(status)} ${STATUS_LABELS[status]}`,
    )
    .join(', ');
}

/** " Most connected: North Korea (9), Russia (6), South Korea (3)." or "" when nothing is connected. */
function mostConnected(graph: Graph, nodes: string[], degrees: Map<string, number>): string {
  const ranked = nodes
    .filter((node) => degrees.has(node))
    .map((node) => ({ label: nodeLabel(graph, node), degree: degrees.get(node)! }))
    .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label))
    .slice(0, MOST_CONNECTED);
  if (ranked.length === 0) return '';
  return ` Most connected: ${ranked.map((node) => `${node.label} (${node.degree})`).join(', ')}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function bump<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
