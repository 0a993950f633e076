/**
 * A pass over a parsed GEXF document before graphology-gexf reads it: what it would refuse with
 * a message that names nothing ("one of your gexf file edges points to an inexisting node"), or
 * read wrongly, is found here and reported by name. It also collects what the mapping sentence
 * tells the user (version, declared attributes, viz data) and what the import drops.
 */
import { DatasetError, ProblemList, quote } from '../graph/problems';
import { childElements, collectElements, elementLine, firstAttribute, localName } from './xml-parse';

export interface GexfCheck {
  /** "1.2", from the root's `version` or its namespace. */
  version: string;
  /** The edge ids graphology-gexf will use (repeated ones are removed from the document). */
  edgeIds: Set<string>;
  nodeAttributes: string[];
  edgeAttributes: string[];
}

export function checkGexfDocument(doc: Document, fileName: string, warnings: string[]): GexfCheck {
  const root = doc.documentElement;
  if (localName(root) !== 'gexf') {
    throw new DatasetError([{ path: fileName, message: `not a GEXF file: the root element is <${localName(root)}>, not <gexf>` }]);
  }
  const graph = doc.getElementsByTagName('graph')[0];
  if (!graph) throw new DatasetError([{ path: fileName, message: 'the GEXF file has no <graph> element, so no actors to show' }]);

  const problems = new ProblemList();
  const nodeIds = new Set<string>();
  const { node: nodes, edge: edges, attvalue: values, spell: spells } = collectElements(root, ['node', 'edge', 'attvalue', 'spell']);
  let nested = false;
  for (const [i, node] of nodes.entries()) {
    const id = node.getAttribute('id');
    const where = `${fileName}${elementLine(node)}`;
    if (!id) problems.add(where, `node number ${i + 1} has no id; give every <node> an id`);
    else if (nodeIds.has(id)) problems.add(where, `node ${quote(id)} is declared twice; give each node its own id`);
    else nodeIds.add(id);
    // A nested node sits in a <nodes> inside a <node>.
    if (!nested && (node.hasAttribute('pid') || isNodeElement(node.parentNode?.parentNode))) nested = true;
  }

  const edgeIds = new Set<string>();
  let repeated = 0;
  for (const [i, edge] of edges.entries()) {
    if (problems.full) break;
    const id = edge.getAttribute('id');
    const name = id ? `edge ${quote(id)}` : `edge number ${i + 1} (no id)`;
    const where = `${fileName}${elementLine(edge)}`;
    for (const end of ['source', 'target'] as const) {
      const key = edge.getAttribute(end);
      if (!key) problems.add(where, `${name} has no ${end}; give it the id of a declared node`);
      else if (!nodeIds.has(key))
        problems.add(where, `${name} points at node ${quote(key)}, which is not declared; declare the node or fix the edge's ${end}`);
    }
    if (!id) continue;
    if (edgeIds.has(id)) {
      // graphology-gexf would merge the two edges or stop; without an id the loader numbers it.
      edge.removeAttribute('id');
      repeated += 1;
    } else edgeIds.add(id);
  }
  if (!problems.empty) throw new DatasetError(problems.problems, problems.omitted);
  if (repeated > 0) {
    warnings.push(
      `${repeated} relationship${repeated === 1 ? ' repeats' : 's repeat'} an earlier relationship's id, so ${repeated === 1 ? 'it was' : 'they were'} given a new id`,
    );
  }

  const models = readModels(graph);
  warnUndeclared(values, models, warnings);
  if (nested) warnings.push('the node hierarchy (nested nodes or pid) was flattened: every node is an actor');
  if (graph.getAttribute('mode') === 'dynamic' || spells.length > 0 || hasTime(nodes) || hasTime(edges)) {
    warnings.push('time data (spells, start and end) was dropped: every actor and relationship is shown at once');
  }

  return {
    version: gexfVersion(root),
    edgeIds,
    nodeAttributes: [...models.node.values()],
    edgeAttributes: [...models.edge.values()],
  };
}

/** Attribute id → the name graphology-gexf gives it (the title only for numeric ids, as it does). */
function readModels(graph: Element): { node: Map<string, string>; edge: Map<string, string> } {
  const out = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const block of childElements(graph, 'attributes')) {
    const owner = block.getAttribute('class');
    if (owner !== 'node' && owner !== 'edge') continue;
    for (const attribute of childElements(block, 'attribute')) {
      const id = firstAttribute(attribute, 'id', 'for');
      out[owner].set(id, Number.isNaN(Number(id)) ? id : firstAttribute(attribute, 'title') || id);
    }
  }
  return out;
}

/** One pass over every <attvalue> (inside <attvalues> inside a <node> or <edge>). */
function warnUndeclared(values: Element[], models: { node: Map<string, string>; edge: Map<string, string> }, warnings: string[]): void {
  const undeclared = { node: new Set<string>(), edge: new Set<string>() };
  for (const value of values) {
    const owner = value.parentNode?.parentNode;
    const kind = owner?.nodeType === 1 ? localName(owner as Element) : '';
    if (kind !== 'node' && kind !== 'edge') continue;
    const id = firstAttribute(value, 'for', 'id');
    if (!models[kind].has(id)) undeclared[kind].add(id);
  }
  for (const [kind, noun] of [
    ['node', 'actor'],
    ['edge', 'relationship'],
  ] as const) {
    const names = [...undeclared[kind]];
    if (names.length > 0)
      warnings.push(`${noun} attributes not declared in <attributes> were kept as text: ${names.slice(0, 12).join(', ')}`);
  }
}

function hasTime(elements: Element[]): boolean {
  for (const element of elements) {
    if (element.hasAttribute('start') || element.hasAttribute('end') || element.hasAttribute('spells')) return true;
  }
  return false;
}

function isNodeElement(node: Node | null | undefined): boolean {
  return node?.nodeType === 1 && localName(node as Element) === 'node';
}

function gexfVersion(root: Element): string {
  const version = root.getAttribute('version');
  if (version) return version;
  const namespace = root.getAttribute('xmlns') ?? '';
  return /(\d\.\d)/.exec(namespace)?.[1] ?? '(version not stated)';
}
