/** Registers `<sg-details>` and declares the `sg-navigate` event both text panels fire. */
import { SgDetails } from './sg-details.component';
import type { SgNavigateDetail, SgSelection } from './navigate';

export { SgDetails };
export type { SgNavigateDetail, SgSelection };

if (!customElements.get('sg-details')) customElements.define('sg-details', SgDetails);

declare global {
  interface HTMLElementTagNameMap {
    'sg-details': SgDetails;
  }
  interface GlobalEventHandlersEventMap {
    'sg-navigate': CustomEvent<SgNavigateDetail>;
  }
}
