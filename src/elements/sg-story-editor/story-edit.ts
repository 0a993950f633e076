/**
 * The story editor's edits, as pure functions on a story (none changes the story it is given):
 * a new step with an id made from its title, moving and deleting steps, the files it saves (the
 * story alone, or the dataset with the story inside) and the file it opens (either of those).
 */
import type { SerializedGraph } from 'graphology-types';
import { STORY_LIMITS, type StepView, type Story, type StoryStep } from '../../story/story-types';

/** The title a story gets when its author gives none. */
export const DEFAULT_STORY_TITLE = 'Story';

/** The longest slug an id is made from (a suffix may follow). */
const SLUG_LENGTH = 60;

/** Lowercase ASCII letters and digits joined by hyphens: "The pact (June)" → "the-pact-june"; '' when none remain. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_LENGTH)
    .replace(/-+$/, '');
}

/** An id for a step titled `title` that no id in `taken` has: its slug, else `step`, with `-2`, `-3`… when needed. */
export function uniqueStepId(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(title) || 'step';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}

/**
 * Plain text as a step keeps it: line ends as `\n`, no spaces at the ends of lines, runs of blank
 * lines as one (a blank line separates paragraphs), nothing blank around it, within the limit.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, STORY_LIMITS.maxTextLength);
}

/** A new step at the end of `story` (or of a new story titled `title` when there is none). */
export function withNewStep(
  story: Story | null,
  fields: { title: string; text: string; view: StepView; cite?: string[] },
  title = DEFAULT_STORY_TITLE,
): Story {
  const steps = story?.steps ?? [];
  // The fields in the order the README documents them.
  const step: StoryStep = {
    id: uniqueStepId(
      fields.title,
      steps.map((existing) => existing.id),
    ),
    title: fields.title.trim().slice(0, STORY_LIMITS.maxTitleLength),
    text: cleanText(fields.text),
    ...(fields.cite && fields.cite.length > 0 ? { cite: [...fields.cite] } : {}),
    view: fields.view,
  };
  return { title: story?.title ?? title, steps: [...steps, step] };
}

/** `story` with the step at `from` moved to `to` (both indices, clamped). */
export function withStepMoved(story: Story, from: number, to: number): Story {
  const steps = [...story.steps];
  const target = Math.max(0, Math.min(steps.length - 1, to));
  const [step] = steps.splice(from, 1);
  if (!step) return story;
  steps.splice(target, 0, step);
  return { ...story, steps };
}

/** `story` with the step at `index` showing `view` instead (its title, text and cites kept; a claim to cite added). */
export function withStepView(story: Story, index: number, view: StepView, cite?: readonly string[]): Story {
  return {
    ...story,
    steps: story.steps.map((step, at) => {
      if (at !== index) return step;
      const cites = [...new Set([...(step.cite ?? []), ...(cite ?? [])])];
      return { ...step, view, ...(cites.length > 0 ? { cite: cites } : {}) };
    }),
  };
}

/** `story` without the step at `index`. */
export function withoutStep(story: Story, index: number): Story {
  return { ...story, steps: story.steps.filter((_step, at) => at !== index) };
}

/** `story` titled `title` (the default title when blank). */
export function withTitle(story: Story, title: string): Story {
  return { ...story, title: title.trim().slice(0, STORY_LIMITS.maxTitleLength) || DEFAULT_STORY_TITLE };
}

/** The story file's name: `<slug of the title>-story.json`. */
export function storyFileName(story: Story): string {
  return `${slugify(story.title) || 'story'}-story.json`;
}

/** The story as the file "Save story" writes: `{title, steps}`, indented, with a final newline. */
export function storyJson(story: Story): string {
  return JSON.stringify({ title: story.title, steps: story.steps }, null, 2) + '\n';
}

/** The dataset with `story` as its `attributes.story` (in place of any story it had). */
export function datasetWithStory(data: SerializedGraph, story: Story): SerializedGraph {
  return { ...data, attributes: { ...data.attributes, story: { title: story.title, steps: story.steps } } };
}

/** What "Open story…" found in a file: a story to check against the graph, or why there is none. */
export type OpenedStory = { story: unknown; from: 'story' | 'dataset' } | { error: string };

/** Reads a story file's text: a story `{title, steps}`, or a dataset whose `attributes.story` is one. */
export function readStoryFile(text: string): OpenedStory {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: 'it is not JSON' };
  }
  if (!isObject(parsed)) return { error: 'it holds no story: expected {"title": …, "steps": […]}' };
  if ('steps' in parsed) return { story: parsed, from: 'story' };
  const attributes = parsed.attributes;
  if (isObject(attributes) && attributes.story !== undefined) return { story: attributes.story, from: 'dataset' };
  return { error: 'it holds no story: expected {"title": …, "steps": […]} or a dataset with attributes.story' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
