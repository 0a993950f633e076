/**
 * `<stakeholder-graph src>` against a server that misbehaves on purpose (scripts/fault-server.ts,
 * under /__faults/): each fault ends in one clear message in the alert and in `sg-error`, with the
 * graph shown before left exactly as it was; a timeout offers Retry; a changed `src` aborts the
 * request in flight; and an answer for an old `src` never replaces the current graph.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import seed from '../../../graph-data/dprk-russia-2024.json';
import type { StakeholderGraph } from './stakeholder-graph.component';
import type { SgErrorDetail } from '../events';
import { mountGraph, nextEvent, record } from '../../test-support/graph';
import { onCleanup, undoPageChanges } from '../../test-support/page';

const SEED_URL = '/graph-data/dprk-russia-2024.json';
const SEED_NODES = ['DPRK', 'ROK', 'Russia', 'UN', 'US', 'Ukraine'];
const SLOW_NODES = ['slow-a', 'slow-b'];
const SMALL = { nodes: [{ key: 'one' }, { key: 'two' }], edges: [{ key: 'one-two', source: 'one', target: 'two' }] };

afterEach(undoPageChanges);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An element already showing `data`, with every sg-load and sg-error it fires recorded. */
async function showing(data: object = seed): Promise<{ element: StakeholderGraph; loads: unknown[]; errors: SgErrorDetail[] }> {
  const element = await mountGraph({ data, style: { width: '700px', height: '420px' } });
  return { element, loads: record(element, 'sg-load'), errors: record<SgErrorDetail>(element, 'sg-error') };
}

const nodeIds = (element: StakeholderGraph) => ({
  graph: element.graph!.nodes().sort(),
  cy: element
    .cy!.nodes()
    .map((node) => node.id())
    .sort(),
});
const alertText = (element: StakeholderGraph) =>
  element.shadowRoot!.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const retryButton = (element: StakeholderGraph) => element.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button.retry');

/** Sets `src`, waits for sg-error, and checks the graph shown before is still shown, untouched. */
async function failsWith(element: StakeholderGraph, src: string): Promise<string> {
  const graphBefore = element.graph;
  const idsBefore = nodeIds(element);
  const error = nextEvent<SgErrorDetail>(element, 'sg-error');
  element.src = src;
  const { message, problems } = (await error).detail;
  await element.updateComplete;
  expect(element.graph).toBe(graphBefore);
  expect(nodeIds(element)).toEqual(idsBefore);
  expect(problems.length).toBeGreaterThan(0);
  expect(alertText(element)).toContain('the graph shown is unchanged');
  expect(alertText(element)).toContain(message);
  expect(element.shadowRoot!.querySelector('[role=status]'), 'no "Loading…" left behind').toBeNull();
  return message;
}

async function requestCount(fault: string): Promise<number> {
  const counts = (await (await fetch('/__faults/count')).json()) as Record<string, number>;
  return counts[fault] ?? 0;
}

describe('<stakeholder-graph src> against a faulty server (network, hard)', () => {
  it('says a 404 means there is no file at the URL, and offers Retry', async () => {
    const { element } = await showing();
    const message = await failsWith(element, '/__faults/404');
    expect(message).toBe('Could not load /__faults/404: the server answered 404 Not Found: there is no file at this URL; check it');
    expect(retryButton(element)).not.toBeNull();
  });

  it('says a 500 is the server failing', async () => {
    const { element } = await showing();
    expect(await failsWith(element, '/__faults/500')).toBe(
      'Could not load /__faults/500: the server answered 500 Internal Server Error: it failed on its side; try again later',
    );
  });

  it('refuses a web page without rendering any of it', async () => {
    const { element } = await showing();
    expect(await failsWith(element, '/__faults/html')).toBe(
      'Could not load /__faults/html: the server sent a web page (text/html) instead of JSON; check the URL',
    );
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as { __xss?: boolean }).__xss).toBeUndefined();
  });

  it('says a truncated file is invalid JSON and where it ends', async () => {
    const { element } = await showing(SMALL);
    const message = await failsWith(element, '/__faults/truncated');
    expect(message).toMatch(/^Invalid dataset: \$: invalid JSON at line \d+, column \d+ \(.*\); check the file is complete, valid JSON$/);
    expect(retryButton(element), 'a truncated download is worth retrying').not.toBeNull();
  });

  it('follows a redirect to the dataset', async () => {
    const { element, errors } = await showing(SMALL);
    const load = nextEvent(element, 'sg-load');
    element.src = '/__faults/redirect';
    await load;
    await element.updateComplete;
    expect(nodeIds(element)).toEqual({ graph: SEED_NODES, cy: SEED_NODES });
    expect(errors).toEqual([]);
  });

  it('refuses a body whose Content-Length is over limits.maxBytes', async () => {
    const { element } = await showing();
    element.limits = { maxBytes: 10_000 };
    expect(await failsWith(element, '/__faults/huge?bytes=200000')).toBe(
      'Could not load /__faults/huge?bytes=200000: the file is 200,000 bytes, more than the limit of 10,000 (limits.maxBytes); raise the limit if this is intended',
    );
  });

  it('stops reading a streamed body once it passes limits.maxBytes', async () => {
    const { element } = await showing();
    element.limits = { maxBytes: 10_000 };
    const started = performance.now();
    expect(await failsWith(element, '/__faults/huge?bytes=50000000&chunked')).toBe(
      'Could not load /__faults/huge?bytes=50000000&chunked: the file is more than the limit of 10,000 bytes (limits.maxBytes), so reading stopped; raise the limit if this is intended',
    );
    expect(performance.now() - started, 'it did not read the 50 MB').toBeLessThan(3000);
  });

  it('loads JSON sent as application/octet-stream', async () => {
    const { element, errors } = await showing(SMALL);
    const load = nextEvent(element, 'sg-load');
    element.src = '/__faults/wrong-type?type=application/octet-stream';
    await load;
    expect(nodeIds(element).graph).toEqual(SEED_NODES);
    expect(errors).toEqual([]);
  });

  it('refuses an image', async () => {
    const { element } = await showing();
    expect(await failsWith(element, '/__faults/wrong-type?type=image/png')).toBe(
      'Could not load /__faults/wrong-type?type=image/png: the server sent image/png, not JSON; check the URL',
    );
  });
});

describe('<stakeholder-graph src> timing (network, hard)', () => {
  it('times out with a clear message and a Retry button that requests the same src again', async () => {
    const { element, loads } = await showing();
    element.timeout = 300;
    const before = await requestCount('slow');
    const message = await failsWith(element, '/__faults/slow?ms=2000');
    expect(message).toBe('Could not load /__faults/slow?ms=2000: timed out after 300 ms; try again, or raise the timeout');
    expect(alertText(element)).toContain('timed out');

    element.timeout = 5000;
    const load = nextEvent(element, 'sg-load');
    await userEvent.click(retryButton(element)!);
    expect(element.shadowRoot!.querySelector('[role=status]')?.textContent).toContain('Loading');
    await load;
    await element.updateComplete;

    expect(await requestCount('slow')).toBe(before + 2);
    expect(nodeIds(element)).toEqual({ graph: SLOW_NODES, cy: SLOW_NODES });
    expect(element.shadowRoot!.querySelector('[role=alert]')).toBeNull();
    expect(loads).toHaveLength(1);
  });

  it('aborts the request in flight when src changes, and never applies it', async () => {
    const { element, loads, errors } = await showing(SMALL);
    const abortedBefore = await requestCount('slow:aborted');
    const slowBefore = await requestCount('slow');
    element.src = '/__faults/slow?ms=800';
    await element.updateComplete;
    element.src = SEED_URL;
    await nextEvent(element, 'sg-load');
    await sleep(1200); // past the moment the slow answer would have arrived

    // Every slow request that reached the server was hung up on (one aborted before it arrived
    // never reaches it at all). The server notices a hang-up on its own schedule: poll.
    const unanswered = async () => (await requestCount('slow:aborted')) - abortedBefore - ((await requestCount('slow')) - slowBefore);
    await expect.poll(unanswered, { timeout: 5000, message: 'every slow request that arrived was hung up' }).toBe(0);
    expect(nodeIds(element)).toEqual({ graph: SEED_NODES, cy: SEED_NODES });
    expect(loads).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(element.shadowRoot!.querySelector('[role=status]')).toBeNull();
  });

  it('drops a slow src when data is set, and stops saying "Loading…"', async () => {
    const { element, errors } = await showing(SMALL);
    element.src = '/__faults/slow?ms=600';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role=status]')?.textContent).toContain('Loading');

    element.data = seed;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role=status]')).toBeNull();
    expect(element.cy!.container()!.getAttribute('aria-busy')).toBe('false');
    await sleep(900);
    expect(nodeIds(element)).toEqual({ graph: SEED_NODES, cy: SEED_NODES });
    expect(errors).toEqual([]);
  });

  it('never lets a late answer for an old src replace the current graph, even if the network ignores the abort', async () => {
    // A fetch that drops the AbortSignal: the old answer really does arrive, after the new one.
    const original = window.fetch;
    const arrived: string[] = [];
    window.fetch = async (input, init) => {
      const response = await original(input, { ...init, signal: undefined });
      arrived.push(new URL(response.url).pathname);
      return response;
    };
    onCleanup(() => (window.fetch = original));
    const { element, loads, errors } = await showing(SMALL);

    element.src = '/__faults/slow?ms=800';
    await element.updateComplete;
    element.src = SEED_URL;
    await nextEvent(element, 'sg-load');
    await sleep(1200);

    expect(arrived).toEqual([SEED_URL, '/__faults/slow']);
    expect(nodeIds(element)).toEqual({ graph: SEED_NODES, cy: SEED_NODES });
    expect(loads).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
