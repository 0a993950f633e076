/**
 * Reading datasets into `<stakeholder-graph>`: `src` (fetched by SourceLoader, JSON shown at
 * once, other formats through the importers, loaded on demand), `data`, `load()` for files and
 * text in any format, big JSON read in the import worker, and `retry()`. A newer load always wins
 * over one still reading. The element shows what was read (`show`, in the component) and reports
 * what failed, leaving the graph on screen.
 */
import type { PropertyValues } from 'lit';
import type Graph from 'graphology';
import { DatasetError } from '../../graph/problems';
import { SourceLoader } from '../controllers/source-loader';
import type { LoadInput, LoadOptions, ReadInput } from './graph-loading';
import { looksLikeJson, readsInWorker } from './source-format';
import { StoryModel } from './story-model';

export abstract class GraphReading extends StoryModel {
  /** Counts loads begun, so an answer that arrives after a newer load began is dropped. */
  protected loads = 0;
  protected readonly loader = new SourceLoader(this, {
    onText: (text, url, contentType) => void this.loadSource(text, url, contentType),
    onError: (error) => this.fail(error.message, [{ path: 'src', message: error.message }], undefined, true),
    onLoading: (loading) => (this.loading = loading),
  });
  /** Loads `src` again (what the error banner's Retry button does after a failed load). */
  retry(): void {
    if (this.src) void this.loader.load(this.src, this.timeout, this.limits?.maxBytes);
  }

  /** Starts reading what `data` or `src` now name (from `willUpdate`). */
  protected readChanged(changed: PropertyValues): void {
    if (changed.has('data') && this.data !== undefined) {
      this.loader.cancel();
      this.loads += 1;
      if (readsInWorker(this.data)) void this.showBig(this.data, false);
      else this.showReported({ data: this.data, format: 'json', mapping: '', warnings: [] });
    } else if (changed.has('src') && this.src) {
      this.loads += 1;
      void this.loader.load(this.src, this.timeout, this.limits?.maxBytes);
    }
  }

  /**
   * Loads a dataset in any format the element reads: a dataset object, a graphology Graph, or
   * text, a Blob or a File of JSON, CSV/TSV, GEXF or GraphML, or several (an actors sheet and a
   * relationships sheet, in any order). Atomic: resolves with the graph shown, or rejects with
   * the `{message, problems}` that `sg-error` carries and leaves the graph on screen. A newer
   * load (or `src`, or `data`) wins over one still reading.
   */
  async load(input: LoadInput | readonly LoadInput[], options: LoadOptions = {}): Promise<Graph> {
    this.loader.cancel();
    const load = ++this.loads;
    let read: ReadInput;
    try {
      const { readInputs } = await import('./graph-loading');
      read = await readInputs(Array.isArray(input) ? input : [input], options, this.limits);
    } catch (error) {
      // A newer load owns the element now: reject without reporting over it.
      if (load !== this.loads) throw error;
      throw this.failLoad(error, false);
    }
    if (load !== this.loads) throw new DatasetError([{ path: '$', message: 'a newer load replaced this one before it was shown' }]);
    return this.show(read);
  }

  /** `src` arrived: JSON is shown at once; other formats are read first (detected from the URL, the content type and the text). */
  private async loadSource(text: string, url: string, contentType: string): Promise<void> {
    const load = ++this.loads;
    // JSON, the common case, is shown at once, without the importers' code.
    if (looksLikeJson(text, url, contentType, this.format)) {
      if (readsInWorker(text)) void this.showBig(text, true);
      else this.showReported({ data: text, format: 'json', mapping: '', warnings: [] }, true);
      return;
    }
    const file = new Blob([text], { type: contentType });
    const name = url.split(/[?#]/)[0]!.split('/').pop() || undefined;
    try {
      const { readInputs } = await import('./graph-loading');
      const read = await readInputs(
        [name ? new File([file], name, { type: contentType }) : text],
        { format: this.format ?? undefined },
        this.limits,
      );
      if (load === this.loads) this.showReported(read, true);
    } catch (error) {
      if (load === this.loads) this.failLoad(error, true);
    }
  }

  /** A big dataset, read and validated in the worker (source-format.ts), then shown; failures reported. */
  private async showBig(data: string | object, fromSrc: boolean): Promise<void> {
    const load = this.loads;
    this.loading = true;
    try {
      const { readBigJson } = await import('./graph-loading');
      const read = await readBigJson(data, this.limits);
      if (load === this.loads) this.showReported(read, fromSrc);
    } catch (error) {
      if (load === this.loads) this.failLoad(error, fromSrc);
    } finally {
      if (load === this.loads) this.loading = false;
    }
  }

  /** Validates and builds a new graph; swaps it in only when everything succeeded. Throws what it reported. */
  protected abstract show(read: ReadInput, fromSrc?: boolean): Graph;

  /** `show` for callers with no promise to reject: the failure is already in the banner and `sg-error`. */
  protected showReported(read: ReadInput, fromSrc = false): void {
    try {
      this.show(read, fromSrc);
    } catch {
      // Reported by show().
    }
  }

  /** Reports a failed load (banner and `sg-error`) and returns it as a DatasetError to reject with. */
  protected failLoad(error: unknown, fromSrc: boolean): DatasetError {
    const failure = error instanceof DatasetError ? error : new DatasetError([{ path: '$', message: errorText(error) }]);
    const message = error instanceof DatasetError ? error.message : `Could not load the data: ${errorText(error)}`;
    this.fail(message, [...failure.problems], undefined, fromSrc);
    return failure;
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
