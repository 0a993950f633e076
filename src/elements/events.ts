/**
 * The events the elements fire: prefixed, bubbling, composed (they cross shadow roots), each
 * with a typed `detail` declared in GlobalEventHandlersEventMap so `addEventListener` is typed.
 */
import type Graph from 'graphology';
import type { Problem } from '../graph/problems';
import type { Path } from '../graph/paths';

export interface SgLoadDetail {
  graph: Graph;
}

export interface SgErrorDetail {
  message: string;
  problems: Problem[];
}

/** The selected actor (`node`) or relationship (`edge`), or null. */
export type SgSelectDetail = { kind: 'node' | 'edge'; key: string } | null;

/** The focused actor and how many hops around it stay emphasised, or null. */
export type SgFocusDetail = { key: string; hops: 1 | 2 } | null;

/** Per facet, the keys shown; null shows all. */
export interface SgFilterDetail {
  edgeTypes: string[] | null;
  statuses: string[] | null;
  nodeKinds: string[] | null;
}

/** The path query and its result: every path found (shortest first) and the one highlighted. */
export interface SgPathDetail {
  from: string | null;
  to: string | null;
  paths: Path[];
  active: Path | null;
}

/** The layout that stopped moving the actors; `stopped` when `stopLayout()` ended it early. */
export interface SgLayoutSettledDetail {
  layout: string;
  stopped: boolean;
}

export interface SgEventMap {
  'sg-load': SgLoadDetail;
  'sg-error': SgErrorDetail;
  'sg-select': SgSelectDetail;
  'sg-filter': SgFilterDetail;
  'sg-focus': SgFocusDetail;
  'sg-layout': { layout: string };
  'sg-path': SgPathDetail;
  'sg-layout-settled': SgLayoutSettledDetail;
}

export function emit<K extends keyof SgEventMap>(target: EventTarget, type: K, detail: SgEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sg-load': CustomEvent<SgLoadDetail>;
    'sg-error': CustomEvent<SgErrorDetail>;
    'sg-select': CustomEvent<SgSelectDetail>;
    'sg-filter': CustomEvent<SgFilterDetail>;
    'sg-focus': CustomEvent<SgFocusDetail>;
    'sg-layout': CustomEvent<{ layout: string }>;
    'sg-path': CustomEvent<SgPathDetail>;
    'sg-layout-settled': CustomEvent<SgLayoutSettledDetail>;
  }
}
