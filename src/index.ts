/**
 * The library's public API: re-exports only. Importing this module registers the elements.
 */
export { StakeholderGraph, type HighlightOptions, type Theme } from './elements/stakeholder-graph/stakeholder-graph';
export { StakeholderExplorer } from './elements/stakeholder-explorer/stakeholder-explorer';
export type { DetailsRenderer, DetailsActor, DetailsContext } from './elements/sg-details/details-hook';
export { SgSearch } from './elements/sg-search/sg-search';
export { SgDetails } from './elements/sg-details/sg-details';
export { SgRelationships } from './elements/sg-relationships/sg-relationships';
export { SgPathPanel, type PathQueryDetail } from './elements/sg-path-panel/sg-path-panel';
export { SgAnalysisPanel } from './elements/sg-analysis-panel/sg-analysis-panel';
export { SgSourcePanel } from './elements/sg-source-panel/sg-source-panel';
export { SgStoryEditor } from './elements/sg-story-editor/sg-story-editor';
export { loadDataset, parseDatasetText, type DatasetInput, type LoadOptions } from './graph/load';
export { validateDataset, type ValidationResult } from './graph/validate';
export { DatasetError, type Problem } from './graph/problems';
export { DEFAULT_LIMITS, type Limits } from './graph/limits';
export { resolveRegistry, type Registry, type EdgeType, type NodeKind } from './graph/registry';
export { STATUSES, type Dataset, type Status } from './graph/dataset-schema';
export { ALL, type Filter, type VisibleSet } from './graph/filter';
export {
  findPaths,
  shortestPath,
  explainNoPath,
  UnknownActorError,
  type Path,
  type PathOptions,
  type PathResult,
  type Hop,
  type Direction,
} from './graph/paths';
export { narrate, describeHop } from './graph/path-narrative';
export { createSearchIndex, type SearchHit } from './graph/search';
export { LAYOUTS, type LayoutDescriptor } from './layout/layouts';
export { exportDataset, exportFileName, type ExportDatasetOptions } from './graph/export-dataset';
export type {
  SgLoadDetail,
  SgErrorDetail,
  SgSelectDetail,
  SgFilterDetail,
  SgFocusDetail,
  SgPathDetail,
  SgLayoutSettledDetail,
  SgGroupDetail,
  SgTimeDetail,
  SgStepDetail,
  GroupSummary,
  SgEventMap,
} from './elements/events';
export { GROUP_BYS, type GroupBy } from './graph/groups';
export { asOfGraph, compareAsOf, timelineEvents, type CompareResult, type TimelineEvent } from './graph/as-of';
export { parseDate, formatDate, type DatePeriod } from './graph/dates';
export { validateStory, type StoryCheck } from './story/validate-story';
export { captureView } from './story/capture-view';
export type { Story, StoryStep, StepView, StepPath, StepFilter, StepRef } from './story/story-types';
