/**
 * Time in the explorer, on the bundled dataset (its defence pact dated June 2024, everything else
 * undated): the timeline shows under the graph, and moving it to a date before the pact takes
 * the pact out of the drawing and the relationships table alike; undated claims stay.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mountExplorer, settleExplorer } from '../../test-support/explorer';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

describe('time in the explorer', () => {
  it('shows the seed as of a date: the table and the drawing follow the timeline', async () => {
    const explorer = await mountExplorer(mounted);
    const graph = explorer.graphElement!;
    await graph.timeReady();
    await settleExplorer(explorer);
    const pact = graph.graph!.findEdge((_key, attributes) => attributes.type === 'pact')!;
    expect(graph.graph!.getEdgeAttribute(pact, 'since')).toBe('2024-06');
    expect(graph.timelineDates).toEqual(['2024-06']);
    const rows = () => [...explorer.shadowRoot!.querySelector('sg-relationships')!.shadowRoot!.querySelectorAll('tbody tr')];
    const before = rows().length;
    const handle = graph.shadowRoot!.querySelector<HTMLElement>('.timeline [role=slider]')!;
    handle.focus();
    await userEvent.keyboard('{Home}');
    await settleExplorer(explorer);
    expect(graph.asOf).toBe('2024-06');
    expect(rows().length).toBe(before);
    // Before June 2024 there is no pact yet; the undated claims stay.
    graph.asOf = '2024-05';
    await settleExplorer(explorer);
    expect(graph.cy!.getElementById(pact).length).toBe(0);
    expect(rows().length).toBe(before - 1);
    expect(graph.shownGraph!.size).toBe(graph.graph!.size - 1);
  });
});
