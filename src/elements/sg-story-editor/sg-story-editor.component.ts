/**
 * `<sg-story-editor>`: writing a story for the graph (issue #16). It lists the story's steps, each
 * with Show, Move up, Move down and Delete; "Add this view as a step" captures what the graph
 * shows now (selection, focus, path, filter, date, layout, grouping, and the viewport when it
 * leaves actors out: captureView) under a title and a plain text; Save story downloads the story
 * JSON, Save dataset with story the dataset with the story inside, and Open story… reads either
 * back. Every change is checked against the graph (validateStory) before it is handed to the
 * graph (`{type: 'set-story'}`, run by the explorer) and said in a polite live region.
 *
 * The story in effect is the graph's: the editor keeps no copy of its own, and shows what
 * `story` gives after each change (until the first step, only the title typed for it).
 * Everything shown is text: Lit escapes it.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Story, StepRef } from '../../story/story-types';
import { STORY_LIMITS } from '../../story/story-types';
import { captureView } from '../../story/capture-view';
import { validateStory } from '../stakeholder-graph/graph-story';
import { exportFileName } from '../../graph/export-dataset';
import type { SgErrorDetail } from '../events';
import { downloadBlob } from '../download';
import { commonStyles, panelTextStyles } from '../sg-details/common.styles';
import type { StakeholderGraph } from '../stakeholder-graph/stakeholder-graph.component';
import { followExplorer, requestFromExplorer } from '../stakeholder-explorer/explorer-context';
import {
  DEFAULT_STORY_TITLE,
  datasetWithStory,
  readStoryFile,
  storyFileName,
  storyJson,
  withNewStep,
  withStepMoved,
  withTitle,
  withoutStep,
  withStepView,
} from './story-edit';
import { storyEditorStyles } from './sg-story-editor.styles';

const JSON_TYPE = 'application/json';
/** Problems named in an announcement; the rest are counted. */
const PROBLEMS_SAID = 3;

let instances = 0;

/**
 * @summary Writes a story: the steps with Show, Move up, Move down and Delete, "Add this view as a step", Save story, Save dataset with story and Open story….
 *
 * @event sg-request - A change asks the explorer to tell a story or show a step: `{type: 'set-story', story}`, `{type: 'step', step}`.
 *
 * @csspart panel - The panel.
 *
 * @cssproperty --sg-text - Text colour. Default `#1e293b`.
 * @cssproperty --sg-muted - Secondary text. Default `#475569`.
 * @cssproperty --sg-border - Borders. Default `#cbd5e1`.
 * @cssproperty --sg-accent - Buttons and the focus ring. Default `#1d4ed8`.
 * @cssproperty --sg-panel - Background. Default `--sg-background`, else `#fff`.
 */
export class SgStoryEditor extends LitElement {
  static override styles = [commonStyles, panelTextStyles, storyEditorStyles];

  static override properties = {
    graphElement: { attribute: false },
    story: { state: true },
    current: { state: true },
    draftTitle: { state: true },
    message: { state: true },
    busy: { state: true },
  };

  /** The `<stakeholder-graph>` the story is written for; inside an explorer, its graph. */
  declare graphElement: StakeholderGraph | null;
  /** The story the graph tells, or null. */
  declare protected story: Story | null;
  /** The step the graph shows, or null. */
  declare protected current: StepRef | null;
  /** The story's title while it has no step yet. */
  declare protected draftTitle: string;
  /** What the live region says: the last change. */
  declare protected message: string;
  /** Whether a change is being checked and handed to the graph. */
  declare protected busy: boolean;

  private readonly uid = `sg-story-${++instances}`;
  /** The graph model whose story was last read, to read it again when a new dataset arrives. */
  private model: unknown;

  constructor() {
    super();
    this.graphElement = null;
    this.story = null;
    this.current = null;
    this.draftTitle = DEFAULT_STORY_TITLE;
    this.message = '';
    this.busy = false;
    // Inside an explorer its graph arrives by context, with every change of the graph's state.
    followExplorer(this, (state) => {
      this.graphElement = state.graphElement;
      this.read();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graphElement')) this.read();
  }

  /** Reads the graph's story and step; once the story code has checked a new dataset's story, again. */
  private read(): void {
    const element = this.graphElement;
    this.story = element?.story ?? null;
    this.current = element?.storyStep ?? null;
    if (element && element.graph !== this.model) {
      this.model = element.graph;
      void element.storyReady().then(
        () => this.read(),
        () => undefined,
      );
    }
  }

  protected override render() {
    const story = this.story;
    const steps = story?.steps ?? [];
    const element = this.graphElement;
    return html`<div part="panel" class="panel">
      <h2>Story</h2>
      <p class="status" role="status">${this.message}</p>
      <label class="title"
        >Story title
        <input
          type="text"
          class="story-title"
          maxlength=${STORY_LIMITS.maxTitleLength}
          .value=${live(story?.title ?? this.draftTitle)}
          @change=${this.onTitle}
        />
      </label>
      <h3 id="${this.uid}-steps">Steps <span class="muted">(${steps.length})</span></h3>
      ${
        steps.length
          ? html`<ol class="steps" aria-labelledby="${this.uid}-steps">
              ${repeat(
                steps,
                (step) => step.id,
                (step, index) => this.renderStep(step.id, step.title, index, steps.length),
              )}
            </ol>`
          : html`<p class="muted">No steps yet. Set up the graph as a step should show it, then add it below.</p>`
      }
      <div class="add" role="group" aria-labelledby="${this.uid}-add">
        <h3 id="${this.uid}-add">Add this view as a step</h3>
        <p class="muted">The step keeps what the graph shows now: the selection, focus, path, filter, date, layout and the part in view.</p>
        <label>Title <input type="text" class="step-title" maxlength=${STORY_LIMITS.maxTitleLength} @keydown=${this.onTitleKey} /></label>
        <label
          >Text
          <textarea class="step-text" rows="4" maxlength=${STORY_LIMITS.maxTextLength} aria-describedby="${this.uid}-text-hint"></textarea>
        </label>
        <p class="muted" id="${this.uid}-text-hint">Plain text; a blank line starts a new paragraph.</p>
        <button type="button" class="add-step" ?disabled=${!element?.graph || this.busy} @click=${this.onAdd}>Add step</button>
      </div>
      <div class="files" role="group" aria-label="Story files">
        <button type="button" class="save-story" ?disabled=${!story} @click=${this.onSaveStory}>Save story</button>
        <button type="button" class="save-dataset" ?disabled=${!story || !element?.graph} @click=${this.onSaveDataset}>
          Save dataset with story
        </button>
        <input
          type="file"
          hidden
          accept=".json,application/json"
          aria-label="Story file to open"
          @change=${(event: Event) => void this.onOpen(event)}
        />
        <button type="button" class="open-story" ?disabled=${!element?.graph || this.busy} @click=${this.pickFile}>Open story…</button>
      </div>
    </div>`;
  }

  private renderStep(id: string, title: string, index: number, count: number) {
    const name = `step ${index + 1}: ${title}`;
    const shown = this.current?.id === id;
    return html`<li class="step ${shown ? 'shown' : ''}" data-step=${id} aria-current=${shown ? 'step' : nothing}>
      <span class="number">${index + 1}</span>
      <span class="step-name">${title}</span>
      <span class="actions">
        <button type="button" class="show" aria-label="Show ${name}" @click=${() => requestFromExplorer(this, { type: 'step', step: id })}>
          Show
        </button>
        <button
          type="button"
          class="up"
          aria-label="Move up ${name}"
          ?disabled=${index === 0 || this.busy}
          @click=${() => this.move(index, -1)}
        >
          Move up
        </button>
        <button
          type="button"
          class="down"
          aria-label="Move down ${name}"
          ?disabled=${index === count - 1 || this.busy}
          @click=${() => this.move(index, 1)}
        >
          Move down
        </button>
        <button
          type="button"
          class="update"
          aria-label="Use this view for ${name}"
          ?disabled=${!this.graphElement?.graph || this.busy}
          @click=${() => this.updateStep(index)}
        >
          Use this view
        </button>
        <button type="button" class="delete" aria-label="Delete ${name}" ?disabled=${this.busy} @click=${() => this.deleteStep(index)}>
          Delete
        </button>
      </span>
    </li>`;
  }

  // ---- changes -----------------------------------------------------------------------------

  private readonly onTitle = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    const story = this.story;
    if (!story) {
      this.draftTitle = value.trim() || DEFAULT_STORY_TITLE;
      return this.say(`Story title: ${this.draftTitle}`);
    }
    const retitled = withTitle(story, value);
    void this.commit(retitled, () => `Story title: ${retitled.title}`);
  };

  /** Enter in the step's title adds the step, as a form would (no form: the hostile-markup checks flag every one). */
  private readonly onTitleKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.onAdd();
  };

  private readonly onAdd = (): void => {
    const element = this.graphElement;
    const titleInput = this.renderRoot.querySelector<HTMLInputElement>('.step-title')!;
    const textInput = this.renderRoot.querySelector<HTMLTextAreaElement>('.step-text')!;
    if (!element?.graph || this.busy) return;
    const title = titleInput.value.trim();
    if (!title) {
      titleInput.focus();
      return this.say('Give the step a title first.');
    }
    const count = this.story?.steps.length ?? 0;
    if (count >= STORY_LIMITS.maxSteps) return this.say(`A story has at most ${STORY_LIMITS.maxSteps} steps.`);
    const view = captureView(element);
    // A selected claim is what the step is about: its evidence goes on the step's card.
    const selection = element.selection;
    const cite = selection?.kind === 'edge' ? [selection.key] : undefined;
    const story = withNewStep(this.story, { title, text: textInput.value, view, cite }, this.draftTitle);
    void this.commit(story, () => {
      titleInput.value = '';
      textInput.value = '';
      return `Added step ${count + 1}: ${title}`;
    });
  };

  private move(index: number, by: -1 | 1): void {
    const story = this.story;
    const step = story?.steps[index];
    if (!story || !step) return;
    const to = index + by;
    void this.commit(withStepMoved(story, index, to), () => {
      void this.updateComplete.then(() => this.focusStep(step.id, by < 0 ? 'up' : 'down'));
      return `Moved ${step.title} to ${to + 1}`;
    });
  }

  /** The step shows what the graph shows now (tweak a shown step, then keep it). */
  private updateStep(index: number): void {
    const element = this.graphElement;
    const story = this.story;
    const step = story?.steps[index];
    if (!element?.graph || !story || !step) return;
    const selection = element.selection;
    const cite = selection?.kind === 'edge' ? [selection.key] : undefined;
    void this.commit(withStepView(story, index, captureView(element), cite), () => `Step ${index + 1}: ${step.title} now shows this view`);
  }

  private deleteStep(index: number): void {
    const story = this.story;
    const step = story?.steps[index];
    if (!story || !step) return;
    const said = `Deleted step ${index + 1}: ${step.title}`;
    const next = story.steps[index + 1] ?? story.steps[index - 1];
    const focusNext = () =>
      void this.updateComplete.then(() =>
        next ? this.focusStep(next.id, 'delete') : this.renderRoot.querySelector<HTMLElement>('.step-title')?.focus(),
      );
    if (story.steps.length > 1) {
      void this.commit(withoutStep(story, index), () => {
        focusNext();
        return said;
      });
      return;
    }
    // A story needs a step: without its last one the graph goes back to the dataset's own story, if it has one.
    this.draftTitle = story.title;
    void this.commit(null, () => {
      focusNext();
      return this.story ? `${said}. The dataset's own story is back: ${this.story.title}` : `${said}. No story is left.`;
    });
  }

  /** Focuses a step's button of `kind` (its other move button when that one is disabled now). */
  private focusStep(id: string, kind: 'up' | 'down' | 'delete'): void {
    const item = [...this.renderRoot.querySelectorAll<HTMLElement>('li.step')].find((li) => li.dataset.step === id);
    const order = kind === 'up' ? ['up', 'down'] : kind === 'down' ? ['down', 'up'] : ['delete'];
    const button = order.map((name) => item?.querySelector<HTMLButtonElement>(`button.${name}`)).find((found) => found && !found.disabled);
    button?.focus();
  }

  /**
   * Checks `story` against the graph and hands it over (null: back to the dataset's own story);
   * then reads the story in effect and says `done()` (or what went wrong).
   */
  private async commit(story: Story | object | null, done: () => string, from = ''): Promise<void> {
    const element = this.graphElement;
    if (!element?.graph || !element.types) return;
    if (story !== null) {
      const check = validateStory(story, element.graph, element.types, []);
      if (check.problems.length > 0) {
        const listed = check.problems.slice(0, PROBLEMS_SAID).map((problem) => `${problem.path}: ${problem.message}`);
        const more = check.problems.length - listed.length + check.omitted;
        return this.say(`${from || 'Not changed'}: ${listed.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`);
      }
      story = check.story;
    }
    const errors: string[] = [];
    const onError = (event: CustomEvent<SgErrorDetail>) => errors.push(event.detail.message);
    element.addEventListener('sg-error', onError);
    this.busy = true;
    try {
      requestFromExplorer(this, { type: 'set-story', story });
      await element.updateComplete;
      await element.storyReady();
      await element.updateComplete;
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    } finally {
      element.removeEventListener('sg-error', onError);
      this.busy = false;
    }
    this.read();
    this.say(errors.length ? `${from || 'Not changed'}: ${errors[0]}` : done());
  }

  // ---- files -------------------------------------------------------------------------------

  private readonly onSaveStory = (): void => {
    const story = this.story;
    if (!story) return;
    const name = storyFileName(story);
    downloadBlob(new Blob([storyJson(story)], { type: JSON_TYPE }), name, this.renderRoot as ShadowRoot);
    this.say(`Saved the story as ${name}`);
  };

  private readonly onSaveDataset = (): void => {
    const element = this.graphElement;
    const story = this.story;
    const data = element?.exportData({ all: true });
    if (!element?.graph || !story || !data) return;
    const name = exportFileName(element.graph, 'json');
    const text = JSON.stringify(datasetWithStory(data, story), null, 2) + '\n';
    downloadBlob(new Blob([text], { type: JSON_TYPE }), name, this.renderRoot as ShadowRoot);
    this.say(`Saved the dataset with the story as ${name}`);
  };

  private readonly pickFile = (): void => {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  };

  private readonly onOpen = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) opens it again.
    input.value = '';
    if (!file) return;
    const from = `Could not open ${file.name}`;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return this.say(`${from}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const opened = readStoryFile(text);
    if ('error' in opened) return this.say(`${from}: ${opened.error}`);
    await this.commit(
      opened.story as object,
      () => {
        const count = this.story?.steps.length ?? 0;
        return `Opened the story ${this.story?.title ?? ''} from ${file.name}: ${count} ${count === 1 ? 'step' : 'steps'}`;
      },
      from,
    );
  };

  private say(message: string): void {
    // The same words twice are still news: clear first, so the live region speaks again.
    if (message === this.message) {
      this.message = '';
      void this.updateComplete.then(() => (this.message = message));
    } else this.message = message;
  }
}

/**
 * Registers `<sg-story-editor>`. The explorer's parts call this rather than importing the
 * registration module for its side effect (package.json's `sideEffects` names the modules a
 * bundler must keep; a call inside one of them cannot be shaken out).
 */
export function defineStoryEditor(): void {
  if (!customElements.get('sg-story-editor')) customElements.define('sg-story-editor', SgStoryEditor);
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-story-editor': SgStoryEditor;
  }
}
