/**
 * Test support for the XSS suites (`*.xss.browser.test.ts`): the payloads, a dataset that carries
 * them in every text the widget shows, and a check that walks every shadow tree for anything a
 * payload could have injected. Every payload that runs sets `window.__xss`. Nothing in the
 * library imports this file.
 */

/** Markup and script URLs, as they arrive in hostile data. */
export const MARKUP_PAYLOADS = [
  '<img src=x onerror="window.__xss=true">',
  '"><svg onload="window.__xss=true">',
  "'><script>window.__xss=true</script>",
  '<a href="javascript:window.__xss=true">click</a>',
  '<iframe srcdoc="<script>parent.__xss=true</script>"></iframe>',
] as const;

/** URLs that run script or load a document when followed; none may become a link or a request. */
export const URL_PAYLOADS = [
  'javascript:window.__xss=true',
  'JaVaScRiPt:window.__xss=true',
  '\tjavascript:window.__xss=true',
  'java\nscript:window.__xss=true',
  'data:text/html,<script>window.__xss=true</script>',
  'vbscript:window.__xss=true',
] as const;

export const ALL_PAYLOADS = [...MARKUP_PAYLOADS, ...URL_PAYLOADS] as const;

/**
 * Three actors and two relationships with `payload` in every text field the widget shows: the
 * title and description, registry labels, node keys, labels, aliases and descriptions, edge
 * labels and items, evidence summaries and quotes, and source titles (with a safe https URL
 * whose query carries the payload too).
 */
export function hostileDataset(payload: string) {
  return {
    attributes: {
      title: payload,
      description: payload,
      sources: [{ id: 'src', title: payload, url: `https://example.org/article?q=${encodeURIComponent(payload)}` }],
      edgeTypes: {
        supplies: { label: payload, inverseLabel: payload, directed: true },
        pact: { label: `pact ${payload}`, directed: false },
      },
      nodeKinds: { state: { label: payload }, organization: { label: `org ${payload}` } },
    },
    nodes: [
      { key: 'A', attributes: { label: payload, kind: 'state', aliases: [payload, `${payload} 2`], description: payload } },
      { key: payload, attributes: { label: `B ${payload}`, kind: 'state', description: payload } },
      { key: 'C', attributes: { kind: 'organization' } },
    ],
    edges: [
      {
        key: 'A-B',
        source: 'A',
        target: payload,
        attributes: {
          type: 'supplies',
          label: payload,
          status: 'confirmed',
          items: [payload],
          evidence: [{ source: 'src', lines: [1, 2], summary: payload, quote: payload }],
        },
      },
      {
        key: `${payload}-C`,
        source: payload,
        target: 'C',
        attributes: { type: 'pact', status: 'reported', evidence: [{ source: 'src', lines: [3], summary: payload }] },
      },
    ],
  };
}

/**
 * Every element inside `host`: its shadow tree, its light children, and every shadow tree below
 * them. The host itself is left out (its own `src` attribute is the page's, and inert).
 */
export function allElements(host: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: ShadowRoot | Element) => {
    for (const element of node.querySelectorAll('*')) {
      out.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  visit(host);
  return out;
}

/**
 * What a payload would leave behind if it had been parsed as markup: script-capable elements,
 * inline event handlers, and links or sources that are not http(s). Returns descriptions, so a
 * failing test says what it found.
 */
export function injected(root: Element): string[] {
  const found: string[] = [];
  for (const element of allElements(root)) {
    const tag = element.tagName.toLowerCase();
    if (['img', 'script', 'iframe', 'object', 'embed', 'frame', 'base', 'form', 'meta'].includes(tag)) found.push(`<${tag}>`);
    for (const attribute of element.getAttributeNames()) {
      if (/^on/i.test(attribute)) found.push(`<${tag} ${attribute}>`);
      if (['srcdoc', 'formaction', 'xlink:href'].includes(attribute.toLowerCase())) found.push(`<${tag} ${attribute}>`);
    }
    for (const attribute of ['href', 'src', 'action']) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      let protocol: string;
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        protocol = 'unparseable';
      }
      if (protocol !== 'http:' && protocol !== 'https:') found.push(`<${tag} ${attribute}=${JSON.stringify(value)}>`);
    }
  }
  return found;
}

/** All links (`<a href>`) below `root`, across shadow roots. */
export function links(root: Element): HTMLAnchorElement[] {
  return allElements(root).filter(
    (element): element is HTMLAnchorElement => element instanceof HTMLAnchorElement && element.hasAttribute('href'),
  );
}

export const xssFlag = (): unknown => (window as { __xss?: unknown }).__xss;
