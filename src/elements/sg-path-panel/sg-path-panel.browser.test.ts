/**
 * `<sg-path-panel>` alone in real Chromium, given results from the path engine on Zachary's karate
 * club: a shortest path longer than the hop limit is listed like any other, with a sentence saying
 * that the alternatives stop at the limit (issue #11).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type Graph from 'graphology';
import { findPaths, type PathOptions } from '../../graph/paths';
import { resolveRegistry } from '../../graph/registry';
import { karateClubGraph } from '../../graph/test-networks';
import { EMPTY_QUERY } from './sg-path-panel.component';
import type { SgPathPanel } from './sg-path-panel.component';
import './sg-path-panel';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** The panel showing the query from `from` to `to` and what findPaths gives for it. */
async function mount(graph: Graph, from: string, to: string, options: PathOptions = {}): Promise<SgPathPanel> {
  const registry = resolveRegistry(graph);
  const element = document.createElement('sg-path-panel');
  element.graph = graph;
  element.registry = registry;
  element.query = { ...EMPTY_QUERY, from, to, maxHops: options.maxHops ?? 4 };
  element.result = findPaths(graph, registry, from, to, options);
  document.body.append(element);
  mounted.push(element);
  await element.updateComplete;
  return element;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (element: SgPathPanel) => text(element.shadowRoot!.querySelector('[role=status]'));
const listed = (element: SgPathPanel) => [...element.shadowRoot!.querySelectorAll('[role=option]')].map(text);

describe('sg-path-panel with a shortest path beyond the hop limit', () => {
  it('lists the 5-hop path between members 17 and 19 and says alternatives stop at 4 hops', async () => {
    const element = await mount(karateClubGraph(), '17', '19');
    expect(element.result?.beyondMaxHops).toBe(true);
    expect(status(element)).toBe('The shortest path has 5 hops; other paths are listed only up to 4 hops (the “Up to” setting above).');
    const paths = listed(element);
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^1\. 5 hops: Member 17 is friends with Member \d+; .+ Member 19$/);
    expect(paths[0]).toContain(element.result!.paths[0]!.narrative);
    // The limit the sentence names is the one the "Up to" control shows.
    const select = element.shadowRoot!.querySelector('select')!;
    expect(select.closest('label')?.textContent).toMatch(/^\s*Up to/);
    expect(select.value).toBe('4');
  });

  it('says nothing of a limit once the list reaches the path’s length', async () => {
    const element = await mount(karateClubGraph(), '17', '19', { maxHops: 5 });
    expect(status(element)).toBe('14 paths, shortest first:');
    expect(listed(element)).toHaveLength(14);
    expect(listed(element).every((path) => path.includes(': Member 17 ') && path.includes(' 5 hops: '))).toBe(true);
  });
});
