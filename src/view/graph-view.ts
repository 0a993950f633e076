/**
 * The Cytoscape view of one graphology Graph: it owns the Cytoscape core, swaps whole graphs in
 * atomically, follows container resizes, and tears everything down in `destroy()`. It holds no
 * state of its own beyond what Cytoscape needs to draw; graphology stays the model.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type Graph from 'graphology';
import type { Registry } from '../graph/registry';
import { initialPositions } from '../layout/initial-positions';
import { toElements } from './cy-elements';
import { buildStylesheet, type CanvasTheme, LIGHT_CANVAS } from './cy-style';
import { keepPointerCoordsFresh, preventHeadStyle } from './shadow-fixes';

export interface GraphViewOptions {
  theme?: CanvasTheme;
  /** Passed to the nonce'd style that stands in for Cytoscape's head style. */
  nonce?: string;
}

export class GraphView {
  readonly cy: Core;
  private readonly container: HTMLElement;
  private readonly unbind: Array<() => void> = [];
  private wasEmpty = true;

  constructor(container: HTMLElement, options: GraphViewOptions = {}) {
    preventHeadStyle(container.ownerDocument, options.nonce);
    this.container = container;
    this.cy = cytoscape({
      container,
      style: buildStylesheet(options.theme ?? LIGHT_CANVAS),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.unbind.push(keepPointerCoordsFresh(this.cy, container));
    this.wasEmpty = isZeroSize(container);
  }

  /**
   * Shows `graph` in place of whatever was shown, in one batch. Positions come from the data or
   * from graphology's layout, computed before anything changes; if Cytoscape refuses the new
   * elements the old ones are put back, so the view never shows half a graph.
   */
  show(graph: Graph, registry: Registry): void {
    const elements = toElements(graph, registry, initialPositions(graph));
    this.replaceElements(elements);
    this.fit();
  }

  setTheme(theme: CanvasTheme): void {
    this.cy.style(buildStylesheet(theme));
  }

  /** Fits the whole graph with a margin; a no-op while the container has no size. */
  fit(): void {
    if (isZeroSize(this.container)) return;
    this.cy.fit(undefined, 40);
    // A small graph fitted to a big box would be drawn huge: cap the zoom at a readable scale.
    if (this.cy.zoom() > MAX_FIT_ZOOM) this.cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: this.center() });
  }

  /** Call when the container's size changed; fits again when it was hidden or zero-sized before. */
  resize(): void {
    const empty = isZeroSize(this.container);
    this.cy.resize();
    if (this.wasEmpty && !empty) this.fit();
    this.wasEmpty = empty;
  }

  private center(): { x: number; y: number } {
    return { x: this.container.clientWidth / 2, y: this.container.clientHeight / 2 };
  }

  destroy(): void {
    for (const unbind of this.unbind.splice(0)) unbind();
    this.cy.destroy();
  }

  private replaceElements(elements: ElementDefinition[]): void {
    const cy = this.cy;
    const previous = cy.elements();
    cy.batch(() => {
      previous.remove();
      try {
        cy.add(elements);
      } catch (error) {
        cy.elements().remove();
        previous.restore();
        throw error;
      }
    });
  }
}

const MAX_FIT_ZOOM = 1.6;

function isZeroSize(element: HTMLElement): boolean {
  return element.clientWidth === 0 || element.clientHeight === 0;
}
