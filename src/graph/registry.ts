/**
 * The edge-type and node-kind registries a view draws from. Declared registries
 * (`attributes.edgeTypes` / `nodeKinds`) are used as given, with colours filled in where left
 * out; a dataset that declares none gets one inferred from the data, each type and kind with a
 * distinct default style, so any graphology file loads and reads well.
 */
import type Graph from 'graphology';
import { NODE_SHAPES, type EdgeTypeSpec, type NodeKindSpec } from './dataset-schema';

export interface EdgeType {
  key: string;
  label: string;
  /** How the relation reads from the target's side ("condemned by"). */
  inverseLabel: string;
  directed: boolean;
  color: string;
  /** False when inferred from the data rather than declared. */
  declared: boolean;
}

export interface NodeKind {
  key: string;
  label: string;
  shape: (typeof NODE_SHAPES)[number];
  color: string;
  declared: boolean;
}

export interface Registry {
  edgeTypes: Map<string, EdgeType>;
  nodeKinds: Map<string, NodeKind>;
}

/** Kind given to nodes without one. */
export const DEFAULT_NODE_KIND = 'actor';

/** Distinct hues, each at least 4.5:1 against white, so they stay readable as text too. */
export const PALETTE = ['#1f6fb2', '#b91c1c', '#7b3fa0', '#b45309', '#047857', '#a21caf', '#4d7c0f', '#0e7490', '#9f1239', '#475569'];
const KIND_SHAPES: NodeKind['shape'][] = ['ellipse', 'round-rectangle', 'diamond', 'hexagon', 'triangle', 'star', 'barrel', 'vee'];

export function resolveRegistry(graph: Graph): Registry {
  return { edgeTypes: resolveEdgeTypes(graph), nodeKinds: resolveNodeKinds(graph) };
}

function resolveEdgeTypes(graph: Graph): Map<string, EdgeType> {
  const declared = graph.getAttribute('edgeTypes') as Record<string, EdgeTypeSpec> | undefined;
  const types = new Map<string, EdgeType>();
  if (declared) {
    Object.entries(declared).forEach(([key, spec], i) => {
      types.set(key, {
        key,
        label: spec.label,
        inverseLabel: spec.inverseLabel ?? `${spec.label} (reverse)`,
        directed: spec.directed ?? true,
        color: spec.color ?? PALETTE[i % PALETTE.length]!,
        declared: true,
      });
    });
    return types;
  }
  const directedCount = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, _s, _t, _sa, _ta, undirected) => {
    const type = String(attributes.type);
    if (!directedCount.has(type)) directedCount.set(type, 0);
    if (!undirected) directedCount.set(type, directedCount.get(type)! + 1);
  });
  [...directedCount.keys()].forEach((key, i) => {
    types.set(key, {
      key,
      label: key,
      inverseLabel: `${key} (reverse)`,
      directed: directedCount.get(key)! > 0,
      color: PALETTE[i % PALETTE.length]!,
      declared: false,
    });
  });
  return types;
}

function resolveNodeKinds(graph: Graph): Map<string, NodeKind> {
  const declared = graph.getAttribute('nodeKinds') as Record<string, NodeKindSpec> | undefined;
  const kinds = new Map<string, NodeKind>();
  const add = (key: string, spec: Partial<NodeKindSpec>, declaredHere: boolean) => {
    const i = kinds.size;
    kinds.set(key, {
      key,
      label: spec.label ?? key,
      shape: spec.shape ?? KIND_SHAPES[i % KIND_SHAPES.length]!,
      color: spec.color ?? PALETTE[(PALETTE.length - 1 - i + PALETTE.length) % PALETTE.length]!,
      declared: declaredHere,
    });
  };
  if (declared) Object.entries(declared).forEach(([key, spec]) => add(key, spec, true));
  graph.forEachNode((_node, attributes) => {
    const kind = nodeKindOf(attributes);
    if (!kinds.has(kind)) add(kind, {}, false);
  });
  return kinds;
}

/** The kind of a node, `actor` when the data gives none. */
export function nodeKindOf(attributes: Record<string, unknown>): string {
  return typeof attributes.kind === 'string' ? attributes.kind : DEFAULT_NODE_KIND;
}

/** The label of a node: its `label` attribute, or its key. */
export function nodeLabel(graph: Graph, key: string): string {
  const label = graph.getNodeAttribute(key, 'label') as unknown;
  return typeof label === 'string' && label !== '' ? label : key;
}
