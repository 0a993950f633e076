/**
 * No scroll hijack: in a page, the mouse wheel scrolls the page, not the graph, unless the user
 * holds Ctrl/⌘ or has clicked into the graph first (as embedded maps do). The first time a wheel
 * is let through to the page, `onHint` is called so the element can show how to zoom.
 * Cytoscape listens for `wheel` in the capture phase on its container, so the guard listens on
 * the container's parent, whose capture listeners run first.
 */
import type { Core } from 'cytoscape';

export function guardWheel(cy: Core, container: HTMLElement, onHint: () => void): () => void {
  let engaged = false;
  let hinted = false;
  cy.userZoomingEnabled(false);

  const onWheel = (event: WheelEvent) => {
    const allow = engaged || event.ctrlKey || event.metaKey;
    cy.userZoomingEnabled(allow);
    if (!allow && !hinted) {
      hinted = true;
      onHint();
    }
  };
  const engage = () => (engaged = true);
  const disengage = (event: Event) => {
    if (event.type === 'focusout' && container.contains((event as FocusEvent).relatedTarget as Node | null)) return;
    engaged = false;
  };

  const parent: EventTarget = container.parentNode ?? container;
  parent.addEventListener('wheel', onWheel as EventListener, { capture: true, passive: true });
  container.addEventListener('pointerdown', engage, { capture: true });
  container.addEventListener('pointerleave', disengage);
  container.addEventListener('focusout', disengage);
  return () => {
    parent.removeEventListener('wheel', onWheel as EventListener, { capture: true });
    container.removeEventListener('pointerdown', engage, { capture: true });
    container.removeEventListener('pointerleave', disengage);
    container.removeEventListener('focusout', disengage);
  };
}
