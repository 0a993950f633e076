/** Registers `<sg-relationships>`. Its `sg-navigate` event is declared with `<sg-details>`. */
import { SgRelationships } from './sg-relationships.component';
import type { SgNavigateDetail, SgSelection } from '../sg-details/sg-details';

export { SgRelationships };
export type { SgNavigateDetail, SgSelection };

if (!customElements.get('sg-relationships')) customElements.define('sg-relationships', SgRelationships);

declare global {
  interface HTMLElementTagNameMap {
    'sg-relationships': SgRelationships;
  }
}
