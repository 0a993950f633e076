/**
 * Fetches a dataset from a URL for an element: one request at a time (a new `src` aborts the one
 * in flight, and a late answer for an old `src` is ignored), a timeout, a size cap enforced while
 * reading (a hostile server cannot make the page download a gigabyte), and errors that say what
 * went wrong in words a page author can act on. Only `http(s):` and relative URLs are fetched.
 * A request cut off because the element left the page is made again when it comes back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl } from '../../graph/safe-url';
import { DEFAULT_LIMITS } from '../../graph/limits';

export class SourceError extends Error {
  override name = 'SourceError';
}

export interface SourceLoaderOptions {
  /** Called with the body of the latest request once it arrives, and its content type (for format detection). */
  onText: (text: string, url: string, contentType: string) => void;
  /** Called when the latest request fails. */
  onError: (error: SourceError, url: string) => void;
  /** Called when a request starts (true) and ends, fails or is cancelled (false). */
  onLoading?: (loading: boolean) => void;
  /** What the body should be, as messages name it: `JSON` (the default), `plain text`. */
  expected?: string;
}

interface Request {
  src: string;
  timeout: number;
  maxBytes: number;
}

/** Content types that are certainly not a dataset; anything else (octet-stream, text/plain) is tried as JSON. */
/** Bodies that are never a dataset: a web page, media, fonts. XML is allowed: GEXF and GraphML are XML. */
const NOT_DATA = /^(image\/|audio\/|video\/|font\/)/i;
const WEB_PAGE = /^(text\/html|application\/xhtml)/i;

export class SourceLoader implements ReactiveController {
  private controller?: AbortController;
  private generation = 0;
  /** The request in flight. */
  private current?: Request;
  /** A request cut off by disconnection, made again on reconnection. */
  private resume?: Request;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: SourceLoaderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const resume = this.resume;
    this.resume = undefined;
    if (resume) void this.load(resume.src, resume.timeout, resume.maxBytes);
  }

  hostDisconnected(): void {
    this.resume = this.current;
    this.cancel();
  }

  /** Stops the request in flight, if any; its answer, if it still comes, is ignored. */
  cancel(): void {
    this.generation += 1;
    this.controller?.abort();
    this.controller = undefined;
    if (this.current) {
      this.current = undefined;
      this.options.onLoading?.(false);
    }
  }

  /** Loads `src`, giving up after `timeout` milliseconds or once the body passes `maxBytes`. */
  async load(src: string, timeout: number, maxBytes: number = DEFAULT_LIMITS.maxBytes): Promise<void> {
    this.cancel();
    this.resume = undefined;
    const generation = this.generation;
    const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
    const url = safeUrl(src, base);
    if (!url) {
      this.options.onError(new SourceError(`src ${shortSrc(src, true)} is not an http(s) or relative URL; only those are loaded`), src);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.current = { src, timeout, maxBytes };
    const timer = setTimeout(
      () => controller.abort(new SourceError(`timed out after ${formatDuration(timeout)}; try again, or raise the timeout`)),
      timeout,
    );
    this.options.onLoading?.(true);
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) throw new SourceError(describeStatus(response));
      const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
      const expected = this.options.expected ?? 'JSON';
      if (WEB_PAGE.test(type)) throw new SourceError(`the server sent a web page (${type}) instead of ${expected}; check the URL`);
      if (NOT_DATA.test(type)) throw new SourceError(`the server sent ${type}, not ${expected}; check the URL`);
      const text = await readText(response, controller, maxBytes);
      if (generation === this.generation) this.options.onText(text, src, type);
    } catch (error) {
      if (generation !== this.generation) return; // superseded: a newer src owns the element now
      const reason = controller.signal.reason instanceof SourceError ? controller.signal.reason : error;
      const detail = reason instanceof SourceError ? reason.message : describeFailure(reason);
      this.options.onError(new SourceError(`Could not load ${shortSrc(src)}: ${detail}`), src);
    } finally {
      clearTimeout(timer);
      if (generation === this.generation) {
        this.controller = undefined;
        this.current = undefined;
        this.options.onLoading?.(false);
      }
    }
  }
}

/**
 * The body as text, refusing it before reading when `Content-Length` says it is too big, and
 * otherwise counting bytes as they arrive and stopping (aborting the download) past `maxBytes`.
 */
async function readText(response: Response, controller: AbortController, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw stop(
      controller,
      `the file is ${count(declared)} bytes, more than the limit of ${count(maxBytes)} (limits.maxBytes); raise the limit if this is intended`,
    );
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => {});
      throw stop(
        controller,
        `the file is more than the limit of ${count(maxBytes)} bytes (limits.maxBytes), so reading stopped; raise the limit if this is intended`,
      );
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function stop(controller: AbortController, message: string): SourceError {
  const error = new SourceError(message);
  controller.abort(error);
  return error;
}

function describeStatus(response: Response): string {
  const status = `${response.status} ${response.statusText}`.trim();
  if (response.status === 404 || response.status === 410) return `the server answered ${status}: there is no file at this URL; check it`;
  if (response.status >= 500) return `the server answered ${status}: it failed on its side; try again later`;
  return `the server answered ${status}; check the URL and that this page may read it`;
}

function describeFailure(reason: unknown): string {
  const message = reason instanceof Error ? reason.message : String(reason);
  // fetch says only "Failed to fetch" for offline, DNS, CORS and redirect loops alike.
  return `the request failed (${message}): the server is unreachable, refused this page (CORS) or redirected too often`;
}

/** `src` as it may appear in a message: cut short, JSON-quoted if asked (to show odd whitespace), no markup. */
function shortSrc(src: string, quoted = false): string {
  const cut = src.length > 80 ? `${src.slice(0, 79)}…` : src;
  return (quoted ? JSON.stringify(cut) : cut).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

function count(n: number): string {
  return new Intl.NumberFormat('en').format(n);
}
