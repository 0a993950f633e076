/**
 * The Cytoscape view of one graphology Graph: it owns the Cytoscape core, swaps whole graphs in
 * atomically, runs layouts, reflects state (hidden, dimmed, selected, keyboard cursor) as
 * classes touching only what changed, and tears everything down in `destroy()`. It holds no
 * model of its own: graphology stays the source of truth, and user gestures are reported to the
 * element through callbacks.
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type NodeSingular,
  type EdgeSingular,
  type SingularElementArgument,
} from 'cytoscape';
import type Graph from 'graphology';
import type { Registry } from '../graph/registry';
import type { LayoutDescriptor } from '../layout/layouts';
import type { Positions } from '../layout/initial-positions';
import { GroupLayer, type Composition } from './group-layer';
import { edgeElement } from './cy-elements';
import { groupKeyOf, type Position } from './group-elements';
import { buildStylesheet, type CanvasTheme, LIGHT_CANVAS, LARGE_GRAPH_ELEMENTS } from './cy-style';
import { keepPointerCoordsFresh, preventHeadStyle } from './shadow-fixes';
import { guardWheel } from './wheel-guard';
import { ClassSync } from './class-sync';

export interface GraphViewCallbacks {
  /** A tap on an actor, a relationship (or an aggregated edge: its view id) or a group (its key), or on the background (null). */
  onTap?(target: { kind: 'node' | 'edge' | 'group'; key: string } | null, event: { shiftKey: boolean }): void;
  /** A double tap on an actor. */
  onDoubleTap?(key: string, event: { shiftKey: boolean }): void;
  /** A double tap on a group (its key). */
  onOpenGroup?(key: string): void;
  /** The view zoomed in until these collapsed groups fill much of it (semantic zoom). */
  onZoomIntoGroups?(keys: string[]): void;
  /** The first wheel that scrolled the page instead of zooming. */
  onWheelHint?(): void;
  /** The pointer came onto a relationship (where, in container pixels) or left it (null). */
  onHoverEdge?(hover: { key: string; x: number; y: number } | null): void;
}

export interface GraphViewOptions extends GraphViewCallbacks {
  theme?: CanvasTheme;
  /** `webgl` turns on Cytoscape's WebGL renderer (opt-in; canvas is the default). */
  renderer?: 'canvas' | 'webgl';
  /** Passed to the nonce'd style that stands in for Cytoscape's head style. */
  nonce?: string;
}

export interface ElementSet {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

const MAX_FIT_ZOOM = 1.6;
const FIT_PADDING = 40;
/** Semantic zoom opens a collapsed group once the circle its members take is this share of the view's smaller side. */
const SEMANTIC_ZOOM_SHARE = 0.8;
/** How much of the view a small graph's positions are spread to, leaving the rest for node sizes and labels. */
const SPREAD_SHARE = 0.8;

export class GraphView {
  readonly cy: Core;
  /** Which renderer draws: the canvas, or Cytoscape's WebGL renderer. */
  readonly renderer: 'canvas' | 'webgl';
  private readonly container: HTMLElement;
  private readonly unbind: Array<() => void> = [];
  private readonly hidden: ClassSync;
  private readonly dimmed: ClassSync;
  private readonly selected: ClassSync;
  private readonly cursor: ClassSync;
  private readonly onPath: ClassSync;
  private pathEnds: string[] = [];
  /** Groups: what is drawn for a grouping and its collapsed groups. */
  private readonly groups: GroupLayer;
  /** The model-level state last asked for, drawn again after the grouped elements change. */
  private asked: {
    visible: ElementSet | null;
    emphasis: ElementSet | null;
    selected: string | null;
    cursor: string | null;
    path: { nodes: readonly string[]; edges: readonly string[] } | null;
  } = { visible: null, emphasis: null, selected: null, cursor: null, path: null };
  /** The Cytoscape layout running, until its layoutstop. */
  private layoutRun?: { run: cytoscape.Layouts; stopped: boolean };
  private wasEmpty = true;
  private theme: CanvasTheme;
  private large = false;
  /** Whether the user has moved the viewport since the last `show`: progressive steps stop refitting. */
  private userMoved = false;
  /** Prefers-reduced-motion: no animated fits or layouts. */
  animate = true;
  /** Whether zooming into a collapsed group opens it. */
  semanticZoom = true;

  constructor(container: HTMLElement, options: GraphViewOptions = {}) {
    preventHeadStyle(container.ownerDocument, options.nonce);
    this.container = container;
    this.renderer = options.renderer ?? 'canvas';
    this.theme = options.theme ?? LIGHT_CANVAS;
    this.cy = cytoscape({
      container,
      style: buildStylesheet(this.theme),
      layout: { name: 'preset' },
      minZoom: 0.02,
      maxZoom: 6,
      boxSelectionEnabled: false,
      autounselectify: true,
      ...(options.renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    this.hidden = new ClassSync(this.cy, 'sg-hidden');
    this.dimmed = new ClassSync(this.cy, 'sg-dimmed');
    this.selected = new ClassSync(this.cy, 'sg-selected');
    this.cursor = new ClassSync(this.cy, 'sg-cursor');
    this.onPath = new ClassSync(this.cy, 'sg-path');
    this.groups = new GroupLayer(this.cy);
    this.unbind.push(keepPointerCoordsFresh(this.cy, container));
    this.unbind.push(guardWheel(this.cy, container, () => options.onWheelHint?.()));
    // Cytoscape blurs the active element on mousedown, so a click would leave keyboard focus
    // nowhere: give it to the canvas once Cytoscape is done with the event.
    const takeFocus = () => setTimeout(() => container.isConnected && container.focus({ preventScroll: true }));
    container.addEventListener('mousedown', takeFocus);
    this.unbind.push(() => container.removeEventListener('mousedown', takeFocus));
    const moved = () => (this.userMoved = true);
    for (const type of ['pointerdown', 'wheel', 'keydown'] as const) container.addEventListener(type, moved, { passive: true });
    this.unbind.push(() => {
      for (const type of ['pointerdown', 'wheel', 'keydown'] as const) container.removeEventListener(type, moved);
    });
    this.bindGestures(options);
    this.wasEmpty = isZeroSize(container);
  }

  /**
   * Shows `graph` in place of whatever was shown, in one batch, at `positions`. If Cytoscape
   * refuses the new elements the old ones are put back, so the view never shows half a graph.
   */
  show(
    graph: Graph,
    registry: Registry,
    positions: Positions,
    composition: Composition | null = null,
    groupPositions?: ReadonlyMap<string, Position>,
  ): void {
    const elements = this.groups.elements(graph, registry, composition, positions, groupPositions);
    this.setLarge(graph.order + graph.size > LARGE_GRAPH_ELEMENTS);
    this.replaceElements(elements);
    for (const sync of [this.hidden, this.dimmed, this.selected, this.cursor, this.onPath]) sync.reset();
    this.asked = { visible: null, emphasis: null, selected: null, cursor: null, path: null };
    this.userMoved = false;
    this.pathEnds = [];
    this.fitFirst();
  }

  /** Draws nothing (a graph waiting for its grouping before its overview is drawn). */
  clear(): void {
    this.stopLayout();
    this.groups.elements(undefined, undefined, null, new Map());
    this.cy.elements().remove();
    for (const sync of [this.hidden, this.dimmed, this.selected, this.cursor, this.onPath]) sync.reset();
    this.pathEnds = [];
  }

  /**
   * Draws `graph` in place of the graph drawn when both have the same actors (the graph as of
   * another date): relationships no longer there go, new ones come, ones whose status or end
   * changed are drawn anew; every actor and the viewport stay put. With groups drawn, `compose`
   * already brought the elements in line; here only the changed relationships are redrawn.
   */
  updateGraph(graph: Graph, registry: Registry): void {
    const cy = this.cy;
    const grouped = this.groups.current !== null;
    cy.batch(() => {
      if (!grouped) {
        cy.edges().forEach((edge) => {
          if (!graph.hasEdge(edge.id())) edge.remove();
        });
      }
      const added: ElementDefinition[] = [];
      graph.forEachEdge((key, _attributes, source, target) => {
        const drawn = cy.getElementById(key);
        const element = edgeElement(graph, registry, key);
        if (drawn.empty()) {
          // With groups drawn, a relationship inside a collapsed group has no ends drawn: its aggregate stands for it.
          if (cy.getElementById(source).nonempty() && cy.getElementById(target).nonempty()) added.push(element);
          return;
        }
        const classes = drawn.classes().filter((name) => !name.startsWith('sg-') || name.startsWith('sg-change') || name === 'sg-ended');
        if (drawn.data('lineStyle') !== element.data.lineStyle || classes.join(' ') !== (element.classes ?? '')) {
          drawn.remove();
          added.push(element);
        }
      });
      cy.add(added);
    });
    this.redrawAsked();
  }

  /** The grouping drawn, or null. */
  get composition(): Composition | null {
    return this.groups.current;
  }

  /**
   * Draws another set of collapsed groups (the same grouping) by adding and removing only what
   * changed, or a new grouping (or none) in place of the old one, every actor where it is. The
   * viewport stays where it is; the state last asked for is drawn again on the new elements.
   */
  compose(graph: Graph, registry: Registry, composition: Composition | null): void {
    const current = this.groups.current;
    if (current && current.grouping === composition?.grouping) {
      this.groups.update(graph, registry, composition);
    } else if (current || composition) {
      const positions = this.groups.positions();
      this.replaceElements(this.groups.elements(graph, registry, composition, positions));
    } else return;
    this.redrawAsked();
  }

  /** Draws the state last asked for again on elements that were added or replaced (their classes start empty). */
  private redrawAsked(): void {
    for (const sync of [this.hidden, this.dimmed, this.selected, this.cursor, this.onPath]) sync.reset();
    this.pathEnds = [];
    const asked = this.asked;
    this.setVisible(asked.visible);
    this.setEmphasis(asked.emphasis);
    this.setSelected(asked.selected);
    this.setCursor(asked.cursor);
    this.setPath(asked.path);
  }

  /**
   * Moves every node to `positions` in one batch (progressive layout steps). Refits the view
   * while the user has not panned, zoomed or clicked since the graph was shown.
   */
  setPositions(positions: Positions): void {
    const cy = this.cy;
    // One pass over Cytoscape's own node list inside one batch: no id lookups, one notification.
    cy.batch(() => {
      cy.nodes().positions((node) => {
        const position = positions.get(node.id());
        return position ? { x: position.x, y: position.y } : (undefined as unknown as cytoscape.Position);
      });
      this.groups.storePositions(positions);
    });
    if (!this.userMoved) this.fit(false);
  }

  /**
   * Runs a layout: positions from the model, or a Cytoscape layout over the visible elements.
   * Resolves when it ends: true when `stopLayout()` ended it early.
   */
  runLayout(layout: LayoutDescriptor, graph: Graph, rootKey?: string): Promise<boolean> {
    const cy = this.cy;
    if (layout.type === 'model') {
      const positions = layout.positions(graph);
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const position = positions.get(node.id());
          if (position) node.position({ ...position });
        });
        this.groups.storePositions(positions);
      });
      this.spreadSmall();
      this.fit(this.animate);
      return Promise.resolve(false);
    }
    const visible = cy.elements().not('.sg-hidden');
    const root = rootKey ? cy.getElementById(rootKey) : visible.nodes().max((node) => node.degree(false)).ele;
    const options = layout.options({ root: root?.nonempty() ? root : undefined, animate: this.animate });
    const run = visible.layout({ ...options, fit: !isZeroSize(this.container), padding: FIT_PADDING } as cytoscape.LayoutOptions);
    this.stopLayout();
    const current = { run, stopped: false };
    this.layoutRun = current;
    const ended = new Promise<boolean>((resolve) =>
      run.one('layoutstop', () => {
        if (this.layoutRun === current) this.layoutRun = undefined;
        resolve(current.stopped);
      }),
    );
    run.run();
    return ended;
  }

  /** Stops the Cytoscape layout still animating, if any, where its actors are now. */
  stopLayout(): void {
    const current = this.layoutRun;
    if (!current) return;
    this.layoutRun = undefined;
    current.stopped = true;
    current.run.stop();
  }

  /** Where every actor is now, in model coordinates. */
  currentPositions(): Positions {
    return this.groups.positions();
  }

  /** Restyles every element, so only when the theme really changed. */
  setTheme(theme: CanvasTheme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    this.cy.style(buildStylesheet(theme, this.large));
  }

  /** True while the large-graph styles and renderer settings are in use. */
  get isLarge(): boolean {
    return this.large;
  }

  /**
   * Switches to the large-graph styles (see LARGE_GRAPH_ELEMENTS) and hides edges while the user
   * pans or zooms, so dragging a 20,000-node graph stays fluid. Called before elements are added,
   * so no element is styled twice.
   */
  private setLarge(large: boolean): void {
    if (large === this.large) return;
    this.large = large;
    this.cy.style(buildStylesheet(this.theme, large));
    const renderer = (this.cy as unknown as { renderer(): { hideEdgesOnViewport?: boolean } | undefined }).renderer();
    if (renderer) renderer.hideEdgesOnViewport = large;
  }

  /** Hides every element not in `visible` (null shows all). */
  setVisible(visible: ElementSet | null): void {
    this.asked.visible = visible;
    this.hidden.set(visible ? this.outside(this.groups.drawnSet(visible)) : new Set());
  }

  /** Dims every element not in `emphasis` (null dims nothing). */
  setEmphasis(emphasis: ElementSet | null): void {
    this.asked.emphasis = emphasis;
    this.dimmed.set(emphasis ? this.outside(this.groups.drawnSet(emphasis)) : new Set());
  }

  setSelected(key: string | null): void {
    this.asked.selected = key;
    const drawn = key === null ? [] : [this.groups.drawnId(key)];
    this.groups.ensureDrawn(drawn);
    this.selected.set(new Set(drawn));
  }

  /**
   * Marks a path: its actors and ties get `sg-path`, each tie its hop number (drawn as its
   * label), the ends `sg-path-start` / `sg-path-end`. Only the elements of the old and new path
   * are touched.
   */
  setPath(path: { nodes: readonly string[]; edges: readonly string[] } | null): void {
    const cy = this.cy;
    this.asked.path = path;
    const drawn = (id: string) => this.groups.drawnId(id);
    if (path) this.groups.ensureDrawn(path.edges.map(drawn));
    cy.batch(() => {
      for (const id of this.onPath.ids) cy.getElementById(id).removeData('step');
      for (const id of this.pathEnds) cy.getElementById(id).removeClass('sg-path-start sg-path-end');
      this.onPath.set(new Set(path ? [...path.nodes, ...path.edges].map(drawn) : []));
      this.pathEnds = [];
      if (!path) return;
      // An aggregated hop carries the numbers of every hop through it.
      const steps = new Map<string, string[]>();
      path.edges.forEach((id, i) => steps.set(drawn(id), [...(steps.get(drawn(id)) ?? []), String(i + 1)]));
      for (const [id, numbers] of steps) cy.getElementById(id).data('step', numbers.join(', '));
      const first = path.nodes[0];
      const last = path.nodes[path.nodes.length - 1];
      const start = first === undefined ? undefined : drawn(first);
      const end = last === undefined ? undefined : drawn(last);
      if (start !== undefined) cy.getElementById(start).addClass('sg-path-start');
      if (end !== undefined) cy.getElementById(end).addClass('sg-path-end');
      this.pathEnds = [start, end].filter((id): id is string => id !== undefined);
    });
  }

  /** The keyboard cursor: the actor arrow keys are on. */
  setCursor(key: string | null): void {
    this.asked.cursor = key;
    this.cursor.set(new Set(key === null ? [] : [this.groups.drawnId(key)]));
  }

  /** Fits the whole graph with a margin; a no-op while the container has no size. */
  fit(animate = this.animate): void {
    if (isZeroSize(this.container)) return;
    const cy = this.cy;
    const eles = cy.elements().not('.sg-hidden');
    if (animate) {
      cy.animate({ fit: { eles, padding: FIT_PADDING }, duration: 250 });
      return;
    }
    cy.fit(eles, FIT_PADDING);
    // A small graph fitted to a big box would be drawn huge: cap the zoom at a readable scale.
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: this.center() });
  }

  /**
   * Fits the visible graph into `area` (container pixels) instead of the whole container, at
   * most at the readable zoom: to keep it clear of a panel drawn over one side. Returns the zoom.
   */
  fitInto(area: { x: number; y: number; width: number; height: number }): number {
    const cy = this.cy;
    const box = cy.elements().not('.sg-hidden').boundingBox({});
    if (box.w === 0 && box.h === 0) return cy.zoom();
    // Half the usual margin: the area is already clear of the panel beside it.
    const margin = FIT_PADDING / 2;
    const zoom = Math.min((area.width - 2 * margin) / box.w, (area.height - 2 * margin) / box.h, MAX_FIT_ZOOM);
    const middle = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
    cy.viewport({ zoom, pan: { x: middle.x - (box.x1 + box.w / 2) * zoom, y: middle.y - (box.y1 + box.h / 2) * zoom } });
    return zoom;
  }

  /** The boxes of the visible actors (with their labels) on screen, in container pixels. */
  actorBoxes(): Array<{ x1: number; y1: number; x2: number; y2: number }> {
    return this.cy
      .nodes()
      .not('.sg-hidden')
      .map((node) => node.renderedBoundingBox({}));
  }

  /**
   * The first fit of a graph (and of a layout computed on the model): a small graph whose layout is tighter than the view would be
   * zoomed past the readable cap and fill a fraction of the box, so its positions are spread
   * about their middle until, at the cap, it fills the view; then it is fitted.
   */
  private fitFirst(): void {
    if (isZeroSize(this.container)) return;
    this.spreadSmall();
    this.fit(false);
  }

  /** Spreads a small graph's positions so that, at the readable zoom cap, it fills the view (see fitFirst). */
  private spreadSmall(): void {
    if (isZeroSize(this.container)) return;
    const cy = this.cy;
    const nodes = cy.nodes().not('.sg-hidden');
    const box = nodes.boundingBox({ includeLabels: false });
    const natural = Math.min(
      (this.container.clientWidth - 2 * FIT_PADDING) / Math.max(box.w, 1),
      (this.container.clientHeight - 2 * FIT_PADDING) / Math.max(box.h, 1),
    );
    if (nodes.length > 1 && natural > MAX_FIT_ZOOM) {
      // Labels and node sizes do not scale with positions: leave room for them.
      const factor = (natural / MAX_FIT_ZOOM) * SPREAD_SHARE;
      const middle = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
      if (factor > 1) {
        cy.batch(() => {
          nodes.positions((node) => {
            const { x, y } = node.position();
            return { x: middle.x + (x - middle.x) * factor, y: middle.y + (y - middle.y) * factor };
          });
        });
      }
    }
  }

  /** Pans so `key` (the node itself, not its label) is in the middle, without changing the zoom. */
  centerOn(key: string): void {
    const cy = this.cy;
    const element = cy.getElementById(this.groups.drawnId(key));
    if (element.empty() || isZeroSize(this.container)) return;
    const model = element.isNode() ? element.position() : edgeMiddle(element);
    const middle = this.center();
    const pan = { x: middle.x - model.x * cy.zoom(), y: middle.y - model.y * cy.zoom() };
    if (this.animate) cy.animate({ pan, duration: 250 });
    else cy.pan(pan);
  }

  /** Zooms about the middle of the view by `factor` (>1 in, <1 out). */
  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: this.center() });
  }

  /** The middle of a relationship on screen, in container pixels (where its tooltip goes). */
  edgeMidpoint(key: string): { x: number; y: number } | undefined {
    const edge = this.cy.getElementById(key);
    return edge.nonempty() && edge.isEdge() ? edge.renderedMidpoint() : undefined;
  }

  /** Where an actor is drawn, in the container's pixels, for keyboard navigation. */
  renderedPosition(key: string): { x: number; y: number } | undefined {
    const node = this.cy.getElementById(this.groups.drawnId(key));
    return node.nonempty() && node.isNode() ? node.renderedPosition() : undefined;
  }

  /** Call when the container's size changed; fits again when it was hidden or zero-sized before. */
  resize(): void {
    const empty = isZeroSize(this.container);
    this.cy.resize();
    if (this.wasEmpty && !empty) this.fitFirst();
    this.wasEmpty = empty;
  }

  destroy(): void {
    for (const unbind of this.unbind.splice(0)) unbind();
    this.cy.destroy();
  }

  private outside(keep: ElementSet): Set<string> {
    const out = new Set<string>();
    this.cy.elements().forEach((element) => {
      const id = element.id();
      if (!keep.nodes.has(id) && !keep.edges.has(id)) out.add(id);
    });
    return out;
  }

  private bindGestures(callbacks: GraphViewCallbacks): void {
    const cy = this.cy;
    const shift = (event: EventObject) => ({ shiftKey: Boolean((event.originalEvent as MouseEvent | undefined)?.shiftKey) });
    // Cytoscape types `event.target` as any: the core for a background tap, else the node or edge.
    cy.on('tap', (event) => {
      if (event.target === cy) {
        callbacks.onTap?.(null, shift(event));
        return;
      }
      const target = event.target as SingularElementArgument;
      const group = groupKeyOf(target.id());
      if (group !== null) callbacks.onTap?.({ kind: 'group', key: group }, shift(event));
      else callbacks.onTap?.({ kind: target.isNode() ? 'node' : 'edge', key: target.id() }, shift(event));
    });
    cy.on('dbltap', 'node', (event) => {
      const id = (event.target as NodeSingular).id();
      const group = groupKeyOf(id);
      if (group !== null) callbacks.onOpenGroup?.(group);
      else callbacks.onDoubleTap?.(id, shift(event));
    });
    let zoomTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('zoom', () => {
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(() => this.zoomedIntoGroups(callbacks), 150);
    });
    this.unbind.push(() => clearTimeout(zoomTimer));
    cy.on('mouseover', 'edge', (event) => {
      const { x, y } = event.renderedPosition;
      callbacks.onHoverEdge?.({ key: (event.target as EdgeSingular).id(), x, y });
    });
    cy.on('mouseout', 'edge', () => callbacks.onHoverEdge?.(null));
  }

  /** Semantic zoom: the collapsed groups whose circle now fills much of the view, their middle in view. */
  private zoomedIntoGroups(callbacks: GraphViewCallbacks): void {
    if (!this.semanticZoom || !callbacks.onZoomIntoGroups || isZeroSize(this.container)) return;
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    const keys: string[] = [];
    this.cy.nodes('.sg-group-collapsed').forEach((node) => {
      if (node.hasClass('sg-hidden')) return;
      const { x, y } = node.renderedPosition();
      const inView = x >= 0 && x <= width && y >= 0 && y <= height;
      // The circle its members take once open (`reach`, in model units) fills the view's share.
      const reach = Number(node.data('reach')) * this.cy.zoom();
      if (inView && reach >= SEMANTIC_ZOOM_SHARE * Math.min(width, height)) keys.push(groupKeyOf(node.id())!);
    });
    if (keys.length > 0) callbacks.onZoomIntoGroups(keys);
  }

  private replaceElements(elements: ElementDefinition[]): void {
    const cy = this.cy;
    const previous = cy.elements();
    cy.batch(() => {
      previous.remove();
      try {
        cy.add(elements);
      } catch (error) {
        cy.elements().remove();
        previous.restore();
        throw error;
      }
    });
  }

  private center(): { x: number; y: number } {
    return { x: this.container.clientWidth / 2, y: this.container.clientHeight / 2 };
  }
}

function isZeroSize(element: HTMLElement): boolean {
  return element.clientWidth === 0 || element.clientHeight === 0;
}

/**
 * An edge's middle: Cytoscape's midpoint once the edge has been drawn, else (shown a moment ago,
 * not drawn yet) halfway between its ends.
 */
function edgeMiddle(edge: cytoscape.EdgeSingular): { x: number; y: number } {
  const drawn = edge.midpoint() as { x: number; y: number } | undefined;
  if (drawn && Number.isFinite(drawn.x) && Number.isFinite(drawn.y)) return drawn;
  const [a, b] = [edge.source().position(), edge.target().position()];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
