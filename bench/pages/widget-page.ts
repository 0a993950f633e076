/**
 * The widget contenders: `<stakeholder-graph>` given the dataset through `element.data` (fetched
 * and parsed by the page, as an embedding page does), with whatever layout it picks by default
 * for data without positions. `widget` keeps the default attributes (above `overview-threshold`,
 * 3,000 actors by default, the element opens grouped by community with every group collapsed);
 * `widget-flat` sets `group-by="none"` (every actor drawn). A build without groups ignores the
 * attribute: both pages then measure the same flat drawing.
 *
 * First frame ("interactive", issue 14): `sg-load` fired and a Cytoscape `render` showed what the
 * element drew (the overview: the first render after `sg-group` with collapsed groups in
 * `element.groups`; flat: every actor created), then the next frame. Right after it, `select(key)`
 * of a seeded random actor (inside a collapsed group when there is an overview): the time from the
 * call to the frame after the first render at which `element.selection?.key === key` and the actor
 * has a Cytoscape node. Then the selection is cleared and the camera put back, so the pan/zoom and
 * path measurements start from the view they started from before.
 * Settled: the element's `sg-layout-settled` event when the build has one, else the first frame.
 * Path: `highlightPath(from, to, {direction: 'ignore'})`, then the next `render`, then a frame.
 */
import type { Core } from 'cytoscape';
import '../../src/elements/stakeholder-graph/stakeholder-graph';
import { selectKey, type InteractiveResult } from '../protocol';
import { createHarness, cytoscapeViewport, nextFrame, once, rectOf } from './harness';

/** One entry of `element.groups` (issue 14); builds without groups have no such property. */
interface GroupInfo {
  key: string;
  label: string;
  size: number;
  collapsed: boolean;
}

/** The element as far as the page feature-detects it. */
interface MaybeGrouped {
  groups?: readonly GroupInfo[];
}

/** Longest wait for the selected actor to show up drawn. */
const SELECT_TIMEOUT_MS = 30_000;

export interface WidgetPageOptions {
  /** Attributes set on the element before it is added to the page. */
  attributes?: Record<string, string>;
}

export async function runWidget(id: string, options: WidgetPageOptions = {}): Promise<void> {
  const harness = createHarness(id);
  const host = document.getElementById('graph')!;
  const element = document.createElement('stakeholder-graph');
  element.style.height = '100%';
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  element.addEventListener('sg-error', (event) => harness.errors.push(`sg-error: ${event.detail.message}`));
  const groupsOf = (): readonly GroupInfo[] | null => {
    const groups = (element as unknown as MaybeGrouped).groups;
    return Array.isArray(groups) ? groups : null;
  };

  const rendered = (cy: Core, timeoutMs?: number) =>
    once((done) => {
      cy.one('render', done);
      return () => cy.off('render', done);
    }, timeoutMs);

  /**
   * Resolves true at the first Cytoscape `render` at which `ready()` holds (listening on whichever
   * core the element has), or false after `timeoutMs`. A render the listener could not see (a core
   * created in between) is covered by a poll: ready for 2 s with no render counts as drawn.
   */
  const renderedWhen = (ready: () => boolean, timeoutMs: number) =>
    new Promise<boolean>((resolve) => {
      let attached: Core | undefined;
      let finished = false;
      let readySince = Number.NaN;
      const onRender = () => {
        if (ready()) finish(true);
      };
      const attach = () => {
        const cy = element.cy;
        if (cy === attached) return;
        attached?.off('render', onRender);
        attached = cy;
        cy?.on('render', onRender);
      };
      const finish = (value: boolean) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        attached?.off('render', onRender);
        resolve(value);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      const poll = () => {
        if (finished) return;
        attach();
        if (!ready()) readySince = Number.NaN;
        else if (Number.isNaN(readySince)) readySince = performance.now();
        else if (performance.now() - readySince > 2000) return finish(true);
        requestAnimationFrame(poll);
      };
      attach();
      requestAnimationFrame(poll);
    });

  const times: Record<string, number> = {};
  let groupEvents = 0;
  element.addEventListener('sg-load', () => (times.sgLoadMs ??= performance.now()));
  // Not in the event map of a build without groups: listened to by name.
  element.addEventListener('sg-group', () => {
    times.sgGroupMs ??= performance.now();
    groupEvents++;
  });

  let resolveInteractive!: (result: InteractiveResult) => void;
  const interactive = new Promise<InteractiveResult>((resolve) => (resolveInteractive = resolve));

  harness.install({
    info: () => ({
      ...times,
      nodesDrawn: element.cy?.nodes().length ?? 0,
      groups: groupsOf()?.length ?? -1,
      groupEvents,
    }),
    settleSource: harness.params.settleEvent ? 'sg-layout-settled' : 'first-frame',
    canvasRect: () => rectOf(element),
    viewport: () => cytoscapeViewport(element.cy!),
    stopLayout: () => element.stopLayout(),
    interactive,
    async highlight(from, to) {
      const cy = element.cy!;
      const start = performance.now();
      const path = element.highlightPath(from, to, { direction: 'ignore' });
      const drawn = rendered(cy, 30_000);
      await element.updateComplete;
      await drawn;
      const end = await nextFrame();
      return { ms: end - start, pathNodes: path?.nodes.length ?? 0 };
    },
  });

  if (harness.params.settleEvent) {
    element.addEventListener('sg-layout-settled', () => harness.settled(performance.now()), { once: true });
  }
  host.append(element);
  // The view exists once the element rendered: its render listener is then on before the data comes.
  await element.updateComplete;

  const data = await harness.fetchData();
  const keys = (data.nodes ?? []).map((node) => String(node.key));
  const total = keys.length;
  times.dataAssignedMs = performance.now();
  element.data = data;
  await element.updateComplete;
  times.updateCompleteMs = performance.now();

  // What the element drew: the overview (sg-group seen, collapsed groups listed) or every actor.
  const overviewDrawn = () => times.sgGroupMs !== undefined && (groupsOf()?.some((group) => group.collapsed) ?? false);
  const flatDrawn = () => (element.cy?.nodes().length ?? 0) >= total;
  const drawnReady = () => times.sgLoadMs !== undefined && (overviewDrawn() || flatDrawn());
  let drawn: InteractiveResult['drawn'] = 'flat';
  let nodesDrawn = 0;
  // Until the cap and beyond: the runner gives up at the cap (a page stuck drawing answers nothing anyway).
  await renderedWhen(
    () => {
      if (!drawnReady()) return false;
      drawn = overviewDrawn() ? 'overview' : 'flat';
      nodesDrawn = element.cy?.nodes().length ?? 0;
      return true;
    },
    2 ** 31 - 1,
  );
  times.drawnMs = performance.now();
  const first = await nextFrame();
  harness.firstFrame(first);
  if (!harness.params.settleEvent) harness.settled(first);

  // select(key) of a seeded random actor, drawn or (overview) inside a collapsed group.
  const key = selectKey(keys);
  const cy = element.cy!;
  const camera = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const hidden = cy.getElementById(key).empty();
  const groups = groupsOf()?.length ?? null;
  let error: string | null = null;
  const started = performance.now();
  element.select(key);
  const shown = await renderedWhen(
    () => element.selection?.key === key && (element.cy?.getElementById(key).nonempty() ?? false),
    SELECT_TIMEOUT_MS,
  );
  let selectMs: number | null = null;
  if (shown) selectMs = (await nextFrame()) - started;
  else {
    const selected = element.selection?.key === key;
    error = `select("${key}"): after ${SELECT_TIMEOUT_MS / 1000} s ${selected ? 'selected but not drawn' : `element.selection is ${JSON.stringify(element.selection)}`}`;
    harness.errors.push(error);
  }
  // The Long Animation Frame entry of the last frame arrives once it ended.
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const longestBlockMs = harness.longestBlock().ms;
  // Back to the view before the select: no selection, the centring animation stopped, the camera where it was.
  element.select(null);
  await element.updateComplete;
  const after = element.cy;
  if (after) {
    after.stop(true, false);
    after.viewport(camera);
  }
  await nextFrame();
  resolveInteractive({
    interactiveMs: shown ? first : null,
    frameMs: first,
    drawn,
    nodesDrawn,
    groups,
    sgLoadMs: times.sgLoadMs ?? null,
    dataAssignedMs: times.dataAssignedMs,
    selectKey: key,
    selectHidden: hidden,
    selectMs,
    longestBlockMs,
    error,
  });
}
