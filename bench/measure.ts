/**
 * One measurement: one contender on one dataset in a fresh browser context and page. Load until
 * the first interactive frame (the widget pages: and their select check, issue 14) and the
 * settled layout (or the cap), then the longest block so far,
 * the heap after GC, scripted pan/zoom, and one path highlight. Every step that waits on the page
 * has a Node-side timeout, because a page whose main thread is stuck in a layout answers nothing.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright';
import type { ContenderId, HighlightResult, InteractiveResult, LongFrame, LongestBlock, Rect, SettleSource, Viewport } from './protocol';
import type { BenchDataset } from './datasets';
import { panZoomResult, type PanZoomResult } from './viewport';

export interface MeasureOptions {
  origin: string;
  contender: ContenderId;
  dataset: BenchDataset;
  /** Layout cap, ms since navigation start. */
  capMs: number;
  /** How long the scripted pan/zoom input lasts (about half drag, half wheel). */
  panZoomMs: number;
  /** The widget fires `sg-layout-settled`. */
  settleEvent: boolean;
}

export interface Measurement {
  contender: ContenderId;
  dataset: string;
  /** Module start of the page, ms since navigation start. */
  scriptStartMs: number | null;
  /** All times below are ms since navigation start; null = did not happen before the cap. */
  firstFrameMs: number | null;
  settledMs: number | null;
  settleSource: SettleSource | null;
  /**
   * The widget pages: the first frame of what the element drew, then `select` of a seeded random
   * actor (`InteractiveResult`); `interactiveMs` null when the select check failed or the frame
   * came after the cap. Null for the other contenders (their interactive time is the first frame).
   */
  interactive: InteractiveResult | null;
  longestBlock: LongestBlock | null;
  /** The five longest frames over the whole page life (load, interaction, highlight), with their scripts. */
  longestFrames: LongFrame[];
  heapBytes: number | null;
  /** Frame times under the scripted input; `invalid` (and no times) when it did not move the viewport. */
  panZoom: PanZoomResult | null;
  highlight: HighlightResult | null;
  /** Contender-specific counters from the page (see each page's `info`). */
  info: Record<string, number | string>;
  errors: string[];
  /** The page stopped answering; the browser should be replaced. */
  stuck: boolean;
  wallMs: number;
}

export class Timeout extends Error {}

export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what}: no answer within ${Math.round(ms / 1000)} s`)), Math.max(0, ms));
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Grace past the cap for a page that is busy when its cap timer should fire. */
const GRACE_MS = 20_000;
/** Longest wait for one interaction step (a redraw of 20,000 nodes takes about a second here). */
const STEP_MS = 30_000;
/** Longest wait for the widget pages' select check (the page gives up on it after 30 s). */
const SELECT_MS = 90_000;

export async function measure(browser: Browser, options: MeasureOptions): Promise<Measurement> {
  const { origin, contender, dataset, capMs, panZoomMs, settleEvent } = options;
  const started = Date.now();
  const result: Measurement = {
    contender,
    dataset: dataset.id,
    scriptStartMs: null,
    firstFrameMs: null,
    settledMs: null,
    settleSource: null,
    interactive: null,
    longestBlock: null,
    longestFrames: [],
    heapBytes: null,
    panZoom: null,
    highlight: null,
    info: {},
    errors: [],
    stuck: false,
    wallMs: 0,
  };
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (error) => result.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') result.errors.push(`console: ${message.text().slice(0, 300)}`);
    });
    const cdp = await context.newCDPSession(page);
    const url = `${origin}/${contender}.html?data=/data/${dataset.id}.json&cap=${capMs}&settleEvent=${settleEvent ? 1 : 0}`;
    const navigated = Date.now();
    const untilCap = () => capMs + GRACE_MS - (Date.now() - navigated);

    await within(page.goto(url, { waitUntil: 'commit' }), 30_000, 'navigation');
    await within(
      page.waitForFunction(() => window.__bench !== undefined, undefined, { polling: 50 }),
      untilCap(),
      'page hooks',
    );
    result.scriptStartMs = await within(
      page.evaluate(() => window.__bench!.scriptStart),
      STEP_MS,
      'script start',
    );
    try {
      result.firstFrameMs = await within(
        page.evaluate(() => window.__bench!.firstFrame),
        untilCap(),
        'first frame',
      );
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      // What the page got to, if it still answers (e.g. vis-network's stabilization progress).
      await diagnose(page, result);
      result.stuck = true;
      return result;
    }
    if (result.firstFrameMs > capMs) {
      // Drawn, but only after the cap: reported as not finished like the layout.
      result.firstFrameMs = null;
    }
    // The widget pages select an actor right after their first frame: wait for that before the rest.
    try {
      result.interactive = await within(
        page.evaluate(() => window.__bench!.interactive ?? null),
        SELECT_MS,
        'interactive (select)',
      );
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      result.errors.push(error.message);
      result.stuck = true;
      return result;
    }
    if (result.interactive && result.interactive.frameMs > capMs) result.interactive.interactiveMs = null;
    try {
      result.settledMs = await within(
        page.evaluate(() => window.__bench!.settled),
        untilCap(),
        'settled',
      );
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
    }
    result.settleSource = await within(
      page.evaluate(() => window.__bench!.settleSource),
      STEP_MS,
      'settle source',
    ).catch(() => null);
    if (result.settledMs === null) {
      try {
        await within(
          page.evaluate(() => window.__bench!.stopLayout()),
          STEP_MS,
          'stop layout',
        );
      } catch (error) {
        if (!(error instanceof Timeout)) throw error;
        result.stuck = true;
        return result;
      }
    }
    // A frame's Long Animation Frame entry arrives after that frame ends: a contender that settles
    // inside its first long frame (grid) would otherwise report it missing. Two frames later it is in.
    await within(
      page.evaluate(
        () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))),
      ),
      STEP_MS,
      'frames',
    );
    result.longestBlock = await within(
      page.evaluate(() => window.__bench!.longestBlock()),
      STEP_MS,
      'longest block',
    );
    result.heapBytes = await heapAfterGc(cdp);
    result.panZoom = await panZoom(page, panZoomMs);
    result.highlight = await within(
      page.evaluate(
        async ({ from, to }) => {
          window.__bench!.prepareHighlight(from, to);
          return window.__bench!.highlight(from, to);
        },
        { from: dataset.pathFrom, to: dataset.pathTo },
      ),
      STEP_MS * 2,
      'highlight',
    );
    result.longestFrames = await within(
      page.evaluate(() => window.__bench!.longestFrames()),
      STEP_MS,
      'long frames',
    );
    result.info = await within(
      page.evaluate(() => window.__bench!.info()),
      STEP_MS,
      'info',
    );
    result.errors.push(
      ...(await within(
        page.evaluate(() => window.__bench!.errors),
        STEP_MS,
        'errors',
      )),
    );
  } catch (error) {
    result.errors.push(error instanceof Error ? error.message : String(error));
    if (error instanceof Timeout) result.stuck = true;
  } finally {
    result.wallMs = Date.now() - started;
    if (context) {
      try {
        await within(context.close(), 15_000, 'closing the page');
      } catch {
        result.stuck = true;
      }
    }
  }
  return result;
}

/** Counters and long frames from a page that missed its first frame, when it still answers. */
async function diagnose(page: Page, result: Measurement): Promise<void> {
  try {
    result.info = await within(
      page.evaluate(() => window.__bench!.info()),
      5000,
      'info',
    );
    result.longestFrames = await within(
      page.evaluate(() => window.__bench!.longestFrames()),
      5000,
      'long frames',
    );
    result.longestBlock = await within(
      page.evaluate(() => window.__bench!.longestBlock()),
      5000,
      'longest block',
    );
  } catch {
    result.errors.push('no first frame, and the page did not answer either');
  }
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await within(cdp.send('HeapProfiler.collectGarbage'), STEP_MS, 'garbage collection');
  await within(cdp.send('HeapProfiler.collectGarbage'), STEP_MS, 'garbage collection');
  const usage = await within(cdp.send('Runtime.getHeapUsage'), STEP_MS, 'heap usage');
  return usage.usedSize;
}

/** At least this many drag moves and wheel steps, however slow each one is on a big graph. */
const MIN_DRAG_MOVES = 3;
const MIN_WHEEL_STEPS = 6;
/** Wheel steps in one direction before turning back; the viewport is read after the first run in. */
const WHEEL_RUN = 5;

/**
 * About half the time a drag from near the top-left corner (background in every contender after
 * its fit), then mouse-wheel steps in and out over the middle. The drag's pointerdown also
 * engages the wheel in the widget, which otherwise leaves the wheel to the page (no scroll hijack).
 * The page's camera is read before the input, after the drag, after the first steps in and at the
 * end: a drag that did not pan or a wheel that did not zoom makes the result invalid (no frame time).
 */
async function panZoom(page: Page, durationMs: number): Promise<Measurement['panZoom']> {
  const rect: Rect = await within(
    page.evaluate(() => window.__bench!.canvasRect()),
    STEP_MS,
    'canvas rect',
  );
  const viewport = () =>
    within<Viewport>(
      page.evaluate(() => window.__bench!.viewport()),
      STEP_MS,
      'viewport',
    );
  const start = { x: rect.x + 12, y: rect.y + 12 };
  const middle = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  const before = await viewport();
  await within(
    page.evaluate(() => window.__bench!.startFrames()),
    STEP_MS,
    'start frames',
  );
  const began = Date.now();
  const step = (promise: Promise<void>) => within(promise, STEP_MS, 'input');
  await step(page.mouse.move(start.x, start.y));
  await step(page.mouse.down());
  for (let i = 1; i <= MIN_DRAG_MOVES || Date.now() - began < durationMs / 2; i++) {
    await step(page.mouse.move(start.x + 6 * i, start.y + 4 * i));
    await sleep(16);
  }
  await step(page.mouse.up());
  const afterDrag = await viewport();
  await step(page.mouse.move(middle.x, middle.y));
  const wheel: Viewport[] = [];
  for (let i = 0; i < MIN_WHEEL_STEPS || Date.now() - began < durationMs; i++) {
    await step(page.mouse.wheel(0, i % (2 * WHEEL_RUN) < WHEEL_RUN ? -100 : 100));
    await sleep(40);
    if (i === WHEEL_RUN - 1) wheel.push(await viewport());
  }
  // The last input's frame.
  await sleep(100);
  const deltas = await within(
    page.evaluate(() => window.__bench!.stopFrames()),
    STEP_MS,
    'stop frames',
  );
  wheel.push(await viewport());
  return panZoomResult(deltas, { before, afterDrag, wheel });
}
