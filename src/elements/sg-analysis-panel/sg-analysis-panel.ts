/** Registers `<sg-analysis-panel>`. */
import { SgAnalysisPanel, defineAnalysisPanel } from './sg-analysis-panel.component';

export { SgAnalysisPanel, defineAnalysisPanel };

defineAnalysisPanel();
