/**
 * Checks the DPRK–Russia seed dataset against its source article (sources/dprk-troops-russia-article.txt): the claims it must
 * contain, that every cited line exists and supports a quote verbatim, and that
 * summaries are paraphrased rather than copied.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';

interface Evidence {
  source: string;
  lines: number[];
  summary: string;
  quote?: string;
}
interface EdgeAttributes {
  type: string;
  label: string;
  status: 'confirmed' | 'reported' | 'potential';
  since?: string;
  items?: string[];
  evidence: Evidence[];
}
interface NodeAttributes {
  label: string;
  kind: string;
  aliases: string[];
  description: string;
}
interface StoryStep {
  id: string;
  title: string;
  text: string;
  cite?: string[];
  view: {
    select?: string;
    focus?: { key: string; hops: number };
    path?: { from: string; to: string; types?: string[] };
    filter?: { edgeTypes?: string[]; statuses?: string[]; nodeKinds?: string[] };
    asOf?: string;
    fit?: string[];
  };
}
interface Dataset {
  attributes: {
    title: string;
    description: string;
    sources: { id: string; title: string; url?: string; published?: string }[];
    edgeTypes: Record<string, { label: string; inverseLabel?: string; directed: boolean; color: string }>;
    nodeKinds: Record<string, { label: string; shape: string; color: string }>;
    story: { title: string; steps: StoryStep[] };
  };
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; undirected?: boolean; attributes: EdgeAttributes }[];
}

const data = JSON.parse(readFileSync(new URL('./dprk-russia-2024.json', import.meta.url), 'utf8')) as Dataset;
const articleText = readFileSync(new URL('./sources/dprk-troops-russia-article.txt', import.meta.url), 'utf8');
// The file may or may not end with a newline; a trailing empty string is not a line.
const articleLines = articleText.replace(/\r?\n$/, '').split(/\r?\n/);

/** Straightens curly quotes and apostrophes so quotes can be compared with plain text. */
const straighten = (s: string): string => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const words = (s: string): string[] =>
  straighten(s)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);

/** Claims the article makes; `keyword` tells apart claims sharing source, type and target. */
interface Claim {
  n: number;
  source: string;
  type: string;
  target: string;
  status: EdgeAttributes['status'];
  lines: number[];
  keyword?: string;
}
const CLAIMS: Claim[] = [
  { n: 1, source: 'DPRK', type: 'supplies', target: 'Russia', status: 'confirmed', lines: [3, 8], keyword: 'munitions' },
  { n: 2, source: 'DPRK', type: 'supplies', target: 'Russia', status: 'reported', lines: [2, 9, 10], keyword: 'troops' },
  { n: 3, source: 'DPRK', type: 'pact', target: 'Russia', status: 'confirmed', lines: [32] },
  { n: 4, source: 'Russia', type: 'supplies', target: 'DPRK', status: 'potential', lines: [27, 28, 29] },
  { n: 5, source: 'Russia', type: 'targets', target: 'Ukraine', status: 'confirmed', lines: [1, 23] },
  { n: 6, source: 'DPRK', type: 'targets', target: 'Ukraine', status: 'potential', lines: [9, 14, 41] },
  { n: 7, source: 'ROK', type: 'condemns', target: 'DPRK', status: 'confirmed', lines: [15] },
  { n: 8, source: 'ROK', type: 'condemns', target: 'Russia', status: 'confirmed', lines: [16] },
  { n: 9, source: 'ROK', type: 'supplies', target: 'Ukraine', status: 'potential', lines: [17] },
  { n: 10, source: 'US', type: 'condemns', target: 'DPRK', status: 'confirmed', lines: [19] },
  { n: 11, source: 'US', type: 'targets', target: 'DPRK', status: 'potential', lines: [20] },
  { n: 12, source: 'UN', type: 'condemns', target: 'DPRK', status: 'confirmed', lines: [16, 33] },
];

const matches = (claim: Claim, edge: Dataset['edges'][number]): boolean => {
  const a = edge.attributes;
  const sameEnds =
    (edge.source === claim.source && edge.target === claim.target) ||
    (edge.undirected === true && edge.source === claim.target && edge.target === claim.source);
  if (!sameEnds || a.type !== claim.type) return false;
  if (claim.keyword === undefined) return true;
  const kw = claim.keyword.toLowerCase();
  return [a.label, ...(a.items ?? [])].some((s) => s.toLowerCase().includes(kw));
};

const everyEvidence = data.edges.flatMap((edge) => edge.attributes.evidence.map((ev, i) => ({ where: `${edge.key}.evidence[${i}]`, ev })));

describe('dprk-russia-2024 nodes', () => {
  it('has exactly the six actors', () => {
    expect(data.nodes.map((n) => n.key).sort()).toEqual(['DPRK', 'ROK', 'Russia', 'UN', 'US', 'Ukraine'].sort());
  });

  it.each(data.nodes.map((n) => [n.key, n.attributes] as const))('%s has label, kind, aliases and description', (_key, attrs) => {
    expect(attrs.label.trim()).not.toBe('');
    expect(Object.keys(data.attributes.nodeKinds)).toContain(attrs.kind);
    expect(attrs.aliases.length).toBeGreaterThan(0);
    for (const alias of attrs.aliases) expect(alias.trim()).not.toBe('');
    expect(attrs.description.trim()).not.toBe('');
  });
});

describe('dprk-russia-2024 claims', () => {
  it.each(CLAIMS)('claim $n: $source $type $target ($status, lines $lines)', (claim) => {
    const found = data.edges.filter((e) => matches(claim, e));
    expect(found.map((e) => e.key)).toHaveLength(1);
    const edge = found[0]!;
    expect(edge.attributes.status).toBe(claim.status);
    const cited = new Set(edge.attributes.evidence.flatMap((ev) => ev.lines));
    for (const line of claim.lines) expect([...cited], `${edge.key} should cite line ${line}`).toContain(line);
  });

  it('every edge belongs to exactly one claim', () => {
    for (const edge of data.edges) {
      const claims = CLAIMS.filter((c) => matches(c, edge)).map((c) => c.n);
      expect(claims, edge.key).toHaveLength(1);
    }
  });

  it('dates the pact to June 2024 and keeps it undirected', () => {
    const pact = data.edges.filter((e) => e.attributes.type === 'pact');
    expect(pact).toHaveLength(1);
    expect(pact[0]!.undirected).toBe(true);
    expect(pact[0]!.attributes.since).toBe('2024-06');
  });
});

describe('dprk-russia-2024 integrity', () => {
  const sourceIds = data.attributes.sources.map((s) => s.id);

  it('reads a 50-line article', () => {
    expect(articleLines).toHaveLength(50);
  });

  it('cites only existing lines of declared sources', () => {
    for (const { where, ev } of everyEvidence) {
      expect(sourceIds, where).toContain(ev.source);
      expect(ev.lines.length, where).toBeGreaterThan(0);
      for (const line of ev.lines) {
        expect(Number.isInteger(line), `${where}: ${line}`).toBe(true);
        expect(line, where).toBeGreaterThanOrEqual(1);
        expect(line, where).toBeLessThanOrEqual(articleLines.length);
      }
    }
  });

  it('uses only registered edge types and node kinds', () => {
    const types = Object.keys(data.attributes.edgeTypes);
    for (const e of data.edges) expect(types, e.key).toContain(e.attributes.type);
    const kinds = Object.keys(data.attributes.nodeKinds);
    for (const n of data.nodes) expect(kinds, n.key).toContain(n.attributes.kind);
  });

  it('matches each edge direction to its type', () => {
    for (const e of data.edges) {
      const directed = data.attributes.edgeTypes[e.attributes.type]!.directed;
      expect(e.undirected === true, e.key).toBe(!directed);
    }
  });

  it('lists what is supplied on every supplies edge', () => {
    for (const e of data.edges.filter((x) => x.attributes.type === 'supplies')) {
      expect(e.attributes.items?.length ?? 0, e.key).toBeGreaterThan(0);
    }
  });

  it('imports into graphology with every edge', () => {
    const graph = Graph.from(data as never);
    expect(graph.order).toBe(data.nodes.length);
    expect(graph.size).toBe(data.edges.length);
    expect(graph.isUndirected('DPRK-pact-Russia')).toBe(true);
  });

  it('uses colours with at least 3:1 contrast on white', () => {
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const colours = [...Object.entries(data.attributes.edgeTypes), ...Object.entries(data.attributes.nodeKinds)];
    for (const [name, { color }] of colours) {
      expect(color, name).toMatch(/^#[0-9a-f]{6}$/i);
      expect(1.05 / (luminance(color) + 0.05), name).toBeGreaterThanOrEqual(3);
    }
    const edgeColours = Object.values(data.attributes.edgeTypes).map((t) => t.color.toLowerCase());
    expect(new Set(edgeColours).size).toBe(edgeColours.length);
  });
});

describe('dprk-russia-2024 wording', () => {
  it('quotes the article verbatim on a cited line', () => {
    const quoted = everyEvidence.filter(({ ev }) => ev.quote !== undefined);
    expect(quoted.length).toBeGreaterThan(0);
    for (const { where, ev } of quoted) {
      const onCitedLine = ev.lines.some((l) => straighten(articleLines[l - 1] ?? '').includes(straighten(ev.quote!)));
      expect(onCitedLine, `${where}: "${ev.quote}" not on lines ${ev.lines.join(',')}`).toBe(true);
    }
  });

  it('paraphrases: no text shares more than 8 consecutive words with the article', () => {
    const N = 9;
    const articleWords = words(articleText);
    const runs = new Set<string>();
    for (let i = 0; i + N <= articleWords.length; i++) runs.add(articleWords.slice(i, i + N).join(' '));
    const texts = [
      ...everyEvidence.map(({ where, ev }) => [where, ev.summary] as const),
      ...data.nodes.map((n) => [`${n.key}.description`, n.attributes.description] as const),
      ['graph.description', data.attributes.description] as const,
      ...data.attributes.story.steps.map((step) => [`story.${step.id}.text`, step.text] as const),
    ];
    for (const [where, text] of texts) {
      const w = words(text);
      for (let i = 0; i + N <= w.length; i++) {
        const run = w.slice(i, i + N).join(' ');
        expect(runs.has(run), `${where} copies "${run}"`).toBe(false);
      }
    }
  });
});

describe('dprk-russia-2024 story', () => {
  const { story } = data.attributes;
  const actors = new Set(data.nodes.map((n) => n.key));
  const claims = new Set(data.edges.map((e) => e.key));

  it('tells the article in six titled steps with unique ids and text in plain paragraphs', () => {
    expect(story.title.trim()).not.toBe('');
    expect(story.steps.map((step) => step.id)).toEqual(['munitions', 'troops', 'pact', 'payback', 'reactions', 'front']);
    for (const step of story.steps) {
      expect(step.title.trim(), step.id).not.toBe('');
      const paragraphs = step.text.split('\n\n');
      expect(paragraphs.length, step.id).toBeLessThanOrEqual(3);
      for (const paragraph of paragraphs) expect(paragraph.trim(), step.id).not.toBe('');
      expect(step.text, `${step.id} is plain text`).not.toMatch(/[<>]/);
    }
  });

  it('cites claims that exist, every claim at least once', () => {
    for (const step of story.steps) {
      expect(step.cite?.length ?? 0, step.id).toBeGreaterThan(0);
      for (const key of step.cite ?? []) expect([...claims], `${step.id} cites ${key}`).toContain(key);
    }
    const cited = new Set(story.steps.flatMap((step) => step.cite ?? []));
    expect([...claims].filter((key) => !cited.has(key))).toEqual([]);
  });

  it('shows views that name only existing actors, claims, types and statuses', () => {
    const types = Object.keys(data.attributes.edgeTypes);
    const kinds = Object.keys(data.attributes.nodeKinds);
    for (const { id, view } of story.steps) {
      if (view.select !== undefined) expect(actors.has(view.select) || claims.has(view.select), `${id}.select`).toBe(true);
      if (view.focus) expect([...actors], `${id}.focus`).toContain(view.focus.key);
      if (view.path) {
        expect([...actors], `${id}.path.from`).toContain(view.path.from);
        expect([...actors], `${id}.path.to`).toContain(view.path.to);
        for (const type of view.path.types ?? []) expect(types, `${id}.path.types`).toContain(type);
      }
      for (const type of view.filter?.edgeTypes ?? []) expect(types, `${id}.filter`).toContain(type);
      for (const status of view.filter?.statuses ?? []) expect(['confirmed', 'reported', 'potential'], `${id}.filter`).toContain(status);
      for (const kind of view.filter?.nodeKinds ?? []) expect(kinds, `${id}.filter`).toContain(kind);
      for (const key of view.fit ?? []) expect([...actors], `${id}.fit`).toContain(key);
      if (view.asOf !== undefined) expect(view.asOf, `${id}.asOf`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('selects, in each step that selects a claim, one its filter shows and that it cites', () => {
    for (const { id, cite, view } of story.steps) {
      const edge = data.edges.find((e) => e.key === view.select);
      if (!edge) continue;
      expect(cite, id).toContain(edge.key);
      const { edgeTypes, statuses } = view.filter ?? {};
      if (edgeTypes) expect(edgeTypes, id).toContain(edge.attributes.type);
      if (statuses) expect(statuses, id).toContain(edge.attributes.status);
    }
  });

  it('shows the pact as of June 2024, the month the article gives (its year assumed)', () => {
    const pact = story.steps.find((step) => step.id === 'pact')!;
    expect(pact.view.asOf).toBe('2024-06');
    expect(pact.text).toMatch(/assumes 2024/);
  });
});
