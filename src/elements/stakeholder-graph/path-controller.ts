/**
 * The path state of `<stakeholder-graph>`: the query (its `path-*` attributes plus the options
 * given to `highlightPath`), the paths found for it (recomputed only when the query, the filter
 * or the graph changed), the preview, the two-step Shift-pick of a path's ends, the screen-reader
 * announcement of the path shown, and the `sg-path` event. The element keeps the attributes and
 * its public methods; this controller does the work behind them.
 */
import type { ReactiveControllerHost } from 'lit';
import type Graph from 'graphology';
import { nodeLabel, type Registry } from '../../graph/registry';
import { formatList, parseList, type VisibleSet } from '../../graph/filter';
import { findPaths, UnknownActorError, type Direction, type Path, type PathOptions, type PathResult } from '../../graph/paths';
import { describeHop } from '../../graph/path-narrative';
import type { Problem } from '../../graph/problems';
import { emit, type SgPathDetail } from '../events';

/** The path query as the path panel and the URL state see it. */
export interface PathQuery {
  from: string | null;
  to: string | null;
  types: string[] | null;
  direction: Direction;
  statuses: string[] | null;
  maxHops: number;
  index: number;
}

/** Options of `highlightPath`: the path query, and which of the paths found to show. */
export interface HighlightOptions extends PathOptions {
  /** Index into the paths found (shortest first); default 0. */
  index?: number;
}

/** The path shown, as the live region reads it: one line, then the hops as a list. */
export interface PathAnnouncement {
  intro: string;
  hops: string[];
}

/** What the controller needs of the element: its path attributes and current graph. */
export interface PathHost extends ReactiveControllerHost, HTMLElement {
  pathFrom: string | null;
  pathTo: string | null;
  pathTypes: string | null;
  pathDirection: Direction | null;
  pathIndex: number;
  readonly graph: Graph | undefined;
  readonly types: Registry | undefined;
  readonly visibleElements: VisibleSet | null;
}

export interface PathCallbacks {
  /** Reports an unknown actor (the error banner and `sg-error`). */
  fail(message: string, problems: Problem[], title: string): void;
  /** Says something in the live region. */
  say(text: string): void;
  /** Shows a passing hint over the canvas. */
  hint(text: string): void;
}

export class PathController {
  /** Path options beyond the attributes (statuses, maxHops, …) given to `highlightPath`. */
  private extra: PathOptions = {};
  private found: PathResult | null = null;
  private foundFor = '';
  private lastEventKey = '';
  private previewIndex: number | null = null;
  /** The first actor picked with Shift-click or Shift+Enter, waiting for the second. */
  private pendingFrom: string | null = null;
  /** The path shown, for the live region (null when none is). */
  announcement: PathAnnouncement | null = null;

  constructor(
    private readonly host: PathHost,
    private readonly callbacks: PathCallbacks,
  ) {}

  /** All simple paths from `from` to `to` within the filter; unknown actors are reported, then thrown. */
  find(from: string, to: string, options: PathOptions): PathResult {
    const { graph, types: registry } = this.host;
    if (!graph || !registry) throw new Error('No graph loaded yet: wait for the sg-load event.');
    try {
      return findPaths(graph, registry, from, to, { visible: this.host.visibleElements, ...options });
    } catch (error) {
      if (error instanceof UnknownActorError) {
        this.callbacks.fail(
          `Path not shown: ${error.message}`,
          [{ path: graph.hasNode(from) ? 'to' : 'from', message: error.message }],
          'Could not find paths.',
        );
      }
      throw error;
    }
  }

  /** Highlights path `options.index` (default the shortest) and returns it, or null when none exists. */
  highlight(from: string, to: string, options: HighlightOptions): Path | null {
    const { index = 0, ...query } = options;
    const result = this.find(from, to, query);
    this.extra = { statuses: query.statuses, maxHops: query.maxHops, maxPaths: query.maxPaths, weight: query.weight };
    const host = this.host;
    host.pathFrom = from;
    host.pathTo = to;
    host.pathTypes = formatList(query.types ?? null);
    host.pathDirection = query.direction ?? 'follow';
    host.pathIndex = index;
    this.setPreview(null);
    return result.paths[index] ?? null;
  }

  /** Sets the whole query at once; ends may be null while the user is still picking. */
  setQuery(query: Partial<PathQuery>): void {
    const next = { ...this.query, ...query };
    this.extra = { ...this.extra, statuses: next.statuses, maxHops: next.maxHops };
    const host = this.host;
    host.pathFrom = next.from;
    host.pathTo = next.to;
    host.pathTypes = formatList(next.types);
    host.pathDirection = next.direction;
    host.pathIndex = next.index;
    this.setPreview(null);
    host.requestUpdate();
  }

  clear(): void {
    const host = this.host;
    host.pathFrom = null;
    host.pathTo = null;
    host.pathIndex = 0;
    this.pendingFrom = null;
    this.setPreview(null);
  }

  /** True while a path is asked for or its first end is picked (Escape clears that first). */
  get active(): boolean {
    return Boolean(this.host.pathFrom || this.host.pathTo || this.pendingFrom);
  }

  setPreview(index: number | null): void {
    if (index === this.previewIndex) return;
    this.previewIndex = index;
    // The update that follows announces the path now shown (see `update`).
    this.host.requestUpdate();
  }

  get query(): PathQuery {
    const host = this.host;
    return {
      from: host.pathFrom || null,
      to: host.pathTo || null,
      types: parseList(host.pathTypes),
      direction: host.pathDirection === 'ignore' ? 'ignore' : 'follow',
      statuses: this.extra.statuses ?? null,
      maxHops: this.extra.maxHops ?? 4,
      index: host.pathIndex,
    };
  }

  get result(): PathResult | null {
    return this.found;
  }

  /** The path shown: the preview, else the highlighted one. */
  get shown(): Path | null {
    return this.found?.paths[this.previewIndex ?? this.host.pathIndex] ?? null;
  }

  /**
   * Recomputes the paths when the query changed, or the graph or the filter did (`stale`), and
   * refreshes the announcement. Called from the element's `willUpdate`.
   */
  update(stale: boolean): void {
    const { graph, types: registry, pathFrom: from, pathTo: to } = this.host;
    if (!graph || !registry || !from || !to) {
      this.found = null;
      this.foundFor = '';
      this.announcement = null;
      return;
    }
    const options = this.options();
    const { visible: _visible, ...rest } = options;
    const key = JSON.stringify([from, to, rest]);
    if (key !== this.foundFor || stale) {
      this.previewIndex = null;
      this.foundFor = key;
      try {
        this.found = findPaths(graph, registry, from, to, options);
      } catch (error) {
        if (!(error instanceof UnknownActorError)) throw error;
        this.found = null;
        const field = graph.hasNode(from) ? 'path-to' : 'path-from';
        this.callbacks.fail(`Path not shown: ${error.message}`, [{ path: field, message: error.message }], 'Could not find paths.');
      }
    }
    this.announce();
  }

  /** Fires `sg-path` when the query or the highlighted path changed since the last one. */
  emitChange(): void {
    const host = this.host;
    const result = this.found;
    const active = result ? (result.paths[host.pathIndex] ?? null) : null;
    const key = result ? `${host.pathFrom}\u0000${host.pathTo}\u0000${result.paths.length}\u0000${active?.edges.join('\u0000') ?? ''}` : '';
    if (key === this.lastEventKey) return;
    this.lastEventKey = key;
    const detail: SgPathDetail = { from: host.pathFrom ?? null, to: host.pathTo ?? null, paths: result?.paths ?? [], active };
    emit(host, 'sg-path', detail);
  }

  /** Shift-click or Shift+Enter: the first actor becomes the start, the second the end. */
  pickEnd(key: string): void {
    const graph = this.host.graph!;
    if (!this.pendingFrom || this.pendingFrom === key) {
      this.pendingFrom = key;
      this.announcement = null;
      this.callbacks.say(`Path from ${nodeLabel(graph, key)}: Shift-click or Shift+Enter a second actor.`);
      this.callbacks.hint(`Path from ${nodeLabel(graph, key)}: Shift-click a second actor.`);
      return;
    }
    const from = this.pendingFrom;
    this.pendingFrom = null;
    this.highlight(from, key, { ...this.extra, types: parseList(this.host.pathTypes), direction: this.host.pathDirection ?? 'follow' });
  }

  private options(): PathOptions {
    const host = this.host;
    return {
      ...this.extra,
      types: parseList(host.pathTypes),
      direction: host.pathDirection === 'ignore' ? 'ignore' : 'follow',
      visible: host.visibleElements,
    };
  }

  private announce(): void {
    const { graph, types: registry, pathFrom, pathTo } = this.host;
    const result = this.found;
    if (!graph || !registry || !result) {
      this.announcement = null;
      return;
    }
    const label = (key: string | null) => (key && graph.hasNode(key) ? nodeLabel(graph, key) : key);
    const [from, to] = [label(pathFrom), label(pathTo)];
    const index = this.previewIndex ?? this.host.pathIndex;
    const path = result.paths[index];
    if (!path) {
      this.announcement = { intro: `No path from ${from} to ${to}. ${result.explanation ?? ''}`.trim(), hops: [] };
      return;
    }
    const count = `${result.paths.length}${result.capped ? '+' : ''}`;
    this.announcement = {
      intro: `Path ${index + 1} of ${count} from ${from} to ${to}, ${path.hops} hop${path.hops === 1 ? '' : 's'}:`,
      hops: path.steps.map((hop) => describeHop(graph, registry, hop)),
    };
  }
}
