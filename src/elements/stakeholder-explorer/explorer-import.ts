/**
 * "Bring your own map" in the explorer: files dropped on it and text pasted into it are loaded
 * into its graph, as are the files Open… picks (the toolbar sends those up as a request). Every
 * load goes through the graph's `load()`, which is atomic: on failure the graph shows its own
 * error banner and keeps the dataset it had. On success the explorer shows a banner with what
 * the importer understood (sg-import-banner.component.ts), and Undo brings back the dataset
 * shown before.
 *
 * Only what must answer at once is here, in the eager bundle: the drag and paste listeners (a
 * drag is accepted, and a paste claimed, synchronously) and the state the explorer renders. The
 * import itself (import-session.ts), the banner and the drop target arrive on demand.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type Graph from 'graphology';
import type { StakeholderGraph } from '../stakeholder-graph/stakeholder-graph.component';
import type { LoadInput } from '../stakeholder-graph/graph-loading';
import type { SgLoadDetail } from '../events';
import type { ImportReport } from './explorer-context';

export interface ImportHost extends ReactiveControllerHost, HTMLElement {
  readonly graphElement: StakeholderGraph | null;
}

export interface ImportOptions {
  /** Whether importing is on (the `open` control): when off, drops and pastes are left to the page. */
  enabled: () => boolean;
  /** The report or the drop target changed: re-render and hand the state to the parts. */
  changed: () => void;
}

export class ExplorerImport implements ReactiveController {
  /** Files are being dragged over the explorer: the drop target shows. */
  dragging = false;
  /** The last import's report while its banner shows. */
  report: ImportReport | null = null;

  /** Brings back what the last import replaced. */
  private undoLast: (() => Promise<void>) | null = null;
  /** The graph the last import showed: a load of anything else makes the banner stale. */
  private reported: Graph | null = null;

  constructor(
    private readonly host: ImportHost,
    private readonly options: ImportOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const [type, listener] of this.listeners) this.host.addEventListener(type, listener as EventListener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this.listeners) this.host.removeEventListener(type, listener as EventListener);
    this.setDragging(false);
  }

  /** Loads `inputs` together (files of one dataset, or one text) and reports what was understood. */
  async load(inputs: readonly LoadInput[]): Promise<void> {
    const element = this.host.graphElement;
    if (!element || inputs.length === 0) return;
    // A new import replaces the last one's banner, whether or not it succeeds: on failure the
    // graph's error banner alone speaks.
    this.dismiss();
    const { runImport } = await import('./import-session');
    const done = await runImport(element, inputs);
    if (!done) return;
    this.undoLast = done.undo;
    this.reported = done.graph;
    this.setReport(done.report);
  }

  /** Brings back the dataset shown before the last import, as it was being looked at. */
  async undo(): Promise<void> {
    const undo = this.undoLast;
    this.dismiss();
    await undo?.();
  }

  dismiss(): void {
    this.undoLast = null;
    this.reported = null;
    this.setReport(null);
  }

  private setReport(report: ImportReport | null): void {
    if (report === this.report) return;
    this.report = report;
    this.options.changed();
  }

  private setDragging(dragging: boolean): void {
    if (dragging === this.dragging) return;
    this.dragging = dragging;
    this.options.changed();
  }

  /** Another load (the page's `data` or `src`, or Undo) replaced what the banner reports. */
  private readonly onLoad = (event: CustomEvent<SgLoadDetail>): void => {
    if (this.report && event.detail.graph !== this.reported) this.dismiss();
  };

  private readonly onDragOver = (event: DragEvent): void => {
    // Only files: a dragged selection of text or a link is the page's business.
    if (!this.options.enabled() || !event.dataTransfer?.types.includes('Files')) return;
    // Accepting the drag is what makes the browser deliver the drop instead of opening the file.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.setDragging(true);
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    // Crossing from one element to another inside the explorer fires a leave too: ignore those
    // (the related target, seen from the host, is the host itself or something in its light DOM).
    const into = event.relatedTarget as Node | null;
    if (into && (into === this.host || this.host.contains(into))) return;
    this.setDragging(false);
  };

  private readonly onDrop = (event: DragEvent): void => {
    if (!this.options.enabled()) return;
    this.setDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    void this.load(files);
  };

  /**
   * Ctrl/⌘+V anywhere in the explorer but a text field: pasted files, else pasted text, load as
   * a dataset (the format is detected). A paste into the search field stays a paste.
   */
  private readonly onPaste = (event: ClipboardEvent): void => {
    if (!this.options.enabled() || event.defaultPrevented || isTextField(event.composedPath()[0])) return;
    const clipboard = event.clipboardData;
    if (!clipboard) return;
    const files = [...clipboard.files];
    const text = files.length === 0 ? clipboard.getData('text/plain') : '';
    if (files.length === 0 && text.trim() === '') return;
    event.preventDefault();
    void this.load(files.length > 0 ? files : [text]);
  };

  private readonly listeners = [
    ['dragenter', this.onDragOver],
    ['dragover', this.onDragOver],
    ['dragleave', this.onDragLeave],
    ['drop', this.onDrop],
    ['paste', this.onPaste],
    ['sg-load', this.onLoad],
  ] as const;
}

function isTextField(target: EventTarget | undefined): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
