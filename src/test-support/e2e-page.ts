/**
 * What the end-to-end test reads off a page in Chromium: CSP violations and events recorded by
 * its init script, and the drawing of a graph element. Test code only.
 */
import type { Page } from 'playwright';

export const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: object[] }).__violations);
export const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { __events: Array<{ type: string; target: string; detail: unknown }> }).__events);

/** Node count of the Cytoscape drawing of the graph element `id` (or the graph inside explorer `id`). */
export function nodeCount(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => {
    const host = document.getElementById(id);
    const graph = host?.localName === 'stakeholder-explorer' ? host.shadowRoot?.querySelector('stakeholder-graph') : host;
    return (graph as (HTMLElement & { cy?: { nodes(): { length: number } } }) | null)?.cy?.nodes().length ?? -1;
  }, id);
}

/** Waits until article.html's widget and explorer both draw their graph. */
export function bothDrawn(page: Page) {
  return page.waitForFunction(() => {
    // `cy` is required but may be undefined: with `cy?`, plain HTMLElement would fit the type, and
    // typescript-eslint would call the assertion unnecessary and drop it.
    const widget = document.getElementById('widget') as (HTMLElement & { cy: { nodes(): { length: number } } | undefined }) | null;
    const inner = document.getElementById('explorer')?.shadowRoot?.querySelector('stakeholder-graph') as typeof widget;
    return (widget?.cy?.nodes().length ?? 0) > 0 && (inner?.cy?.nodes().length ?? 0) > 0;
  });
}

/** Ids of the elements of `id`'s drawing that carry `className`. */
export function withClass(page: Page, id: string, className: string): Promise<string[]> {
  return page.evaluate(
    ([id, className]) => {
      interface Cy {
        elements(): {
          filter(test: (element: { hasClass(c: string): boolean }) => boolean): { map(f: (element: { id(): string }) => string): string[] };
        };
      }
      const graph = document.getElementById(id!) as HTMLElement & { cy: Cy };
      return graph.cy
        .elements()
        .filter((element) => element.hasClass(className!))
        .map((element) => element.id())
        .sort();
    },
    [id, className],
  );
}
