/**
 * The library's public API: re-exports only. Importing this module registers the elements.
 */
export { StakeholderGraph } from './elements/stakeholder-graph/stakeholder-graph';
export { loadDataset, parseDatasetText, type DatasetInput, type LoadOptions } from './graph/load';
export { validateDataset, type ValidationResult } from './graph/validate';
export { DatasetError, type Problem } from './graph/problems';
export { DEFAULT_LIMITS, type Limits } from './graph/limits';
export { resolveRegistry, type Registry, type EdgeType, type NodeKind } from './graph/registry';
export { STATUSES, type Dataset, type Status } from './graph/dataset-schema';
export type { SgLoadDetail, SgErrorDetail, SgEventMap } from './elements/events';
