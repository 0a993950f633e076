/**
 * Time on the element: a graph with dated claims gets a timeline strip whose slider steps from
 * event to event with the keyboard and says what changed; `as-of` hides claims not yet made,
 * shows ended ones as ended and each status as of the date; undated claims stay unless hidden;
 * compare mode marks and lists what appeared, ended and changed; Play steps on its own; axe finds
 * nothing on the strip; `sg-time` reports every change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import seed from '../../../graph-data/dprk-russia-2024.json';
import { mountGraph, nextEvent, settleGraph } from '../../test-support/graph';
import { undoPageChanges } from '../../test-support/page';
import type { SgTimeDetail } from '../events';
import type { StakeholderGraph } from './stakeholder-graph.component';

afterEach(undoPageChanges);

interface Edge {
  key: string;
  attributes: Record<string, unknown>;
}

/** The seed with dates: the pact from June 2024, the munitions reported in 2023 then confirmed in October 2024, one claim ended. */
function datedSeed() {
  const data = structuredClone(seed) as unknown as { edges: Edge[] };
  const edge = (key: string) => data.edges.find((candidate) => candidate.key === key)!;
  const pact = data.edges.find((candidate) => candidate.attributes.type === 'pact')!;
  for (const candidate of data.edges) delete candidate.attributes.since;
  pact.attributes.since = '2024-06';
  const munitions = edge('DPRK-supplies-Russia-munitions');
  munitions.attributes.history = [
    { date: '2023-09', status: 'reported' },
    { date: '2024-10', status: 'confirmed' },
  ];
  const other = data.edges.find((candidate) => candidate !== pact && candidate !== munitions)!;
  other.attributes.since = '2023-01';
  other.attributes.until = '2024-03';
  return { data, pact: pact.key, munitions: munitions.key, ended: other.key };
}

const slider = (element: StakeholderGraph) => element.shadowRoot!.querySelector<HTMLElement>('.timeline .handle:not(.from)')!;
const live = (element: StakeholderGraph) => element.shadowRoot!.querySelector('[aria-live]')!.textContent.replace(/\s+/g, ' ').trim();

async function mountDated() {
  const dated = datedSeed();
  const element = await mountGraph({ data: dated.data });
  await element.timeReady();
  await settleGraph(element);
  return { element, ...dated };
}

describe('time', () => {
  it('shows no timeline for a graph without dates', async () => {
    const data = structuredClone(seed) as unknown as { edges: Edge[] };
    for (const edge of data.edges) delete edge.attributes.since;
    const element = await mountGraph({ data });
    await element.timeReady();
    await settleGraph(element);
    expect(element.shadowRoot!.querySelector('.timeline')).toBeNull();
    expect(element.timelineDates).toEqual([]);
  });

  it('steps the slider with the keyboard, one event at a time, announcing each step', async () => {
    const { element, pact, munitions, ended } = await mountDated();
    expect(element.timelineDates).toEqual(['2023-01', '2023-09', '2024-04-01', '2024-06', '2024-10']);
    const handle = slider(element);
    expect(handle.getAttribute('role')).toBe('slider');
    expect(handle.getAttribute('aria-valuetext')).toBe('All dates');
    handle.focus();
    const reported = nextEvent<SgTimeDetail>(element, 'sg-time');
    await userEvent.keyboard('{Home}');
    expect((await reported).detail.asOf).toBe('2023-01');
    await settleGraph(element);
    expect(element.asOf).toBe('2023-01');
    expect(handle.getAttribute('aria-valuetext')).toBe('January 2023');
    // As of January 2023 the pact is not yet signed and the munitions not yet reported.
    const shown = element.shownGraph!;
    expect(shown.hasEdge(pact)).toBe(false);
    expect(shown.hasEdge(munitions)).toBe(false);
    expect(element.cy!.getElementById(pact).length).toBe(0);
    expect(live(element)).toMatch(/^As of January 2023: \d+ claims; .+ is now in force\.$/);
    await userEvent.keyboard('{ArrowRight}');
    await settleGraph(element);
    expect(element.shownGraph!.getEdgeAttribute(munitions, 'status')).toBe('reported');
    expect(element.cy!.getElementById(munitions).data('lineStyle')).toBe('dashed');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await settleGraph(element);
    expect(element.asOf).toBe('2024-06');
    expect(live(element)).toMatch(/As of June 2024: \d+ claims; .*pact.* is now in force\./);
    expect(element.cy!.getElementById(pact).length).toBe(1);
    // The claim that ended in March 2024 is drawn as ended.
    expect(element.cy!.getElementById(ended).hasClass('sg-ended')).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    await settleGraph(element);
    expect(element.cy!.getElementById(munitions).data('lineStyle')).toBe('solid');
    expect(live(element)).toMatch(/is now confirmed/);
    await userEvent.keyboard('{End}');
    await settleGraph(element);
    expect(element.asOf).toBeNull();
    expect(element.shownGraph).toBe(element.graph);
  });

  it('hides undated claims while a date is set when asked, and everything else follows the date', async () => {
    const { element, pact } = await mountDated();
    const undated = element.graph!.filterEdges((_key, attributes) => !attributes.since && !attributes.history && !attributes.until);
    element.asOf = '2024-07';
    await settleGraph(element);
    for (const key of undated) expect(element.shownGraph!.hasEdge(key)).toBe(true);
    const toggle = [...element.shadowRoot!.querySelectorAll<HTMLLabelElement>('.timeline label')].find((label) =>
      label.textContent.includes('Undated'),
    )!;
    await userEvent.click(toggle.querySelector('input')!);
    await settleGraph(element);
    expect(element.undated).toBe('hide');
    for (const key of undated) expect(element.cy!.getElementById(key).length).toBe(0);
    // Paths and the visible set read the graph as of the date.
    expect(element.visibleElements!.edges.has(pact)).toBe(true);
    element.asOf = '2024-01';
    await settleGraph(element);
    expect(element.visibleElements!.edges.has(pact)).toBe(false);
    expect(element.findPaths('DPRK', 'Russia', { types: ['pact'] })).toEqual([]);
  });

  it('compares two dates: marks and lists what appeared, ended and changed', async () => {
    const { element, pact, munitions, ended } = await mountDated();
    const reported = nextEvent<SgTimeDetail>(element, 'sg-time');
    const result = element.compare('2023-12', '2024-10');
    expect(result.appeared).toEqual([pact]);
    expect(result.ended).toEqual([ended]);
    expect(result.changed).toEqual([munitions]);
    expect((await reported).detail.result).toEqual(result);
    await settleGraph(element);
    expect(element.compareRange).toBe('2023-12/2024-10');
    // The strip names the dates compared, though December 2023 falls between two events.
    expect(element.shadowRoot!.querySelector('.timeline .as-of')!.textContent).toBe('December 2023 → October 2024');
    const cy = element.cy!;
    expect(cy.getElementById(pact).hasClass('sg-change-appeared')).toBe(true);
    expect(cy.getElementById(ended).hasClass('sg-change-ended')).toBe(true);
    expect(cy.getElementById(munitions).hasClass('sg-change-changed')).toBe(true);
    const handles = element.shadowRoot!.querySelectorAll('.timeline [role=slider]');
    expect([...handles].map((handle) => handle.getAttribute('aria-label'))).toEqual(['Compare from', 'Compare to']);
    const changes = element.shadowRoot!.querySelector('.timeline .changes')!;
    expect(changes.querySelector('summary')!.textContent).toBe('3 changes');
    expect(changes.textContent).toContain('Appeared');
    expect(changes.textContent).toContain('Changed status');
    const violations = await axe.run(element.shadowRoot!.querySelector('.timeline')!, { resultTypes: ['violations'] });
    expect(violations.violations.map((violation) => violation.id)).toEqual([]);
    expect(() => element.compare('June', '2024')).toThrow(/"June" is not a date/);
  });

  it('plays through the events and pauses', async () => {
    const { element } = await mountDated();
    const play = element.shadowRoot!.querySelector<HTMLButtonElement>('.timeline .play')!;
    await userEvent.click(play);
    await settleGraph(element);
    expect(play.getAttribute('aria-pressed')).toBe('true');
    expect(element.asOf).toBe('2023-01');
    await new Promise((resolve) => setTimeout(resolve, 1800));
    await settleGraph(element);
    expect(element.asOf).toBe('2023-09');
    await userEvent.click(play);
    await settleGraph(element);
    expect(play.getAttribute('aria-pressed')).toBe('false');
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(element.asOf).toBe('2023-09');
  });
});
