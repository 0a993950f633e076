/**
 * Scrollytelling (`story-scroll`): the page's own sections carry `data-sg-step="<id>"`, and the
 * step shown follows the section crossing the middle of the viewport, seen by an
 * IntersectionObserver (no scroll handler, no layout read per frame), or the section that takes
 * the keyboard focus. Scrolling back above the first section leaves the story.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Story } from '../../story/story-types';

/** The band of the viewport a section must cross to become the step: its middle tenth. */
const MIDDLE_BAND = '-45% 0px -45% 0px';
/** For this long after a section takes the focus, the scrolling that brings it into view sets no step. */
const FOCUS_WINS_MS = 800;

export class StoryScroll implements ReactiveController {
  private observer?: IntersectionObserver;
  private root?: Document | ShadowRoot;
  private first?: Element;
  private story: Story | null = null;
  /** When a section last took the keyboard focus. */
  private focusedAt = -Infinity;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onStep: (id: string | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Follows the sections while there is a story and `story-scroll` asks for it (null stops). */
  follow(story: Story | null): void {
    if (story === this.story) return;
    this.stop();
    this.story = story;
    this.start();
  }

  private start(): void {
    if (!this.story || this.observer || !this.host.isConnected || typeof IntersectionObserver !== 'function') return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const sections = [...root.querySelectorAll('[data-sg-step]')];
    this.root = root;
    this.first = sections[0];
    this.observer = new IntersectionObserver(this.onIntersect, { rootMargin: MIDDLE_BAND });
    for (const section of sections) this.observer.observe(section);
    root.addEventListener('focusin', this.onFocus);
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.root?.removeEventListener('focusin', this.onFocus);
    this.root = undefined;
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]): void => {
    // Keyboard focus scrolls the focused section into view, maybe not to the middle: the focused one wins.
    if (performance.now() - this.focusedAt < FOCUS_WINS_MS) return;
    const inView = entries.filter((entry) => entry.isIntersecting).pop();
    if (inView) {
      this.onStep(stepOf(inView.target));
      return;
    }
    // The first section went below the middle: the reader scrolled back above the story.
    const first = entries.find((entry) => entry.target === this.first);
    if (first?.rootBounds && first.boundingClientRect.top > first.rootBounds.bottom) this.onStep(null);
  };

  private readonly onFocus = (event: Event): void => {
    const section = (event.target as Element | null)?.closest?.('[data-sg-step]');
    if (!section) return;
    // A click focuses a section too (tabindex="0"), but the scroll then says where the reader is.
    const target = event.target as Element;
    if (!target.matches(':focus-visible')) return;
    this.focusedAt = performance.now();
    this.onStep(stepOf(section));
  };
}

function stepOf(section: Element): string | null {
  return section.getAttribute('data-sg-step');
}
