/**
 * GraphML (Gephi, yEd, networkx, igraph, Cytoscape desktop) to the project's data format.
 *
 * Read here rather than by graphology-graphml 0.5, whose parser leaves `<default>` values as
 * text, stops on keys `for="all"`, ignores `directed="false"` on an edge of a directed graph and
 * reports an edge to an undeclared node without naming either. The XML is parsed by the injected
 * parser (xml-parse.ts: line and column for malformed files).
 *
 * Direction: each edge's `directed` attribute, else its graph's `edgedefault`. Names: a `label`
 * data (or Gephi's `Edge Label`) is the label; an edge's `type` (or else `relationship`) the
 * relationship type; a node's `kind` its kind; `x`/`y` a position; Gephi's `r`, `g`, `b` a colour.
 * Nested graphs are flattened; hyperedges are dropped with a warning.
 */
import { resolveLimits } from '../graph/limits';
import { DatasetError, ProblemList, quote } from '../graph/problems';
import type { ImportOptions, ImportResult, ImportText, XmlParser } from './types';
import { childElements, collectElements, elementLine, localName, parseXml } from './xml-parse';
import { checkXmlLimits } from './xml-limits';
import { buildDataset, countPositions, describeCounts, listNames, type AttributeRecord, type RawEdge, type RawNode } from './xml-dataset';
import { GraphmlKeys } from './graphml-keys';

export function importGraphml(input: ImportText, options: ImportOptions, parser: XmlParser): ImportResult {
  const fileName = input.name ?? 'the GraphML file';
  checkXmlLimits(input.text, fileName, resolveLimits(options.limits));
  const doc = parseXml(input.text, fileName, parser);
  const root = doc.documentElement;
  if (localName(root) !== 'graphml') {
    throw new DatasetError([{ path: fileName, message: `not a GraphML file: the root element is <${localName(root)}>, not <graphml>` }]);
  }
  const top = childElements(root, 'graph')[0];
  if (!top) throw new DatasetError([{ path: fileName, message: 'the GraphML file has no <graph> element, so no actors to show' }]);

  const warnings: string[] = [];
  const keys = new GraphmlKeys(root);
  const renamed = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const problems = new ProblemList();
  const found = collectElements(root, ['node', 'edge', 'hyperedge', 'graph']);
  const nodeElements = found.node;
  const nodes: RawNode[] = [];
  const nodeIds = new Set<string>();
  for (const [i, element] of nodeElements.entries()) {
    const id = element.getAttribute('id');
    const where = `${fileName}${elementLine(element)}`;
    if (!id) problems.add(where, `node number ${i + 1} has no id; give every <node> an id`);
    else if (nodeIds.has(id)) problems.add(where, `node ${quote(id)} is declared twice; give each node its own id`);
    else {
      nodeIds.add(id);
      nodes.push({ key: id, attributes: mapNames('node', keys.read('node', element), renamed.node) });
    }
  }

  const edges: RawEdge[] = [];
  let assumedDefault = false;
  for (const [i, element] of found.edge.entries()) {
    if (problems.full) break;
    const id = element.getAttribute('id');
    const name = id ? `edge ${quote(id)}` : `edge number ${i + 1} (no id)`;
    const where = `${fileName}${elementLine(element)}`;
    const source = element.getAttribute('source');
    const target = element.getAttribute('target');
    let ok = true;
    for (const [end, key] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (!key) problems.add(where, `${name} has no ${end}; give it the id of a declared node`);
      else if (!nodeIds.has(key))
        problems.add(where, `${name} points at node ${quote(key)}, which is not declared; declare the node or fix the edge's ${end}`);
      ok &&= !!key && nodeIds.has(key);
    }
    if (!ok) continue;
    const graph = element.parentNode as Element | null;
    const edgeDefault = graph?.getAttribute?.('edgedefault');
    if (!edgeDefault) assumedDefault = true;
    const directed = element.getAttribute('directed');
    const undirected = directed === 'true' ? false : directed === 'false' ? true : edgeDefault !== 'directed';
    const edge: RawEdge = {
      source: source!,
      target: target!,
      undirected,
      attributes: mapNames('edge', keys.read('edge', element), renamed.edge),
    };
    if (id) edge.key = id;
    edges.push(edge);
  }
  if (!problems.empty) throw new DatasetError(problems.problems, problems.omitted);

  const data = buildDataset({ attributes: mapNames('graph', keys.read('graph', top), renamed.node), nodes, edges }, options, warnings);

  if (keys.notes.undeclared.size > 0) {
    warnings.unshift(`data without a <key> declaration was kept as text: ${listNames(keys.notes.undeclared)}`);
  }
  if (keys.notes.notNumbers.size > 0)
    warnings.push(`values that are not numbers were kept as text in: ${listNames(keys.notes.notNumbers)}`);
  if (assumedDefault) warnings.push('a <graph> without edgedefault: its edges were taken as undirected');
  const hyperedges = found.hyperedge.length;
  if (hyperedges > 0)
    warnings.push(`${hyperedges} hyperedge${hyperedges === 1 ? ' was' : 's were'} dropped: a relationship joins two actors`);
  if (found.graph.length > 1) warnings.push('nested graphs were flattened: every node is an actor');

  const mapping = [`${describeCounts(data)}; GraphML`];
  for (const [owner, noun] of [
    ['node', 'actor'],
    ['edge', 'relationship'],
  ] as const) {
    const moved = [...renamed[owner]].map(([from, to]) => `${from} → ${to}`);
    const sources = new Set([...renamed[owner].keys()].flatMap((from) => from.split(', ')));
    const kept = keys.names[owner].filter((name) => !sources.has(name));
    if (moved.length > 0) mapping.push(`${noun} ${listNames(moved)}`);
    if (kept.length > 0) mapping.push(`${noun} attributes kept: ${listNames(kept)}`);
  }
  if (countPositions(data, 'x and y data', warnings) === data.nodes.length && data.nodes.length > 0)
    mapping.push('positions from x and y data');
  return { data, format: 'graphml', mapping: mapping.join('; '), warnings };
}

/** Renames the attributes this project reads under other names (see the module comment). */
function mapNames(owner: 'graph' | 'node' | 'edge', attributes: AttributeRecord, renamed: Map<string, string>): AttributeRecord {
  if (owner === 'graph') return attributes;
  for (const name of Object.keys(attributes)) {
    const lower = name.toLowerCase();
    if (name !== 'label' && (lower === 'label' || (owner === 'edge' && lower === 'edge label')) && attributes.label === undefined) {
      attributes.label = attributes[name];
      delete attributes[name];
      renamed.set(name, 'label');
    }
  }
  if (owner === 'edge' && attributes.type === undefined && typeof attributes.relationship === 'string') {
    attributes.type = attributes.relationship;
    delete attributes.relationship;
    renamed.set('relationship', 'type');
  }
  const { r, g, b } = attributes;
  if (typeof r === 'number' && typeof g === 'number' && typeof b === 'number' && attributes.color === undefined) {
    attributes.color = `#${[r, g, b]
      .map((value) =>
        Math.max(0, Math.min(255, Math.round(value)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    delete attributes.r;
    delete attributes.g;
    delete attributes.b;
    renamed.set('r, g, b', 'color');
  }
  return attributes;
}
