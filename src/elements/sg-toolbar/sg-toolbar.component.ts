/**
 * `<sg-toolbar>`: the explorer's toolbar as an element of its own, so that its code arrives with
 * the explorer's other panels in their lazy chunk (explorer-parts.ts) instead of in the eager
 * bundle. It renders into its own light DOM, which is the explorer's shadow root: the explorer's
 * styles and its `toolbar` part apply as if the explorer had rendered it.
 */
import { LitElement, nothing } from 'lit';
import { renderToolbar, type ToolbarState } from './toolbar-view';

/**
 * @summary The explorer's toolbar (internal to `<stakeholder-explorer>`).
 */
export class SgToolbar extends LitElement {
  static override properties = {
    state: { attribute: false },
  };

  /** What the toolbar shows and the explorer's actions it calls. */
  declare state: ToolbarState | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    return this.state ? renderToolbar(this.state) : nothing;
  }
}
