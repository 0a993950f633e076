/**
 * `sg-navigate`: the panels' request to move along the graph (select another actor or
 * relationship). The panels never change the selection themselves; the host listens and does.
 */
import type { Selection } from '../../graph/state-types';

/** Where to go: an actor (`node`) or a relationship (`edge`), by key. */
export type SgNavigateDetail = NonNullable<Selection>;

/** What a panel shows: the selection type of the whole project. */
export type SgSelection = Selection;

/** Fires `sg-navigate`, bubbling and composed so it leaves the shadow root. */
export function emitNavigate(target: EventTarget, detail: SgNavigateDetail): boolean {
  return target.dispatchEvent(new CustomEvent('sg-navigate', { detail, bubbles: true, composed: true }));
}
