/**
 * What the GEXF and GraphML readers share once the XML is read: plain node and edge records
 * become the project's data format. Each edge keeps its own direction (`undirected: true` on the
 * undirected ones, in a mixed graph), edge ids that the loader would refuse are renamed, values
 * the schema refuses are set aside (xml-fields.ts), and the counts are described for a person.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ImportOptions } from './types';
import { FieldTally } from './xml-fields';

export type AttributeRecord = Record<string, unknown>;

export interface RawNode {
  key: string;
  attributes: AttributeRecord;
}

export interface RawEdge {
  /** Absent when the file gave none: the loader numbers those `e0`, `e1`, … */
  key?: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: AttributeRecord;
}

export interface RawGraph {
  attributes: AttributeRecord;
  /** Graph options stored by this project's own export; otherwise a mixed graph is made. */
  options?: SerializedGraph['options'];
  nodes: RawNode[];
  edges: RawEdge[];
}

export function buildDataset(raw: RawGraph, options: ImportOptions, warnings: string[]): SerializedGraph {
  const tally = new FieldTally();
  const attributes = { ...raw.attributes };
  if (options.name && typeof attributes.title !== 'string') attributes.title = options.name;
  if (options.edgeTypes) attributes.edgeTypes = options.edgeTypes;
  if (options.nodeKinds) attributes.nodeKinds = options.nodeKinds;
  tally.fit('graph', attributes);

  const nodes = raw.nodes.map((node) => {
    tally.fit('node', node.attributes);
    return { key: node.key, attributes: node.attributes };
  });

  const keys = renameEdgeKeys(raw, warnings);
  const edgeTypes = (attributes.edgeTypes ?? {}) as Record<string, { directed?: unknown } | undefined>;
  let multi = false;
  const pairs = new Set<string>();
  const edges = raw.edges.map((edge, i) => {
    tally.fit('edge', edge.attributes);
    const out: SerializedGraph['edges'][number] = { source: edge.source, target: edge.target, attributes: edge.attributes };
    const key = keys[i];
    if (key !== undefined) out.key = key;
    const type = edge.attributes.type;
    const typeUndirected = typeof type === 'string' && Object.hasOwn(edgeTypes, type) && edgeTypes[type]?.directed === false;
    // The flag is written where the loader's default would differ from the file: always on an
    // undirected edge, and on a directed edge whose declared type is undirected.
    if (edge.undirected) out.undirected = true;
    else if (typeUndirected) out.undirected = false;
    const pair = edge.undirected ? `u\0${[edge.source, edge.target].sort().join('\0')}` : `d\0${edge.source}\0${edge.target}`;
    if (pairs.has(pair)) multi = true;
    pairs.add(pair);
    return out;
  });

  warnings.push(...tally.warnings());
  return {
    attributes,
    options: raw.options ?? { type: 'mixed', multi, allowSelfLoops: true },
    nodes,
    edges,
  };
}

/**
 * The loader refuses two edges with one key, and an edge with a node's key (Cytoscape has a single
 * id space; Gephi numbers nodes and edges from 0 alike). Such an edge becomes `e<id>`, or gets no
 * key (the loader numbers it) when that is taken too.
 */
function renameEdgeKeys(raw: RawGraph, warnings: string[]): Array<string | undefined> {
  const nodeKeys = new Set<string>(raw.nodes.map((node) => node.key));
  const taken = new Set<string>(nodeKeys);
  for (const edge of raw.edges) if (edge.key !== undefined) taken.add(edge.key);
  const seen = new Set<string>();
  let shared = 0;
  let repeated = 0;
  const keys = raw.edges.map((edge) => {
    const key = edge.key;
    if (key === undefined) return undefined;
    const clash = nodeKeys.has(key);
    if (!clash && !seen.has(key)) {
      seen.add(key);
      return key;
    }
    if (clash) shared += 1;
    else repeated += 1;
    const renamed = `e${key}`;
    if (taken.has(renamed)) return undefined;
    taken.add(renamed);
    seen.add(renamed);
    return renamed;
  });
  if (shared > 0) {
    warnings.push(
      `${shared} relationship id${shared === 1 ? ' was' : 's were'} also an actor id, so "e" was put before ${shared === 1 ? 'it' : 'them'} (actors and relationships share one set of ids)`,
    );
  }
  if (repeated > 0) {
    warnings.push(
      `${repeated} relationship id${repeated === 1 ? ' was' : 's were'} used by an earlier relationship, so "e" was put before ${repeated === 1 ? 'it' : 'them'}`,
    );
  }
  return keys;
}

/** "77 actors, 254 relationships (undirected)", or "(12 directed, 3 undirected)". */
export function describeCounts(data: SerializedGraph): string {
  const undirected = data.edges.filter((edge) => edge.undirected === true).length;
  const directed = data.edges.length - undirected;
  const direction =
    data.edges.length === 0
      ? ''
      : undirected === 0
        ? ' (directed)'
        : directed === 0
          ? ' (undirected)'
          : ` (${directed.toLocaleString('en-US')} directed, ${undirected.toLocaleString('en-US')} undirected)`;
  return `${plural(data.nodes.length, 'actor')}, ${plural(data.edges.length, 'relationship')}${direction}`;
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** How many nodes have a finite `x` and `y`; warns when some do and some do not. */
export function countPositions(data: SerializedGraph, from: string, warnings: string[]): number {
  const placed = data.nodes.filter((node) => Number.isFinite(node.attributes?.x) && Number.isFinite(node.attributes?.y)).length;
  if (placed > 0 && placed < data.nodes.length) {
    warnings.push(`only ${placed} of ${data.nodes.length} actors have a position (${from}), so the layout places every actor`);
  }
  return placed;
}

/** A list of names for the mapping sentence, cut after a dozen. */
export function listNames(names: Iterable<string>, max = 12): string {
  const all = [...names];
  return all.length <= max ? all.join(', ') : `${all.slice(0, max).join(', ')} and ${all.length - max} more`;
}
