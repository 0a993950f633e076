/**
 * `<sg-details>` in real Chromium: what a reader sees for an actor and a relationship, the
 * buttons that move along the graph (mouse and keyboard), links, hostile text, filters, the
 * cited lines of the evidence (inline, fetched, failing) and axe.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import Graph from 'graphology';
import seed from '../../../graph-data/dprk-russia-2024.json';
import article from '../../../graph-data/sources/dprk-troops-russia-article.txt?raw';
import { splitLines } from '../../graph/source-text';
import { loadDataset } from '../../graph/load';
import { resolveRegistry } from '../../graph/registry';
import type { VisibleSet } from '../../graph/filter';
import './sg-details';
import type { SgDetails } from './sg-details.component';
import type { SgNavigateDetail, SgSelection } from './navigate';
import type { SgShowSourceDetail } from './sg-details.component';

const graph = loadDataset(seed);
const registry = resolveRegistry(graph);
const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** The dark theme's colours, as `<stakeholder-graph theme="dark">` sets them. */
const DARK =
  '--sg-text:#e2e8f0;--sg-muted:#94a3b8;--sg-background:#0f172a;--sg-panel:rgb(15 23 42 / 0.94);--sg-border:#334155;--sg-accent:#93c5fd;background:#0f172a';

async function mount(
  selection: SgSelection,
  options: { graph?: Graph; visible?: VisibleSet | null; dark?: boolean; setup?: (element: SgDetails) => void } = {},
): Promise<SgDetails> {
  const element = document.createElement('sg-details');
  element.graph = options.graph ?? graph;
  element.registry = options.graph ? resolveRegistry(options.graph) : registry;
  element.selection = selection;
  element.visible = options.visible ?? null;
  options.setup?.(element);
  const wrapper = document.createElement('div');
  if (options.dark) wrapper.setAttribute('style', DARK);
  wrapper.append(element);
  document.body.append(wrapper);
  mounted.push(wrapper);
  await element.updateComplete;
  return element;
}

const root = (element: SgDetails) => element.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (element: SgDetails, selector: string) => [...root(element).querySelectorAll(selector)].map(text);
const button = (element: SgDetails, label: string, scope: ParentNode = root(element)) =>
  [...scope.querySelectorAll('button')].find((b) => text(b) === label)!;

function nextNavigate(): Promise<SgNavigateDetail> {
  return new Promise((resolve) => document.addEventListener('sg-navigate', (event) => resolve(event.detail), { once: true }));
}

/**
 * axe on the host element: axe walks open shadow roots below the context it is given. The
 * buttons live only in the shadow root, so a passing `button-name` check proves it looked inside.
 */
async function seriousViolations(element: HTMLElement): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  expect(results.passes.find((rule) => rule.id === 'button-name')?.nodes.length).toBeGreaterThan(0);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

describe('<sg-details> with nothing selected', () => {
  it('prompts the reader to select something', async () => {
    const element = await mount(null);
    expect(text(root(element).querySelector('.prompt'))).toBe('Select an actor or a relationship to see its details and evidence.');
    expect(root(element).querySelector('section[part=panel]')!.getAttribute('aria-labelledby')).toBe('heading');
  });

  it('says so when the selected key is not in the graph', async () => {
    const element = await mount({ kind: 'node', key: 'Atlantis' });
    expect(text(root(element).querySelector('.prompt'))).toBe('The selected actor is not in this graph.');
  });
});

describe('<sg-details> for an actor', () => {
  it('shows the name, kind, description and the other names', async () => {
    const element = await mount({ kind: 'node', key: 'DPRK' });
    expect(texts(element, 'h2')).toEqual(['North Korea']);
    expect(text(root(element).querySelector('.kind'))).toBe('State');
    expect(text(root(element).querySelector('.description'))).toMatch(/^Heavily sanctioned state/);
    expect(text(root(element).querySelector('.aliases'))).toBe("Also known as: Democratic People's Republic of Korea, Pyongyang");
  });

  it('groups relationships by type and direction with arrows and words', async () => {
    const element = await mount({ kind: 'node', key: 'DPRK' });
    expect(texts(element, 'h4')).toEqual(['supplies →', '← supplied by', '↔ pact with', '← condemned by', 'targets →', '← targeted by']);
    const condemned = [...root(element).querySelectorAll('.group')].find((g) => text(g.querySelector('h4')) === '← condemned by')!;
    expect([...condemned.querySelectorAll('button.other')].map(text)).toEqual(['South Korea', 'United Nations', 'United States']);
  });

  it('gives each relationship its status as text, its items and its evidence in short', async () => {
    const element = await mount({ kind: 'node', key: 'DPRK' });
    const first = root(element).querySelector('.relationship')!;
    expect(text(first.querySelector('.edge-label'))).toBe('munitions');
    expect(text(first.querySelector('.badge'))).toBe('confirmed');
    expect(first.querySelector('.badge')!.classList.contains('confirmed')).toBe(true);
    expect(text(first.querySelector('.items'))).toBe('Items: artillery shells, other munitions, short-range ballistic missiles');
    expect(text(first.querySelector('.evidence li'))).toMatch(/^North Korean troops head to Russia: what we know, lines 3, 8: Until now/);
    const pact = [...root(element).querySelectorAll('.relationship')].find(
      (li) => text(li.querySelector('.edge-label')) === 'defence pact',
    )!;
    expect(text(pact.querySelector('.since'))).toBe('since 2024-06');
  });

  it('draws each status with a different border pattern, not only a colour', async () => {
    const element = await mount({ kind: 'node', key: 'DPRK' });
    const style = (status: string) => getComputedStyle(root(element).querySelector(`.badge.${status}`)!).borderTopStyle;
    expect([style('confirmed'), style('reported'), style('potential')]).toEqual(['solid', 'dashed', 'dotted']);
  });

  it('asks to go to the other actor when its name is clicked', async () => {
    const element = await mount({ kind: 'node', key: 'DPRK' });
    const navigate = nextNavigate();
    await userEvent.click(button(element, 'Russia'));
    expect(await navigate).toEqual({ kind: 'node', key: 'Russia' });
  });

  it('asks for the claim from the keyboard: Tab to "Details", Enter', async () => {
    const before = document.createElement('input');
    document.body.append(before);
    mounted.push(before);
    const element = await mount({ kind: 'node', key: 'DPRK' });
    before.focus();
    await userEvent.tab();
    expect(text(root(element).activeElement)).toBe('Russia');
    expect(getComputedStyle(root(element).activeElement!).outlineStyle).toBe('solid');
    await userEvent.tab();
    expect(text(root(element).activeElement)).toBe('Details: North Korea supplies Russia, munitions');
    const navigate = nextNavigate();
    await userEvent.keyboard('{Enter}');
    expect(await navigate).toEqual({ kind: 'edge', key: 'DPRK-supplies-Russia-munitions' });
  });

  it('moves focus to the new heading when the host follows the navigation', async () => {
    const element = await mount({ kind: 'node', key: 'DPRK' });
    element.addEventListener('sg-navigate', (event) => (element.selection = event.detail), { once: true });
    await userEvent.click(button(element, 'Russia'));
    await element.updateComplete;
    expect(texts(element, 'h2')).toEqual(['Russia']);
    expect(root(element).activeElement).toBe(root(element).querySelector('h2'));
  });

  it('counts relationships the filter hides under a collapsed note that opens', async () => {
    const visible: VisibleSet = { nodes: new Set(graph.nodes()), edges: new Set(graph.filterEdges((_e, a) => a.type !== 'condemns')) };
    const element = await mount({ kind: 'node', key: 'DPRK' }, { visible });
    const toggle = root(element).querySelector<HTMLButtonElement>('button.hidden-toggle')!;
    expect(text(toggle)).toBe('▸ 3 hidden by filters');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(texts(element, 'h4')).not.toContain('← condemned by');

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(texts(element, '#hidden-relationships h4')).toEqual(['← condemned by']);
  });

  it('renders hostile text as text', async () => {
    const hostile = new Graph({ multi: true });
    hostile.addNode('a', {
      label: '<img src=x onerror="window.pwned=1">',
      description: '<script>window.pwned=1</script>',
      aliases: ['<b>bold</b>'],
    });
    hostile.addNode('b', { label: 'B' });
    hostile.addEdge('a', 'b', { type: 'x', evidence: [{ source: '<i>s</i>', lines: [1], summary: '<img src=y>' }] });
    const element = await mount({ kind: 'node', key: 'a' }, { graph: hostile });
    expect(root(element).querySelector('img, script, b, i')).toBeNull();
    expect(texts(element, 'h2')).toEqual(['<img src=x onerror="window.pwned=1">']);
    expect(text(root(element).querySelector('.evidence li'))).toBe('<i>s</i>, line 1: <img src=y>');
  });

  it('has no serious or critical axe violations', async () => {
    const element = await mount(
      { kind: 'node', key: 'DPRK' },
      { visible: { nodes: new Set(graph.nodes()), edges: new Set(['DPRK-pact-Russia']) } },
    );
    await userEvent.click(root(element).querySelector<HTMLButtonElement>('button.hidden-toggle')!);
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('has no serious or critical axe violations in the dark theme, contrast included', async () => {
    const element = await mount({ kind: 'node', key: 'DPRK' }, { dark: true });
    expect(await seriousViolations(element)).toEqual([]);
  });
});

describe('<sg-details> for a relationship', () => {
  it('shows the sentence, fields and both actors', async () => {
    const element = await mount({ kind: 'edge', key: 'DPRK-pact-Russia' });
    expect(texts(element, 'h2')).toEqual(['North Korea pact with Russia']);
    const fields = [...root(element).querySelectorAll('.fields > div')].map(
      (div) => `${text(div.querySelector('dt'))}: ${text(div.querySelector('dd'))}`,
    );
    expect(fields).toEqual([
      'Type: pact with (both ways)',
      'Status: confirmed',
      'When: Since June 2024 (The article says the pact was signed in June (line 32) but names no year; 2024 is assumed.)',
      'Label: defence pact',
      'Between: North Korea',
      'And: Russia',
    ]);
  });

  it('says "undated" for a claim the source gives no date, and lists a status history', async () => {
    const undated = await mount({ kind: 'edge', key: 'ROK-condemns-DPRK' });
    const when = (element: SgDetails) => text(root(element).querySelector('.when'));
    expect(when(undated)).toBe('undated');
    undated.remove();
    const dated = loadDataset(seed);
    dated.mergeEdgeAttributes('ROK-condemns-DPRK', {
      until: '2025',
      history: [
        { date: '2024-06', status: 'reported' },
        { date: '2024-10-19', status: 'confirmed' },
      ],
    });
    const element = await mount({ kind: 'edge', key: 'ROK-condemns-DPRK' }, { graph: dated });
    expect(when(element)).toBe('Until 2025');
    expect([...root(element).querySelectorAll('.history li')].map(text)).toEqual(['June 2024: reported', '19 October 2024: confirmed']);
  });

  it('lists items and each evidence item in full, with the quote in a blockquote', async () => {
    const element = await mount({ kind: 'edge', key: 'ROK-condemns-DPRK' });
    const items = [...root(element).querySelectorAll('.evidence.full > li')];
    expect(items).toHaveLength(2);
    expect(text(items[0]!.querySelector('.source'))).toBe('North Korean troops head to Russia: what we know, published 2024-10, line 15');
    expect(text(items[0]!.querySelector('.summary'))).toBe(
      "Seoul's National Security Office described the deployment as a serious danger to the country.",
    );
    expect(text(items[0]!.querySelector('blockquote'))).toBe('“significant security threat”');
    expect(items[1]!.querySelector('blockquote')).toBeNull();
  });

  it('collapses consecutive lines to a range', async () => {
    const element = await mount({ kind: 'edge', key: 'Russia-supplies-DPRK-compensation' });
    expect(text(root(element).querySelector('.evidence .lines'))).toBe('lines 27–29');
    expect(texts(element, '.fields ul.items li')).toEqual(['cash', 'food', 'military technology']);
  });

  it('asks to go to either actor', async () => {
    const element = await mount({ kind: 'edge', key: 'US-targets-DPRK' });
    const navigate = nextNavigate();
    await userEvent.click(button(element, 'North Korea'));
    expect(await navigate).toEqual({ kind: 'node', key: 'DPRK' });
  });

  it('links a source title only when its URL is http(s), opening it safely', async () => {
    const linked = loadDataset({
      ...seed,
      attributes: { ...seed.attributes, sources: [{ id: 'article', title: 'The article', url: 'https://example.org/a' }] },
    });
    const element = await mount({ kind: 'edge', key: 'US-targets-DPRK' }, { graph: linked });
    const link = root(element).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(text(link)).toBe('The article (opens in a new tab)');
  });

  it('renders no link for a source without a URL', async () => {
    const element = await mount({ kind: 'edge', key: 'US-targets-DPRK' });
    expect(root(element).querySelector('a')).toBeNull();
    expect(text(root(element).querySelector('cite'))).toBe('North Korean troops head to Russia: what we know');
  });

  it('renders no link for a javascript: URL in a graph built without validation', async () => {
    const raw = new Graph();
    raw.setAttribute('sources', [{ id: 's', title: 'Trap', url: 'javascript:alert(1)' }]);
    raw.addNode('a');
    raw.addNode('b');
    raw.addEdgeWithKey('e', 'a', 'b', { type: 't', evidence: [{ source: 's', lines: [1], summary: 'x' }] });
    const element = await mount({ kind: 'edge', key: 'e' }, { graph: raw });
    expect(root(element).querySelector('a')).toBeNull();
    expect(text(root(element).querySelector('cite'))).toBe('Trap');
  });

  it('notes when the filter hides the relationship', async () => {
    const element = await mount(
      { kind: 'edge', key: 'UN-condemns-DPRK' },
      { visible: { nodes: new Set(graph.nodes()), edges: new Set() } },
    );
    expect(text(root(element).querySelector('.note'))).toBe('This relationship is hidden by the current filters.');
  });

  it('has no serious or critical axe violations', async () => {
    const element = await mount({ kind: 'edge', key: 'ROK-condemns-DPRK' });
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('has no serious or critical axe violations in the dark theme, contrast included', async () => {
    const linked = loadDataset({
      ...seed,
      attributes: { ...seed.attributes, sources: [{ id: 'article', title: 'The article', url: 'https://example.org/a' }] },
    });
    const element = await mount({ kind: 'edge', key: 'ROK-condemns-DPRK' }, { graph: linked, dark: true });
    expect(getComputedStyle(element).color).toBe('rgb(226, 232, 240)');
    expect(await seriousViolations(element)).toEqual([]);
  });
});

/** The seed with its article's text given as `text` or `textUrl` (and nothing else about it changed). */
function seedWith(text: { text: string } | { textUrl: string }): Graph {
  const [source] = seed.attributes.sources;
  const { id, title, published } = source!;
  return loadDataset({ ...seed, attributes: { ...seed.attributes, sources: [{ id, title, published, ...text }] } });
}

const MUNITIONS = { kind: 'edge', key: 'DPRK-supplies-Russia-munitions' } as const;
const articleLines = splitLines(article);

/** The line numbers an excerpt shows, and those it marks. */
const shownLines = (element: SgDetails) =>
  [...root(element).querySelectorAll<HTMLElement>('.excerpt li')].map((li) => Number(li.dataset.line));
const markedLines = (element: SgDetails) =>
  [...root(element).querySelectorAll('.excerpt mark')].map((mark) => Number(mark.closest<HTMLElement>('li')!.dataset.line));

describe('<sg-details> reading the evidence', () => {
  it('opens the cited lines in context, numbered, the cited ones marked', async () => {
    const element = await mount(MUNITIONS, { graph: seedWith({ text: article }) });
    const toggle = root(element).querySelector<HTMLButtonElement>('button.lines-toggle')!;
    expect(text(toggle)).toBe('▸ Show lines 3, 8');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const excerpt = root(element).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(excerpt.hidden).toBe(true);

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(excerpt.hidden).toBe(false);
    // Lines 1–5 and 6–10 touch: one run.
    expect(shownLines(element)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(markedLines(element)).toEqual([3, 8]);
    const line8 = excerpt.querySelector('li[data-line="8"]')!;
    expect(text(line8.querySelector('mark'))).toBe(articleLines[7]);
    expect(text(line8)).toBe(`Line 8 ${articleLines[7]}`);

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(excerpt.hidden).toBe(true);
  });

  it('opens and closes from the keyboard, and closes again on another selection', async () => {
    const element = await mount(MUNITIONS, { graph: seedWith({ text: article }) });
    const toggle = root(element).querySelector<HTMLButtonElement>('button.lines-toggle')!;
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard(' ');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{Enter}');
    element.selection = { kind: 'edge', key: 'ROK-condemns-DPRK' };
    await element.updateComplete;
    const toggles = [...root(element).querySelectorAll('button.lines-toggle')];
    expect(toggles.map(text)).toEqual(['▸ Show line 15', '▸ Show line 5']);
    expect(toggles.map((b) => b.getAttribute('aria-expanded'))).toEqual(['false', 'false']);
  });

  it('fetches a textUrl relative to the dataset from the server, once asked', async () => {
    const element = await mount(MUNITIONS, {
      graph: seedWith({ textUrl: 'sources/dprk-troops-russia-article.txt' }),
      setup: (e) => (e.sourceBase = new URL('/graph-data/dprk-russia-2024.json', location.href).href),
    });
    expect(root(element).querySelector('.excerpt li')).toBeNull();
    await userEvent.click(root(element).querySelector<HTMLButtonElement>('button.lines-toggle')!);
    await expect.poll(() => markedLines(element)).toEqual([3, 8]);
    expect(text(root(element).querySelector('.excerpt li[data-line="8"] mark'))).toBe(articleLines[7]);
  });

  it('says beside the evidence why a text could not be loaded; the graph stays as it was', async () => {
    const failing = seedWith({ textUrl: '/__faults/404' });
    const before = JSON.stringify(failing.export());
    const element = await mount(MUNITIONS, { graph: failing });
    await userEvent.click(root(element).querySelector<HTMLButtonElement>('button.lines-toggle')!);
    const item = root(element).querySelector('.evidence.full > li')!;
    await expect.poll(() => text(item.querySelector('.text-error'))).not.toBe('');
    expect(text(item.querySelector('.text-error'))).toBe(
      `Could not load the text of “North Korean troops head to Russia: what we know” from ${location.origin}/__faults/404: ` +
        'the server answered 404 Not Found: there is no file at this URL; check it',
    );
    expect(item.querySelector('.text-error')!.getAttribute('role')).toBe('alert');
    expect(item.querySelector('button.retry')).not.toBeNull();
    expect(texts(element, 'h2')).toEqual(['North Korea supplies Russia']);
    expect(JSON.stringify(failing.export())).toBe(before);
  });

  it('refuses a web page sent for a text, as src refuses one sent for data', async () => {
    const element = await mount(MUNITIONS, { graph: seedWith({ textUrl: '/__faults/html' }) });
    await userEvent.click(root(element).querySelector<HTMLButtonElement>('button.lines-toggle')!);
    await expect
      .poll(() => text(root(element).querySelector('.text-error')))
      .toBe(
        `Could not load the text of “North Korean troops head to Russia: what we know” from ${location.origin}/__faults/html: ` +
          'the server sent a web page (text/html) instead of plain text; check the URL',
      );
    expect(root(element).querySelector('img')).toBeNull();
  });

  it('fetches a text once for every panel that shows it', async () => {
    const url = `/graph-data/sources/dprk-troops-russia-article.txt?once=${Date.now()}`;
    const fetches = vi.spyOn(window, 'fetch');
    try {
      const elements = [
        await mount(MUNITIONS, { graph: seedWith({ textUrl: url }) }),
        await mount(MUNITIONS, { graph: seedWith({ textUrl: url }) }),
      ];
      for (const element of elements) await userEvent.click(root(element).querySelector<HTMLButtonElement>('button.lines-toggle')!);
      for (const element of elements) await expect.poll(() => markedLines(element)).toEqual([3, 8]);
      expect(
        fetches.mock.calls.filter(([input]) =>
          (input instanceof Request ? input.url : input instanceof URL ? input.href : input).includes(url),
        ),
      ).toHaveLength(1);
    } finally {
      fetches.mockRestore();
    }
  });

  it('refuses a textUrl that is not http(s) in a graph built without validation, without fetching it', async () => {
    const raw = loadDataset(seed);
    raw.setAttribute('sources', [
      { id: 'article', title: 'North Korean troops head to Russia: what we know', textUrl: 'javascript:alert(1)' },
    ]);
    const element = await mount(MUNITIONS, { graph: raw });
    await userEvent.click(root(element).querySelector<HTMLButtonElement>('button.lines-toggle')!);
    expect(text(root(element).querySelector('.text-error'))).toBe(
      'Could not load the text of “North Korean troops head to Russia: what we know” from "javascript:alert(1)": it is not an http(s) or relative URL; only those are loaded',
    );
  });

  it('offers no lines to open when the source gives no text', async () => {
    const raw = new Graph();
    raw.setAttribute('sources', [{ id: 's', title: 'No text' }]);
    raw.addNode('a');
    raw.addNode('b');
    raw.addEdgeWithKey('e', 'a', 'b', { type: 't', evidence: [{ source: 's', lines: [1], summary: 'x' }] });
    const element = await mount({ kind: 'edge', key: 'e' }, { graph: raw, setup: (e) => (e.sourceButton = true) });
    expect(root(element).querySelector('.reading, button.lines-toggle, button.show-source')).toBeNull();
  });

  it('says which cited lines the text does not have, and renders hostile text as text', async () => {
    const raw = new Graph();
    raw.setAttribute('sources', [{ id: 's', title: 'Short', text: 'one\n<img src=x onerror="window.pwned=1">\nthree' }]);
    raw.addNode('a');
    raw.addNode('b');
    raw.addEdgeWithKey('e', 'a', 'b', { type: 't', evidence: [{ source: 's', lines: [2, 7, 9], summary: 'x' }] });
    const element = await mount({ kind: 'edge', key: 'e' }, { graph: raw });
    await userEvent.click(root(element).querySelector<HTMLButtonElement>('button.lines-toggle')!);
    expect(markedLines(element)).toEqual([2]);
    expect(root(element).querySelector('img')).toBeNull();
    expect(text(root(element).querySelector('.excerpt mark'))).toBe('<img src=x onerror="window.pwned=1">');
    expect(text(root(element).querySelector('.excerpt .note'))).toBe('Lines 7, 9 are not in the text, which has 3 lines.');
  });

  it('asks for the source panel at the cited lines with "Show source", when there is one', async () => {
    const element = await mount(MUNITIONS, { graph: seedWith({ text: article }), setup: (e) => (e.sourceButton = true) });
    const show = button(element, 'Show source: North Korean troops head to Russia: what we know, lines 3, 8');
    const asked = new Promise<SgShowSourceDetail>((resolve) =>
      document.addEventListener('sg-show-source', (event) => resolve(event.detail), { once: true }),
    );
    await userEvent.click(show);
    expect(await asked).toEqual({ source: 'article', lines: [3, 8] });

    const alone = await mount(MUNITIONS, { graph: seedWith({ text: article }) });
    expect(root(alone).querySelector('button.show-source')).toBeNull();
  });

  it('has no serious or critical axe violations with the lines open, in both themes', async () => {
    for (const dark of [false, true]) {
      const element = await mount({ kind: 'edge', key: 'US-condemns-DPRK' }, { graph: seedWith({ text: article }), dark });
      element.sourceButton = true;
      await element.updateComplete;
      for (const toggle of root(element).querySelectorAll<HTMLButtonElement>('button.lines-toggle')) await userEvent.click(toggle);
      expect(root(element).querySelectorAll('.excerpt mark').length).toBe(3);
      expect(await seriousViolations(element)).toEqual([]);
    }
  });
});
