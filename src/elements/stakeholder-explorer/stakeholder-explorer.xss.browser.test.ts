/**
 * `<stakeholder-explorer>` fed hostile text (xss-corpus.ts): with an actor and then a
 * relationship selected, the details panel, the relationships table and the search list show every
 * payload as text, nothing is parsed as markup or run, and the only links are http(s). The
 * details panel also refuses to link a non-http(s) source URL handed to it directly, past the
 * loader's validation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import Graph from 'graphology';
import './stakeholder-explorer';
import '../sg-details/sg-details';
import type { StakeholderExplorer } from './stakeholder-explorer.component';
import { ALL_PAYLOADS, MARKUP_PAYLOADS, URL_PAYLOADS, hostileDataset, injected, links, xssFlag } from '../../test-support/xss-corpus';
import { mountExplorer as mountShared, settleExplorer as settle, text } from '../../test-support/explorer';

const mounted: HTMLElement[] = [];
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(xssFlag(), 'a payload ran').toBeUndefined();
  for (const element of mounted.splice(0)) element.remove();
});

const mountExplorer = (data: object) => mountShared(mounted, { data });

const panel = (explorer: StakeholderExplorer, tag: 'sg-details' | 'sg-relationships' | 'sg-search') =>
  explorer.shadowRoot!.querySelector(tag)!;

describe('<stakeholder-explorer> with hostile text (xss, hard)', () => {
  it.each(ALL_PAYLOADS)('shows %j as text in the details, the table and the search, and runs nothing', async (payload) => {
    const explorer = await mountExplorer(hostileDataset(payload));
    const details = panel(explorer, 'sg-details').shadowRoot!;
    const plain = payload.replace(/\s+/g, ' ').trim();

    explorer.graphElement!.select('A');
    await settle(explorer);
    expect(text(details.querySelector('#heading'))).toBe(plain);
    expect(text(details.querySelector('.description'))).toBe(plain);
    expect(text(details.querySelector('.aliases'))).toBe(`Also known as: ${plain} 2`);
    expect(text(details.querySelector('.evidence.compact'))).toContain(plain);
    expect(text(panel(explorer, 'sg-relationships').shadowRoot!.querySelector('tbody'))).toContain(plain);
    expect(injected(explorer)).toEqual([]);

    explorer.graphElement!.select('A-B');
    await settle(explorer);
    expect(text(details.querySelector('.evidence.full .summary'))).toBe(plain);
    expect(text(details.querySelector('.evidence.full blockquote'))).toBe(`“${payload}”`.replace(/\s+/g, ' '));
    expect(text(details.querySelector('.evidence.full cite'))).toBe(plain);
    const [link, ...more] = links(explorer);
    expect(more).toEqual([]);
    expect(link!.protocol).toBe('https:');
    expect(new URL(link!.href).searchParams.get('q')).toBe(payload);
    expect(injected(explorer)).toEqual([]);

    if ((MARKUP_PAYLOADS as readonly string[]).includes(payload)) {
      const input = panel(explorer, 'sg-search').shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!;
      await userEvent.fill(input, payload);
      await settle(explorer);
      const options = [...panel(explorer, 'sg-search').shadowRoot!.querySelectorAll('[role=option]')].map(text);
      expect(options.some((option) => option.includes(payload))).toBe(true);
      expect(injected(explorer)).toEqual([]);
    }
  });
});

describe('<sg-details> with an unsafe source URL that skipped validation (xss, hard)', () => {
  it.each(URL_PAYLOADS)('shows the source title for %j, but not as a link', async (url) => {
    const graph = new Graph({ multi: true });
    graph.setAttribute('sources', [{ id: 'src', title: 'The article', url }]);
    graph.addNode('A', { label: 'North Korea' });
    graph.addNode('B', { label: 'Russia' });
    graph.addEdgeWithKey('A-B', 'A', 'B', { type: 'supplies', evidence: [{ source: 'src', lines: [1], summary: 'Shells.' }] });
    const details = document.createElement('sg-details');
    details.graph = graph;
    details.selection = { kind: 'edge', key: 'A-B' };
    document.body.append(details);
    mounted.push(details);
    await details.updateComplete;

    expect(text(details.shadowRoot!.querySelector('.evidence.full cite'))).toBe('The article');
    expect(links(details)).toEqual([]);
    expect(injected(details)).toEqual([]);
  });
});
