/**
 * An actor's relationships as the details panel lists them, read from the actor's side:
 * "supplies Russia", "supplied by Russia", "pact with Russia"; and one edge described on its
 * own, with the evidence behind it. Sources are looked up by id so evidence can show titles.
 */
import type Graph from 'graphology';
import type { Evidence, Source } from './dataset-schema';
import { edgeStatusOf, type StatusKey } from './legend';
import { nodeLabel, type EdgeType, type Registry } from './registry';

export type Direction = 'out' | 'in' | 'both';

/** What an edge says, beyond its ends and type. */
export interface EdgeDetails {
  status: StatusKey;
  since?: string;
  label?: string;
  items?: string[];
  evidence: Evidence[];
}

export interface Relationship extends EdgeDetails {
  edge: string;
  other: string;
  otherLabel: string;
}

export interface RelationshipGroup {
  type: string;
  direction: Direction;
  /** "supplies" (out), "supplied by" (in) or the type's label for undirected types. */
  heading: string;
  items: Relationship[];
}

export interface EdgeDescription extends EdgeDetails {
  edge: string;
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
  type: string;
  typeLabel: string;
  /** Whether this edge is drawn with an arrow (an edge's own `undirected` can override its type). */
  directed: boolean;
  /** "North Korea supplies Russia". */
  sentence: string;
}

const DIRECTION_ORDER: Record<Direction, number> = { out: 0, in: 1, both: 2 };

/** Groups in registry type order, out before in before both; items by the other actor's label. */
export function relationshipsOf(graph: Graph, registry: Registry, key: string): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  graph.forEachEdge(key, (edge, attributes, source, target, _sa, _ta, undirected) => {
    const type = edgeTypeOf(registry, attributes);
    const direction: Direction = undirected ? 'both' : source === key ? 'out' : 'in';
    const other = source === key ? target : source;
    const id = `${direction}\u0000${type.key}`;
    let group = groups.get(id);
    if (!group) {
      group = { type: type.key, direction, heading: direction === 'in' ? type.inverseLabel : type.label, items: [] };
      groups.set(id, group);
    }
    group.items.push({ edge, other, otherLabel: nodeLabel(graph, other), ...edgeDetails(attributes) });
  });

  const typeOrder = new Map([...registry.edgeTypes.keys()].map((type, i) => [type, i]));
  const rank = (type: string) => typeOrder.get(type) ?? typeOrder.size;
  const result = [...groups.values()];
  for (const group of result) group.items.sort((a, b) => a.otherLabel.localeCompare(b.otherLabel) || compareText(a.edge, b.edge));
  // Types the registry does not know (a graph not loaded through loadDataset) go last, by key.
  return result.sort(
    (a, b) => rank(a.type) - rank(b.type) || compareText(a.type, b.type) || DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction],
  );
}

/** One edge with both ends named and a sentence "North Korea supplies Russia". */
export function describeEdge(graph: Graph, registry: Registry, edgeKey: string): EdgeDescription {
  const attributes = graph.getEdgeAttributes(edgeKey);
  const source = graph.source(edgeKey);
  const target = graph.target(edgeKey);
  const type = edgeTypeOf(registry, attributes);
  const sourceLabel = nodeLabel(graph, source);
  const targetLabel = nodeLabel(graph, target);
  return {
    edge: edgeKey,
    source,
    sourceLabel,
    target,
    targetLabel,
    type: type.key,
    typeLabel: type.label,
    directed: graph.isDirected(edgeKey),
    ...edgeDetails(attributes),
    sentence: `${sourceLabel} ${type.label} ${targetLabel}`,
  };
}

/** The graph's declared sources by id. */
export function evidenceSources(graph: Graph): Map<string, Source> {
  const sources = graph.getAttribute('sources') as unknown;
  const byId = new Map<string, Source>();
  if (!Array.isArray(sources)) return byId;
  for (const source of sources as unknown[]) {
    if (isSource(source) && !byId.has(source.id)) byId.set(source.id, source);
  }
  return byId;
}

function edgeDetails(attributes: Record<string, unknown>): EdgeDetails {
  const details: EdgeDetails = { status: edgeStatusOf(attributes), evidence: [] };
  if (typeof attributes.since === 'string') details.since = attributes.since;
  if (typeof attributes.label === 'string' && attributes.label !== '') details.label = attributes.label;
  if (Array.isArray(attributes.items)) details.items = attributes.items.filter((item): item is string => typeof item === 'string');
  if (Array.isArray(attributes.evidence)) details.evidence = attributes.evidence.filter(isEvidence);
  return details;
}

/** The registry's entry for an edge's type, or a plain one named after the type if it has none. */
export function edgeTypeOf(registry: Registry, attributes: Record<string, unknown>): EdgeType {
  const key = String(attributes.type);
  return (
    registry.edgeTypes.get(key) ?? { key, label: key, inverseLabel: `${key} (reverse)`, directed: true, color: '#475569', declared: false }
  );
}

function isEvidence(value: unknown): value is Evidence {
  const evidence = value as Partial<Evidence> | null;
  return (
    typeof evidence === 'object' &&
    evidence !== null &&
    typeof evidence.source === 'string' &&
    Array.isArray(evidence.lines) &&
    typeof evidence.summary === 'string'
  );
}

function isSource(value: unknown): value is Source {
  const source = value as Partial<Source> | null;
  return typeof source === 'object' && source !== null && typeof source.id === 'string' && typeof source.title === 'string';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
