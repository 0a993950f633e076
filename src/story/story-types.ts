/**
 * A story (issue #16): a titled sequence of steps, each a view of the graph with a title, a text
 * and the claims it cites. A dataset carries one in `attributes.story`, or `<stakeholder-graph>`
 * reads one from `story-src` or its `story` property. `validateStory` (validate-story.ts) checks
 * one against the graph it tells; `applyStep` (story-view.ts) turns a step into the element's
 * state, and `captureView` (capture-view.ts) the element's state into a step's view.
 */

/** The path a step highlights: its ends, and optionally the types it may use and how it reads arrows. */
export interface StepPath {
  from: string;
  to: string;
  types?: string[];
  /** `follow` (along arrows, the default) or `ignore`. */
  direction?: 'follow' | 'ignore';
  /** Which of the paths found to show: 0, the shortest, by default. */
  index?: number;
}

/** The filter a step applies: per facet the keys shown; an absent facet shows all. */
export interface StepFilter {
  edgeTypes?: string[];
  statuses?: string[];
  nodeKinds?: string[];
}

/**
 * What a step shows. Whatever it leaves out is at its default while the step is shown: nothing
 * selected (but a focused actor), no focus, no path, every type, status and kind shown, every
 * date, the layout and the grouping the graph had before the story began.
 */
export interface StepView {
  /** An actor or claim key to select. */
  select?: string;
  /** An actor and its neighbourhood (1 or 2 hops) to bring forward. */
  focus?: { key: string; hops: 1 | 2 };
  path?: StepPath;
  filter?: StepFilter;
  /** Shows the graph as of a date (`2024`, `2024-06`, `2024-06-19`). */
  asOf?: string;
  /** A layout id: `force`, `concentric`, `circle`, `grid`, `breadthfirst`, `preset`. */
  layout?: string;
  /** The actors the viewport fits; absent fits what the step brings forward (path, focus, cited claims, selection), else everything shown. */
  fit?: string[];
  /** `none`, `data`, `kind`, `camp` or `community`. */
  groupBy?: string;
}

export interface StoryStep {
  /** Unique in the story; what `step`, `#step=` and `data-sg-step` name. */
  id: string;
  title: string;
  /** Plain text; a blank line separates paragraphs. Never HTML. */
  text: string;
  /** Claim (edge) keys whose evidence the step shows. */
  cite?: string[];
  view: StepView;
}

export interface Story {
  title: string;
  steps: StoryStep[];
}

/** Where the story came from: the dataset, `story-src`, or the `story` property. */
export type StoryOrigin = 'dataset' | 'story-src' | 'property';

/** The step shown: its index in the story and its id. */
export interface StepRef {
  index: number;
  id: string;
}

/** The limits a story must stay within (a story is read before any of it is shown). */
export const STORY_LIMITS = Object.freeze({
  maxSteps: 100,
  maxIdLength: 100,
  maxTitleLength: 200,
  maxTextLength: 5000,
  maxCites: 50,
  maxFit: 1000,
});
