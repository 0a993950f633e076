/**
 * `<sg-toolbar>`: the explorer's toolbar as an element of its own, so that its code arrives with
 * the explorer's other panels in their lazy chunk (explorer-parts.ts) instead of in the eager
 * bundle. It renders into its own light DOM, which is the explorer's shadow root: the explorer's
 * styles and its `toolbar` part apply as if the explorer had rendered it. It reads the
 * explorer's state from context and sends what the person asks for up as `sg-request` events.
 */
import { LitElement, nothing } from 'lit';
import { followExplorer, requestFromExplorer, type ExplorerState } from '../stakeholder-explorer/explorer-context';
import { renderToolbar } from './toolbar-view';
import type { SaveChoices } from './toolbar-files';

/**
 * @summary The explorer's toolbar (internal to `<stakeholder-explorer>`).
 *
 * @event sg-request - A button or menu asks the explorer for something. `detail: ExplorerRequest`.
 * @event sg-pick - The search picked an actor. `detail: {key}`.
 */
export class SgToolbar extends LitElement {
  static override properties = {
    state: { attribute: false },
  };

  /** The explorer's state (from context). */
  declare state: ExplorerState | undefined;

  /** The formats picked in the Save menus (the menus' own state: nothing re-renders on a change). */
  private readonly saveChoices: SaveChoices = { data: 'json', image: 'png' };

  constructor() {
    super();
    followExplorer(this, (state) => (this.state = state));
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    return this.state ? renderToolbar(this.state, (request) => requestFromExplorer(this, request), this.saveChoices) : nothing;
  }
}
