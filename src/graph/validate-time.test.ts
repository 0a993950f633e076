/**
 * Time and sources (#15), the data contract: `since`/`until`, `history`, `dateNote`, and sources
 * with `published`, inline `text` or a `textUrl`, whose cited lines are checked when the text is
 * inline. Each rule with one bad input (exact path and message) and the forms it accepts; then
 * the seed dataset, dated as its article states and checkable against it.
 */
import { problemsOf } from '../test-support/dataset-error';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { loadDataset } from './load';
import { validateDataset } from './validate';
import { sourceLines } from './check-sources';
import { parseDate } from './dates';
import type { Problem } from './problems';

const FORMS = 'must be a year (2024), a month (2024-06) or an ISO date (2024-06-19)';

/** Loads `input` expecting failure (a load that throws returns no graph) and returns the problems. */
function rejected(input: unknown): readonly Problem[] {
  return problemsOf(() => loadDataset(input as object));
}

interface TestSource {
  id: string;
  title: string;
  [field: string]: unknown;
}

/** Two actors, one declared source (extra fields from `source`), and one pact edge with `attributes`. */
interface TestDataset {
  attributes: { sources: TestSource[]; edgeTypes: Record<string, unknown> };
  nodes: { key: string }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

function dataset(attributes: Record<string, unknown> = {}, source: Partial<TestSource> = {}): TestDataset {
  return {
    attributes: {
      sources: [{ id: 'article', title: 'North Korean troops head to Russia: what we know', ...source }],
      edgeTypes: { pact: { label: 'pact with', directed: false } },
    },
    nodes: [{ key: 'DPRK' }, { key: 'Russia' }],
    edges: [{ key: 'pact', source: 'DPRK', target: 'Russia', attributes: { type: 'pact', ...attributes } }],
  };
}

/** A problem at `path` whose message contains `text`. */
const containing = (path: string, text: string): { path: string; message: unknown } => ({ path, message: expect.stringContaining(text) });

const evidence = (lines: number[], source = 'article') => [{ source, lines, summary: 'A paraphrase.' }];

describe('since and until', () => {
  it.each([
    ['2024', '2024'],
    ['2024-06', '2024-06'],
    ['2024-06-19', '2024-06-19'],
    ['2024-06', '2024'],
    ['2024-06', '2024-06-01'],
    ['2023', '2024-06-19'],
  ])('accepts since %s with until %s', (since, until) => {
    const graph = loadDataset(dataset({ since, until }));
    expect(graph.getEdgeAttributes('pact')).toMatchObject({ since, until });
  });

  it('accepts until without since', () => {
    expect(loadDataset(dataset({ until: '2025' })).getEdgeAttribute('pact', 'until')).toBe('2025');
  });

  it('rejects a day that does not exist, saying which forms are accepted', () => {
    expect(rejected(dataset({ since: '2024-02-30' }))).toEqual([
      {
        path: 'edges[0].attributes.since',
        message: `"2024-02-30" is not a date that exists (February 2024 has 29 days); ${FORMS}`,
      },
    ]);
  });

  it('rejects 29 February outside a leap year in until', () => {
    expect(rejected(dataset({ until: '2023-02-29' }))).toEqual([
      { path: 'edges[0].attributes.until', message: `"2023-02-29" is not a date that exists (February 2023 has 28 days); ${FORMS}` },
    ]);
  });

  it.each(['2024/06', '06-2024', '24', '2024-6', '2024-06-19T10:00', 'June 2024'])('rejects the form %s', (since) => {
    expect(rejected(dataset({ since }))).toEqual([{ path: 'edges[0].attributes.since', message: FORMS }]);
  });

  it('rejects a date that is not a string', () => {
    expect(rejected(dataset({ until: 2024 }))).toEqual([{ path: 'edges[0].attributes.until', message: 'expected string, got 2024' }]);
  });

  it('rejects until ending before since starts', () => {
    expect(rejected(dataset({ since: '2024-06', until: '2024-03' }))).toEqual([
      {
        path: 'edges[0].attributes.until',
        message: 'ends (March 2024) before since (June 2024) starts; a claim cannot end before it begins: swap the dates or fix one',
      },
    ]);
  });

  it('compares by whole days: the day before the month starts is too early', () => {
    expect(rejected(dataset({ since: '2024-06', until: '2024-05-31' }))).toEqual([
      containing('edges[0].attributes.until', 'ends (31 May 2024) before since (June 2024) starts'),
    ]);
  });

  it('reports a bad since and a bad until together, and compares neither', () => {
    expect(rejected(dataset({ since: '2024-04-31', until: '2023-02-29' })).map((p) => p.path)).toEqual([
      'edges[0].attributes.since',
      'edges[0].attributes.until',
    ]);
  });
});

describe('history', () => {
  const entries = [
    { date: '2024', status: 'potential' },
    { date: '2024-06', status: 'reported', evidence: evidence([2]) },
    { date: '2024-06-19', status: 'confirmed' },
    { date: '2024-06-19', status: 'confirmed', note: 'kept' },
  ];

  it('accepts entries oldest first (same or overlapping dates allowed) and keeps them as given', () => {
    const graph = loadDataset(dataset({ status: 'confirmed', history: entries }));
    expect(graph.getEdgeAttribute('pact', 'history')).toEqual(entries);
  });

  it('accepts a coarser date that contains the one before: it is not dated before it', () => {
    const history = [
      { date: '2024-06-19', status: 'reported' },
      { date: '2024-06', status: 'confirmed' },
    ];
    expect(loadDataset(dataset({ history })).getEdgeAttribute('pact', 'history')).toEqual(history);
  });

  it('rejects a date that does not parse', () => {
    const history = [entries[0], { date: '2024-06-31', status: 'reported' }];
    expect(rejected(dataset({ history }))).toEqual([
      {
        path: 'edges[0].attributes.history[1].date',
        message: `"2024-06-31" is not a date that exists (June 2024 has 30 days); ${FORMS}`,
      },
    ]);
  });

  it('rejects a date in another form', () => {
    expect(rejected(dataset({ history: [{ date: '19.06.2024', status: 'reported' }] }))).toEqual([
      { path: 'edges[0].attributes.history[0].date', message: FORMS },
    ]);
  });

  it('rejects entries out of order', () => {
    const history = [
      { date: '2024-06', status: 'reported' },
      { date: '2024-03-01', status: 'confirmed' },
    ];
    expect(rejected(dataset({ history }))).toEqual([
      {
        path: 'edges[0].attributes.history[1].date',
        message: 'history is out of order: history[1] (1 March 2024) is dated before history[0] (June 2024); list entries oldest first',
      },
    ]);
  });

  it('compares each entry with the last one that parsed', () => {
    const history = [
      { date: '2024-06', status: 'potential' },
      { date: '2024-02-30', status: 'reported' },
      { date: '2023', status: 'confirmed' },
    ];
    expect(rejected(dataset({ history }))).toEqual([
      containing('edges[0].attributes.history[1].date', 'is not a date that exists'),
      containing('edges[0].attributes.history[2].date', 'history[2] (2023) is dated before history[0] (June 2024)'),
    ]);
  });

  it('requires a date and a known status', () => {
    expect(rejected(dataset({ history: [{ status: 'reported' }, { date: '2024', status: 'rumoured' }] }))).toEqual([
      containing('edges[0].attributes.history[0].date', 'missing'),
      { path: 'edges[0].attributes.history[1].status', message: 'must be one of confirmed, reported, potential' },
    ]);
  });

  it('requires history to be an array', () => {
    expect(rejected(dataset({ history: { date: '2024', status: 'reported' } }))).toEqual([
      { path: 'edges[0].attributes.history', message: 'expected an array, got Object' },
    ]);
  });

  it('checks evidence in history like edge evidence: shape and declared source', () => {
    const history = [
      { date: '2024', status: 'reported', evidence: [{ source: 'article', lines: [0], summary: 'x' }] },
      { date: '2025', status: 'confirmed', evidence: evidence([1], 'artcle') },
    ];
    expect(rejected(dataset({ history }))).toEqual([
      { path: 'edges[0].attributes.history[0].evidence[0].lines[0]', message: 'must be 1 or more' },
    ]);
    expect(rejected(dataset({ history: history.slice(1) }))).toEqual([
      containing(
        'edges[0].attributes.history[0].evidence[0].source',
        'source "artcle" is not in attributes.sources (did you mean "article"?)',
      ),
    ]);
  });
});

describe('dateNote', () => {
  it('is kept as given', () => {
    const dateNote = 'The article names no year; 2024 is assumed.';
    expect(loadDataset(dataset({ since: '2024-06', dateNote })).getEdgeAttribute('pact', 'dateNote')).toBe(dateNote);
  });

  it('must be text', () => {
    expect(rejected(dataset({ dateNote: 2024 }))).toEqual([{ path: 'edges[0].attributes.dateNote', message: 'expected string, got 2024' }]);
  });
});

describe('source dates', () => {
  it.each(['2024', '2024-10', '2024-10-18'])('accepts published: %s', (published) => {
    const sources = loadDataset(dataset({}, { published })).getAttribute('sources') as TestSource[];
    expect(sources[0]!.published).toBe(published);
  });

  it('rejects a published day that does not exist', () => {
    expect(rejected(dataset({}, { published: '2024-11-31' }))).toEqual([
      {
        path: 'attributes.sources[0].published',
        message: `"2024-11-31" is not a date that exists (November 2024 has 30 days); ${FORMS}`,
      },
    ]);
  });
});

describe('source text', () => {
  const text = 'First paragraph.\nSecond paragraph.\nThird paragraph.';

  it('accepts inline text and evidence citing its lines', () => {
    const graph = loadDataset(dataset({ evidence: evidence([1, 3]) }, { text }));
    expect((graph.getAttribute('sources') as TestSource[])[0]!.text).toBe(text);
  });

  it('rejects a cited line beyond the inline text', () => {
    expect(rejected(dataset({ evidence: evidence([2, 4]) }, { text }))).toEqual([
      {
        path: 'edges[0].attributes.evidence[0].lines[1]',
        message: 'line 4 is beyond the source "article" (3 lines); cite a line from 1 to 3, or fix the source text',
      },
    ]);
  });

  it('checks the lines cited in history entries too', () => {
    const history = [{ date: '2024', status: 'reported', evidence: evidence([40]) }];
    expect(rejected(dataset({ history }, { text }))).toEqual([
      {
        path: 'edges[0].attributes.history[0].evidence[0].lines[0]',
        message: 'line 40 is beyond the source "article" (3 lines); cite a line from 1 to 3, or fix the source text',
      },
    ]);
  });

  it('checks only the source cited', () => {
    const data = dataset({ evidence: [...evidence([3]), ...evidence([99], 'other')] }, { text });
    data.attributes.sources.push({ id: 'other', title: 'Another source, text not given' });
    expect(loadDataset(data).hasEdge('pact')).toBe(true);
    data.edges[0]!.attributes = { type: 'pact', evidence: [...evidence([99], 'other'), ...evidence([5])] };
    expect(rejected(data)).toEqual([containing('edges[0].attributes.evidence[1].lines[0]', 'line 5 is beyond')]);
  });

  it('says "1 line" and explains empty text', () => {
    expect(rejected(dataset({ evidence: evidence([2]) }, { text: 'Only line.\n' }))[0]!.message).toBe(
      'line 2 is beyond the source "article" (1 line); cite a line from 1 to 1, or fix the source text',
    );
    expect(rejected(dataset({ evidence: evidence([1]) }, { text: '' }))[0]!.message).toBe(
      'line 1 is beyond the source "article" (0 lines); its text is empty',
    );
  });

  it('does not check lines against a textUrl (that happens when the text is loaded)', () => {
    expect(loadDataset(dataset({ evidence: evidence([999]) }, { textUrl: 'sources/article.txt' })).hasEdge('pact')).toBe(true);
  });

  it.each(['sources/article.txt', '../texts/article.txt', '/texts/article.txt', 'https://example.org/article.txt', 'http://example.org/a'])(
    'accepts textUrl %s',
    (textUrl) => {
      const sources = loadDataset(dataset({}, { textUrl })).getAttribute('sources') as TestSource[];
      expect(sources[0]!.textUrl).toBe(textUrl);
    },
  );

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/plain,hello', 'vbscript:msgbox(1)', 'file:///etc/passwd', ''])(
    'rejects textUrl %j',
    (textUrl) => {
      expect(rejected(dataset({}, { textUrl }))).toEqual([
        containing('attributes.sources[0].textUrl', ' is not an http(s) or relative link; give the text'),
      ]);
    },
  );

  it('quotes the refused textUrl in full words', () => {
    expect(rejected(dataset({}, { textUrl: 'javascript:alert(1)' }))[0]!.message).toBe(
      `"javascript:alert(1)" is not an http(s) or relative link; give the text's address as https://… or as a path relative to the dataset (sources/article.txt)`,
    );
  });

  it('rejects text and textUrl together', () => {
    expect(rejected(dataset({}, { text, textUrl: 'sources/article.txt' }))).toEqual([
      {
        path: 'attributes.sources[0].textUrl',
        message: 'the source has both text and textUrl; keep one: text holds the source text itself, textUrl says where to fetch it',
      },
    ]);
  });

  it('requires text and textUrl to be strings', () => {
    expect(rejected(dataset({}, { text: ['line 1'], textUrl: 7 })).map((p) => p.path)).toEqual([
      'attributes.sources[0].text',
      'attributes.sources[0].textUrl',
    ]);
  });
});

describe('sourceLines', () => {
  it.each([
    ['', []],
    ['one', ['one']],
    ['one\n', ['one']],
    ['one\ntwo', ['one', 'two']],
    ['one\r\ntwo\r\n', ['one', 'two']],
    ['one\n\nthree', ['one', '', 'three']],
    ['\n', ['']],
    ['one\n\n', ['one', '']],
  ])('splits %j into %j', (text, lines) => {
    expect(sourceLines(text)).toEqual(lines);
  });
});

describe('the seed dataset', () => {
  const datasetUrl = new URL('../../graph-data/dprk-russia-2024.json', import.meta.url);
  const seedText = readFileSync(datasetUrl, 'utf8');
  const seed = () => JSON.parse(seedText) as TestDataset;

  it('loads, with the pact dated June 2024 and the assumption stated', () => {
    const graph = loadDataset(seedText);
    const pact = graph.getEdgeAttributes('DPRK-pact-Russia');
    expect(pact.since).toBe('2024-06');
    expect(parseDate(pact.since)?.precision).toBe('month');
    expect(pact.dateNote).toBe('The article says the pact was signed in June (line 32) but names no year; 2024 is assumed.');
    expect(pact.until).toBeUndefined();
  });

  it('dates only the claim whose date the article states', () => {
    const graph = loadDataset(seedText);
    const dated = graph.filterEdges((_edge, a) => ['since', 'until', 'history', 'dateNote'].some((field) => field in a));
    expect(dated).toEqual(['DPRK-pact-Russia']);
  });

  it('points the article source at its text, relative to the dataset, and the file is there', () => {
    const sources = loadDataset(seedText).getAttribute('sources') as TestSource[];
    expect(sources).toEqual([
      expect.objectContaining({ id: 'article', published: '2024-10', textUrl: 'sources/dprk-troops-russia-article.txt' }),
    ]);
    const textUrl = new URL(sources[0]!.textUrl as string, datasetUrl);
    expect(existsSync(textUrl)).toBe(true);
    expect(readFileSync(textUrl, 'utf8')).toContain('signed a defense pact in June');
    expect(sourceLines(readFileSync(textUrl, 'utf8'))[31]).toContain('signed a defense pact in June');
  });

  /** The seed with its article inline instead of by URL: the validator then checks every cited line. */
  const inlined = (text: string) => {
    const data = seed();
    const { textUrl: _url, ...source } = data.attributes.sources[0]!;
    data.attributes.sources[0] = { ...source, text };
    return data;
  };
  const article = readFileSync(new URL('../../graph-data/sources/dprk-troops-russia-article.txt', import.meta.url), 'utf8');

  it('cites only lines of the article (checked with the article inline)', () => {
    expect(validateDataset(inlined(article))).toMatchObject({ ok: true });
  });

  it('would catch evidence beyond a shorter text', () => {
    const short = sourceLines(article).slice(0, 31).join('\n');
    const result = validateDataset(inlined(short));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toContainEqual({
      path: 'edges[2].attributes.evidence[0].lines[0]',
      message: 'line 32 is beyond the source "article" (31 lines); cite a line from 1 to 31, or fix the source text',
    });
    expect(problems.map((p) => p.path)).toEqual([
      'edges[2].attributes.evidence[0].lines[0]',
      'edges[5].attributes.evidence[0].lines[2]',
      'edges[11].attributes.evidence[0].lines[1]',
    ]);
  });
});
