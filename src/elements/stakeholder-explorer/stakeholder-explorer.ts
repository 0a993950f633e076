/** Registers `<stakeholder-explorer>` (and the elements it is built from). */
import { StakeholderExplorer } from './stakeholder-explorer.component';

export { StakeholderExplorer };

if (!customElements.get('stakeholder-explorer')) customElements.define('stakeholder-explorer', StakeholderExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'stakeholder-explorer': StakeholderExplorer;
  }
}
