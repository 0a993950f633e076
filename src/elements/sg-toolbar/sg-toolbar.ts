/** Registers `<sg-toolbar>`. */
import { SgToolbar } from './sg-toolbar.component';

export { SgToolbar };

if (!customElements.get('sg-toolbar')) customElements.define('sg-toolbar', SgToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'sg-toolbar': SgToolbar;
  }
}
