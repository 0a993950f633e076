/**
 * The texts of a graph's sources, for the panels that show the lines evidence cites. A source
 * gives its text inline (`text`: ready at once) or by address (`textUrl`: http(s), or relative to
 * the dataset's URL). An address is fetched only when a panel asks for its text, and once per URL
 * for the whole page (every panel shares what arrived, and a request in flight), by the loader of
 * `src` (SourceLoader: its limits, timeout and error wording). A failure is kept
 * as a message ("Could not load the text of “…” from …: …") until someone asks to try again.
 * Nothing is written into the graph.
 *
 * `SourceTexts` is the Lit controller a panel holds: `get()` from `render()`, and the panel
 * updates again when a text it asked for arrives or fails.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Source } from '../../graph/dataset-schema';
import { DEFAULT_LIMITS } from '../../graph/limits';
import { safeUrl } from '../../graph/safe-url';
import { splitLines } from '../../graph/source-text';
import { SourceLoader } from '../controllers/source-loader';

/** A source's text as a panel shows it. */
export type SourceText =
  /** The source gives no text (neither `text` nor `textUrl`), or is not declared. */
  { status: 'none' } | { status: 'loading' } | { status: 'ready'; lines: readonly string[] } | { status: 'error'; message: string };

/** As `<stakeholder-graph>`'s `timeout` default: how long a text may take to arrive. */
export const TEXT_TIMEOUT = 20_000;

type Fetched = { status: 'loading' } | { status: 'ready'; lines: readonly string[] } | { status: 'error'; message: string };

/** What each URL gave (or is giving), by absolute URL. */
const fetched = new Map<string, Fetched>();
/** Inline texts split once, by source object. */
const inline = new WeakMap<object, readonly string[]>();
/** Tells the controllers which URL settled. */
const settled = new EventTarget();

/** The text inline, if the source gives one. */
function inlineText(source: Source): string | undefined {
  const text = (source as { text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
}

/** The address of the text, if the source gives one (and no inline text). */
function textUrl(source: Source): string | undefined {
  const url = (source as { textUrl?: unknown }).textUrl;
  return inlineText(source) === undefined && typeof url === 'string' && url.trim() !== '' ? url : undefined;
}

/** Whether the source gives its text, inline or by address (without fetching anything). */
export function hasText(source: Source | undefined): source is Source {
  return source !== undefined && (inlineText(source) !== undefined || textUrl(source) !== undefined);
}

/** The URL a source's `textUrl` resolves to against `base`, or undefined for none or one that is not http(s). */
export function textAddress(source: Source | undefined, base: string): URL | undefined {
  const raw = source && textUrl(source);
  return raw === undefined ? undefined : safeUrl(raw, base);
}

/** The document's URL: the base of a dataset given as an object. */
export function documentBase(): string {
  return typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
}

/** SourceLoader's "Could not load <url>: <why>", said of the source's text. */
function failure(source: Source, message: string): SourceText {
  return {
    status: 'error',
    message: message.replace(/^Could not load /, `Could not load the text of “${source.title || source.id}” from `),
  };
}

/** A loader's host that never updates: the loader here serves the page's cache, not one element. */
const NO_HOST = { addController: () => undefined } as unknown as ReactiveControllerHost;

/** Fetches `url` with `src`'s loader (limits, timeout, messages) into the cache, and says when it settled. */
function load(url: string, timeout: number, maxBytes: number): void {
  const settle = (entry: Fetched) => {
    fetched.set(url, entry);
    settled.dispatchEvent(new CustomEvent('settled', { detail: url }));
  };
  fetched.set(url, { status: 'loading' });
  void new SourceLoader(NO_HOST, {
    expected: 'plain text',
    onText: (text) => settle({ status: 'ready', lines: splitLines(text) }),
    onError: (error) => settle({ status: 'error', message: error.message }),
  }).load(url, timeout, maxBytes);
}

export interface SourceTextsOptions {
  /** Milliseconds a text may take; TEXT_TIMEOUT by default. */
  timeout?: number;
  /** Bytes a text may have; `limits.maxBytes`'s default by default. */
  maxBytes?: number;
}

export class SourceTexts implements ReactiveController {
  /** The URLs this host asked for: when one settles, the host updates. */
  private readonly wanted = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SourceTextsOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    settled.addEventListener('settled', this.onSettled);
  }

  hostDisconnected(): void {
    settled.removeEventListener('settled', this.onSettled);
  }

  /**
   * The text of `source`: inline text at once; a `textUrl` (resolved against `base`, the
   * dataset's URL) fetched the first time any panel asks, `loading` until then.
   */
  get(source: Source | undefined, base: string): SourceText {
    if (!source) return { status: 'none' };
    const text = inlineText(source);
    if (text !== undefined) {
      let lines = inline.get(source);
      if (!lines) inline.set(source, (lines = splitLines(text)));
      return { status: 'ready', lines };
    }
    const raw = textUrl(source);
    if (raw === undefined) return { status: 'none' };
    const url = safeUrl(raw, base);
    if (!url) {
      const quoted = JSON.stringify(raw.length > 80 ? `${raw.slice(0, 79)}…` : raw);
      return failure(source, `Could not load ${quoted}: it is not an http(s) or relative URL; only those are loaded`);
    }
    this.wanted.add(url.href);
    let entry = fetched.get(url.href);
    if (!entry) {
      load(url.href, this.options.timeout ?? TEXT_TIMEOUT, this.options.maxBytes ?? DEFAULT_LIMITS.maxBytes);
      entry = fetched.get(url.href)!;
    }
    return entry.status === 'error' ? failure(source, entry.message) : entry;
  }

  /** Forgets a failed fetch of `source`'s text, so the next `get()` tries again; updates the host. */
  retry(source: Source | undefined, base: string): void {
    const url = textAddress(source, base);
    if (url && fetched.get(url.href)?.status === 'error') fetched.delete(url.href);
    this.host.requestUpdate();
  }

  /** Resolves once `source`'s text is ready or failed (at once when inline or absent). */
  async settle(source: Source | undefined, base: string): Promise<SourceText> {
    for (;;) {
      const text = this.get(source, base);
      if (text.status !== 'loading') return text;
      const url = textAddress(source, base)!.href;
      await new Promise<void>((resolve) => {
        const done = (event: Event) => {
          if ((event as CustomEvent<string>).detail !== url) return;
          settled.removeEventListener('settled', done);
          resolve();
        };
        settled.addEventListener('settled', done);
      });
    }
  }

  private readonly onSettled = (event: Event): void => {
    if (this.wanted.has((event as CustomEvent<string>).detail)) this.host.requestUpdate();
  };
}
