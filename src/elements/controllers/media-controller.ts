/**
 * Follows a media query (`prefers-color-scheme: dark`, `prefers-reduced-motion: reduce`) and
 * re-renders the host when it changes. Bound on connect, unbound on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaController implements ReactiveController {
  matches = false;
  private list?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  private readonly onChange = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.list = matchMedia(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
    this.list = undefined;
  }
}
