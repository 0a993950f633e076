/** Registers `<sg-search>`. */
import { SgSearch } from './sg-search.component';

export { SgSearch };

if (!customElements.get('sg-search')) customElements.define('sg-search', SgSearch);

declare global {
  interface HTMLElementTagNameMap {
    'sg-search': SgSearch;
  }
  interface GlobalEventHandlersEventMap {
    'sg-pick': CustomEvent<{ key: string }>;
  }
}
