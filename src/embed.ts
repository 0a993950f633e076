/**
 * The one-script-tag embed, built into `dist/stakeholder-graph.js`: registers
 * `<stakeholder-graph>` and `<stakeholder-explorer>` and exports the public API, so a page can
 * also `import { StakeholderGraph } from '…/stakeholder-graph.js'`.
 *
 * What loads when: the graph element (with Cytoscape, graphology, Lit and the validator) and the
 * explorer's own class are eager. The explorer's panels (search, details, relationships, paths)
 * are a lazy chunk that the first explorer to render imports (see explorer-parts.ts), so a page
 * with only `<stakeholder-graph>` never downloads them. The explorer is defined eagerly, with its
 * real class, so `<stakeholder-explorer>` works however it reaches the page (parsed HTML,
 * `createElement`, a framework's shadow root) and `customElements.whenDefined` resolves at once.
 *
 * Unlike `src/index.ts` (the npm entry), this entry does not re-export the panels' classes or the
 * search index: importing them here would pull the lazy chunk back into the eager one.
 */
import { StakeholderExplorer } from './elements/stakeholder-explorer/stakeholder-explorer.component';

export { StakeholderGraph, type HighlightOptions, type PathQuery, type Theme } from './elements/stakeholder-graph/stakeholder-graph';
export { StakeholderExplorer };
export type { DetailsRenderer, DetailsActor, DetailsContext } from './elements/sg-details/details-hook';
export { loadDataset, parseDatasetText, type DatasetInput, type LoadOptions } from './graph/load';
export { validateDataset, type ValidationResult } from './graph/validate';
export { DatasetError, type Problem } from './graph/problems';
export { DEFAULT_LIMITS, type Limits } from './graph/limits';
export { resolveRegistry, type Registry, type EdgeType, type NodeKind } from './graph/registry';
export { STATUSES, type Dataset, type Status } from './graph/dataset-schema';
export { ALL, type Filter, type VisibleSet } from './graph/filter';
export { findPaths, type Path, type PathOptions, type PathResult, type Hop, type Direction } from './graph/paths';
export { LAYOUTS, type LayoutDescriptor } from './layout/layouts';
export type {
  SgLoadDetail,
  SgErrorDetail,
  SgSelectDetail,
  SgFilterDetail,
  SgFocusDetail,
  SgPathDetail,
  SgEventMap,
} from './elements/events';

if (!customElements.get('stakeholder-explorer')) customElements.define('stakeholder-explorer', StakeholderExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'stakeholder-explorer': StakeholderExplorer;
  }
}
