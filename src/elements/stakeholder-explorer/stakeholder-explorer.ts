/**
 * Registers `<stakeholder-explorer>` and the elements it is built from. The path panel, a feature
 * many pages never use, still arrives on demand through the explorer's own `import()`.
 */
import { StakeholderExplorer } from './stakeholder-explorer.component';
import '../sg-search/sg-search';
import '../sg-details/sg-details';
import '../sg-relationships/sg-relationships';
import '../sg-toolbar/sg-toolbar';
import { defineImportBanner } from './sg-import-banner.component';
import { defineDropTarget } from './sg-drop-target.component';

export { StakeholderExplorer };

defineImportBanner();
defineDropTarget();
if (!customElements.get('stakeholder-explorer')) customElements.define('stakeholder-explorer', StakeholderExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'stakeholder-explorer': StakeholderExplorer;
  }
}
