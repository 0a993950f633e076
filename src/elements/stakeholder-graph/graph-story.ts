/**
 * Telling a story on `<stakeholder-graph>` (issue #16), loaded once a story or a step is asked
 * for (story-model.ts). The controller finds the story (the `story` property, else `story-src`,
 * else the dataset's `attributes.story`), checks it against the graph (validate-story.ts; problems
 * go to `sg-error`, the graph stays), follows `step`: the first step shown keeps the free state
 * (selection, focus, path, filter, date, layout, grouping, viewport) to give back on leaving, each
 * step sets the element's state as its view says (story-steps.ts) and moves the viewport to what
 * it brings forward, smoothly unless the reader asked for reduced motion. It draws the step card
 * (story-card.ts) and follows the page's sections under `story-scroll` (story-scroll.ts).
 */
import type { PropertyValues } from 'lit';
import type Graph from 'graphology';
import type { VisibleSet } from '../../graph/filter';
import type { PathSegment, Problem } from '../../graph/problems';
import { hint } from '../../graph/suggest';
import { safeUrl } from '../../graph/safe-url';
import { quote, summarizeProblems } from '../../graph/problems';
import { validateStory } from '../../story/validate-story';

// The explorer's story editor checks with the same code, from this chunk.
export { validateStory };
import type { StepRef, Story } from '../../story/story-types';
import { SourceLoader } from '../controllers/source-loader';
import { SourceTexts } from '../sg-details/source-texts';
import { emit } from '../events';
import { paragraphs, renderStoryCard, storyStyles } from './story-card';
import { StoryScroll } from './story-scroll';
import { applyStep, citedEmphasis, fitKeys, restoreFree, takeFree, type FreeState } from './story-steps';
import type { StakeholderGraph } from './stakeholder-graph.component';

/** What the element lets the controller do that is not public API. */
export interface StoryHooks {
  say(text: string): void;
  emphasise(emphasis: VisibleSet | null): void;
  /** Reports a problem in the banner (under `title`) and with `sg-error`. */
  fail(title: string, message: string, problems: Problem[]): void;
  /** The story given to the `story` property, or undefined. */
  given(): unknown;
  model(): Graph | undefined;
}

/** How long a step's viewport move takes (none under prefers-reduced-motion). */
const MOVE_MS = 650;
const FIT_PADDING = 48;
/** Below this width (pixels) the card lies along the graph's bottom. */
const COMPACT_WIDTH = 520;
/** The banner's title over a story's problems. */
const STORY_PROBLEM = 'The story cannot be told; the graph is shown as it is.';
/** The closest a step zooms in (1 is the data's own scale). */
const MAX_STEP_ZOOM = 1.75;
/** The least share of the canvas's width a step frames its actors in, beside the legend and the card. */
const MIN_FRAME_SHARE = 0.3;
/** How long a step's fade takes. */
const FADE_MS = 400;
/** Above this many elements a step's dimming is not faded (each fading element is redrawn every frame). */
const SMOOTH_MAX_ELEMENTS = 2000;

export class StoryController {
  /** The story told, checked; null when none (or it has problems). */
  story: Story | null = null;
  /** The step shown, or null in free exploration. */
  private index: number | null = null;
  private free: FreeState | null = null;
  /** The story source last checked, so it is checked once. */
  private checked?: { model: Graph | undefined; raw: unknown };
  /** `story-src`'s story once fetched and parsed. */
  private fetched?: { url: string; raw: unknown };
  private fetching?: Promise<void>;
  private endFetch?: () => void;
  /** Whether the fades are on. */
  private smoothed = false;
  /** Flips on each announcement, so that the same words twice still change the live region. */
  private repeats = false;
  /** A `step` already reported as not in the story (reported once). */
  private badStep: unknown;
  readonly texts: SourceTexts;
  private readonly loader: SourceLoader;
  private readonly scroll: StoryScroll;

  constructor(
    private readonly host: StakeholderGraph,
    private readonly hooks: StoryHooks,
  ) {
    this.texts = new SourceTexts(host, { timeout: host.timeout });
    this.loader = new SourceLoader(host, {
      onText: (text, url) => this.arrived(url, text),
      onError: (error) => {
        this.hooks.fail(STORY_PROBLEM, `Story not shown: ${error.message}`, [{ path: 'story-src', message: error.message }]);
        this.endFetch?.();
      },
      onLoading: () => undefined,
    });
    this.scroll = new StoryScroll(host, (id) => {
      if (id === null) host.step = null;
      else if (this.story?.steps.some((step) => step.id === id)) host.step = id;
    });
    const root = host.renderRoot as ShadowRoot;
    if (root.adoptedStyleSheets && storyStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, storyStyles.styleSheet];
    this.update(null);
    host.requestUpdate();
  }

  /** The step shown as `{index, id}`, or null. */
  get current(): StepRef | null {
    const step = this.index === null ? undefined : this.story?.steps[this.index];
    return step ? { index: this.index!, id: step.id } : null;
  }

  /** Resolves once `story-src` (if any) has arrived and the element's update is done. */
  async ready(): Promise<void> {
    await this.host.updateComplete;
    await this.fetching;
    await this.host.updateComplete;
  }

  /** Follows the element's update: `story-src`, the story, `step`, `story-scroll`. */
  update(changed: PropertyValues | null): void {
    if (!changed || changed.has('storySrc')) this.fetchSource();
    this.checkStory();
    this.followStep();
    this.scroll.follow(this.host.storyScroll ? this.story : null);
  }

  /** Moves by `delta` steps (from no step, forward starts at the first). */
  async move(delta: 1 | -1): Promise<void> {
    await this.ready();
    const story = this.story;
    if (!story) return;
    // From the step asked for, which a quick second press finds not shown yet.
    const asked = this.host.step === null || this.host.step === '' ? null : stepIndex(story, this.host.step);
    const from = asked ?? this.index;
    const next = from === null ? (delta > 0 ? 0 : null) : from + delta;
    if (next === null) return;
    if (next < 0 || next >= story.steps.length) {
      this.say(next < 0 ? 'This is the first step.' : 'This is the last step.');
      return;
    }
    this.host.step = story.steps[next]!.id;
  }

  /** The card, or the Story button while no step is shown; nothing under `story-scroll`. */
  render(shown: boolean) {
    const story = this.story;
    const graph = this.host.shownGraph;
    const registry = this.host.types;
    if (!shown || !story || !graph || !registry || this.host.storyScroll) return renderStoryCard(null);
    return renderStoryCard({
      story,
      index: this.index,
      compact: this.host.clientWidth < COMPACT_WIDTH,
      graph,
      registry,
      texts: this.texts,
      base: this.base(),
      onStart: () => void this.start(),
      onMove: (delta) => void this.move(delta),
      onExit: () => void this.leave(),
      onClaim: (key) => this.host.select(key),
    });
  }

  /** The Story button: the first step, with the keyboard on the card. */
  private async start(): Promise<void> {
    await this.move(1);
    await drawn(this.host);
    this.host.renderRoot.querySelector<HTMLElement>('.story-card')?.focus();
  }

  /** What the card and the legend cover of a canvas `width` by `height` pixels. */
  private covered(width: number, height: number): Insets {
    const root = this.host.renderRoot;
    const card = root.querySelector<HTMLElement>('.story-card');
    const legend = root.querySelector<HTMLElement>('.legend');
    const insets: Insets = { left: 0, right: 0, bottom: 0 };
    if (card?.classList.contains('compact')) insets.bottom = card.offsetHeight + 16;
    else if (card) insets.right = card.offsetWidth + 16;
    // The legend sits in the bottom-left corner: the frame gives up the strip beside it or the one
    // above it, whichever leaves more room (open, the strip beside; collapsed to a button, the one above).
    if (legend) {
      const beside = (width - insets.right - legend.offsetWidth - 16) * (height - insets.bottom);
      const above = (width - insets.right) * (height - Math.max(insets.bottom, legend.offsetHeight + 16));
      if (beside > above) insets.left = legend.offsetWidth + 16;
      else insets.bottom = Math.max(insets.bottom, legend.offsetHeight + 16);
    }
    return insets;
  }

  /** Escape or Close: free exploration again, the keyboard back on the Story button. */
  private async leave(): Promise<void> {
    this.host.exitStory();
    await drawn(this.host);
    this.host.renderRoot.querySelector<HTMLElement>('.story-start')?.focus();
  }

  // ---- the story ------------------------------------------------------------------------------

  private fetchSource(): void {
    const url = this.host.storySrc;
    if (!url || this.fetched?.url === url) return;
    // A fetch replaced before it answered ends the waits on it.
    this.endFetch?.();
    this.fetching = new Promise<void>((resolve) => (this.endFetch = resolve));
    void this.loader.load(url, this.host.timeout, this.host.limits?.maxBytes);
  }

  private arrived(url: string, text: string): void {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const message = `${url} is not JSON: ${error instanceof Error ? error.message : String(error)}`;
      this.hooks.fail(STORY_PROBLEM, `Story not shown: ${message}`, [{ path: 'story-src', message }]);
      this.endFetch?.();
      return;
    }
    this.fetched = { url: this.host.storySrc ?? url, raw };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.endFetch?.());
  }

  /** The story asked for and where its problems are reported, or null when there is none (yet). */
  private source(): { raw: unknown; at: PathSegment[] } | null {
    const given = this.hooks.given();
    if (given !== undefined) return { raw: given, at: ['story'] };
    if (this.host.storySrc) return this.fetched?.url === this.host.storySrc ? { raw: this.fetched.raw, at: [] } : null;
    const model = this.hooks.model();
    return model?.hasAttribute('story') ? { raw: model.getAttribute('story'), at: ['story'] } : null;
  }

  private checkStory(): void {
    const model = this.hooks.model();
    const source = this.source();
    const raw = source?.raw;
    if (this.checked && this.checked.model === model && this.checked.raw === raw) return;
    // Another dataset: the view from before the story named the old one's actors; it is not given back.
    if (this.checked && this.checked.model !== model) this.free = null;
    this.checked = { model, raw };
    const before = this.story;
    this.story = null;
    this.badStep = undefined;
    const registry = this.host.types;
    if (source && model && registry) {
      const check = validateStory(source.raw, model, registry, source.at);
      if (check.story) this.story = check.story;
      else {
        this.hooks.fail(STORY_PROBLEM, summarizeProblems('Story not shown: ', check.problems, check.omitted), check.problems);
      }
    }
    // Another story: a step shown is shown again from the new one (or the story is left).
    if (before !== this.story && this.index !== null) {
      const id = before?.steps[this.index]?.id;
      this.index = null;
      const still = this.story?.steps.findIndex((step) => step.id === id) ?? -1;
      if (still >= 0) this.show(still);
      else {
        this.exit();
        // Not a step the reader asked for that is missing: the story changed under it.
        this.badStep = this.host.step;
        this.host.step = null;
      }
    }
  }

  // ---- the steps ------------------------------------------------------------------------------

  private followStep(): void {
    const asked = this.host.step;
    if (asked === null || asked === undefined || asked === '') {
      if (this.index !== null) this.exit();
      this.badStep = undefined;
      return;
    }
    const story = this.story;
    if (!story) return;
    const index = stepIndex(story, asked);
    if (index === null) {
      if (this.badStep !== asked) {
        this.badStep = asked;
        const ids = story.steps.map((step) => step.id);
        const message = `step ${quote(asked)} is not in the story${hint(String(asked), ids)}; its steps are ${ids.join(', ')} (or 0 to ${ids.length - 1})`;
        this.hooks.fail('No such step in the story.', `Step not shown: ${message}`, [{ path: 'step', message }]);
      }
      return;
    }
    if (index !== this.index) this.show(index);
  }

  private show(index: number): void {
    const host = this.host;
    const step = this.story!.steps[index]!;
    // The free state is taken once, when the story begins (not again when its steps are edited).
    this.free ??= takeFree(host);
    this.index = index;
    const layoutBefore = host.currentLayout;
    if (!this.smoothed) this.smoothen(true);
    applyStep(host, step.view, this.free);
    const model = this.hooks.model();
    // The cited claims stay bright too, beside a path or a focus (view-state.ts merges them).
    this.hooks.emphasise(model ? citedEmphasis(model, step.cite ?? []) : null);
    if (!host.storyScroll) {
      // Said once the step's selection has been described, so that the step's words are the ones read.
      const words = `Step ${index + 1} of ${this.story!.steps.length}: ${step.title}. ${paragraphs(step.text).join(' ')}`.trim();
      void drawn(host).then(() => this.index === index && this.say(words));
    }
    emit(host, 'sg-step', { index, id: step.id });
    host.requestUpdate();
    void this.moveViewport(step.view.layout !== undefined && step.view.layout !== layoutBefore);
  }

  private exit(): void {
    const free = this.free;
    this.index = null;
    this.free = null;
    this.hooks.emphasise(null);
    if (free) {
      restoreFree(this.host, free);
      void this.host.updateComplete.then(() => this.restoreViewport(free));
    }
    if (!this.host.storyScroll)
      void drawn(this.host).then(() => this.index === null && this.say('Left the story: exploring freely again, as before it began.'));
    if (this.smoothed) this.smoothen(false);
    emit(this.host, 'sg-step', { index: null, id: null });
    this.host.requestUpdate();
  }

  /** After the step's update (and its layout, when it asked for another), fits what it brings forward. */
  private async moveViewport(newLayout: boolean): Promise<void> {
    const host = this.host;
    const shown = this.index;
    await host.updateComplete;
    if (newLayout) await settled(host);
    const cy = host.cy;
    const step = shown === null ? undefined : this.story?.steps[shown];
    if (!cy || !step || this.index !== shown || cy.width() === 0) return;
    let eles = cy.collection();
    for (const key of fitKeys(host, step)) {
      const element = cy.getElementById(key);
      if (element.nonempty() && !element.hasClass('sg-hidden')) eles = eles.union(element);
    }
    if (eles.empty()) eles = cy.elements().not('.sg-hidden');
    const viewport = stepViewport(eles.boundingBox(), cy.width(), cy.height(), this.covered(cy.width(), cy.height()), cy.maxZoom());
    cy.stop(true);
    if (reducedMotion()) cy.viewport(viewport);
    else cy.animate({ ...viewport, duration: MOVE_MS, easing: 'ease-in-out-cubic' });
  }

  /**
   * While a story is told, what a step dims and brightens fades (not on big graphs, nor under
   * reduced motion); off again after it. A rule appended to the stylesheet each way (a theme
   * change rebuilds the stylesheet without them).
   */
  private smoothen(on: boolean): void {
    const cy = this.host.cy;
    this.smoothed = on;
    if (!cy || (on && (reducedMotion() || cy.elements().length > SMOOTH_MAX_ELEMENTS))) return;
    cy.style()
      .selector('node, edge')
      .style({ 'transition-property': 'opacity, text-opacity', 'transition-duration': on ? FADE_MS : 0 })
      .update();
  }

  /** The live region, saying `text` again even when it said just that (a second "This is the last step."). */
  private say(text: string): void {
    this.repeats = !this.repeats;
    this.hooks.say(this.repeats ? `${text}\u00a0` : text);
  }

  private restoreViewport(free: FreeState): void {
    const cy = this.host.cy;
    if (!cy || !free.viewport || this.index !== null) return;
    cy.stop(true);
    if (reducedMotion()) cy.viewport(free.viewport);
    else cy.animate({ ...free.viewport, duration: MOVE_MS, easing: 'ease-in-out-cubic' });
  }

  /** The dataset's URL (relative `textUrl`s resolve against it), else the page's. */
  private base(): string {
    return safeUrl(this.host.src, document.baseURI)?.href ?? document.baseURI;
  }
}

/** The step `asked` names: an id, else an index (a number, or digits no id has). */
export function stepIndex(story: Story, asked: string | number): number | null {
  const byId = story.steps.findIndex((step) => step.id === String(asked));
  if (byId >= 0) return byId;
  const index = typeof asked === 'number' ? asked : /^\d+$/.test(asked) ? Number(asked) : NaN;
  return Number.isInteger(index) && index >= 0 && index < story.steps.length ? index : null;
}

/** What covers the canvas's edges, in pixels: a tall legend on the left, the card on the right (or, compact, along the bottom). */
export interface Insets {
  left: number;
  right: number;
  bottom: number;
}

/**
 * The viewport that frames a box (model coordinates) in the part of the canvas `insets` leave
 * (each kept only while the rest is at least MIN_FRAME_SHARE of the width or height), zoomed no
 * closer than MAX_STEP_ZOOM, so that two actors do not fill the screen.
 */
export function stepViewport(
  box: { x1: number; y1: number; w: number; h: number },
  width: number,
  height: number,
  insets: Insets,
  maxZoom: number,
): { zoom: number; pan: { x: number; y: number } } {
  let { left, right, bottom } = insets;
  if (width - left - right < width * MIN_FRAME_SHARE) left = 0;
  if (width - left - right < width * MIN_FRAME_SHARE) right = 0;
  if (height - bottom < height * MIN_FRAME_SHARE) bottom = 0;
  const across = width - left - right;
  const down = height - bottom;
  const padding = Math.min(FIT_PADDING, across * 0.08, down * 0.08);
  const zoom = Math.min((across - 2 * padding) / Math.max(box.w, 1), (down - 2 * padding) / Math.max(box.h, 1), MAX_STEP_ZOOM, maxZoom);
  return { zoom, pan: { x: left + across / 2 - zoom * (box.x1 + box.w / 2), y: down / 2 - zoom * (box.y1 + box.h / 2) } };
}

/** Resolves once the element has no update pending (a step's changes take two). */
async function drawn(host: StakeholderGraph): Promise<void> {
  for (let i = 0; i < 5 && !(await host.updateComplete); i++);
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Resolves when the layout asked for has settled (or after 4 s, whichever is first). */
function settled(host: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      host.removeEventListener('sg-layout-settled', done);
      resolve();
    };
    const timer = setTimeout(done, 4000);
    host.addEventListener('sg-layout-settled', done);
  });
}
