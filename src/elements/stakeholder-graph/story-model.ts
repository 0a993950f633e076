/**
 * Stories on `<stakeholder-graph>` (issue #16): the `story` property, `step`, `next()`,
 * `previous()`, `exitStory()` and `sg-step`. The code that tells a story (graph-story.ts: its
 * checks, the steps, the card, scrollytelling) loads only once a story or a step is asked for.
 */
import { nothing, type PropertyValues } from 'lit';
import type { StepRef, Story } from '../../story/story-types';
import type { StoryController } from './graph-story';
import type { StakeholderGraph } from './stakeholder-graph.component';
import { GraphOutputs } from './graph-outputs';

export abstract class StoryModel extends GraphOutputs {
  private storyCode?: Promise<StoryController>;
  private stories?: StoryController;
  /** The story given to the `story` property, or undefined. */
  protected storyGiven: unknown;

  /** The story told: the one given to this property, else `story-src`'s, else the dataset's `attributes.story`; null when none (or it has problems, reported with `sg-error`). Set a story object to tell it; null goes back to the dataset's. */
  get story(): Story | null {
    return this.stories?.story ?? null;
  }

  set story(story: object | null) {
    this.storyGiven = story ?? undefined;
    this.requestUpdate();
  }

  /** The step shown, `{index, id}`, or null in free exploration. */
  get storyStep(): StepRef | null {
    return this.stories?.current ?? null;
  }

  /** Shows the next step (the first, when no step is shown). */
  next(): void {
    void this.storyCodeReady().then((stories) => stories.move(1));
  }

  /** Shows the step before. */
  previous(): void {
    void this.storyCodeReady().then((stories) => stories.move(-1));
  }

  /** Leaves the story: the selection, focus, path, filter, date, layout, grouping and viewport come back as they were before it. */
  exitStory(): void {
    this.step = null;
  }

  /** Resolves with the story once its code has loaded and it is checked (null when there is none). */
  async storyReady(): Promise<Story | null> {
    if (!this.wantsStory()) return null;
    const stories = await this.storyCodeReady();
    await stories.ready();
    return stories.story;
  }

  /** The story told, else (none told yet, or it has problems) the dataset's own as it came. */
  protected override storyToExport(): unknown {
    return this.stories?.story ?? super.storyToExport();
  }

  protected storyUpdated(changed: PropertyValues): void {
    if (this.stories) this.stories.update(changed);
    else if (this.wantsStory()) void this.storyCodeReady();
  }

  protected renderStory(shown: boolean) {
    return this.stories?.render(shown) ?? nothing;
  }

  private wantsStory(): boolean {
    return (
      (this.step ?? '') !== '' || Boolean(this.storySrc) || this.storyGiven !== undefined || Boolean(this._model?.hasAttribute('story'))
    );
  }

  private storyCodeReady(): Promise<StoryController> {
    return (this.storyCode ??= import('./graph-story').then(({ StoryController }) => {
      // The controller drives the element through its public API.
      this.stories = new StoryController(this as unknown as StakeholderGraph, {
        say: (text) => (this.announcement = text),
        emphasise: (emphasis) => (this.storyEmphasis = emphasis),
        fail: (title, message, problems) => this.fail(message, problems, title),
        given: () => this.storyGiven,
        model: () => this._model,
      });
      return this.stories;
    }));
  }
}
