/**
 * The explorer's path panel driven as a person would: pick two actors by name (aliases too),
 * change the options, preview paths by hovering and arrowing, highlight one, clear it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './stakeholder-explorer';
import '../sg-path-panel/sg-path-panel';
import type { StakeholderExplorer } from './stakeholder-explorer.component';
import type { SgPathDetail } from '../events';
import { mountExplorer as mountShared, settleExplorer, text } from '../../test-support/explorer';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

const mountExplorer = () => mountShared(mounted);

const panel = (explorer: StakeholderExplorer) => explorer.shadowRoot!.querySelector('sg-path-panel')!;
const graphOf = (explorer: StakeholderExplorer) => explorer.graphElement!;
const onPath = (explorer: StakeholderExplorer) =>
  graphOf(explorer)
    .cy!.elements('.sg-path')
    .map((ele) => ele.id())
    .sort();
const pathOptions = (explorer: StakeholderExplorer) => [...panel(explorer).shadowRoot!.querySelectorAll('[role=option]')];

const settle = settleExplorer;

/** Types `name` into the panel's From or To field and picks the first hit with Enter. */
async function pick(explorer: StakeholderExplorer, which: 0 | 1, name: string): Promise<void> {
  const search = panel(explorer).shadowRoot!.querySelectorAll('sg-search')[which]!;
  const input = search.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  await userEvent.click(input);
  await userEvent.fill(input, name);
  await search.updateComplete;
  await userEvent.keyboard('{Enter}');
  await settle(explorer);
}

describe('the path panel', () => {
  it('finds how the United States comes to bear on Ukraine, from names and aliases', async () => {
    const explorer = await mountExplorer();
    const events: SgPathDetail[] = [];
    explorer.addEventListener('sg-path', (event) => events.push(event.detail));

    await pick(explorer, 0, 'Washington');
    await pick(explorer, 1, 'Kyiv');

    expect(graphOf(explorer).pathFrom).toBe('US');
    expect(graphOf(explorer).pathTo).toBe('Ukraine');
    const listed = pathOptions(explorer).map(text);
    expect(listed[0]).toBe('1. 2 hops: United States condemns North Korea; North Korea targets Ukraine');
    expect(listed.length).toBe(graphOf(explorer).paths!.paths.length);
    expect(onPath(explorer)).toEqual(['DPRK', 'DPRK-targets-Ukraine', 'US', 'US-condemns-DPRK', 'Ukraine']);
    expect(events.at(-1)!.active!.nodes).toEqual(['US', 'DPRK', 'Ukraine']);
  });

  it('previews on hover and on arrow keys, and highlights on click', async () => {
    const explorer = await mountExplorer();
    graphOf(explorer).highlightPath('US', 'Ukraine');
    await settle(explorer);
    const [first, second, third] = graphOf(explorer).paths!.paths;
    const ids = (path: { nodes: string[]; edges: string[] }) => [...path.nodes, ...path.edges].sort();

    await userEvent.hover(pathOptions(explorer)[1]!);
    await settle(explorer);
    expect(onPath(explorer)).toEqual(ids(second!));
    expect(graphOf(explorer).pathIndex).toBe(0);

    await userEvent.hover(panel(explorer).shadowRoot!.querySelector('h2')!);
    await settle(explorer);
    expect(onPath(explorer)).toEqual(ids(first!));

    panel(explorer).shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await settle(explorer);
    expect(onPath(explorer)).toEqual(ids(third!));
    await userEvent.keyboard('{Enter}');
    await settle(explorer);
    expect(graphOf(explorer).pathIndex).toBe(2);
    expect(pathOptions(explorer)[2]!.getAttribute('aria-selected')).toBe('true');

    await userEvent.click(pathOptions(explorer)[1]!);
    await settle(explorer);
    expect(graphOf(explorer).pathIndex).toBe(1);
    expect(onPath(explorer)).toEqual(ids(second!));
  });

  it('changes the answer with the type and direction options, and explains when there is none', async () => {
    const explorer = await mountExplorer();
    graphOf(explorer).highlightPath('Ukraine', 'US');
    await settle(explorer);
    const explanation = () => text(panel(explorer).shadowRoot!.querySelector('.explanation'));
    expect(explanation()).toMatch(/^No path following direction; \d+ paths? ignoring direction/);

    await userEvent.click(panel(explorer).shadowRoot!.querySelector<HTMLInputElement>('input[value=ignore]')!);
    await settle(explorer);
    expect(graphOf(explorer).pathDirection).toBe('ignore');
    expect(pathOptions(explorer).length).toBeGreaterThan(0);

    for (const type of ['condemns', 'targets', 'pact']) {
      await userEvent.click(panel(explorer).shadowRoot!.querySelector<HTMLInputElement>(`input[data-type=${type}]`)!);
      await settle(explorer);
    }
    expect(graphOf(explorer).getAttribute('path-types')).toBe('supplies');
    expect(explanation()).toMatch(/^No path using only supplies/);
  });

  it('clears the highlight with the Clear button', async () => {
    const explorer = await mountExplorer();
    graphOf(explorer).highlightPath('ROK', 'Russia');
    await settle(explorer);
    expect(onPath(explorer)).toEqual(['ROK', 'ROK-condemns-Russia', 'Russia']);
    const clear = [...panel(explorer).shadowRoot!.querySelectorAll('button')].find((button) => text(button) === 'Clear path')!;
    await userEvent.click(clear);
    await settle(explorer);
    expect(onPath(explorer)).toEqual([]);
    expect(graphOf(explorer).pathFrom).toBeNull();
  });
});
