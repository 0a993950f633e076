/**
 * Every validation rule, each with one bad input: the exact path, the key part of the message,
 * and (through `rejected`) proof that the failed load returned no graph and left the input as
 * it was. Inputs that must load are checked on the graph they produce.
 */
import { describe, it, expect } from 'vitest';
import type Graph from 'graphology';
import { loadDataset } from './load';
import { validateDataset } from './validate';
import { DatasetError, MAX_PROBLEMS, type Problem } from './problems';
import { resolveLimits, type Limits } from './limits';

/** Loads `input` expecting failure; asserts no graph came back and the input is unchanged. */
function rejected(input: unknown, limits?: Partial<Limits>): readonly Problem[] {
  const before = structuredClone(input);
  let graph: Graph | undefined;
  let error: unknown;
  try {
    graph = loadDataset(input as object, { limits });
  } catch (caught) {
    error = caught;
  }
  expect(graph, 'a failed load must not return a graph').toBeUndefined();
  expect(input, 'a failed load must not change its input').toEqual(before);
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).problems;
}

/** One problem at `path` whose message contains `text`. */
const only = (path: string, text: string): Array<{ path: string; message: unknown }> => [{ path, message: expect.stringContaining(text) }];

interface TestEdge {
  key?: string | number | null;
  source: string | number;
  target: string | number;
  undirected?: boolean;
  attributes?: Record<string, unknown>;
}

/** Two real actors with the registries of the seed dataset; `edges` left for each test. */
function koreaRussia(edges: TestEdge[] = []) {
  return {
    attributes: {
      sources: [{ id: 'article', title: 'North Korean troops head to Russia: what we know' }],
      edgeTypes: {
        supplies: { label: 'supplies', inverseLabel: 'supplied by', directed: true },
        pact: { label: 'pact with', directed: false },
      },
      nodeKinds: { state: { label: 'State' }, organization: { label: 'Organization' } },
    },
    nodes: [
      { key: 'DPRK', attributes: { label: 'North Korea', kind: 'state' } },
      { key: 'Russia', attributes: { label: 'Russia', kind: 'state' } },
    ],
    edges,
  };
}

/** The same actors with no registries: a plain graphology file. */
function plain(edges: TestEdge[] = [], options?: Record<string, unknown>) {
  return { ...(options && { options }), nodes: [{ key: 'DPRK' }, { key: 'Russia' }], edges };
}

const supplies = (attributes: Record<string, unknown> = {}): TestEdge => ({
  source: 'DPRK',
  target: 'Russia',
  attributes: { type: 'supplies', ...attributes },
});

describe('document shape', () => {
  it('requires nodes', () => {
    expect(rejected({ edges: [] })).toEqual(only('nodes', 'missing'));
  });

  it('requires nodes to be an array', () => {
    expect(rejected({ nodes: { DPRK: {} } })).toEqual(only('nodes', 'must be an array of {key, attributes}'));
  });

  it('requires edges, when given, to be an array', () => {
    expect(rejected({ nodes: [], edges: { e0: {} } })).toEqual(only('edges', 'must be an array of {key, source, target, attributes}'));
  });

  it('requires attributes to be an object', () => {
    expect(rejected({ nodes: [{ key: 'DPRK', attributes: 'North Korea' }] })).toEqual(
      only('nodes[0].attributes', 'expected an object, got "North Korea"'),
    );
  });

  it('accepts a dataset with nodes and no edges', () => {
    expect(loadDataset({ nodes: [{ key: 'DPRK' }] }).order).toBe(1);
  });
});

describe('keys', () => {
  it('requires a node key', () => {
    expect(rejected({ nodes: [{ key: 'DPRK' }, { attributes: { label: 'Russia' } }] })).toEqual(only('nodes[1].key', 'missing'));
  });

  it('requires a node key to be a string or a number', () => {
    expect(rejected({ nodes: [{ key: true }] })).toEqual(only('nodes[0].key', 'must be a string or a number'));
  });

  it('rejects a duplicate node key, naming the earlier node', () => {
    expect(rejected({ nodes: [{ key: 'DPRK' }, { key: 'Russia' }, { key: 'DPRK' }] })).toEqual(
      only('nodes[2].key', 'duplicate node key "DPRK" (also nodes[0]'),
    );
  });

  it('treats 1 and "1" as the same node key', () => {
    expect(rejected({ nodes: [{ key: 1 }, { key: '1' }] })).toEqual(only('nodes[1].key', 'duplicate node key "1" (also nodes[0]'));
  });

  it('rejects a duplicate edge key, naming the earlier edge', () => {
    const data = koreaRussia([
      { key: 'deal', ...supplies() },
      { key: 'deal', ...supplies({ label: 'shells' }) },
    ]);
    expect(rejected(data)).toEqual(only('edges[1].key', 'duplicate edge key "deal" (also edges[0])'));
  });

  it('rejects an edge key that is also a node key', () => {
    expect(rejected(koreaRussia([{ key: 'Russia', ...supplies() }]))).toEqual(
      only('edges[0].key', 'edge key "Russia" is also a node key (nodes[1])'),
    );
  });

  it('generates e0, e1 for edges whose key is null', () => {
    const graph = loadDataset(
      plain([
        { key: null, source: 'DPRK', target: 'Russia' },
        { key: null, source: 'Russia', target: 'DPRK' },
      ]),
    );
    expect(graph.edges()).toEqual(['e0', 'e1']);
  });

  it('skips generated keys already taken by a node', () => {
    const data = {
      nodes: [{ key: 'e0' }, { key: 'DPRK' }],
      edges: [
        { key: null, source: 'DPRK', target: 'e0' },
        { source: 'e0', target: 'DPRK' },
      ],
    };
    const graph = loadDataset(data);
    expect(graph.edges()).toEqual(['e1', 'e2']);
    expect(graph.source('e1')).toBe('DPRK');
  });

  it('skips generated keys already taken by a later edge', () => {
    const graph = loadDataset(
      plain([
        { source: 'DPRK', target: 'Russia' },
        { key: 'e0', source: 'Russia', target: 'DPRK' },
      ]),
    );
    expect(graph.edges().sort()).toEqual(['e0', 'e1']);
    expect(graph.source('e1')).toBe('DPRK');
  });
});

describe('endpoints', () => {
  it('rejects a missing target and suggests the closest node', () => {
    const problems = rejected(plain([{ source: 'DPRK', target: 'Rusia' }]));
    expect(problems).toEqual(only('edges[0].target', 'node "Rusia" not found (did you mean "Russia"?)'));
  });

  it('rejects a missing source without a suggestion when nothing is close', () => {
    const problems = rejected(plain([{ source: 'China', target: 'Russia' }]));
    expect(problems).toEqual([{ path: 'edges[0].source', message: 'node "China" not found; add the node or fix the key' }]);
  });

  it('matches a numeric endpoint to a string key', () => {
    const graph = loadDataset({ nodes: [{ key: '1' }, { key: 2 }], edges: [{ source: 1, target: '2' }] });
    expect(graph.hasDirectedEdge('1', '2')).toBe(true);
  });
});

describe('registries', () => {
  it('rejects an edge type missing from edgeTypes and suggests the declared one', () => {
    expect(rejected(koreaRussia([supplies({ type: 'suplies' })]))).toEqual(
      only('edges[0].attributes.type', 'type "suplies" is not declared in attributes.edgeTypes (did you mean "supplies"?)'),
    );
  });

  it('requires a type on every edge when edgeTypes is declared, listing the choices', () => {
    expect(rejected(koreaRussia([{ source: 'DPRK', target: 'Russia' }]))).toEqual(
      only('edges[0].attributes.type', 'missing edge type; use one of "supplies", "pact"'),
    );
  });

  it('rejects an empty type', () => {
    expect(rejected(plain([{ source: 'DPRK', target: 'Russia', attributes: { type: '' } }]))).toEqual(
      only('edges[0].attributes.type', 'must not be empty'),
    );
  });

  it('rejects a node kind missing from nodeKinds and suggests the declared one', () => {
    const data = koreaRussia();
    data.nodes[1]!.attributes.kind = 'stat';
    expect(rejected(data)).toEqual(
      only('nodes[1].attributes.kind', 'kind "stat" is not declared in attributes.nodeKinds (did you mean "state"?)'),
    );
  });

  it('does not take inherited names as declared types', () => {
    expect(rejected(koreaRussia([supplies({ type: 'toString' })]))).toEqual(
      only('edges[0].attributes.type', 'type "toString" is not declared'),
    );
  });

  it('keeps undeclared types and kinds when the dataset declares no registry', () => {
    const data = {
      nodes: [{ key: 'DPRK', attributes: { kind: 'state' } }, { key: 'Russia' }],
      edges: [{ key: 'deal', source: 'DPRK', target: 'Russia', attributes: { type: 'arms deal' } }],
    };
    const graph = loadDataset(data);
    expect(graph.getEdgeAttribute('deal', 'type')).toBe('arms deal');
    expect(graph.getNodeAttribute('DPRK', 'kind')).toBe('state');
  });

  it('types an edge without a type as "related" when no registry is declared', () => {
    const graph = loadDataset(plain([{ key: 'link', source: 'DPRK', target: 'Russia' }]));
    expect(graph.getEdgeAttribute('link', 'type')).toBe('related');
  });

  it('rejects a colour that is not a colour', () => {
    const data = koreaRussia();
    Object.assign(data.attributes.edgeTypes.pact, { color: 'url(javascript:alert(1))' });
    expect(rejected(data)).toEqual(only('attributes.edgeTypes.pact.color', 'must be a colour such as "#1f6fb2"'));
  });

  it('rejects a node shape Cytoscape cannot draw', () => {
    const data = koreaRussia();
    Object.assign(data.attributes.nodeKinds.state, { shape: 'circle' });
    expect(rejected(data)).toEqual(only('attributes.nodeKinds.state.shape', 'must be a Cytoscape node shape'));
  });
});

describe('groups', () => {
  /** The two actors with a registered group; `nodes[0]` (DPRK) joins it. */
  function grouped(groups: Record<string, unknown> = { eastern: { label: 'Eastern bloc', color: '#b22222' } }) {
    const data = koreaRussia();
    Object.assign(data.attributes, { groups });
    Object.assign(data.nodes[0]!.attributes, { group: 'eastern' });
    return data;
  }

  it("keeps the registered groups and the actors' group", () => {
    const graph = loadDataset(grouped());
    expect(graph.getAttribute('groups')).toEqual({ eastern: { label: 'Eastern bloc', color: '#b22222' } });
    expect(graph.getNodeAttribute('DPRK', 'group')).toBe('eastern');
    expect(graph.getNodeAttribute('Russia', 'group')).toBeUndefined();
  });

  it('accepts a registered group without members and an actor in an unregistered group', () => {
    const data = grouped({ western: { label: 'Western allies', description: 'Sanctions.' } });
    expect(loadDataset(data).getNodeAttribute('DPRK', 'group')).toBe('eastern');
  });

  it('accepts groups named only by actors', () => {
    const data = plain();
    Object.assign(data.nodes[0]!, { attributes: { group: 'eastern' } });
    expect(loadDataset(data).getNodeAttribute('DPRK', 'group')).toBe('eastern');
  });

  it('rejects a registered group with the key of an actor', () => {
    const data = grouped({ eastern: { label: 'Eastern bloc' }, Russia: { label: 'Russia and friends' } });
    expect(rejected(data)).toEqual([
      {
        path: 'attributes.groups.Russia',
        message: 'group "Russia" has the same key as an actor (nodes[1]); groups and actors share one key space: rename the group',
      },
    ]);
  });

  it("rejects an actor's group with the key of an actor, once however many actors name it", () => {
    const data = plain();
    Object.assign(data.nodes[0]!, { attributes: { group: 'Russia' } });
    Object.assign(data.nodes[1]!, { attributes: { group: 'Russia' } });
    expect(rejected(data)).toEqual(
      only('nodes[0].attributes.group', 'group "Russia" has the same key as an actor (nodes[1]); groups and actors share one key space'),
    );
  });

  it('reports a clash once, at the registry, when registered and named by actors', () => {
    const data = grouped({ DPRK: { label: 'North Korea' } });
    Object.assign(data.nodes[0]!.attributes, { group: 'DPRK' });
    Object.assign(data.nodes[1]!.attributes, { group: 'DPRK' });
    expect(rejected(data)).toEqual(only('attributes.groups.DPRK', 'group "DPRK" has the same key as an actor (nodes[0])'));
  });

  it('rejects a group that is not a string', () => {
    const data = plain();
    Object.assign(data.nodes[1]!, { attributes: { group: 3 } });
    expect(rejected(data)).toEqual(only('nodes[1].attributes.group', 'expected string, got 3'));
  });

  it('rejects an empty group', () => {
    const data = plain();
    Object.assign(data.nodes[1]!, { attributes: { group: '' } });
    expect(rejected(data)).toEqual(only('nodes[1].attributes.group', 'must not be empty; name the group or leave "group" out'));
  });

  it('rejects a blank group', () => {
    const data = plain();
    Object.assign(data.nodes[1]!, { attributes: { group: '  ' } });
    expect(rejected(data)).toEqual(only('nodes[1].attributes.group', 'blank group; name the group with visible characters'));
  });

  it('rejects a blank registered group key', () => {
    expect(rejected(grouped({ eastern: { label: 'Eastern bloc' }, ' ': { label: 'Nobody' } }))).toEqual(
      only('attributes.groups[" "]', 'empty or blank group key'),
    );
  });

  it('rejects groups that are not an object', () => {
    expect(rejected(grouped('eastern' as unknown as Record<string, unknown>))).toEqual(
      only('attributes.groups', 'expected an object, got "eastern"'),
    );
  });

  it('rejects groups given as an array', () => {
    expect(rejected(grouped([{ label: 'Eastern bloc' }] as unknown as Record<string, unknown>))).toEqual(
      only('attributes.groups', 'expected an object, got an array'),
    );
  });

  it('rejects a group entry that is not an object', () => {
    expect(rejected(grouped({ eastern: 'Eastern bloc' }))).toEqual(
      only('attributes.groups.eastern', 'expected an object, got "Eastern bloc"'),
    );
  });

  it('requires a group label', () => {
    expect(rejected(grouped({ eastern: { color: '#b22222' } }))).toEqual(only('attributes.groups.eastern.label', 'missing'));
  });

  it('rejects an empty group label', () => {
    expect(rejected(grouped({ eastern: { label: '' } }))).toEqual(
      only('attributes.groups.eastern.label', 'must not be empty; give the group a name to show'),
    );
  });

  it('rejects a group colour that is not a colour', () => {
    expect(rejected(grouped({ eastern: { label: 'Eastern bloc', color: 'url(javascript:alert(1))' } }))).toEqual(
      only('attributes.groups.eastern.color', 'must be a colour such as "#1f6fb2"'),
    );
  });

  it('rejects a group description that is not text', () => {
    expect(rejected(grouped({ eastern: { label: 'Eastern bloc', description: ['Arms'] } }))).toEqual(
      only('attributes.groups.eastern.description', 'expected string, got Array'),
    );
  });
});

describe('numbers', () => {
  it('rejects x: Infinity', () => {
    expect(rejected({ nodes: [{ key: 'DPRK', attributes: { x: Infinity } }] })).toEqual(
      only('nodes[0].attributes.x', 'must be a finite number'),
    );
  });

  it('rejects y: NaN', () => {
    expect(rejected({ nodes: [{ key: 'DPRK', attributes: { y: Number.NaN } }] })).toEqual(only('nodes[0].attributes.y', 'got NaN'));
  });

  it('rejects a position given as text', () => {
    expect(rejected({ nodes: [{ key: 'DPRK', attributes: { x: '12' } }] })).toEqual(
      only('nodes[0].attributes.x', 'expected number, got "12"'),
    );
  });

  it('rejects weight: -Infinity as not finite', () => {
    const problems = rejected(plain([{ source: 'DPRK', target: 'Russia', attributes: { weight: -Infinity } }]));
    expect(problems[0]).toEqual({ path: 'edges[0].attributes.weight', message: 'must be a finite number' });
  });

  it('rejects a negative weight', () => {
    expect(rejected(plain([{ source: 'DPRK', target: 'Russia', attributes: { weight: -1 } }]))).toEqual(
      only('edges[0].attributes.weight', 'must be 0 or more'),
    );
  });

  it('rejects an Infinity node key', () => {
    expect(rejected({ nodes: [{ key: Infinity }] })).toEqual(only('nodes[0].key', 'must be a finite number'));
  });

  it('rejects evidence line 0', () => {
    const data = koreaRussia([supplies({ evidence: [{ source: 'article', lines: [3, 0], summary: 'Shells shipped.' }] })]);
    expect(rejected(data)).toEqual(only('edges[0].attributes.evidence[0].lines[1]', 'must be 1 or more'));
  });

  it('rejects a fractional evidence line', () => {
    const data = koreaRussia([supplies({ evidence: [{ source: 'article', lines: [2.5], summary: 'Shells shipped.' }] })]);
    expect(rejected(data)).toEqual(only('edges[0].attributes.evidence[0].lines[0]', 'must be a whole line number'));
  });
});

describe('options', () => {
  it('rejects a self-loop when allowSelfLoops is false', () => {
    const data = plain([{ source: 'DPRK', target: 'DPRK' }], { allowSelfLoops: false });
    expect(rejected(data)).toEqual(only('edges[0].target', 'self-loop on "DPRK", but options.allowSelfLoops is false'));
  });

  it('allows a self-loop by default', () => {
    expect(loadDataset(plain([{ key: 'purge', source: 'DPRK', target: 'DPRK' }])).hasEdge('purge')).toBe(true);
  });

  it('rejects a second directed edge in the same direction when multi is false', () => {
    const data = plain(
      [
        { source: 'DPRK', target: 'Russia' },
        { source: 'DPRK', target: 'Russia' },
      ],
      { multi: false },
    );
    expect(rejected(data)).toEqual(only('edges[1].target', 'a second edge between "DPRK" and "Russia", but options.multi is false'));
  });

  it('allows directed edges in opposite directions when multi is false', () => {
    const graph = loadDataset(
      plain(
        [
          { source: 'DPRK', target: 'Russia' },
          { source: 'Russia', target: 'DPRK' },
        ],
        { multi: false },
      ),
    );
    expect(graph.size).toBe(2);
  });

  it('rejects a second undirected edge given in the other order when multi is false', () => {
    const data = plain(
      [
        { source: 'DPRK', target: 'Russia', undirected: true },
        { source: 'Russia', target: 'DPRK', undirected: true },
      ],
      { multi: false },
    );
    expect(rejected(data)).toEqual(only('edges[1].target', 'a second edge between "Russia" and "DPRK"'));
  });

  it('rejects parallel edges by default', () => {
    expect(
      rejected(
        plain([
          { source: 'DPRK', target: 'Russia' },
          { source: 'DPRK', target: 'Russia' },
        ]),
      ),
    ).toEqual(only('edges[1].target', 'options.multi is false'));
  });

  it('allows parallel edges when multi is true', () => {
    const graph = loadDataset(
      plain(
        [
          { source: 'DPRK', target: 'Russia' },
          { source: 'DPRK', target: 'Russia' },
        ],
        { multi: true },
      ),
    );
    expect(graph.size).toBe(2);
  });

  it('rejects an undirected edge in a directed graph', () => {
    const data = plain([{ source: 'DPRK', target: 'Russia', undirected: true }], { type: 'directed' });
    expect(rejected(data)).toEqual(only('edges[0].undirected', 'the graph is directed (options.type), so an edge cannot be undirected'));
  });

  it('rejects a directed edge in an undirected graph', () => {
    const data = plain([{ source: 'DPRK', target: 'Russia', undirected: false }], { type: 'undirected' });
    expect(rejected(data)).toEqual(only('edges[0].undirected', 'the graph is undirected (options.type), so an edge cannot be directed'));
  });

  it('rejects an unknown graph type', () => {
    expect(rejected(plain([], { type: 'weird' }))).toEqual(only('options.type', 'must be "mixed", "directed" or "undirected"'));
  });

  it('rejects a non-boolean multi', () => {
    expect(rejected(plain([], { multi: 'yes' }))).toEqual(only('options.multi', 'expected boolean, got "yes"'));
  });

  it('rejects an explicit direction that contradicts the declared type', () => {
    const data = koreaRussia([{ source: 'DPRK', target: 'Russia', undirected: false, attributes: { type: 'pact' } }]);
    expect(rejected(data)).toEqual(only('edges[0].undirected', 'type "pact" is undirected (edgeTypes.pact.directed is false)'));
  });

  it('makes an edge of an undirected type undirected when the edge does not say', () => {
    const graph = loadDataset(koreaRussia([{ key: 'pact', source: 'DPRK', target: 'Russia', attributes: { type: 'pact' } }]));
    expect(graph.isUndirected('pact')).toBe(true);
  });

  it('keeps an edge of a directed type directed', () => {
    const graph = loadDataset(koreaRussia([{ key: 'shells', ...supplies() }]));
    expect(graph.isDirected('shells')).toBe(true);
  });
});

describe('sources and evidence', () => {
  it('rejects evidence citing an undeclared source and suggests the declared one', () => {
    const data = koreaRussia([supplies({ evidence: [{ source: 'artcle', lines: [3], summary: 'Shells shipped.' }] })]);
    expect(rejected(data)).toEqual(
      only('edges[0].attributes.evidence[0].source', 'source "artcle" is not in attributes.sources (did you mean "article"?)'),
    );
  });

  it('does not check evidence sources when the dataset declares none', () => {
    const data = plain([
      {
        key: 'shells',
        source: 'DPRK',
        target: 'Russia',
        attributes: { evidence: [{ source: 'elsewhere', lines: [1], summary: 'Shells.' }] },
      },
    ]);
    expect(loadDataset(data).hasEdge('shells')).toBe(true);
  });

  it('requires evidence to have a summary', () => {
    const data = koreaRussia([supplies({ evidence: [{ source: 'article', lines: [3] }] })]);
    expect(rejected(data)).toEqual(only('edges[0].attributes.evidence[0].summary', 'missing'));
  });

  it('rejects a javascript: source URL', () => {
    const data = koreaRussia();
    Object.assign(data.attributes.sources[0]!, { url: 'javascript:alert(1)' });
    expect(rejected(data)).toEqual(only('attributes.sources[0].url', '"javascript:alert(1)" is not an http(s) link'));
  });

  it('rejects a relative source URL', () => {
    const data = koreaRussia();
    Object.assign(data.attributes.sources[0]!, { url: '/news/1' });
    expect(rejected(data)).toEqual(only('attributes.sources[0].url', 'use a full https:// URL'));
  });

  it('accepts an https source URL', () => {
    const data = koreaRussia();
    Object.assign(data.attributes.sources[0]!, { url: 'https://www.example.org/news/north-korea-troops' });
    const sources = loadDataset(data).getAttribute('sources') as { url: string }[];
    expect(sources[0]!.url).toBe('https://www.example.org/news/north-korea-troops');
  });

  it('requires a source id', () => {
    const data = koreaRussia();
    Object.assign(data.attributes.sources[0]!, { id: '' });
    expect(rejected(data)).toEqual(only('attributes.sources[0].id', 'must not be empty'));
  });
});

describe('status and dates', () => {
  it('rejects a status outside the list', () => {
    expect(rejected(koreaRussia([supplies({ status: 'rumoured' })]))).toEqual(
      only('edges[0].attributes.status', 'must be one of confirmed, reported, potential'),
    );
  });

  it('rejects month 13', () => {
    expect(rejected(koreaRussia([supplies({ since: '2024-13' })]))).toEqual(
      only('edges[0].attributes.since', 'must be a year (2024), a month (2024-06) or an ISO date (2024-06-19)'),
    );
  });

  it('rejects a day-first date in a source', () => {
    const data = koreaRussia();
    Object.assign(data.attributes.sources[0]!, { published: '19-06-2024' });
    expect(rejected(data)).toEqual(only('attributes.sources[0].published', 'must be a year (2024), a month (2024-06) or an ISO date'));
  });

  it.each(['2024', '2024-06', '2024-06-19'])('accepts since: %s', (since) => {
    const graph = loadDataset(koreaRussia([{ key: 'pact', source: 'DPRK', target: 'Russia', attributes: { type: 'pact', since } }]));
    expect(graph.getEdgeAttribute('pact', 'since')).toBe(since);
  });
});

describe('size limits', () => {
  it('rejects more nodes than maxNodes', () => {
    expect(rejected({ nodes: [{ key: 'DPRK' }, { key: 'Russia' }, { key: 'ROK' }] }, { maxNodes: 2 })).toEqual(
      only('nodes', '3 nodes is more than the limit of 2; raise limits.maxNodes'),
    );
  });

  it('rejects more edges than maxEdges', () => {
    const data = plain([
      { source: 'DPRK', target: 'Russia' },
      { source: 'Russia', target: 'DPRK' },
    ]);
    expect(rejected(data, { maxEdges: 1 })).toEqual(only('edges', '2 edges is more than the limit of 1; raise limits.maxEdges'));
  });

  it('rejects JSON text longer than maxBytes', () => {
    const text = JSON.stringify(plain());
    expect(rejected(text, { maxBytes: 20 })).toEqual(only('$', `${text.length} bytes is more than the limit of 20; raise limits.maxBytes`));
  });

  it('rejects a label longer than maxLabelLength', () => {
    const data = { nodes: [{ key: 'DPRK', attributes: { label: "Democratic People's Republic of Korea" } }] };
    expect(rejected(data, { maxLabelLength: 20 })).toEqual(
      only('nodes[0].attributes.label', 'text of 37 characters is longer than the limit of 20'),
    );
  });

  it('rejects other text longer than maxStringLength', () => {
    const data = { nodes: [{ key: 'DPRK', attributes: { description: 'Heavily sanctioned state.' } }] };
    expect(rejected(data, { maxStringLength: 10 })).toEqual(
      only('nodes[0].attributes.description', 'text of 25 characters is longer than the limit of 10'),
    );
  });

  it('rejects nesting deeper than maxDepth', () => {
    const data = { nodes: [{ key: 'DPRK', attributes: { aliases: ['North Korea'], extra: { deeper: { deepest: {} } } } }] };
    expect(rejected(data, { maxDepth: 5 })).toEqual(
      only('nodes[0].attributes.extra.deeper', 'nested more than 5 levels deep; flatten the data'),
    );
  });

  it('accepts nesting exactly at maxDepth', () => {
    const data = { nodes: [{ key: 'DPRK', attributes: { extra: { deeper: 1 } } }] };
    expect(loadDataset(data, { limits: { maxDepth: 5 } }).getNodeAttribute('DPRK', 'extra')).toEqual({ deeper: 1 });
  });

  it('stops before the schema pass when a limit is exceeded', () => {
    const problems = rejected({ nodes: [{ key: true }, { key: true }, { key: true }] }, { maxNodes: 2 });
    expect(problems.map((p) => p.path)).toEqual(['nodes']);
  });
});

describe('reserved names', () => {
  it('rejects __proto__ as an attribute name', () => {
    const data = JSON.parse('{"nodes": [{"key": "DPRK", "attributes": {"__proto__": {"polluted": true}}}]}') as unknown;
    expect(rejected(data)).toEqual(only('nodes[0].attributes.__proto__', '"__proto__" is reserved by JavaScript'));
  });

  it('does not pollute Object.prototype while rejecting __proto__', () => {
    const data = JSON.parse('{"nodes": [], "attributes": {"__proto__": {"polluted": true}}}') as unknown;
    rejected(data);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects __proto__ as a top-level name', () => {
    expect(rejected(JSON.parse('{"nodes": [], "__proto__": 1}'))).toEqual(only('__proto__', 'reserved'));
  });

  it('loads nodes keyed "__proto__" and "constructor"', () => {
    const graph = loadDataset({ nodes: [{ key: '__proto__' }, { key: 'constructor' }] });
    expect(graph.nodes()).toEqual(['__proto__', 'constructor']);
  });

  it('rejects an edge to a node keyed "constructor", which graphology cannot link', () => {
    const data = { nodes: [{ key: 'DPRK' }, { key: 'constructor' }], edges: [{ source: 'DPRK', target: 'constructor' }] };
    expect(rejected(data)).toEqual(only('edges[0].target', 'node "constructor" cannot have edges: its key is a built-in JavaScript name'));
  });

  it('rejects an edge from a node keyed "__proto__"', () => {
    const data = { nodes: [{ key: '__proto__' }, { key: 'DPRK' }], edges: [{ source: '__proto__', target: 'DPRK' }] };
    expect(rejected(data)).toEqual(only('edges[0].source', 'node "__proto__" cannot have edges'));
  });
});

describe('validateDataset', () => {
  it('returns a plan with graphology defaults filled in', () => {
    const result = validateDataset(plain());
    expect(result.ok && result.plan.options).toEqual({ type: 'mixed', multi: false, allowSelfLoops: true });
  });

  it('returns problems instead of throwing', () => {
    const result = validateDataset({ nodes: 'DPRK' });
    expect(result).toEqual({ ok: false, problems: only('nodes', 'must be an array'), omitted: 0 });
  });

  it(`reports ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const edges = Array.from({ length: 25 }, (_, i) => ({ source: 'DPRK', target: `unit-${i}` }));
    const result = validateDataset(plain(edges), resolveLimits());
    expect(result.ok || [result.problems.length, result.omitted]).toEqual([MAX_PROBLEMS, 5]);
  });

  it('reports every schema problem, not only the first', () => {
    const result = validateDataset({ nodes: [{ key: 'DPRK', attributes: { x: '1', y: '2' } }] });
    expect(result.ok || result.problems.map((p) => p.path)).toEqual(['nodes[0].attributes.x', 'nodes[0].attributes.y']);
  });

  it('quotes a hostile value short and without markup', () => {
    const result = validateDataset({ nodes: [{ key: 'DPRK', attributes: { x: `<img src=x onerror=alert(1)>${'x'.repeat(500)}` } }] });
    expect(result.ok || result.problems[0]!.message).toBe(
      `expected number, got "\\u003cimg src=x onerror=alert(1)\\u003e${'x'.repeat(10)}…"`,
    );
  });
});
