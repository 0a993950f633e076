/**
 * The one place a graphology Graph becomes Cytoscape elements. Everything Cytoscape draws per
 * element (colour, arrow, line pattern, shape) is resolved here into `data` fields, so the
 * stylesheet maps data and never builds selectors from untrusted type names. Colours are the
 * registry's `color`s: the element hands in a registry resolved for the theme shown.
 */
import type Graph from 'graphology';
import type { ElementDefinition } from 'cytoscape';
import { edgeStatusOf, type StatusKey } from '../graph/legend';
import { FALLBACK_COLOR } from '../graph/palette';
import { nodeKindOf, nodeLabel, type Registry } from '../graph/registry';
import type { Positions } from '../layout/initial-positions';

/** Line pattern per status, so status never rides on colour alone. */
export const STATUS_LINE_STYLE: Record<StatusKey, 'solid' | 'dashed' | 'dotted'> = {
  confirmed: 'solid',
  reported: 'dashed',
  potential: 'dotted',
  unspecified: 'solid',
};

export interface NodeData {
  id: string;
  label: string;
  kind: string;
  color: string;
  shape: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  status: StatusKey;
  color: string;
  arrow: 'triangle' | 'none';
  lineStyle: 'solid' | 'dashed' | 'dotted';
  label: string;
}

export function nodeElement(graph: Graph, registry: Registry, key: string, positions?: Positions): ElementDefinition {
  const attributes = graph.getNodeAttributes(key);
  const kind = registry.nodeKinds.get(nodeKindOf(attributes));
  const data: NodeData = {
    id: key,
    label: nodeLabel(graph, key),
    kind: kind?.key ?? '',
    color: kind?.color ?? FALLBACK_COLOR,
    shape: kind?.shape ?? 'ellipse',
  };
  const position = positions?.get(key);
  return position ? { group: 'nodes', data, position: { ...position } } : { group: 'nodes', data };
}

export function edgeElement(graph: Graph, registry: Registry, key: string): ElementDefinition {
  const attributes = graph.getEdgeAttributes(key);
  const type = registry.edgeTypes.get(String(attributes.type));
  const status = edgeStatusOf(attributes);
  const directed = !graph.isUndirected(key);
  const data: EdgeData = {
    id: key,
    source: graph.source(key),
    target: graph.target(key),
    type: type?.key ?? String(attributes.type),
    status,
    color: type?.color ?? FALLBACK_COLOR,
    arrow: directed ? 'triangle' : 'none',
    lineStyle: STATUS_LINE_STYLE[status],
    label: typeof attributes.label === 'string' ? attributes.label : (type?.label ?? ''),
  };
  // As of a date: a claim that has ended, and in compare mode how it changed (as-of.ts).
  const classes = [
    attributes.ended === true ? 'sg-ended' : '',
    typeof attributes.change === 'string' ? `sg-change-${attributes.change}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return classes ? { group: 'edges', data, classes } : { group: 'edges', data };
}

/** Every node, then every edge, in graph order. */
export function toElements(graph: Graph, registry: Registry, positions?: Positions): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key) => elements.push(nodeElement(graph, registry, key, positions)));
  graph.forEachEdge((key) => elements.push(edgeElement(graph, registry, key)));
  return elements;
}
