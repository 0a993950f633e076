/** Registers `<sg-source-panel>`. */
import { SgSourcePanel, defineSourcePanel } from './sg-source-panel.component';

export { SgSourcePanel, defineSourcePanel };

defineSourcePanel();
