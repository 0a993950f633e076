/**
 * GEXF 1.1 to 1.3 (Gephi's format) to the project's data format. graphology-gexf's parser reads
 * the document (typed attributes, defaults, `viz:` colour, size and position, meta); this module
 * parses the XML itself with the injected parser so a malformed file is reported with its line and
 * column (xml-parse.ts), checks beforehand what graphology-gexf would report in its own words or
 * not at all (an edge to an undeclared node, a node without an id, repeated ids), and afterwards
 * keeps each edge's own direction and maps the names this project reads.
 *
 * Names: the GEXF edge `label` is the relationship's label; an edge attribute `type` (or else
 * `relationship`, or else the GEXF edge `kind`) is the relationship type; none, and the loader
 * gives `related`. A node attribute `kind` is the actor's kind.
 */
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import createParserFunction from 'graphology-gexf/common/parser.js';
import { resolveLimits } from '../graph/limits';
import { DatasetError } from '../graph/problems';
import type { ImportOptions, ImportResult, ImportText, XmlParser } from './types';
import { parseXml } from './xml-parse';
import { checkXmlLimits } from './xml-limits';
import { buildDataset, countPositions, describeCounts, listNames, type RawEdge, type RawNode } from './xml-dataset';
import { META_KEY, decodeJsonAttributes, decodeMeta } from './gexf-meta';
import { checkGexfDocument } from './gexf-check';

/** Attributes an edge's relationship type is read from, in order, when the file has no `type`. */
const TYPE_SOURCES = ['relationship', 'kind'] as const;

export function importGexf(input: ImportText, options: ImportOptions, parser: XmlParser): ImportResult {
  const fileName = input.name ?? 'the GEXF file';
  const limits = resolveLimits(options.limits);
  checkXmlLimits(input.text, fileName, limits);
  const doc = parseXml(input.text, fileName, parser);
  const warnings: string[] = [];
  const check = checkGexfDocument(doc, fileName, warnings);

  let graph: AbstractGraph;
  try {
    // The document is already parsed, so the factory's DOMParser is never used; the Document
    // class is the parsed document's own, for the parser's `instanceof` check.
    const parse = createParserFunction(null, doc.constructor);
    graph = parse(Graph, doc, { allowUndeclaredAttributes: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^graphology-gexf\/parser: /, '') : String(error);
    throw new DatasetError([{ path: fileName, message: `could not be read as GEXF (${detail.slice(0, 120)}); check it opens in Gephi` }]);
  }

  const metaAttributes = graph.getAttributes();
  const meta = decodeMeta(metaAttributes[META_KEY], warnings);
  const graphAttributes = meta ? meta.attributes : withoutKey(metaAttributes, META_KEY);
  const nodeJson = new Set(meta?.json.node ?? []);
  const edgeJson = new Set(meta?.json.edge ?? []);

  const nodes: RawNode[] = [];
  graph.forEachNode((key, attributes) => {
    const copy = { ...attributes };
    decodeJsonAttributes(copy, nodeJson, ['aliases']);
    nodes.push({ key, attributes: copy });
  });

  const typeFrom = new Map<string, number>();
  const edges: RawEdge[] = [];
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const copy: Record<string, unknown> = { ...attributes };
    decodeJsonAttributes(copy, edgeJson, ['evidence', 'items']);
    if (!meta && copy.type === undefined) {
      const from = TYPE_SOURCES.find((name) => typeof copy[name] === 'string' && copy[name] !== '');
      if (from) {
        copy.type = copy[from];
        delete copy[from];
        typeFrom.set(from, (typeFrom.get(from) ?? 0) + 1);
      }
    }
    // graphology numbers the edges the file gave no id; those go without a key (the loader numbers them).
    const edge: RawEdge = { source, target, undirected, attributes: copy };
    if (check.edgeIds.has(key)) edge.key = key;
    edges.push(edge);
  });

  const data = buildDataset({ attributes: graphAttributes, options: meta?.options, nodes, edges }, options, warnings);
  const mapping = [`${describeCounts(data)}; GEXF ${check.version}`];
  if (meta) mapping.push('registries and settings from Stakeholder Graph metadata');
  if (check.nodeAttributes.length > 0) mapping.push(`actor attributes kept: ${listNames(check.nodeAttributes)}`);
  if (check.edgeAttributes.length > 0) mapping.push(`relationship attributes kept: ${listNames(check.edgeAttributes)}`);
  for (const [from, count] of typeFrom) {
    mapping.push(`relationship types from ${from === 'kind' ? 'the edge kind' : `the attribute "${from}"`} (${count})`);
  }
  if (countPositions(data, 'viz:position', warnings) === data.nodes.length && data.nodes.length > 0) {
    mapping.push('positions from viz:position');
  }
  // A look at the text, cheaper than a search of the whole document.
  if (/<(?:[\w.-]+:)?color[\s/>]/.test(input.text)) mapping.push('colours from viz:color');
  if (/<(?:[\w.-]+:)?size[\s/>]/.test(input.text)) mapping.push('sizes from viz:size');
  return { data, format: 'gexf', mapping: mapping.join('; '), warnings };
}

function withoutKey(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _omitted, ...rest } = record;
  return rest;
}
