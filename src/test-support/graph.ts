/**
 * Shared by the graph's browser tests: a `<stakeholder-graph>` with the seed dataset, sized,
 * added to the page and removed again after the test, and waiting until it has loaded, finished
 * updating and drawn. Removal goes through page.ts, so a test file that uses these calls
 * `undoPageChanges()` from its `afterEach`. Test code only: the builds never import it.
 */
import seed from '../../graph-data/dprk-russia-2024.json';
import '../elements/stakeholder-graph/stakeholder-graph';
import type { StakeholderGraph } from '../elements/stakeholder-graph/stakeholder-graph.component';
import { frame, onCleanup } from './page';

export interface GraphOptions {
  /** The dataset; the seed dataset by default; null for none (to load `src`, or to set data later). */
  data?: object | null;
  /** The element's own style; 800 x 520 px by default; `{}` leaves the size to its container. */
  style?: Partial<CSSStyleDeclaration>;
  /** The element as page markup (its attributes as a page writes them); a bare element by default. */
  markup?: string;
  /** Runs before the element joins the page (attributes, properties, listeners). */
  setup?: (element: StakeholderGraph) => void;
  /** Where it goes; the body by default. */
  parent?: HTMLElement;
}

const DEFAULT_STYLE: Partial<CSSStyleDeclaration> = { width: '800px', height: '520px' };

/** A graph element with its data, style and setup, not yet on the page (and not removed by anything). */
export function createGraph(options: Omit<GraphOptions, 'parent'> = {}): StakeholderGraph {
  let element: StakeholderGraph;
  if (options.markup === undefined) element = document.createElement('stakeholder-graph');
  else {
    const holder = document.createElement('div');
    holder.innerHTML = options.markup;
    element = holder.querySelector('stakeholder-graph')!;
  }
  Object.assign(element.style, options.style ?? DEFAULT_STYLE);
  const data = options.data === undefined ? seed : options.data;
  if (data !== null) element.data = data;
  options.setup?.(element);
  return element;
}

/** A graph element added to the page (removed after the test), without waiting for anything. */
export function addGraph(options: GraphOptions = {}): StakeholderGraph {
  const element = createGraph(options);
  (options.parent ?? document.body).append(element);
  onCleanup(() => element.remove());
  return element;
}

/**
 * A graph element added to the page (removed after the test), once it has loaded (`sg-load`),
 * updated, and two frames later: Cytoscape has drawn, and what its resize observers reported
 * (the legend collapsing on a small element) is rendered. Data that fails to load never
 * resolves this: use `addGraph` for that.
 */
export async function mountGraph(options: GraphOptions = {}): Promise<StakeholderGraph> {
  const element = createGraph(options);
  const loaded = nextEvent(element, 'sg-load');
  (options.parent ?? document.body).append(element);
  onCleanup(() => element.remove());
  await loaded;
  await settleGraph(element, 2);
  return element;
}

/**
 * Lets the element finish its updates (each may request the next), then `frames` animation
 * frames (Cytoscape draws, resize observers report), then any update those caused.
 */
export async function settleGraph(element: StakeholderGraph, frames = 1): Promise<void> {
  await updated(element);
  for (let i = 0; i < frames; i++) await frame();
  await updated(element);
}

/** Awaits `updateComplete` at least twice, and until no further update is pending. */
async function updated(element: StakeholderGraph): Promise<void> {
  await element.updateComplete;
  for (let i = 0; i < 10; i++) if (await element.updateComplete) return;
}

/** The next `type` event on `target`. */
export function nextEvent<T>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }));
}

/** Every `type` event's detail from now on, in order. */
export function record<T>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}
