/**
 * Edge-type and node-kind registries: declared ones used as given with gaps filled, and
 * inferred ones, each type and kind with its own style, for files that declare none.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { loadDataset } from './load';
import { DARK_PALETTE, PALETTE } from './palette';
import { DEFAULT_NODE_KIND, nodeKindOf, nodeLabel, registryForTheme, resolveRegistry } from './registry';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));

/** Korean peninsula actors with no registries, relations typed by the test. */
function peninsula(edges: { source: string; target: string; undirected?: boolean; attributes?: Record<string, unknown> }[]) {
  return loadDataset({
    options: { multi: true },
    nodes: [
      { key: 'DPRK', attributes: { label: 'North Korea', kind: 'state' } },
      { key: 'ROK', attributes: { label: 'South Korea', kind: 'state' } },
      { key: 'UN', attributes: { label: 'United Nations', kind: 'organization' } },
      { key: 'NIS', attributes: { label: 'National Intelligence Service' } },
    ],
    edges,
  });
}

describe('declared edge types', () => {
  it('are used in declaration order', () => {
    expect([...resolveRegistry(seed).edgeTypes.keys()]).toEqual(['supplies', 'pact', 'condemns', 'targets']);
  });

  it('keep their label, inverse label, direction and colour', () => {
    expect(resolveRegistry(seed).edgeTypes.get('pact')).toEqual({
      key: 'pact',
      label: 'pact with',
      inverseLabel: 'pact with',
      directed: false,
      color: '#7b3fa0',
      // The declared purple has 2.6:1 against the dark background: lightened to 3:1.
      darkColor: '#8852aa',
      declared: true,
      sign: 1,
    });
  });

  it('get a colour by position, an inverse label and a direction when left out', () => {
    const graph = loadDataset({
      attributes: { edgeTypes: { condemns: { label: 'condemns', color: '#b45309' }, warns: { label: 'warns' } } },
      nodes: [{ key: 'US' }, { key: 'DPRK' }],
    });
    expect(resolveRegistry(graph).edgeTypes.get('warns')).toEqual({
      key: 'warns',
      label: 'warns',
      inverseLabel: 'warns (reverse)',
      directed: true,
      color: PALETTE[1],
      darkColor: DARK_PALETTE[1],
      declared: true,
      sign: 0,
    });
  });

  it('are listed even when no edge uses them', () => {
    const graph = loadDataset({ attributes: { edgeTypes: { sanctions: { label: 'sanctions' } } }, nodes: [{ key: 'US' }] });
    expect([...resolveRegistry(graph).edgeTypes.keys()]).toEqual(['sanctions']);
  });
});

describe('edge type signs', () => {
  it('are read from the registry: the seed allies suppliers and pact partners, and opposes condemners and targeters', () => {
    const signs = [...resolveRegistry(seed).edgeTypes.values()].map((t) => [t.key, t.sign]);
    expect(signs).toEqual([
      ['supplies', 1],
      ['pact', 1],
      ['condemns', -1],
      ['targets', -1],
    ]);
  });

  it('are neutral (0) when left out, declared or inferred', () => {
    const declared = loadDataset({ attributes: { edgeTypes: { warns: { label: 'warns' } } }, nodes: [{ key: 'US' }] });
    expect(resolveRegistry(declared).edgeTypes.get('warns')?.sign).toBe(0);
    const inferred = peninsula([{ source: 'ROK', target: 'DPRK', attributes: { type: 'condemns' } }]);
    expect(resolveRegistry(inferred).edgeTypes.get('condemns')?.sign).toBe(0);
  });

  it('must be -1, 0 or 1', () => {
    for (const sign of [2, 0.5, '1', true]) {
      const dataset = { attributes: { edgeTypes: { warns: { label: 'warns', sign } } }, nodes: [{ key: 'US' }] };
      expect(() => loadDataset(dataset)).toThrow(/sign.*must be -1 \(adversaries\), 0 \(neutral\) or 1 \(allies\)/s);
    }
  });
});

describe('inferred edge types', () => {
  it('come from the data in the order first seen, marked as not declared', () => {
    const graph = peninsula([
      { source: 'ROK', target: 'DPRK', attributes: { type: 'condemns' } },
      { source: 'UN', target: 'DPRK', attributes: { type: 'sanctions' } },
      { source: 'UN', target: 'DPRK', attributes: { type: 'condemns' } },
    ]);
    const types = [...resolveRegistry(graph).edgeTypes.values()];
    expect(types.map((t) => [t.key, t.label, t.declared])).toEqual([
      ['condemns', 'condemns', false],
      ['sanctions', 'sanctions', false],
    ]);
  });

  it('include "related" for edges without a type', () => {
    const graph = peninsula([{ source: 'NIS', target: 'DPRK' }]);
    expect([...resolveRegistry(graph).edgeTypes.keys()]).toEqual(['related']);
  });

  it('get distinct colours', () => {
    const graph = peninsula([
      { source: 'ROK', target: 'DPRK', attributes: { type: 'condemns' } },
      { source: 'UN', target: 'DPRK', attributes: { type: 'sanctions' } },
      { source: 'NIS', target: 'DPRK', attributes: { type: 'monitors' } },
      { source: 'ROK', target: 'UN', attributes: { type: 'briefs' } },
    ]);
    const colours = [...resolveRegistry(graph).edgeTypes.values()].map((t) => t.color);
    expect(new Set(colours).size).toBe(4);
    for (const colour of colours) expect(PALETTE).toContain(colour);
  });

  it('are undirected when every edge of the type is', () => {
    const graph = peninsula([{ source: 'DPRK', target: 'ROK', undirected: true, attributes: { type: 'armistice' } }]);
    expect(resolveRegistry(graph).edgeTypes.get('armistice')?.directed).toBe(false);
  });

  it('are directed when any edge of the type is', () => {
    const graph = peninsula([
      { source: 'DPRK', target: 'ROK', undirected: true, attributes: { type: 'talks' } },
      { source: 'ROK', target: 'DPRK', attributes: { type: 'talks' } },
    ]);
    expect(resolveRegistry(graph).edgeTypes.get('talks')?.directed).toBe(true);
  });
});

describe('node kinds', () => {
  it('keep the declared label, shape and colour', () => {
    expect(resolveRegistry(seed).nodeKinds.get('organization')).toEqual({
      key: 'organization',
      label: 'Organization',
      shape: 'round-rectangle',
      color: '#0f766e',
      // 3.26:1 against the dark background already: kept.
      darkColor: '#0f766e',
      declared: true,
    });
  });

  it('are inferred from the data, with "actor" for nodes without a kind', () => {
    const kinds = resolveRegistry(peninsula([])).nodeKinds;
    expect([...kinds.values()].map((k) => [k.key, k.declared])).toEqual([
      ['state', false],
      ['organization', false],
      [DEFAULT_NODE_KIND, false],
    ]);
  });

  it('get distinct shapes and colours when inferred', () => {
    const kinds = [...resolveRegistry(peninsula([])).nodeKinds.values()];
    expect(new Set(kinds.map((k) => k.shape)).size).toBe(3);
    expect(new Set(kinds.map((k) => k.color)).size).toBe(3);
  });

  it('add "actor" after the declared kinds when a node has no kind', () => {
    const graph = loadDataset({
      attributes: { nodeKinds: { state: { label: 'State' } } },
      nodes: [{ key: 'DPRK', attributes: { kind: 'state' } }, { key: 'Wagner' }],
    });
    expect([...resolveRegistry(graph).nodeKinds.values()].map((k) => [k.key, k.declared])).toEqual([
      ['state', true],
      ['actor', false],
    ]);
  });
});

describe('colours per theme', () => {
  it('lighten a declared colour too dark for the dark background, and keep it in light', () => {
    const state = resolveRegistry(seed).nodeKinds.get('state')!;
    expect(state.color).toBe('#334155');
    expect(state.darkColor).not.toBe('#334155');
  });

  it('give defaults the dark value of the same palette entry', () => {
    const types = [...resolveRegistry(peninsula([{ source: 'ROK', target: 'DPRK', attributes: { type: 'condemns' } }])).edgeTypes.values()];
    expect(types.map((t) => [t.color, t.darkColor])).toEqual([[PALETTE[0], DARK_PALETTE[0]]]);
    const kinds = [...resolveRegistry(peninsula([])).nodeKinds.values()];
    expect(kinds.map((k) => [k.color, k.darkColor])).toEqual([9, 8, 7].map((i) => [PALETTE[i], DARK_PALETTE[i]]));
  });

  it('come from the palette however many kinds there are, distinct within its length', () => {
    const nodes = Array.from({ length: 25 }, (_, i) => ({ key: `n${i}`, attributes: { kind: `k${i}` } }));
    const kinds = [...resolveRegistry(loadDataset({ nodes })).nodeKinds.values()];
    expect(kinds.every((k) => PALETTE.includes(k.color) && DARK_PALETTE.includes(k.darkColor!))).toBe(true);
    expect(new Set(kinds.slice(0, PALETTE.length).map((k) => k.darkColor)).size).toBe(PALETTE.length);
  });

  it('registryForTheme draws with the dark colours in dark and leaves light as it is', () => {
    const registry = resolveRegistry(seed);
    expect(registryForTheme(registry, false)).toBe(registry);
    const dark = registryForTheme(registry, true);
    expect(dark.nodeKinds.get('state')!.color).toBe(registry.nodeKinds.get('state')!.darkColor);
    expect(dark.edgeTypes.get('pact')!.color).toBe(registry.edgeTypes.get('pact')!.darkColor);
    expect(registry.nodeKinds.get('state')!.color).toBe('#334155');
    // An entry built without a dark colour gets the variant computed.
    const plain = { key: 'k', label: 'k', shape: 'ellipse' as const, color: '#334155', declared: true };
    expect(registryForTheme({ edgeTypes: new Map(), nodeKinds: new Map([['k', plain]]) }, true).nodeKinds.get('k')!.color).toBe(
      registry.nodeKinds.get('state')!.darkColor,
    );
  });
});

describe('nodeKindOf', () => {
  it('reads the kind attribute', () => {
    expect(nodeKindOf({ kind: 'organization' })).toBe('organization');
  });

  it('falls back to actor for a missing or non-text kind', () => {
    expect([nodeKindOf({}), nodeKindOf({ kind: 7 })]).toEqual([DEFAULT_NODE_KIND, DEFAULT_NODE_KIND]);
  });
});

describe('nodeLabel', () => {
  it('reads the label attribute', () => {
    expect(nodeLabel(seed, 'DPRK')).toBe('North Korea');
  });

  it('falls back to the key for a missing or empty label', () => {
    const graph = loadDataset({ nodes: [{ key: 'NIS' }, { key: 'UNSC', attributes: { label: '' } }] });
    expect([nodeLabel(graph, 'NIS'), nodeLabel(graph, 'UNSC')]).toEqual(['NIS', 'UNSC']);
  });
});
