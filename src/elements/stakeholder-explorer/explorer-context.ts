/**
 * The one channel between `<stakeholder-explorer>` and its parts: state flows down through Lit
 * context, requests flow up as events.
 *
 * Why context: the toolbar and panels sit in the explorer's shadow root, and some arrive later in
 * a lazy chunk. A context provider on the explorer answers each part when it connects and pushes
 * every later change to it, across shadow roots, with nothing for the explorer to wire per part
 * (no attribute mirroring, no bag of callbacks, no state copied into each panel by hand). Outside
 * an explorer nothing answers, and a panel used on its own takes the same state as properties.
 */
import type { GroupBy } from '../../graph/groups';
import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type Graph from 'graphology';
import type { Registry } from '../../graph/registry';
import type { VisibleSet } from '../../graph/filter';
import type { PathResult } from '../../graph/paths';
import type { Focus, Hops, PathQuery, Selection, Theme } from '../../graph/state-types';
import type { ExplorerControl } from '../controls';
import type { DataFormat, ImageFormat } from '../stakeholder-graph/graph-export';
import type { Analysis } from '../../analysis/types';
import type { ColorBy, SizeBy } from '../../state/analysis-looks';
import type { StakeholderGraph } from '../stakeholder-graph/stakeholder-graph.component';

/** What the last Open, drop or paste loaded, for the banner that reports it (explorer-import.ts). */
export interface ImportReport {
  /** Where it came from, for a person: the file names, or "the pasted text". */
  source: string;
  /** What the importer understood: "187 actors, 684 relationships (undirected); Source → source, …". */
  mapping: string;
  /** What loaded but deserves a look. */
  warnings: readonly string[];
  /** Whether Undo can bring back the dataset shown before. */
  undoable: boolean;
}

/** What the explorer shows: its graph's state, and the explorer's own settings. */
export interface ExplorerState {
  graph: Graph | undefined;
  registry: Registry | undefined;
  selection: Selection;
  /** What the filter shows, or null when it shows everything. */
  visible: VisibleSet | null;
  focus: Focus;
  /** The layout shown. */
  layout: string;
  pathQuery: PathQuery | undefined;
  pathResult: PathResult | null;
  /** The parts `controls` shows. */
  shown: ReadonlySet<ExplorerControl>;
  /** Hops the Focus control covers. */
  hops: Hops;
  theme: Theme;
  /** The last import's report while its banner is shown, else null. */
  imported: ImportReport | null;
  /** The last analysis of the dataset shown (of what the filter showed), or null before any ran. */
  analysis: Analysis | null;
  /** Whether an analysis asked for by a part is still running. */
  analyzing: boolean;
  /** What colours and sizes the actors (the graph's `color-by` and `size-by`). */
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** What groups the actors now (the graph's `group-by`, or the overview's `community`). */
  groupBy: GroupBy;
  /** How many collapsed groups the path shown runs through. */
  pathGroups: number;
  /**
   * The URL a source's relative `textUrl` resolves against: the dataset's (the explorer's `src`,
   * resolved against the document) when it came from `src`, else the document's.
   */
  sourceBase: string;
  /** The inner `<stakeholder-graph>`, for a part that reads more of it (the story editor captures its view and its data). */
  graphElement: StakeholderGraph | null;
}

/** A string key, so two copies of the bundle on one page still find each other's explorer. */
export const explorerContext = createContext<ExplorerState | undefined>('sg-explorer-state');

/** Inside an explorer, calls `apply` with its state now and on every change. */
export function followExplorer(host: ReactiveControllerHost & HTMLElement, apply: (state: ExplorerState) => void): void {
  new ContextConsumer(host, {
    context: explorerContext,
    subscribe: true,
    callback: (state) => {
      if (state) apply(state);
    },
  });
}

/** What a part asks of the explorer (the toolbar's buttons and menus, the import banner's buttons, the analysis panel). */
export type ExplorerRequest =
  | { type: 'select'; key: string | null }
  | { type: 'focus'; key: string; hops: Hops }
  | { type: 'clear-focus' }
  | { type: 'hops'; hops: Hops }
  | { type: 'layout'; id: string }
  | { type: 'theme'; theme: Theme }
  | { type: 'zoom'; to: 'in' | 'out' | 'fit' }
  | { type: 'save'; what: 'data'; format: DataFormat }
  | { type: 'save'; what: 'image'; format: ImageFormat }
  /** Load these files together (Open…): an actors and a relationships sheet, or one file of any format. */
  | { type: 'open'; files: readonly File[] }
  /** Download the CSV template (actors.csv and relationships.csv). */
  | { type: 'template' }
  /** The import banner's buttons: bring back the dataset shown before the import, or just close the banner. */
  | { type: 'undo-import' }
  | { type: 'dismiss-import' }
  /** Analyse what the filter shows (the analysis panel's Run analysis). */
  | { type: 'analyze' }
  /** The analysis panel's menus: set the graph's `color-by` or `size-by`. */
  | { type: 'color-by'; value: ColorBy }
  | { type: 'size-by'; value: SizeBy }
  /** The toolbar's Group menu: set the graph's `group-by`. */
  | { type: 'group-by'; value: GroupBy }
  /** The path panel: open the collapsed groups the path runs through. */
  | { type: 'open-path-groups' }
  /** The story editor: tell this story (checked by the graph; null goes back to the dataset's own), or show a step (id or index; null leaves the story). */
  | { type: 'set-story'; story: object | null }
  | { type: 'step'; step: string | number | null };

/** Sends a request up to the explorer (bubbling and composed, like every event of the elements). */
export function requestFromExplorer(from: EventTarget, request: ExplorerRequest): void {
  from.dispatchEvent(new CustomEvent('sg-request', { detail: request, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sg-request': CustomEvent<ExplorerRequest>;
  }
}
