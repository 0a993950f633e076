/**
 * The attributes and properties of `<stakeholder-graph>`, with their defaults, and the values
 * read straight from them (the filter, the path query). The element's behaviour is in
 * stakeholder-graph.component.ts; this base keeps its declarations in one place.
 */
import { LitElement } from 'lit';
import type { DatasetInput } from '../../graph/load';
import type { Limits } from '../../graph/limits';
import { formatList, parseList, type Filter, type VisibleSet } from '../../graph/filter';
import type { Direction, PathOptions } from '../../graph/paths';
import { DEFAULT_PATH_QUERY, type Focus, type Hops, type PathQuery, type Theme } from '../../graph/state-types';
import type Graph from 'graphology';
import type { Registry } from '../../graph/registry';
import { filterFromAttributes, type StateInputs } from '../../state/view-state';
import type { PathAnnouncement } from '../../state/announcements';
import type { ShownError } from './graph-template';
import type { ColorBy, GroupEntry, SizeBy } from '../../state/analysis-looks';
import type { ImportFormat } from '../../io/types';
import type { Grouping } from '../../graph/groups';
import type { RendererSetting } from '../../view/renderer-choice';
import { DEFAULT_OVERVIEW_THRESHOLD } from './graph-groupings';

export class GraphAttributes extends LitElement {
  static override properties = {
    src: { type: String, reflect: true },
    format: { type: String, reflect: true },
    data: { attribute: false },
    limits: { attribute: false },
    label: { type: String, reflect: true },
    timeout: { type: Number },
    selected: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    edgeTypes: { type: String, attribute: 'edge-types', reflect: true },
    statuses: { type: String, reflect: true },
    nodeKinds: { type: String, attribute: 'node-kinds', reflect: true },
    theme: { type: String, reflect: true },
    hops: { type: Number, attribute: 'focus-hops', reflect: true },
    renderer: { type: String, reflect: true },
    controls: { type: String, reflect: true },
    colorBy: { type: String, attribute: 'color-by', reflect: true },
    sizeBy: { type: String, attribute: 'size-by', reflect: true },
    groupBy: { type: String, attribute: 'group-by', reflect: true },
    overviewThreshold: { type: Number, attribute: 'overview-threshold', reflect: true },
    semanticZoom: { type: String, attribute: 'semantic-zoom', reflect: true },
    asOf: { type: String, attribute: 'as-of', reflect: true },
    compareRange: { type: String, attribute: 'compare-range', reflect: true },
    undated: { type: String, reflect: true },
    ended: { type: String, reflect: true },
    pathFrom: { type: String, attribute: 'path-from', reflect: true },
    pathTo: { type: String, attribute: 'path-to', reflect: true },
    pathTypes: { type: String, attribute: 'path-types', reflect: true },
    pathDirection: { type: String, attribute: 'path-direction', reflect: true },
    pathIndex: { type: Number, attribute: 'path-index', reflect: true },
    step: { reflect: true },
    storySrc: { type: String, attribute: 'story-src', reflect: true },
    storyScroll: { type: Boolean, attribute: 'story-scroll', reflect: true },
    storyEmphasis: { state: true },
    focusState: { state: true },
    pathExtra: { state: true },
    preview: { state: true },
    pendingPathStart: { state: true },
    cursor: { state: true },
    error: { state: true },
    loading: { state: true },
    hint: { state: true },
    announcement: { state: true },
    groupLegend: { state: true },
    hoveredEdge: { state: true },
    grouping: { state: true },
    collapsedGroups: { state: true },
    groupCursor: { state: true },
  };

  // ---- attributes and properties ---------------------------------------------------------

  /** URL of a dataset (JSON) to load; `http(s):` or relative. */
  declare src: string | undefined;
  /** The format of `src` (`json`, `csv`, `tsv`, `gexf`, `graphml`), over detection by file name, content type and content. */
  declare format: ImportFormat | null;
  /** A dataset as an object, JSON text, or a graphology Graph; copied, never mutated. */
  declare data: DatasetInput | undefined;
  /** Size limits for loaded datasets (see `Limits`); generous defaults. */
  declare limits: Partial<Limits> | undefined;
  /** Accessible name of the graph; defaults to the dataset's title. */
  declare label: string | undefined;
  /** Milliseconds before loading `src` gives up. Default 20,000. */
  declare timeout: number;
  /** Key of the selected actor or relationship (nodes and edges share one key space). */
  declare selected: string | null;
  /** Layout id: `force`, `concentric`, `circle`, `grid`, `breadthfirst`, `preset`. */
  declare layout: string | null;
  /** Comma-separated edge types to show; empty or absent shows all, `,` alone none. */
  declare edgeTypes: string | null;
  /** Comma-separated statuses to show (`confirmed,reported,potential,unspecified`). */
  declare statuses: string | null;
  /** Comma-separated actor kinds to show. */
  declare nodeKinds: string | null;
  /** `auto` (follows the system), `light` or `dark`. */
  declare theme: Theme;
  /**
   * `auto` (default): Cytoscape's WebGL renderer for big graphs (20,000 actors and relationships
   * or more) where the browser reports a hardware GPU, else the canvas; `canvas` or `webgl`
   * forces one. Software GL (SwiftShader, llvmpipe) keeps the canvas: it drew 2-15x slower here.
   */
  declare renderer: RendererSetting;
  /** Space-separated parts of the element's own UI to show: `legend`, `hints`. Absent shows both; unknown tokens are ignored and reported with `sg-error`. */
  declare controls: string | null;
  /** What colours the actors: `kind` (default), `camp` (camps from friendly and hostile ties) or `community` (Louvain). Camps and communities also get a ring pattern and a badge. */
  declare colorBy: ColorBy;
  /** What sizes the actors: `none` (default), `degree`, `betweenness` or `pagerank`. */
  declare sizeBy: SizeBy;
  /**
   * What groups the actors: `none`, `data` (each actor's `group`), `kind`, `camp` or
   * `community`. Unset: none, or `community` with every group collapsed above
   * `overview-threshold` actors (the overview).
   */
  declare groupBy: string | null;
  /** Above this many actors a graph opens as an overview of collapsed communities. Default 3,000. */
  declare overviewThreshold: number;
  /** `on` (default): zooming into a collapsed group until it fills half the view opens it; `off` does not. */
  declare semanticZoom: 'on' | 'off';
  /** Shows the graph as of a date (`2024`, `2024-06`, `2024-06-19`): claims not yet made hidden, ended ones drawn as ended, each with its status then. Unset: every claim. */
  declare asOf: string | null;
  /** Compare mode, `FROM/TO` (`2024-06/2024-10`): the graph as of TO with what appeared, ended or changed status since FROM marked and listed. */
  declare compareRange: string | null;
  /** Undated claims while a date is set: `show` (default) or `hide`. */
  declare undated: 'show' | 'hide';
  /** Claims ended by the date: `show` (default, drawn as ended) or `hide`. */
  declare ended: 'show' | 'hide';
  /** Hops a focus covers when started by double-click or Enter (1 or 2). Default 1. */
  declare hops: Hops;
  /** Key of the actor a highlighted path starts from (with `path-to`). */
  declare pathFrom: string | null;
  /** Key of the actor a highlighted path leads to. */
  declare pathTo: string | null;
  /** Comma-separated edge types a path may use; empty allows all. */
  declare pathTypes: string | null;
  /** `follow` (along arrows; undirected ties both ways, the default) or `ignore` (any direction). */
  declare pathDirection: Direction | null;
  /** Which path to show, 0 for the shortest. */
  declare pathIndex: number;
  /** The story's step shown, by id (`pact`) or index (`2`); absent: free exploration. Setting it starts the story there. */
  declare step: string | number | null;
  /** URL of a story (`{title, steps}`) to tell, over the dataset's own `story`; fetched like `src`. */
  declare storySrc: string | undefined;
  /** The step follows the page's sections carrying `data-sg-step="<id>"`: the one in the middle of the viewport, or the one focused. */
  declare storyScroll: boolean;

  // ---- internal state (derived into `state` on every update) ------------------------------

  declare protected focusState: Focus;
  /** Path options that have no attribute: given to `highlightPath` or `setPathQuery`. */
  declare protected pathExtra: Pick<PathOptions, 'statuses' | 'maxHops' | 'maxPaths' | 'weight'>;
  /** The path previewed (hovered in the panel), or null. */
  declare protected preview: number | null;
  /** The first actor picked with Shift-click or Shift+Enter, waiting for the second. */
  declare protected pendingPathStart: string | null;
  /** The actor the arrow keys are on. */
  declare protected cursor: string | null;
  declare protected error: ShownError | undefined;
  declare protected loading: boolean;
  declare protected hint: string | undefined;
  declare protected announcement: string | PathAnnouncement;
  /** The camps or communities the legend lists while `color-by` shows them. */
  declare protected groupLegend: { kind: 'camp' | 'community'; entries: GroupEntry[] } | null;
  /** The relationship under the pointer, and where (its tooltip). */
  declare protected hoveredEdge: { key: string; x: number; y: number } | null;
  /** The grouping drawn (computed from `group-by`), or null. */
  declare protected grouping: Grouping | null;
  /** The keys of the collapsed groups (a new set on every change). */
  declare protected collapsedGroups: ReadonlySet<string>;
  /** The group the keyboard or a click is on (Enter opens it), or null. */
  declare protected groupCursor: string | null;
  /** What a story step brings forward when it has no path or focus: its cited claims and their actors. */
  declare protected storyEmphasis: VisibleSet | null;

  constructor() {
    super();
    this.timeout = 20_000;
    this.format = null;
    this.selected = null;
    this.layout = null;
    this.edgeTypes = null;
    this.statuses = null;
    this.nodeKinds = null;
    this.theme = 'auto';
    this.hops = 1;
    this.renderer = 'auto';
    this.controls = null;
    this.pathFrom = null;
    this.pathTo = null;
    this.pathTypes = null;
    this.pathDirection = null;
    this.pathIndex = 0;
    this.focusState = null;
    this.pathExtra = {};
    this.preview = null;
    this.pendingPathStart = null;
    this.cursor = null;
    this.loading = false;
    this.announcement = '';
    this.colorBy = 'kind';
    this.sizeBy = 'none';
    this.groupLegend = null;
    this.hoveredEdge = null;
    this.groupBy = null;
    this.overviewThreshold = DEFAULT_OVERVIEW_THRESHOLD;
    this.semanticZoom = 'on';
    this.grouping = null;
    this.collapsedGroups = new Set();
    this.groupCursor = null;
    this.asOf = null;
    this.compareRange = null;
    this.undated = 'show';
    this.ended = 'show';
    this.step = null;
    this.storyScroll = false;
    this.storyEmphasis = null;
  }

  /** The active filter (from the `edge-types`, `statuses` and `node-kinds` attributes): per facet the keys shown, or null for all. */
  get filter(): Filter {
    return filterFromAttributes(this.edgeTypes, this.statuses, this.nodeKinds);
  }

  /** Sets the filter; the attributes follow (an empty list, none shown, reads `,`). */
  set filter(filter: Filter) {
    this.edgeTypes = formatList(filter.edgeTypes);
    this.statuses = formatList(filter.statuses);
    this.nodeKinds = formatList(filter.nodeKinds);
  }

  /** The path query in effect: the path attributes plus the options given to `highlightPath`. */
  get pathQuery(): PathQuery {
    return {
      from: this.pathFrom || null,
      to: this.pathTo || null,
      types: parseList(this.pathTypes),
      direction: this.pathDirection === 'ignore' ? 'ignore' : 'follow',
      statuses: this.pathExtra.statuses ?? null,
      maxHops: this.pathExtra.maxHops ?? DEFAULT_PATH_QUERY.maxHops,
      index: this.pathIndex,
    };
  }

  protected setPathAttributes(query: Partial<PathQuery>): void {
    if (query.from !== undefined) this.pathFrom = query.from;
    if (query.to !== undefined) this.pathTo = query.to;
    if (query.types !== undefined) this.pathTypes = formatList(query.types);
    if (query.direction !== undefined) this.pathDirection = query.direction;
    if (query.index !== undefined) this.pathIndex = query.index;
    this.preview = null;
  }

  /** The inputs of the view state: these attributes and properties, and the model. */
  protected stateInputs(graph: Graph | undefined, registry: Registry | undefined): StateInputs {
    return {
      graph,
      registry,
      selected: this.selected,
      edgeTypes: this.edgeTypes,
      statuses: this.statuses,
      nodeKinds: this.nodeKinds,
      focus: this.focusState,
      layout: this.layout,
      path: this.pathQuery,
      pathOptions: { maxPaths: this.pathExtra.maxPaths, weight: this.pathExtra.weight },
      preview: this.preview,
      grouping: this.grouping,
      collapsed: this.collapsedGroups,
      emphasis: this.storyEmphasis,
    };
  }
}
