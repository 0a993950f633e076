import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../graph/load';
import { importGraphml } from './graphml-import';
import { xmldomParser } from './xml-xmldom';
import { problemsOf } from '../test-support/dataset-error';

const fixture = (name: string) => ({ name, text: readFileSync(new URL(`./fixtures/graphml/${name}`, import.meta.url), 'utf8') });
const parser = xmldomParser();
const read = (name: string) => importGraphml(fixture(name), {}, parser);
const graphml = (body: string, keys = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}${body}</graphml>`;

describe('importGraphml on the graphology fixtures', () => {
  it('basic.graphml: 11 nodes, 12 undirected edges without ids', () => {
    const result = read('basic.graphml');
    expect(result.data.nodes).toHaveLength(11);
    expect(result.data.edges).toHaveLength(12);
    expect(result.data.edges[0]).toEqual({ source: 'n0', target: 'n2', undirected: true, attributes: {} });
    expect(result.mapping).toBe('11 actors, 12 relationships (undirected); GraphML');
    expect(result.warnings).toEqual([]);
    const graph = loadDataset(result.data);
    expect([graph.order, graph.size, graph.undirectedSize]).toEqual([11, 12, 12]);
  });

  it('attributes.graphml: keys with a typed default, graph data', () => {
    const result = read('attributes.graphml');
    const colors = Object.fromEntries(result.data.nodes.map((node) => [node.key, node.attributes?.color]));
    expect(colors).toEqual({ n0: 'green', n1: 'yellow', n2: 'blue', n3: 'red', n4: 'yellow', n5: 'turquoise' });
    expect(result.data.edges.map((edge) => edge.attributes?.weight as unknown)).toEqual([1, 1, 2, undefined, undefined, undefined, 1.1]);
    expect(result.data.attributes).toEqual({ mode: 'static' });
    expect(result.mapping).toBe(
      '6 actors, 7 relationships (undirected); GraphML; actor attributes kept: color; relationship attributes kept: weight',
    );
    expect(loadDataset(result.data).size).toBe(7);
  });

  it('mixed_multigraph.graphml: each edge keeps its direction, parallel edges make a multigraph', () => {
    const result = read('mixed_multigraph.graphml');
    expect(result.data.edges.filter((edge) => !edge.undirected).map((edge) => edge.key)).toEqual(['e3', 'e6']);
    expect(result.data.edges.filter((edge) => edge.source === 'n2' && edge.target === 'n4').map((edge) => edge.key)).toEqual(['e4', 'e7']);
    expect(result.data.options).toEqual({ type: 'mixed', multi: true, allowSelfLoops: true });
    expect(result.mapping).toMatch(/^6 actors, 8 relationships \(2 directed, 6 undirected\); GraphML/);
    const graph = loadDataset(result.data);
    expect(graph.isDirected('e3')).toBe(true);
    expect(graph.isUndirected('e4')).toBe(true);
    expect(graph.size).toBe(8);
  });

  it('miserables_broken.graphml: undeclared data kept as text with a warning; Gephi r, g, b as a colour; positions', () => {
    const result = read('miserables_broken.graphml');
    expect(result.data.nodes).toHaveLength(77);
    expect(result.data.edges).toHaveLength(254);
    expect(result.data.nodes[0]).toEqual({
      key: '11',
      attributes: { label: 'Valjean', modularity_class: '1', size: 100, x: -87.93029, y: 6.8120565, color: '#f55b5b' },
    });
    expect(result.warnings[0]).toBe('data without a <key> declaration was kept as text: label, modularity_class');
    expect(result.mapping).toBe(
      '77 actors, 254 relationships (undirected); GraphML; actor r, g, b → color; actor attributes kept: x, y, size; ' +
        'relationship attributes kept: Edge Label, weight; positions from x and y data',
    );
    const graph = loadDataset(result.data);
    expect([graph.order, graph.size]).toEqual([77, 254]);
  });

  it('a truncated copy of miserables_broken.graphml fails with the line and column', () => {
    const { text } = fixture('miserables_broken.graphml');
    const cut = text.slice(0, 20_000);
    const [problem] = problemsOf(() => importGraphml({ name: 'miserables.graphml', text: cut }, {}, parser));
    expect(problem!.path).toMatch(/^miserables\.graphml line \d+, column \d+$/);
    expect(problem!.message).toMatch(/^the file is not well-formed XML/);
  });
});

describe('importGraphml on other input', () => {
  it('names an edge to an undeclared node and the node', () => {
    const text = graphml(
      '<graph edgedefault="directed"><node id="a"/><edge id="e1" source="a" target="zz"/><edge source="q" target="a"/></graph>',
    );
    expect(problemsOf(() => importGraphml({ name: 'm.graphml', text }, {}, parser)).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'm.graphml line 2: edge "e1" points at node "zz", which is not declared; declare the node or fix the edge\'s target',
      'm.graphml line 2: edge number 2 (no id) points at node "q", which is not declared; declare the node or fix the edge\'s source',
    ]);
  });

  it('directed="false" in a directed graph, keys for="all", boolean and numeric casts, type and labels mapped', () => {
    const keys =
      '<key id="t" for="edge" attr.name="relationship" attr.type="string"/>' +
      '<key id="l" for="all" attr.name="Label" attr.type="string"/>' +
      '<key id="k" for="node" attr.name="kind"><default>person</default></key>' +
      '<key id="on" for="node" attr.name="active" attr.type="boolean"><default>true</default></key>' +
      '<key id="n" for="node" attr.name="count" attr.type="int"><default>7</default></key>';
    const body =
      '<graph edgedefault="directed"><node id="a"><data key="l">Alpha</data><data key="on">false</data><data key="n">x</data></node>' +
      '<node id="b"><data key="k">state</data></node>' +
      '<edge id="e" source="a" target="b" directed="false"><data key="t">pact</data><data key="l">treaty</data></edge>' +
      '<edge source="b" target="a"/></graph>';
    const result = importGraphml({ name: 'x.graphml', text: graphml(body, keys) }, { name: 'My map' }, parser);
    expect(result.data.nodes).toEqual([
      { key: 'a', attributes: { kind: 'person', active: false, count: 'x', label: 'Alpha' } },
      { key: 'b', attributes: { kind: 'state', active: true, count: 7 } },
    ]);
    expect(result.data.edges).toEqual([
      { key: 'e', source: 'a', target: 'b', undirected: true, attributes: { type: 'pact', label: 'treaty' } },
      { source: 'b', target: 'a', attributes: {} },
    ]);
    expect(result.data.attributes).toEqual({ title: 'My map' });
    expect(result.warnings).toEqual(['values that are not numbers were kept as text in: count']);
    expect(loadDataset(result.data).size).toBe(2);
  });

  it('yEd graphics give positions and labels; hyperedges and nested graphs are reported', () => {
    const keys = '<key id="g" for="node" yfiles.type="nodegraphics"/>';
    const shape = (x: number, label: string) =>
      `<data key="g"><y:ShapeNode xmlns:y="http://www.yworks.com/xml/graphml"><y:Geometry x="${x}" y="10" width="30" height="20"/><y:NodeLabel>${label}</y:NodeLabel></y:ShapeNode></data>`;
    const body =
      `<graph edgedefault="undirected"><node id="a">${shape(0, 'A')}</node><node id="b">${shape(100, 'B')}<graph id="inner"/></node>` +
      '<hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge><edge source="a" target="b"/></graph>';
    const result = importGraphml({ name: 'y.graphml', text: graphml(body, keys) }, {}, parser);
    expect(result.data.nodes).toEqual([
      { key: 'a', attributes: { x: 15, y: 20, label: 'A' } },
      { key: 'b', attributes: { x: 115, y: 20, label: 'B' } },
    ]);
    expect(result.warnings).toEqual([
      '1 hyperedge was dropped: a relationship joins two actors',
      'nested graphs were flattened: every node is an actor',
    ]);
    expect(result.mapping).toContain('positions from x and y data');
  });

  it('refuses what is not GraphML, and counts over the limits', () => {
    expect(problemsOf(() => importGraphml({ name: 'a.graphml', text: '<gexf/>' }, {}, parser))[0]!.message).toBe(
      'not a GraphML file: the root element is <gexf>, not <graphml>',
    );
    const text = graphml('<graph edgedefault="directed"><node id="a"/><node id="b"/></graph>');
    expect(problemsOf(() => importGraphml({ name: 'b.graphml', text }, { limits: { maxNodes: 1 } }, parser))[0]!.message).toBe(
      '2 nodes is more than the limit of 1; raise limits.maxNodes if this is intended',
    );
  });
});
