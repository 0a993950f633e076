/**
 * Calls back when an element's size changes (ResizeObserver), bound on connect, unbound on
 * disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(
    host: ReactiveControllerHost,
    private readonly onResize: () => void,
  ) {
    host.addController(this);
  }

  observe(target: Element): void {
    this.target = target;
    this.observer ??= new ResizeObserver(() => this.onResize());
    this.observer.observe(target);
  }

  hostConnected(): void {
    if (this.target) this.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
