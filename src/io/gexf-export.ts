/**
 * A dataset to GEXF 1.3 (for Gephi and other tools), written by graphology-gexf's writer. The
 * dataset goes through the loader first, so what is written is what the graph shows: every edge
 * with its effective direction (a mixed graph when both occur), its type (`related` when it had
 * none) and a key. Positions become `viz:position`, a hex `color`, `size` and `shape` become the
 * `viz` elements; everything else is a GEXF attribute. What GEXF cannot hold (registries, graph
 * options, arrays such as `evidence` and `items`) is written as JSON: see gexf-meta.ts.
 */
import type { Attributes, SerializedGraph } from 'graphology-types';
import write from 'graphology-gexf/common/writer.js';
import { loadDataset } from '../graph/load';
import type { Limits } from '../graph/limits';
import { DatasetError, quote } from '../graph/problems';
import { META_KEY, encodeMeta, jsonAttributeNames, toJsonText, xmlSafe } from './gexf-meta';

export interface ExportGexfOptions {
  /** The limits the dataset was loaded with, if not the defaults. */
  limits?: Partial<Limits>;
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** The shapes GEXF's viz module allows; another `shape` stays an ordinary attribute. */
const GEXF_SHAPES = {
  node: new Set(['disc', 'square', 'triangle', 'diamond', 'image']),
  edge: new Set(['solid', 'dotted', 'dashed', 'double']),
};
const VIZ_NUMBERS = new Set(['size', 'x', 'y', 'z', 'thickness']);

export function exportGexf(data: SerializedGraph, options: ExportGexfOptions = {}): string {
  const graph = loadDataset(data, { limits: options.limits });
  checkKeys(graph.nodes(), 'actor');
  checkKeys(graph.edges(), 'relationship');

  const json = {
    node: jsonAttributeNames(graph.mapNodes((_key, attributes) => attributes)),
    edge: jsonAttributeNames(graph.mapEdges((_key, attributes) => attributes)),
  };
  const attributes = graph.getAttributes();
  // The graph is this function's own (the loader built it), so its attributes can be replaced:
  // the writer turns each scalar one into a <meta> element.
  const meta: Attributes = { creator: 'Stakeholder Graph' };
  for (const name of ['title', 'description'] as const) {
    const value = attributes[name] as unknown;
    if (typeof value === 'string' && value.trim() !== '' && xmlSafe(value)) meta[name] = value;
  }
  meta[META_KEY] = encodeMeta({ attributes, options: data.options, json });
  graph.replaceAttributes(meta);

  const nodeJson = new Set(json.node);
  const edgeJson = new Set(json.edge);
  return write(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => format('node', attributes, nodeJson),
    formatEdge: (_key, attributes) => format('edge', attributes, edgeJson),
  });
}

interface Formatted {
  label?: string;
  weight?: number;
  kind?: string;
  viz?: Record<string, unknown>;
  attributes?: Attributes;
}

/** graphology-gexf's default formatter, except that values go to `viz` only when GEXF can hold them there. */
function format(owner: 'node' | 'edge', attributes: Attributes, json: ReadonlySet<string>): Formatted {
  const out: Formatted = {};
  const plain: Attributes = {};
  const viz: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes) as Array<[string, unknown]>) {
    if (value === undefined || value === null) continue;
    if (json.has(name)) plain[name] = toJsonText(value);
    else if (name === 'label' && typeof value === 'string') out.label = value;
    else if (owner === 'edge' && name === 'weight' && typeof value === 'number') out.weight = value;
    else if (owner === 'edge' && name === 'kind' && typeof value === 'string') out.kind = value;
    else if (name === 'color' && typeof value === 'string' && HEX_COLOR.test(value)) viz.color = value;
    else if (name === 'shape' && typeof value === 'string' && GEXF_SHAPES[owner].has(value)) viz.shape = value;
    else if (VIZ_NUMBERS.has(name) && typeof value === 'number' && Number.isFinite(value)) viz[name] = value;
    else plain[name] = value;
  }
  if (Object.keys(viz).length > 0) out.viz = viz;
  if (Object.keys(plain).length > 0) out.attributes = plain;
  return out;
}

/** Keys are written as they are; one with a character XML cannot carry would make the file unreadable. */
function checkKeys(keys: string[], noun: string): void {
  const bad = keys.find((key) => !xmlSafe(key));
  if (bad !== undefined) {
    throw new DatasetError([
      { path: '$', message: `${noun} id ${quote(bad)} holds a control character, which GEXF (XML) cannot carry; rename it` },
    ]);
  }
}
