/**
 * Whether the legend is collapsed to its heading. On a small element (a 320x240 embed) the open
 * legend would cover most of the drawing, so it starts collapsed there and open elsewhere, and
 * follows the element's size until the user opens or closes it; from then on it stays as chosen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from '../controllers/resize-controller';

/** Below this width or height (CSS pixels) the element counts as small. */
export const SMALL_WIDTH = 400;
export const SMALL_HEIGHT = 280;

export class LegendCollapse implements ReactiveController {
  collapsed = false;
  /** The user opened or closed the legend: the size no longer decides. */
  private chosen = false;
  private readonly resizer: ResizeController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.resizer = new ResizeController(host, () => this.measure());
    host.addController(this);
  }

  hostConnected(): void {
    this.resizer.observe(this.host);
  }

  /** Collapses the legend because, open, it would cover actors; it stays so until the user opens it. */
  collapseToReveal(): void {
    if (this.chosen || this.collapsed) return;
    this.chosen = true;
    this.collapsed = true;
    this.host.requestUpdate();
  }

  toggle(): void {
    this.chosen = true;
    this.collapsed = !this.collapsed;
    this.host.requestUpdate();
  }

  private measure(): void {
    const { clientWidth: width, clientHeight: height } = this.host;
    // Hidden (display: none) reads 0x0: wait until shown.
    if (this.chosen || (width === 0 && height === 0)) return;
    const small = width < SMALL_WIDTH || height < SMALL_HEIGHT;
    if (small === this.collapsed) return;
    this.collapsed = small;
    this.host.requestUpdate();
  }
}
