/**
 * SourceLoader in Node with a scripted `fetch`: what reaches the element (text or one clear
 * error), what is never fetched, how big bodies are refused before or while reading, and how
 * superseded, cancelled and cut-off requests behave.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SourceLoader } from './source-loader';

type Call = ['text' | 'error', string] | ['loading', boolean];

// Typed as fetch, so an implementation that returns a Promise<Response> is what it expects.
let fetchMock: ReturnType<typeof vi.fn<(url: unknown, init: RequestInit) => Promise<Response>>>;

beforeEach(() => {
  fetchMock = vi.fn<(url: unknown, init: RequestInit) => Promise<Response>>();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A loader on a fake host, recording every callback in order. */
function setup() {
  const controllers: ReactiveController[] = [];
  const host = { addController: (c: ReactiveController) => controllers.push(c) } as unknown as ReactiveControllerHost;
  const calls: Call[] = [];
  const loader = new SourceLoader(host, {
    onText: (text) => calls.push(['text', text]),
    onError: (error) => calls.push(['error', error.message]),
    onLoading: (loading) => calls.push(['loading', loading]),
  });
  return { loader, calls, controllers };
}

const json = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { 'content-type': 'application/json', ...headers } });
const errors = (calls: Call[]) => calls.filter(([kind]) => kind === 'error').map(([, message]) => message);
const texts = (calls: Call[]) => calls.filter(([kind]) => kind === 'text').map(([, text]) => text);

/** A fetch that answers when `answer` is called, and rejects with the abort reason if aborted first. */
function deferredFetch() {
  let answer!: (response: Response) => void;
  let signal!: AbortSignal;
  const promise = (_url: unknown, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      signal = init.signal!;
      answer = resolve;
      signal.addEventListener('abort', () => reject(signal.reason as Error));
    });
  return { promise, answer: (response: Response) => answer(response), signal: () => signal };
}

/** A body that yields `chunk` forever, counting how many chunks were pulled. */
function endlessBody(chunk: Uint8Array) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled += 1;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('SourceLoader', () => {
  it('hands over the body and reports loading around it', async () => {
    const { loader, calls } = setup();
    fetchMock.mockResolvedValue(json('{"nodes": []}'));
    await loader.load('/data.json', 1000);
    expect(calls).toEqual([
      ['loading', true],
      ['text', '{"nodes": []}'],
      ['loading', false],
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('refuses src %j without fetching it', async (src) => {
    const { loader, calls } = setup();
    await loader.load(src, 1000);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(errors(calls)).toEqual([expect.stringMatching(/^src ".*" is not an http\(s\) or relative URL; only those are loaded$/)]);
    expect(errors(calls)[0]).not.toMatch(/[<>]/);
  });

  it('says a 404 means there is no file at the URL', async () => {
    const { loader, calls } = setup();
    fetchMock.mockResolvedValue(new Response('gone', { status: 404, statusText: 'Not Found' }));
    await loader.load('/missing.json', 1000);
    expect(errors(calls)).toEqual([
      'Could not load /missing.json: the server answered 404 Not Found: there is no file at this URL; check it',
    ]);
  });

  it('says a 500 is the server failing and to try again later', async () => {
    const { loader, calls } = setup();
    fetchMock.mockResolvedValue(new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
    await loader.load('/data.json', 1000);
    expect(errors(calls)).toEqual([
      'Could not load /data.json: the server answered 500 Internal Server Error: it failed on its side; try again later',
    ]);
  });

  it('refuses a web page', async () => {
    const { loader, calls } = setup();
    fetchMock.mockResolvedValue(new Response('<!doctype html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    await loader.load('/data.json', 1000);
    expect(errors(calls)).toEqual(['Could not load /data.json: the server sent a web page (text/html) instead of JSON; check the URL']);
  });

  it('refuses an image', async () => {
    const { loader, calls } = setup();
    fetchMock.mockResolvedValue(new Response('{"nodes": []}', { headers: { 'content-type': 'image/png' } }));
    await loader.load('/data.json', 1000);
    expect(errors(calls)).toEqual(['Could not load /data.json: the server sent image/png, not JSON; check the URL']);
  });

  it.each(['application/octet-stream', 'text/plain', 'application/geo+json', ''])('tries %j as JSON', async (type) => {
    const { loader, calls } = setup();
    fetchMock.mockResolvedValue(new Response('{"nodes": []}', { headers: type ? { 'content-type': type } : {} }));
    await loader.load('/data.json', 1000);
    expect(texts(calls)).toEqual(['{"nodes": []}']);
  });

  it('refuses a body whose Content-Length is over maxBytes before reading any of it', async () => {
    const { loader, calls } = setup();
    const response = new Response(endlessBody(new Uint8Array(100)).stream, {
      headers: { 'content-type': 'application/json', 'content-length': '5000' },
    });
    fetchMock.mockResolvedValue(response);
    await loader.load('/big.json', 1000, 1000);
    expect(errors(calls)).toEqual([
      'Could not load /big.json: the file is 5,000 bytes, more than the limit of 1,000 (limits.maxBytes); raise the limit if this is intended',
    ]);
    expect(response.bodyUsed).toBe(false);
  });

  it('stops reading a body without Content-Length once it passes maxBytes', async () => {
    const { loader, calls } = setup();
    const { stream, state } = endlessBody(new Uint8Array(300).fill(32));
    fetchMock.mockResolvedValue(new Response(stream, { headers: { 'content-type': 'application/json' } }));
    await loader.load('/endless.json', 1000, 1000);
    expect(errors(calls)).toEqual([
      'Could not load /endless.json: the file is more than the limit of 1,000 bytes (limits.maxBytes), so reading stopped; raise the limit if this is intended',
    ]);
    expect(state.pulled).toBeLessThan(10);
    expect(state.cancelled).toBe(true);
  });

  it('accepts a body of exactly maxBytes', async () => {
    const { loader, calls } = setup();
    fetchMock.mockResolvedValue(json(' '.repeat(988) + '{"nodes":[]}'));
    await loader.load('/data.json', 1000, 1000);
    expect(texts(calls)).toHaveLength(1);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const { loader, calls } = setup();
    const bytes = new TextEncoder().encode('{"label": "Kyiv – Київ"}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    fetchMock.mockResolvedValue(new Response(stream, { headers: { 'content-type': 'application/json' } }));
    await loader.load('/data.json', 1000);
    expect(texts(calls)).toEqual(['{"label": "Kyiv – Київ"}']);
  });

  it('gives up after the timeout and says so', async () => {
    const { loader, calls } = setup();
    const slow = deferredFetch();
    fetchMock.mockImplementation(slow.promise);
    await loader.load('/slow.json', 30);
    expect(errors(calls)).toEqual(['Could not load /slow.json: timed out after 30 ms; try again, or raise the timeout']);
    expect(calls.at(-1)).toEqual(['loading', false]);
  });

  it('says seconds for longer timeouts', async () => {
    vi.useFakeTimers();
    try {
      const { loader, calls } = setup();
      fetchMock.mockImplementation(deferredFetch().promise);
      const done = loader.load('/slow.json', 20_000);
      await vi.advanceTimersByTimeAsync(20_000);
      await done;
      expect(errors(calls)[0]).toContain('timed out after 20 s;');
    } finally {
      vi.useRealTimers();
    }
  });

  it('explains a network failure', async () => {
    const { loader, calls } = setup();
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await loader.load('https://example.org/data.json', 1000);
    expect(errors(calls)[0]).toMatch(
      /^Could not load https:\/\/example\.org\/data\.json: the request failed \(Failed to fetch\): the server is unreachable/,
    );
  });

  it('aborts the request in flight when a new one starts, and ignores its answer', async () => {
    const { loader, calls } = setup();
    const first = deferredFetch();
    fetchMock.mockImplementationOnce(first.promise).mockResolvedValueOnce(json('"second"'));
    const firstDone = loader.load('/first.json', 1000);
    await loader.load('/second.json', 1000);
    await firstDone;
    expect(first.signal().aborted).toBe(true);
    expect(texts(calls)).toEqual(['"second"']);
    expect(errors(calls)).toEqual([]);
  });

  it('ignores a late answer for an old src even if the fetch ignored the abort', async () => {
    const { loader, calls } = setup();
    let answerFirst!: (response: Response) => void;
    fetchMock.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve))).mockResolvedValueOnce(json('"second"'));
    const firstDone = loader.load('/first.json', 1000);
    await loader.load('/second.json', 1000);
    answerFirst(json('"first"'));
    await firstDone;
    expect(texts(calls)).toEqual(['"second"']);
    expect(calls.at(-1)).toEqual(['loading', false]);
  });

  it('reports loading false when cancelled, and drops the answer', async () => {
    const { loader, calls } = setup();
    const slow = deferredFetch();
    fetchMock.mockImplementation(slow.promise);
    const done = loader.load('/slow.json', 1000);
    loader.cancel();
    await done;
    expect(calls).toEqual([
      ['loading', true],
      ['loading', false],
    ]);
  });

  it('makes a request cut off by disconnection again on reconnection', async () => {
    const { loader, calls } = setup();
    const first = deferredFetch();
    fetchMock.mockImplementationOnce(first.promise).mockResolvedValueOnce(json('"again"'));
    const done = loader.load('/data.json', 1000);
    loader.hostDisconnected();
    await done;
    expect(first.signal().aborted).toBe(true);
    loader.hostConnected();
    await vi.waitFor(() => expect(texts(calls)).toEqual(['"again"']));
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('does not request again on reconnection when nothing was cut off', async () => {
    const { loader } = setup();
    fetchMock.mockResolvedValue(json('{}'));
    await loader.load('/data.json', 1000);
    loader.hostDisconnected();
    loader.hostConnected();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
