/**
 * `sg-navigate`: the panels' request to move along the graph (select another actor or
 * relationship). The panels never change the selection themselves; the host listens and does.
 */

/** Where to go: an actor (`node`) or a relationship (`edge`), by key. */
export interface SgNavigateDetail {
  kind: 'node' | 'edge';
  key: string;
}

/** What a panel shows: an actor, a relationship, or nothing. */
export type SgSelection = SgNavigateDetail | null;

/** Fires `sg-navigate`, bubbling and composed so it leaves the shadow root. */
export function emitNavigate(target: EventTarget, detail: SgNavigateDetail): boolean {
  return target.dispatchEvent(new CustomEvent('sg-navigate', { detail, bubbles: true, composed: true }));
}
