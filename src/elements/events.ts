/**
 * The events the elements fire: prefixed, bubbling, composed (they cross shadow roots), each
 * with a typed `detail` declared in GlobalEventHandlersEventMap so `addEventListener` is typed.
 */
import type Graph from 'graphology';
import type { Problem } from '../graph/problems';

export interface SgLoadDetail {
  graph: Graph;
}

export interface SgErrorDetail {
  message: string;
  problems: Problem[];
}

export interface SgEventMap {
  'sg-load': SgLoadDetail;
  'sg-error': SgErrorDetail;
}

export function emit<K extends keyof SgEventMap>(target: EventTarget, type: K, detail: SgEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sg-load': CustomEvent<SgLoadDetail>;
    'sg-error': CustomEvent<SgErrorDetail>;
  }
}
