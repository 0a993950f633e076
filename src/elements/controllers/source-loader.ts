/**
 * Fetches a dataset from a URL for an element: one request at a time (a new `src` aborts the one
 * in flight, and a late answer for an old `src` is ignored), a timeout, and errors that say what
 * went wrong in words a page author can act on. Only `http(s):` and relative URLs are fetched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl } from '../../graph/safe-url';

export class SourceError extends Error {
  override name = 'SourceError';
}

export interface SourceLoaderOptions {
  /** Called with the body of the latest request once it arrives. */
  onText: (text: string, url: string) => void;
  /** Called when the latest request fails. */
  onError: (error: SourceError, url: string) => void;
  /** Called when a request starts (true) and ends (false). */
  onLoading?: (loading: boolean) => void;
}

export class SourceLoader implements ReactiveController {
  private controller?: AbortController;
  private generation = 0;

  constructor(host: ReactiveControllerHost, private readonly options: SourceLoaderOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  cancel(): void {
    this.generation += 1;
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Loads `src`, giving up after `timeout` milliseconds. */
  async load(src: string, timeout: number): Promise<void> {
    this.cancel();
    const generation = this.generation;
    const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
    const url = safeUrl(src, base);
    if (!url) {
      this.options.onError(new SourceError(`src ${JSON.stringify(src.slice(0, 80)).replace(/</g, '\\u003c')} is not an http(s) or relative URL; only those are loaded`), src);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    const timer = setTimeout(() => controller.abort(new SourceError(`timed out after ${Math.round(timeout / 1000)} s`)), timeout);
    this.options.onLoading?.(true);
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) throw new SourceError(`the server answered ${response.status} ${response.statusText}`.trim());
      const type = response.headers.get('content-type') ?? '';
      if (/html|xml/i.test(type)) {
        throw new SourceError(`the server sent a web page (${type.split(';')[0]}) instead of JSON; check the URL`);
      }
      const text = await response.text();
      if (generation === this.generation) this.options.onText(text, src);
    } catch (error) {
      if (generation !== this.generation) return; // superseded: a newer src owns the element now
      const reason = controller.signal.reason instanceof SourceError ? controller.signal.reason : error;
      const detail = reason instanceof SourceError ? reason.message : `the request failed (${reason instanceof Error ? reason.message : String(reason)})`;
      this.options.onError(new SourceError(`Could not load ${src}: ${detail}`), src);
    } finally {
      clearTimeout(timer);
      if (generation === this.generation) {
        this.controller = undefined;
        this.options.onLoading?.(false);
      }
    }
  }
}
