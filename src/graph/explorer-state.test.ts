/**
 * The explorer state's URL hash: readable output, defaults left out, tolerant decoding, and a
 * property-based round trip over arbitrary keys.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ALL } from './filter';
import { DEFAULT_STATE, decodeHash, encodeHash, type ExplorerState } from './explorer-state';

const state = (partial: Partial<ExplorerState>): ExplorerState => ({ ...DEFAULT_STATE, ...partial });
const EXAMPLE = state({
  selected: { kind: 'node', key: 'DPRK' },
  focus: { key: 'DPRK', hops: 2 },
  filter: { edgeTypes: ['supplies', 'pact'], statuses: ['confirmed'], nodeKinds: ['state'] },
  layout: 'circle',
  path: { from: 'US', to: 'Ukraine', types: ['supplies'], direction: 'ignore', index: 1 },
});

describe('encodeHash', () => {
  it('writes a full state as a readable hash', () => {
    expect(encodeHash(EXAMPLE)).toBe(
      '#node=DPRK&focus=DPRK:2&types=supplies,pact&statuses=confirmed&kinds=state&layout=circle&from=US&to=Ukraine&ptypes=supplies&dir=ignore&path=1',
    );
  });

  it('is empty for the default state', () => {
    expect(encodeHash(DEFAULT_STATE)).toBe('');
  });

  it('treats a missing path like a null one', () => {
    const { path: _path, ...withoutPath } = DEFAULT_STATE;
    expect(encodeHash(withoutPath)).toBe('');
  });

  it('leaves out path defaults: all types, following arrows, the first path', () => {
    expect(encodeHash(state({ path: { from: 'US', to: 'Ukraine', types: null, direction: 'follow', index: 0 } }))).toBe(
      '#from=US&to=Ukraine',
    );
  });

  it('writes an empty list (show none) as a parameter without a value', () => {
    expect(encodeHash(state({ filter: { ...ALL, statuses: [] } }))).toBe('#statuses=');
  });

  it('escapes a comma inside a key so the list still splits correctly', () => {
    expect(encodeHash(state({ filter: { ...ALL, edgeTypes: ['a,b', 'c'] } }))).toBe('#types=a%252Cb,c');
  });

  it('escapes characters that would end or split the hash', () => {
    expect(encodeHash(state({ selected: { kind: 'edge', key: 'a&b=c#d e' } }))).toBe('#edge=a%26b%3Dc%23d+e');
  });
});

describe('decodeHash', () => {
  it('reads the readable hash back', () => {
    expect(decodeHash(encodeHash(EXAMPLE))).toEqual(EXAMPLE);
  });

  it('accepts a hash without its "#"', () => {
    expect(decodeHash('node=ROK').selected).toEqual({ kind: 'node', key: 'ROK' });
  });

  it('gives the default state for "" and "#"', () => {
    expect([decodeHash(''), decodeHash('#')]).toEqual([DEFAULT_STATE, DEFAULT_STATE]);
  });

  it('ignores unknown parameters', () => {
    expect(decodeHash('#zoom=3&utm_source=mail&layout=grid')).toEqual(state({ layout: 'grid' }));
  });

  it('prefers a node over an edge when both are given', () => {
    expect(decodeHash('#edge=e1&node=n1').selected).toEqual({ kind: 'node', key: 'n1' });
  });

  it('keeps colons in a focused key and reads the last part as the step count', () => {
    expect(decodeHash('#focus=iso:3166:KP:2').focus).toEqual({ key: 'iso:3166:KP', hops: 2 });
  });

  it('falls back to one step for a bad or missing step count', () => {
    expect([decodeHash('#focus=DPRK:7').focus, decodeHash('#focus=DPRK').focus]).toEqual([
      { key: 'DPRK', hops: 1 },
      { key: 'DPRK', hops: 1 },
    ]);
  });

  it('reads an empty list as "show none" and skips empty items', () => {
    expect([decodeHash('#types=').filter.edgeTypes, decodeHash('#types=a,,b,').filter.edgeTypes]).toEqual([[], ['a', 'b']]);
  });

  it('falls back to the first path and to following arrows for bad values', () => {
    expect(decodeHash('#from=US&to=Ukraine&path=-1&dir=sideways').path).toEqual({
      from: 'US',
      to: 'Ukraine',
      types: null,
      direction: 'follow',
      index: 0,
    });
  });

  it('rejects a fractional path index', () => {
    expect(decodeHash('#from=a&to=b&path=1.5').path?.index).toBe(0);
  });

  it('needs both ends for a path query', () => {
    expect(decodeHash('#from=US&ptypes=supplies').path).toBeNull();
  });

  it('does not throw on malformed percent escapes', () => {
    expect(decodeHash('#node=%E0%A4%A&layout=%').selected?.kind).toBe('node');
  });

  it('never throws and always gives a complete state, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (hash) => {
        const decoded = decodeHash(hash);
        expect(Object.keys(decoded).sort()).toEqual([
          'asOf',
          'colorBy',
          'compare',
          'filter',
          'focus',
          'groupBy',
          'layout',
          'path',
          'selected',
          'sizeBy',
          'step',
        ]);
      }),
    );
  });
});

describe('analysis display', () => {
  it('keeps color-by and size-by, leaving the defaults out', () => {
    expect(encodeHash(state({ colorBy: 'camp', sizeBy: 'pagerank' }))).toBe('#color=camp&size=pagerank');
    expect(encodeHash(state({ colorBy: 'kind', sizeBy: 'none' }))).toBe('');
    expect(encodeHash(state({ groupBy: 'community' }))).toBe('#group=community');
    expect(decodeHash('#group=kind').groupBy).toBe('kind');
    expect(encodeHash(state({ asOf: '2024-06', compare: '2024-06/2024-10' }))).toBe('#asof=2024-06&compare=2024-06/2024-10');
    expect(decodeHash('#asof=2024-06&compare=2024-06/2024-10')).toMatchObject({ asOf: '2024-06', compare: '2024-06/2024-10' });
    expect(decodeHash('#color=community')).toEqual(state({ colorBy: 'community' }));
  });
});

describe('story steps', () => {
  it('names the step alone while one is shown: the step says the rest', () => {
    expect(encodeHash(state({ step: 'pact' }))).toBe('#step=pact');
    expect(encodeHash({ ...EXAMPLE, step: 'pact' })).toBe('#step=pact');
  });

  it('writes the free state again once the story is left', () => {
    expect(encodeHash({ ...EXAMPLE, step: null })).toBe(encodeHash(EXAMPLE));
  });

  it('reads the step, escaped ids included, and an empty one as none', () => {
    expect(decodeHash('#step=pact')).toEqual(state({ step: 'pact' }));
    expect(decodeHash(encodeHash(state({ step: 'a&b=c#d e' }))).step).toBe('a&b=c#d e');
    expect(decodeHash('#step=').step).toBeNull();
    expect(decodeHash('#node=DPRK').step).toBeNull();
  });
});

describe('round trip', () => {
  /** Any unicode text, and text built from the characters that matter to URLs and to the list format. */
  const key = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({
      unit: fc.constantFrom(',', ':', '&', '=', '#', '%', ' ', '+', '?', '/', '2', 'C', 'a', 'é', '😀', '%2C', '%25', '%00', '%3A'),
    }),
  );
  const list = fc.option(fc.array(key, { maxLength: 5 }), { nil: null });
  const anyState: fc.Arbitrary<ExplorerState> = fc.record({
    selected: fc.option(fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), key }), { nil: null }),
    focus: fc.option(fc.record({ key, hops: fc.constantFrom(1 as const, 2 as const) }), { nil: null }),
    filter: fc.record({ edgeTypes: list, statuses: list, nodeKinds: list }),
    layout: fc.option(key, { nil: null }),
    path: fc.option(
      fc.record({ from: key, to: key, types: list, direction: fc.constantFrom('follow' as const, 'ignore' as const), index: fc.nat() }),
      { nil: null },
    ),
    colorBy: fc.constantFrom(null, 'camp', 'community'),
    sizeBy: fc.constantFrom(null, 'degree', 'betweenness', 'pagerank'),
    groupBy: fc.constantFrom(null, 'none', 'data', 'kind', 'camp', 'community'),
    asOf: fc.constantFrom(null, '2024', '2024-06', '2024-06-19'),
    compare: fc.constantFrom(null, '2024-06/2024-10'),
    step: fc.constant(null),
  });

  it('decodes what it encodes, for arbitrary keys', () => {
    fc.assert(
      fc.property(anyState, (original) => {
        expect(decodeHash(encodeHash(original))).toEqual(original);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes a step it encodes, for arbitrary ids', () => {
    fc.assert(
      fc.property(key, (id) => {
        expect(decodeHash(encodeHash(state({ step: id })))).toEqual(state({ step: id || null }));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps lists with empty keys apart from empty lists', () => {
    const withEmptyKey = state({ filter: { ...ALL, nodeKinds: [''] } });
    expect([decodeHash(encodeHash(withEmptyKey)).filter.nodeKinds, decodeHash('#kinds=').filter.nodeKinds]).toEqual([[''], []]);
  });
});
