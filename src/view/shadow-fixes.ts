/**
 * Fixes for running Cytoscape inside a shadow root:
 * - Cytoscape injects `<style id="__________cytoscape_stylesheet">` into `document.head`; that rule
 *   cannot reach a shadow root anyway and violates a strict `style-src` CSP. We claim the id with
 *   an inert `<meta>` (or a nonce'd style when the page gives a nonce) and give the container
 *   `position: relative` in the element's own styles instead.
 * - Cytoscape caches the container's page offset and refreshes it on scroll of ancestors found
 *   through `parentNode`, a walk that stops at the shadow root; after the page scrolls, clicks
 *   land on the wrong spot. We drop the cache at the start of every pointer gesture.
 */
import type { Core } from 'cytoscape';

const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

/** Claims Cytoscape's head stylesheet id so it injects nothing. Idempotent. */
export function preventHeadStyle(doc: Document = document, nonce?: string): void {
  if (doc.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  let placeholder: HTMLElement;
  if (nonce) {
    // A page that allows nonce'd styles gets Cytoscape's own rule for any light-DOM instances.
    placeholder = doc.createElement('style');
    placeholder.setAttribute('nonce', nonce);
    placeholder.textContent = '.__________cytoscape_container { position: relative; }';
  } else {
    placeholder = doc.createElement('meta');
    placeholder.setAttribute('name', 'stakeholder-graph');
    placeholder.setAttribute('content', 'cytoscape head style handled by the element');
  }
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  doc.head.prepend(placeholder);
}

const POINTER_EVENTS = ['mousedown', 'touchstart', 'wheel', 'pointerdown', 'mouseover'] as const;

interface RendererWithCache {
  invalidateContainerClientCoordsCache?: () => void;
}

/**
 * Before Cytoscape handles a gesture, make it measure the container again (one
 * getBoundingClientRect), so page scrolls, moves and transforms never skew pointer positions.
 * Returns the function that unbinds the listeners.
 */
export function keepPointerCoordsFresh(cy: Core, container: HTMLElement): () => void {
  const invalidate = () => {
    const renderer = (cy as unknown as { renderer(): RendererWithCache | undefined }).renderer();
    renderer?.invalidateContainerClientCoordsCache?.();
  };
  for (const type of POINTER_EVENTS) container.addEventListener(type, invalidate, { capture: true, passive: true });
  return () => {
    for (const type of POINTER_EVENTS) container.removeEventListener(type, invalidate, { capture: true });
  };
}
