/** Registers `<sg-details>` and declares the `sg-navigate` event both text panels fire, and `sg-show-source`. */
import { SgDetails, type SgShowSourceDetail } from './sg-details.component';
import type { SgNavigateDetail, SgSelection } from './navigate';

export { SgDetails };
export type { SgNavigateDetail, SgSelection, SgShowSourceDetail };

if (!customElements.get('sg-details')) customElements.define('sg-details', SgDetails);

declare global {
  interface HTMLElementTagNameMap {
    'sg-details': SgDetails;
  }
  interface GlobalEventHandlersEventMap {
    'sg-navigate': CustomEvent<SgNavigateDetail>;
    'sg-show-source': CustomEvent<SgShowSourceDetail>;
  }
}
