import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../graph/load';
import { importGexf } from './gexf-import';
import { xmldomParser } from './xml-xmldom';
import { problemsOf } from '../test-support/dataset-error';

const fixture = (name: string) => ({ name, text: readFileSync(new URL(`./fixtures/gexf/${name}`, import.meta.url), 'utf8') });
const parser = xmldomParser();
const read = (name: string) => importGexf(fixture(name), {}, parser);
const attributesOf = (result: ReturnType<typeof read>, key: string) => result.data.nodes.find((node) => node.key === key)?.attributes;

describe('importGexf on the graphology fixtures', () => {
  it('data.gexf (1.2): labels, typed attributes with defaults, directed edges, meta', () => {
    const result = read('data.gexf');
    expect(result.data.nodes).toHaveLength(4);
    expect(result.data.edges).toHaveLength(5);
    expect(attributesOf(result, '0')).toEqual({ label: 'Gephi', url: 'http://gephi.org', indegree: 1, frog: true });
    expect(attributesOf(result, '3')).toMatchObject({ frog: false, indegree: 1 });
    expect(result.data.edges.every((edge) => edge.undirected === undefined)).toBe(true);
    expect(result.data.attributes).toMatchObject({ creator: 'Gephi.org', description: 'A Web network', lastModifiedDate: '2009-03-20' });
    expect(result.mapping).toBe('4 actors, 5 relationships (directed); GEXF 1.2; actor attributes kept: url, indegree, frog');
    // Gephi numbers nodes and edges from 0 alike; the loader needs distinct ids.
    expect(result.data.edges.map((edge) => edge.key)).toEqual(['e0', 'e1', 'e2', 'e3', '4']);
    expect(result.warnings).toEqual([
      '4 relationship ids were also an actor id, so "e" was put before them (actors and relationships share one set of ids)',
    ]);
    const graph = loadDataset(result.data);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(5);
    expect(graph.getEdgeAttribute('e0', 'type')).toBe('related');
  });

  it('mixed.gexf: each edge keeps its own direction; label and weight kept', () => {
    const result = read('mixed.gexf');
    expect(result.data.edges.map((edge) => [edge.source, edge.target, edge.undirected ?? false])).toEqual([
      ['1', '2', false],
      ['2', '3', false],
      ['3', '1', true],
    ]);
    expect(result.data.edges[1]!.attributes).toEqual({ label: 'Nice edge', weight: 4.56 });
    expect(result.mapping).toMatch(/^3 actors, 3 relationships \(2 directed, 1 undirected\); GEXF 1\.2/);
    const graph = loadDataset(result.data);
    expect(graph.isUndirected(graph.edges()[2]!)).toBe(true);
    expect(graph.isDirected(graph.edges()[0]!)).toBe(true);
  });

  it('v1_3.gexf: list attributes, hex viz:color, an undirected edge (the GEXF default) without id whose kind is the relationship type', () => {
    const result = read('v1_3.gexf');
    expect(attributesOf(result, 'Suzy')).toMatchObject({
      label: 'Suzy',
      pipe: ['a', 'b', 'c'],
      double: ['a', 'b', 'c'],
      booleans: [true, false, false],
      numbers: [1, 1.5, 2],
      color: '#ff00ff',
    });
    const [edge] = result.data.edges;
    expect(edge).toEqual({ source: 'John', target: 'Suzy', undirected: true, attributes: { type: 'likes' } });
    expect(result.mapping).toContain('GEXF 1.3');
    expect(result.mapping).toContain('relationship types from the edge kind (1)');
    expect(result.mapping).toContain('colours from viz:color');
    const graph = loadDataset(result.data);
    expect(graph.getEdgeAttribute(graph.edges()[0]!, 'type')).toBe('likes');
  });

  it('celegans.gexf (1.1, undirected, 306 nodes): every edge undirected, weights numbers', { timeout: 30_000 }, () => {
    const result = read('celegans.gexf');
    expect(result.data.nodes).toHaveLength(306);
    expect(result.data.edges).toHaveLength(2345);
    expect(result.data.edges.every((edge) => edge.undirected === true)).toBe(true);
    expect(result.data.edges.filter((edge) => edge.attributes?.weight === 2).length).toBeGreaterThan(0);
    expect(result.mapping).toMatch(/^306 actors, 2,345 relationships \(undirected\); GEXF 1\.1/);
    const graph = loadDataset(result.data);
    expect(graph.order).toBe(306);
    expect(graph.size).toBe(2345);
    expect(graph.edges().every((edge) => graph.isUndirected(edge))).toBe(true);
  });

  it('missing_nodes.gexf: names every edge and the node it points at', () => {
    const problems = problemsOf(() => read('missing_nodes.gexf'));
    expect(problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'missing_nodes.gexf line 13: edge "1" points at node "2", which is not declared; declare the node or fix the edge\'s source',
      'missing_nodes.gexf line 15: edge "2" points at node "2", which is not declared; declare the node or fix the edge\'s source',
      'missing_nodes.gexf line 15: edge "2" points at node "4", which is not declared; declare the node or fix the edge\'s target',
      'missing_nodes.gexf line 16: edge "3" points at node "5", which is not declared; declare the node or fix the edge\'s source',
      'missing_nodes.gexf line 16: edge "3" points at node "6", which is not declared; declare the node or fix the edge\'s target',
    ]);
  });
});

describe('importGexf on broken and unusual input', () => {
  it('a truncated file fails with the line and column of the first error', { timeout: 30_000 }, () => {
    const { text } = fixture('celegans.gexf');
    const [problem] = problemsOf(() => importGexf({ name: 'cut.gexf', text: text.slice(0, 40_000) }, {}, parser));
    expect(problem!.path).toMatch(/^cut\.gexf line \d+, column \d+$/);
    const line = Number(/line (\d+)/.exec(problem!.path)![1]);
    expect(line).toBe(text.slice(0, 40_000).split('\n').length);
    expect(problem!.message).toMatch(/^the file is not well-formed XML \(.+\); check that it is complete/);
  });

  it('a file cut between two elements fails too', () => {
    const text = fixture('data.gexf').text;
    const cut = text.slice(0, text.indexOf('</nodes>'));
    const [problem] = problemsOf(() => importGexf({ name: 'cut.gexf', text: cut }, {}, parser));
    expect(problem!.path).toMatch(/^cut\.gexf/);
    expect(problem!.message).toContain('not well-formed XML');
  });

  it('refuses text over maxBytes, and node or edge counts over the limits, before parsing', () => {
    const { text } = fixture('data.gexf');
    expect(problemsOf(() => importGexf({ name: 'd.gexf', text }, { limits: { maxBytes: 100 } }, parser))[0]!.message).toMatch(
      /^1742 bytes is more than the limit of 100/,
    );
    const counts = problemsOf(() => importGexf({ name: 'd.gexf', text }, { limits: { maxNodes: 3, maxEdges: 4 } }, parser));
    expect(counts.map((problem) => problem.message)).toEqual([
      '4 nodes is more than the limit of 3; raise limits.maxNodes if this is intended',
      '5 edges is more than the limit of 4; raise limits.maxEdges if this is intended',
    ]);
  });

  it('positions from viz:position, relationship type from an attribute, negative weight set aside', () => {
    const text = `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="kind" title="Kind" type="string"/></attributes>
    <attributes class="edge"><attribute id="relationship" title="Relationship" type="string"/></attributes>
    <nodes>
      <node id="a" label="A"><attvalues><attvalue for="kind" value="state"/></attvalues><viz:position x="1.5" y="-2"/><viz:size value="3"/></node>
      <node id="b" label="B"><viz:position x="0" y="4"/><viz:color r="10" g="20" b="30"/></node>
    </nodes>
    <edges>
      <edge id="x" source="a" target="b" weight="-1"><attvalues><attvalue for="relationship" value="supplies"/></attvalues></edge>
      <edge id="x" source="b" target="a" type="directed"/>
    </edges>
  </graph>
</gexf>`;
    const result = importGexf({ name: 'p.gexf', text }, { name: 'Fallback title' }, parser);
    expect(result.data.nodes).toEqual([
      { key: 'a', attributes: { label: 'A', kind: 'state', x: 1.5, y: -2, size: 3 } },
      { key: 'b', attributes: { label: 'B', x: 0, y: 4, color: 'rgb(10,20,30)' } },
    ]);
    expect(result.data.edges).toEqual([
      { key: 'x', source: 'a', target: 'b', undirected: true, attributes: { type: 'supplies', imported_weight: -1 } },
      { source: 'b', target: 'a', attributes: {} },
    ]);
    expect(result.data.attributes.title).toBe('Fallback title');
    expect(result.mapping).toContain('positions from viz:position');
    expect(result.mapping).toContain('sizes from viz:size');
    expect(result.mapping).toContain('relationship types from the attribute "relationship" (1)');
    expect(result.warnings).toEqual([
      "1 relationship repeats an earlier relationship's id, so it was given a new id",
      '1 relationship has a "weight" that must be 0 or more; kept as "imported_weight"',
    ]);
    const graph = loadDataset(result.data);
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 1.5, y: -2 });
  });

  it('says what is not GEXF, and warns about partial positions, undeclared attributes and time data', () => {
    expect(problemsOf(() => importGexf({ name: 'g.gexf', text: '<graphml><graph/></graphml>' }, {}, parser))[0]!.message).toBe(
      'not a GEXF file: the root element is <graphml>, not <gexf>',
    );
    const text = `<gexf version="1.2"><graph mode="dynamic"><nodes>
      <node id="a" start="2001"><attvalues><attvalue for="extra" value="1"/></attvalues><viz:position xmlns:viz="v" x="1" y="2"/></node>
      <node id="b"/></nodes><edges/></graph></gexf>`;
    const result = importGexf({ name: 'w.gexf', text }, {}, parser);
    expect(result.data.nodes[0]!.attributes).toMatchObject({ extra: '1', x: 1, y: 2 });
    expect(result.warnings).toEqual([
      'actor attributes not declared in <attributes> were kept as text: extra',
      'time data (spells, start and end) was dropped: every actor and relationship is shown at once',
      'only 1 of 2 actors have a position (viz:position), so the layout places every actor',
    ]);
    expect(result.mapping).toBe('2 actors, 0 relationships; GEXF 1.2');
  });

  it('duplicate node ids and edges without an end are named', () => {
    const text = '<gexf><graph><nodes><node id="a"/><node id="a"/></nodes><edges><edge id="e" source="a"/></edges></graph></gexf>';
    expect(problemsOf(() => importGexf({ name: 'd.gexf', text }, {}, parser)).map((problem) => problem.message)).toEqual([
      'node "a" is declared twice; give each node its own id',
      'edge "e" has no target; give it the id of a declared node',
    ]);
  });
});
