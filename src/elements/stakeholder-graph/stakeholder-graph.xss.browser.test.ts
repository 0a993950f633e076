/**
 * `<stakeholder-graph>` fed hostile text (xss-corpus.ts): payloads in every label, alias,
 * description, evidence field, registry label, key and source title are drawn and announced as
 * text, with nothing parsed as markup and nothing run; non-http(s) source URLs and `src` values
 * are refused with a message naming where, and such a `src` is never fetched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { StakeholderGraph } from './stakeholder-graph.component';
import type { SgErrorDetail } from '../events';
import { addGraph, mountGraph } from '../../test-support/graph';
import { onCleanup, undoPageChanges } from '../../test-support/page';
import { ALL_PAYLOADS, MARKUP_PAYLOADS, URL_PAYLOADS, allElements, hostileDataset, injected, xssFlag } from '../../test-support/xss-corpus';

afterEach(async () => {
  // Give anything a payload might have scheduled (an image error, a load event) time to run.
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(xssFlag(), 'a payload ran').toBeUndefined();
  undoPageChanges();
});

/** All text under the element, shadow roots included. */
const allText = (element: Element) =>
  allElements(element)
    .map((node) =>
      [...node.childNodes]
        .filter((child) => child.nodeType === Node.TEXT_NODE)
        .map((child) => child.textContent)
        .join(''),
    )
    .join(' ');

/** The next sg-error; fails (instead of hanging) when sg-load comes first or nothing comes. */
function nextError(element: StakeholderGraph): Promise<SgErrorDetail> {
  return new Promise((resolve, reject) => {
    element.addEventListener('sg-error', (event) => resolve(event.detail), { once: true });
    element.addEventListener('sg-load', () => reject(new Error('the data loaded instead of failing')), { once: true });
    setTimeout(() => reject(new Error('neither sg-error nor sg-load within 5 s')), 5000);
  });
}

/** Records the URLs the page fetches until the test ends. */
function recordFetches(): string[] {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input, init) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return original(input, init);
  };
  onCleanup(() => (window.fetch = original));
  return urls;
}

describe('<stakeholder-graph> with hostile text (xss, hard)', () => {
  it.each(ALL_PAYLOADS)('shows %j as text everywhere and runs nothing', async (payload) => {
    const element = await mountGraph({ data: hostileDataset(payload) });
    expect(element.graph!.order).toBe(3);
    expect(element.cy!.getElementById(payload).data('label')).toBe(`B ${payload}`);

    // Every path that turns data into DOM text: legend, announcements, hints, path narration.
    element.select('A');
    await element.updateComplete;
    element.select('A-B');
    await element.updateComplete;
    element.focusActor('A', 2);
    element.highlightPath('A', 'C', { direction: 'ignore' });
    await element.updateComplete;
    element.clearHighlight();
    element.selected = null;
    await element.updateComplete;
    element.cy!.container()!.focus();
    await userEvent.keyboard('{ArrowRight}{Shift>}{Enter}{/Shift}');
    await element.updateComplete;

    expect(injected(element)).toEqual([]);
    if ((MARKUP_PAYLOADS as readonly string[]).includes(payload)) expect(allText(element)).toContain(payload);
    expect(element.shadowRoot!.querySelector('[part=canvas]')!.getAttribute('aria-label')).toBe(payload);
  });

  it.each(MARKUP_PAYLOADS)('escapes %j in the error banner and its problem list', async (payload) => {
    const element = await mountGraph();
    const error = nextError(element);
    element.data = { nodes: [{ key: payload }, { key: payload }], edges: [{ source: payload, target: `${payload}x` }] };
    const { message, problems } = await error;
    await element.updateComplete;

    expect(message).not.toMatch(/[<>]/);
    expect(problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n')).not.toMatch(/[<>]/);
    expect(element.shadowRoot!.querySelectorAll('[role=alert] li')).toHaveLength(2);
    expect(element.shadowRoot!.querySelector('[role=alert] button.retry'), 'Retry is for src, not data').toBeNull();
    expect(injected(element)).toEqual([]);
    expect(element.graph!.order).toBe(6);
  });
});

describe('<stakeholder-graph> with hostile URLs (xss, hard)', () => {
  it.each(URL_PAYLOADS)('refuses source URL %j, naming its path', async (url) => {
    const element = addGraph({ data: null });
    const error = nextError(element);
    const data = hostileDataset('Plain');
    data.attributes.sources[0]!.url = url;
    element.data = data;
    const { message, problems } = await error;
    await element.updateComplete;

    expect(problems).toEqual([
      {
        path: 'attributes.sources[0].url',
        message: expect.stringContaining('is not an http(s) link; use a full https:// URL or leave it out') as unknown,
      },
    ]);
    expect(message).toMatch(/^Invalid dataset: attributes\.sources\[0\]\.url: ".*" is not an http\(s\) link/);
    expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('attributes.sources[0].url');
    expect(element.graph).toBeUndefined();
    expect(injected(element)).toEqual([]);
  });

  it.each(URL_PAYLOADS)('refuses src %j with a clear message and never fetches it', async (src) => {
    const fetched = recordFetches();
    const element = await mountGraph();
    const error = nextError(element);
    element.src = src;
    const { message } = await error;
    await element.updateComplete;

    expect(message).toMatch(/^src ".*" is not an http\(s\) or relative URL; only those are loaded$/);
    expect(message).not.toMatch(/[<>]/);
    expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain(message);
    expect(fetched).toEqual([]);
    expect(element.graph!.order).toBe(6);
    expect(injected(element)).toEqual([]);
  });

  it.each(MARKUP_PAYLOADS)('treats markup in src (%j) as a relative URL: fetched there, failed, shown as text', async (src) => {
    const fetched = recordFetches();
    const element = await mountGraph();
    const error = nextError(element);
    element.src = src;
    const { message } = await error;
    await element.updateComplete;

    expect(fetched).toHaveLength(1);
    expect(new URL(fetched[0]!).origin).toBe(location.origin);
    expect(message).toMatch(/^Could not load /);
    expect(message).not.toMatch(/[<>]/);
    expect(injected(element)).toEqual([]);
  });
});
