/**
 * `<sg-source-panel>` on its own in real Chromium: the provenance of the seed's claims (counted
 * here from the data), the article's full text with the cited lines marked, the reverse index
 * (a cited line lists its claims; choosing one asks to select it), `show()` scrolling to and
 * focusing lines, the source picker, a text fetched by address or failing, hostile text and axe.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import Graph from 'graphology';
import seed from '../../../graph-data/dprk-russia-2024.json';
import article from '../../../graph-data/sources/dprk-troops-russia-article.txt?raw';
import { loadDataset } from '../../graph/load';
import { splitLines } from '../../graph/source-text';
import type { SgNavigateDetail } from '../sg-details/navigate';
import '../sg-details/sg-details';
import './sg-source-panel';
import type { SgSourcePanel } from './sg-source-panel.component';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

const TITLE = 'North Korean troops head to Russia: what we know';
const articleLines = splitLines(article);

/** The seed with its article given as `text` (or `textUrl`), plus any other sources. */
function seedWith(text: { text: string } | { textUrl: string }, more: object[] = []): Graph {
  return loadDataset({
    ...seed,
    attributes: { ...seed.attributes, sources: [{ id: 'article', title: TITLE, published: '2024-10', ...text }, ...more] },
  });
}

async function mount(graph: Graph, setup: (panel: SgSourcePanel) => void = () => {}): Promise<SgSourcePanel> {
  const panel = document.createElement('sg-source-panel');
  panel.graph = graph;
  setup(panel);
  document.body.append(panel);
  mounted.push(panel);
  await panel.updateComplete;
  return panel;
}

const root = (panel: SgSourcePanel) => panel.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const lineRow = (panel: SgSourcePanel, line: number) => root(panel).querySelector<HTMLElement>(`.text li[data-line="${line}"]`)!;
const markedLines = (panel: SgSourcePanel) =>
  [...root(panel).querySelectorAll('.text mark')].map((mark) => Number(mark.closest<HTMLElement>('li')!.dataset.line));

/** The seed's cited lines, per source, counted from the data as the panel should. */
function citedInSeed(): Map<string, Set<number>> {
  const cited = new Map<string, Set<number>>();
  for (const edge of seed.edges) {
    const attributes = edge.attributes as {
      evidence?: Array<{ source: string; lines: number[] }>;
      history?: Array<{ evidence?: unknown[] }>;
    };
    const items = [...(attributes.evidence ?? []), ...(attributes.history ?? []).flatMap((entry) => entry.evidence ?? [])] as Array<{
      source: string;
      lines: number[];
    }>;
    for (const item of items) {
      if (!cited.has(item.source)) cited.set(item.source, new Set());
      for (const line of item.lines) cited.get(item.source)!.add(line);
    }
  }
  return cited;
}

async function seriousViolations(element: HTMLElement): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  expect(results.passes.find((rule) => rule.id === 'button-name')?.nodes.length).toBeGreaterThan(0);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

function nextNavigate(): Promise<SgNavigateDetail> {
  return new Promise((resolve) => document.addEventListener('sg-navigate', (event) => resolve(event.detail), { once: true }));
}

describe('<sg-source-panel> provenance', () => {
  it('counts the seed’s claims, cited lines and sources as the data has them', async () => {
    const panel = await mount(seedWith({ text: article }));
    const cited = citedInSeed();
    const lines = [...cited.values()].reduce((sum, set) => sum + set.size, 0);
    const claims = seed.edges.length;
    const sources = seed.attributes.sources.length;
    expect(text(root(panel).querySelector('.counts'))).toBe(
      `${claims} claims, ${lines} cited lines, ${sources} source${sources === 1 ? '' : 's'}`,
    );
    expect(text(root(panel).querySelector('.all-backed'))).toBe('Every claim cites evidence.');
    expect(root(panel).querySelector('.uncited')).toBeNull();
  });

  it('lists the claims with no evidence as buttons to them, and the sources nobody cites', async () => {
    const bare = {
      ...seed,
      attributes: {
        ...seed.attributes,
        sources: [...seed.attributes.sources, { id: 'unused', title: 'A report nobody cites' }],
      },
      edges: [
        ...seed.edges,
        { key: 'RU-pact-DPRK-bare', source: 'Russia', target: 'DPRK', attributes: { type: 'pact', status: 'reported' } },
      ],
    };
    const panel = await mount(loadDataset(bare));
    expect(text(root(panel).querySelector('.counts'))).toMatch(/^13 claims, \d+ cited lines, 2 sources$/);
    const unbacked = [...root(panel).querySelectorAll<HTMLButtonElement>('.unbacked button')];
    expect(unbacked.map(text)).toEqual(['Russia pact with North Korea (reported)']);
    expect([...root(panel).querySelectorAll('.uncited li')].map(text)).toEqual(['A report nobody cites']);
    const navigate = nextNavigate();
    await userEvent.click(unbacked[0]!);
    expect(await navigate).toEqual({ kind: 'edge', key: 'RU-pact-DPRK-bare' });
  });
});

describe('<sg-source-panel> text', () => {
  it('shows the whole text numbered, every cited line marked', async () => {
    const panel = await mount(seedWith({ text: article }));
    expect(root(panel).querySelectorAll('.text li')).toHaveLength(articleLines.length);
    expect(text(lineRow(panel, 8))).toMatch(new RegExp(`^Line 8 ${articleLines[7]!.slice(0, 30)}`));
    expect(markedLines(panel)).toEqual([...citedInSeed().get('article')!].sort((a, b) => a - b));
    expect(text(root(panel).querySelector('.source'))).toBe(`${TITLE}, published 2024-10`);
  });

  it('lists the claims citing a line and asks to select the one chosen (mouse and keyboard)', async () => {
    const panel = await mount(seedWith({ text: article }));
    const toggle = lineRow(panel, 5).querySelector<HTMLButtonElement>('button.claims-toggle')!;
    expect(text(toggle)).toBe('▸ 2 claims citing line 5');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const list = root(panel).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(list.hidden).toBe(true);

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    expect([...list.querySelectorAll('button.claim')].map(text)).toEqual([
      'South Korea condemns North Korea: security threat (confirmed)',
      'United States condemns North Korea: deep concern (confirmed)',
    ]);
    let navigate = nextNavigate();
    await userEvent.click(list.querySelectorAll<HTMLButtonElement>('button.claim')[1]!);
    expect(await navigate).toEqual({ kind: 'edge', key: 'US-condemns-DPRK' });

    navigate = nextNavigate();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    expect(await navigate).toEqual({ kind: 'edge', key: 'ROK-condemns-DPRK' });
  });

  it('marks the selected claim among a line’s claims', async () => {
    const panel = await mount(seedWith({ text: article }), (p) => (p.selection = { kind: 'edge', key: 'US-condemns-DPRK' }));
    await userEvent.click(lineRow(panel, 5).querySelector('button')!);
    const current = [...root(panel).querySelectorAll('.claims button[aria-current=true]')];
    expect(current.map(text)).toEqual(['United States condemns North Korea: deep concern (confirmed)']);
  });

  it('show() scrolls to the lines asked for, outlines them and focuses the first', async () => {
    const panel = await mount(seedWith({ text: article }));
    await panel.show('article', [41, 9]);
    const row = lineRow(panel, 9);
    expect(root(panel).activeElement).toBe(row);
    expect([...root(panel).querySelectorAll<HTMLElement>('.text li.target')].map((li) => Number(li.dataset.line))).toEqual([9, 41]);
    const scroller = root(panel).querySelector('.scroller')!.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(scroller.top);
    expect(box.bottom).toBeLessThanOrEqual(scroller.bottom);
    await panel.show('article', [48]);
    expect(root(panel).activeElement).toBe(lineRow(panel, 48));
  });

  it('answers "Show source" from a details panel on the same page', async () => {
    const graph = seedWith({ text: article });
    const panel = await mount(graph);
    const details = document.createElement('sg-details');
    Object.assign(details, { graph, selection: { kind: 'edge', key: 'DPRK-supplies-Russia-munitions' }, sourceButton: true });
    document.body.append(details);
    mounted.push(details);
    await details.updateComplete;
    await userEvent.click(details.shadowRoot!.querySelector<HTMLButtonElement>('button.show-source')!);
    await expect.poll(() => root(panel).activeElement).toBe(lineRow(panel, 3));
    expect([...root(panel).querySelectorAll<HTMLElement>('.text li.target')].map((li) => Number(li.dataset.line))).toEqual([3, 8]);
  });

  it('picks among several sources', async () => {
    const panel = await mount(seedWith({ text: article }, [{ id: 'memo', title: 'A memo', text: 'first\nsecond' }]));
    const picker = root(panel).querySelector('select')!;
    expect([...picker.options].map((option) => option.text)).toEqual([TITLE, 'A memo']);
    await userEvent.selectOptions(picker, 'memo');
    await panel.updateComplete;
    expect([...root(panel).querySelectorAll('.text li')].map(text)).toEqual(['Line 1 first', 'Line 2 second']);
    expect(markedLines(panel)).toEqual([]);
  });

  it('has no picker for a single source, and says when a source gives no text', async () => {
    const panel = await mount(loadDataset(seedWithout()));
    expect(root(panel).querySelector('select')).toBeNull();
    expect(text(root(panel).querySelector('.reader'))).toContain('The data gives no text for this source');
  });

  it('fetches a text by address once on screen, and says why one fails', async () => {
    const panel = await mount(seedWith({ textUrl: '/graph-data/sources/dprk-troops-russia-article.txt' }));
    await expect.poll(() => root(panel).querySelectorAll('.text li').length).toBe(articleLines.length);

    const failing = await mount(seedWith({ textUrl: '/__faults/404' }));
    await expect
      .poll(() => text(root(failing).querySelector('.text-error')))
      .toBe(
        `Could not load the text of “${TITLE}” from ${location.origin}/__faults/404: the server answered 404 Not Found: there is no file at this URL; check it`,
      );
    await failing.show('article', [8]);
    expect(root(failing).activeElement).toBe(root(failing).querySelector('.text-error'));
  });

  it('renders hostile text as text', async () => {
    const raw = new Graph();
    raw.setAttribute('sources', [
      { id: 's', title: '<b>t</b>', text: '<img src=x onerror="window.pwned=1">\n<script>window.pwned=1</script>' },
    ]);
    raw.addNode('a');
    raw.addNode('b');
    raw.addEdgeWithKey('e', 'a', 'b', { type: 't', evidence: [{ source: 's', lines: [1], summary: 'x' }] });
    const panel = await mount(raw);
    expect(root(panel).querySelector('img, script, b')).toBeNull();
    expect(text(root(panel).querySelector('.text mark'))).toBe('<img src=x onerror="window.pwned=1">');
  });

  it('has no serious or critical axe violations with a line’s claims open', async () => {
    const panel = await mount(seedWith({ text: article }, [{ id: 'unused', title: 'Nobody cites me' }]));
    await userEvent.click(lineRow(panel, 5).querySelector('button')!);
    await panel.show('article', [3, 8]);
    expect(await seriousViolations(panel)).toEqual([]);
  });
});

/** The seed without its article's text, whether or not the seed gives one. */
function seedWithout(): object {
  return {
    ...seed,
    attributes: { ...seed.attributes, sources: [{ id: 'article', title: TITLE, published: '2024-10' }] },
  };
}
