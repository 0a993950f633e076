/**
 * The edge-type and node-kind registries a view draws from. Declared registries
 * (`attributes.edgeTypes` / `nodeKinds`) are used as given, with colours filled in where left
 * out; a dataset that declares none gets one inferred from the data, each type and kind with a
 * distinct default style, so any graphology file loads and reads well. Every colour has a value
 * per theme (palette.ts).
 */
import type Graph from 'graphology';
import { NODE_SHAPES, type EdgeTypeSpec, type NodeKindSpec, type Sign } from './dataset-schema';
import { DARK_PALETTE, darkVariant, PALETTE } from './palette';

export interface EdgeType {
  key: string;
  label: string;
  /** How the relation reads from the target's side ("condemned by"). */
  inverseLabel: string;
  directed: boolean;
  /**
   * The colour in the light theme: the declared one, else a default. In the registry the element
   * shows (its `types`), the colour drawn in the theme shown.
   */
  color: string;
  /**
   * The colour in the dark theme: a default's dark value, or the declared colour lightened to 3:1
   * when it is darker. Optional so that entries built elsewhere stay valid; `darkVariant(color)`
   * when left out.
   */
  darkColor?: string;
  /** False when inferred from the data rather than declared. */
  declared: boolean;
  /**
   * 1 when the relation allies its actors, -1 when it sets them against each other, 0 (neutral)
   * otherwise. `resolveRegistry` always sets it (0 unless declared); optional so that entries
   * built elsewhere stay valid, and read as 0 when left out.
   */
  sign?: Sign;
}

export interface NodeKind {
  key: string;
  label: string;
  shape: (typeof NODE_SHAPES)[number];
  /** As EdgeType's. */
  color: string;
  darkColor?: string;
  declared: boolean;
}

export interface Registry {
  edgeTypes: Map<string, EdgeType>;
  nodeKinds: Map<string, NodeKind>;
}

/** Kind given to nodes without one. */
export const DEFAULT_NODE_KIND = 'actor';

const KIND_SHAPES: Array<NodeKind['shape']> = ['ellipse', 'round-rectangle', 'diamond', 'hexagon', 'triangle', 'star', 'barrel', 'vee'];

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
        ...colors(spec.color, i),
        declared: true,
        sign: spec.sign ?? 0,
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
      ...colors(undefined, i),
      declared: false,
      // Nothing in the data says which side a relation takes: neutral until declared.
      sign: 0,
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
      // Kinds count down the palette, so a graph's first kind and first type differ in colour.
      ...colors(spec.color, PALETTE.length - 1 - (i % PALETTE.length)),
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

/** A declared colour and its dark variant, else default `i` of the palette in both themes. */
function colors(declared: string | undefined, i: number): { color: string; darkColor: string } {
  if (declared !== undefined) return { color: declared, darkColor: darkVariant(declared) };
  return { color: PALETTE[i % PALETTE.length]!, darkColor: DARK_PALETTE[i % DARK_PALETTE.length]! };
}

/** A copy of `registry` whose `color`s are those of the theme given. */
export function registryForTheme(registry: Registry, dark: boolean): Registry {
  if (!dark) return registry;
  const themed = <T extends { color: string; darkColor?: string }>(entries: Map<string, T>): Map<string, T> =>
    new Map([...entries].map(([key, entry]) => [key, { ...entry, color: entry.darkColor ?? darkVariant(entry.color) }]));
  return { edgeTypes: themed(registry.edgeTypes), nodeKinds: themed(registry.nodeKinds) };
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
