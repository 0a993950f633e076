/**
 * The explorer's state attributes (`selected`, `layout`, the filters, the path) are the inner
 * graph's: this controller keeps each one the same on both elements, in both directions. A page
 * that sets `selected` on the explorer selects in the graph; a click in the graph updates the
 * explorer's `selected`. Attributes only (the graph's properties are on `explorer.graphElement`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const MIRRORED_ATTRIBUTES = [
  'selected',
  'layout',
  'edge-types',
  'statuses',
  'node-kinds',
  'path-from',
  'path-to',
  'path-types',
  'path-direction',
  'path-index',
];

export class AttributeMirror implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inner: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.attach();
  }

  /** The inner graph exists after the first render. */
  hostUpdated(): void {
    this.attach();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private attach(): void {
    const { host } = this;
    const inner = this.inner();
    if (this.observer || !inner) return;
    // The page's markup first, then whatever the graph holds that the page did not set.
    for (const name of MIRRORED_ATTRIBUTES) copy(host.hasAttribute(name) ? host : inner, host.hasAttribute(name) ? inner : host, name);
    this.observer = new MutationObserver((records) => {
      for (const { target, attributeName } of records) {
        if (attributeName) copy(target as Element, target === inner ? host : inner, attributeName);
      }
    });
    this.observer.observe(host, { attributeFilter: MIRRORED_ATTRIBUTES });
    this.observer.observe(inner, { attributeFilter: MIRRORED_ATTRIBUTES });
  }
}

/** Gives `to` the value `from` has; touching nothing when they agree, so the mirror settles. */
function copy(from: Element, to: Element, name: string): void {
  const value = from.getAttribute(name);
  if (value === to.getAttribute(name)) return;
  if (value === null) to.removeAttribute(name);
  else to.setAttribute(name, value);
}
