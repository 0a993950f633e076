/**
 * The embed, end to end, as someone else's page gets it: the library is built as published, served
 * by a plain static server that sends the strict Content-Security-Policy an embedding page would,
 * and the example pages load it in Chromium through a plain `<script type="module">`, with no Vite
 * in between. The same file holds the size budget, publint and the custom-elements manifest, so
 * `npm test` (CI) enforces all of them. Runs in Node (the `unit` project); takes about a minute.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright';
import { publint } from 'publint';
import type { Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { BUDGET_BYTES, measureBundle } from '../scripts/size.mjs';
import { ROOT, run, serve, sourceFiles, type Manifest } from './test-support/e2e-server';
import { bothDrawn, events, nodeCount, violations, withClass } from './test-support/e2e-page';
import { fixDeclarationImports } from '../scripts/fix-dts-imports.mjs';
import { findChromium, CHROMIUM_ARGS, INSTALL_HINT } from '../scripts/find-chromium.mjs';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

const require = createRequire(import.meta.url);

let packageDir: string;
let server: Server;
let origin: string;
let browser: Browser;
/** Declarations and manifest build in the background while the browser tests run. */
let slowBuilds: Promise<unknown>;

/** The URL paths of the embed bundle's eager files: the entry and what it imports statically. */
function eagerUrls(): Set<string> {
  return new Set(measureBundle(join(packageDir, 'dist')).eager.map((file) => `/dist/${file.file.split(sep).join('/')}`));
}

beforeAll(async () => {
  packageDir = mkdtempSync(join(tmpdir(), 'sg-embed-'));
  const dist = join(packageDir, 'dist');
  slowBuilds = Promise.all([
    run(require.resolve('typescript/bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', join(dist, 'types')]).then(() =>
      fixDeclarationImports(join(dist, 'types')),
    ),
    // The analyzer joins --outdir to its working directory, even an absolute one.
    run(require.resolve('@custom-elements-manifest/analyzer/cem.js'), ['analyze', '--quiet', '--outdir', relative(ROOT, packageDir)]),
  ]);
  // Keep the browser tests from failing as unhandled rejections if these fail; the package tests report it.
  slowBuilds.catch(() => undefined);
  await build({ root: ROOT, configFile: join(ROOT, 'vite.lib.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.npm.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(dist, 'lib'), emptyOutDir: true },
  });
  cpSync(join(ROOT, 'package.json'), join(packageDir, 'package.json'));
  // The explorer app as `npm run build:app` writes it: static files, relative URLs.
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    build: { outDir: join(packageDir, 'app'), emptyOutDir: true },
  });

  server = await serve({
    '/dist/': dist,
    '/examples/': join(ROOT, 'examples'),
    '/graph-data/': join(ROOT, 'graph-data'),
    '/deployed/in/a/folder/': join(packageDir, 'app'),
  });
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  await slowBuilds?.catch(() => undefined);
  if (packageDir) rmSync(packageDir, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** A new page that records CSP violations and the elements' events from before any script runs. */
async function open(path: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const record = window as unknown as { __violations: object[]; __events: object[] };
    record.__violations = [];
    record.__events = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        record.__violations.push({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          at: `${event.sourceFile}:${event.lineNumber}`,
        }),
      true,
    );
    for (const type of ['sg-load', 'sg-error', 'sg-select', 'sg-filter', 'sg-focus', 'sg-path']) {
      document.addEventListener(type, (event) => {
        const detail = (event as CustomEvent<unknown>).detail;
        const target = event.target as Element;
        record.__events.push({
          type,
          target: target.id || target.localName,
          detail: type === 'sg-load' || type === 'sg-path' ? null : detail,
        });
      });
    }
  });
  await page.goto(`${origin}${path}`);
  return { page, errors, requests };
}

describe('examples/article.html under a strict CSP, loaded with one script tag', () => {
  let watched: Watched;

  beforeAll(async () => {
    watched = await open('/examples/article.html');
    await bothDrawn(watched.page);
  }, 60_000);

  afterAll(() => watched?.page.close());

  it('renders both instances: the graph-only widget and the explorer', async () => {
    expect(await nodeCount(watched.page, 'widget')).toBe(6);
    expect(await nodeCount(watched.page, 'explorer')).toBe(6);
  });

  it("loads the explorer's panels lazily, from their own chunk, and they upgrade in place", async () => {
    const { page, requests } = watched;
    await page.waitForFunction(() => Boolean(document.getElementById('explorer')?.shadowRoot?.querySelector('sg-details')?.shadowRoot));
    // Besides the eager files (the entry and its static imports): the panels in one chunk (with
    // the few lines they share with Save), the graph's timeline (the seed dates its pact) and its
    // story (the seed tells one), which the graph loads for such data.
    const lazy = requests.filter((url) => url.includes('/dist/chunks/') && !eagerUrls().has(new URL(url).pathname));
    const panels = lazy.filter((url) => !isTimelineChunk(url) && !isStoryChunk(url) && !url.includes('/chunks/download-'));
    expect(panels).toHaveLength(1);
    expect(panels[0]).toMatch(/explorer-parts/);
    expect(lazy.some(isTimelineChunk)).toBe(true);
    expect(lazy.some(isStoryChunk)).toBe(true);
  });

  it('fires sg-load from each instance', async () => {
    const loads = (await events(watched.page)).filter((event) => event.type === 'sg-load').map((event) => event.target);
    expect(loads.sort()).toEqual(['explorer', 'widget']);
  });

  it('lets attributes drive state: edge-types filters, selected selects, path-from/path-to highlight', async () => {
    const { page } = watched;
    // The page's own attribute: only supplies and pact are shown.
    expect(await withClass(page, 'widget', 'sg-hidden')).toContain('US-condemns-DPRK');
    expect(await withClass(page, 'widget', 'sg-hidden')).not.toContain('DPRK-pact-Russia');

    await page.evaluate(() => {
      const widget = document.getElementById('widget')!;
      widget.setAttribute('edge-types', 'condemns');
      widget.setAttribute('selected', 'ROK');
    });
    await page.waitForFunction(() => (document.getElementById('widget') as HTMLElement & { selection: unknown }).selection !== null);
    expect(await withClass(page, 'widget', 'sg-hidden')).toContain('DPRK-pact-Russia');
    expect(await withClass(page, 'widget', 'sg-hidden')).not.toContain('US-condemns-DPRK');
    expect(await withClass(page, 'widget', 'sg-selected')).toEqual(['ROK']);

    await page.evaluate(() => {
      const widget = document.getElementById('widget')!;
      widget.removeAttribute('edge-types');
      widget.setAttribute('path-from', 'US');
      widget.setAttribute('path-to', 'Ukraine');
    });
    await page.waitForFunction(() => (document.getElementById('widget') as HTMLElement & { activePath: unknown }).activePath !== null);
    expect(await withClass(page, 'widget', 'sg-path')).toEqual(expect.arrayContaining(['US', 'Ukraine', 'DPRK']));
    expect(await withClass(page, 'widget', 'sg-hidden')).toEqual([]);
  });

  it('reports changes as events, whoever made them: an attribute and a click on an actor', async () => {
    const { page } = watched;
    const selects = async () =>
      (await events(page)).filter((event) => event.type === 'sg-select' && event.target === 'widget').map((event) => event.detail);
    expect(await selects()).toContainEqual({ kind: 'node', key: 'ROK' });

    // A real click where Cytoscape draws an actor (one the legend overlay does not cover): pointer
    // mapping works in the built bundle too.
    const target = await page.evaluate(() => {
      interface Node {
        id(): string;
        renderedPosition(): { x: number; y: number };
      }
      const widget = document.getElementById('widget') as HTMLElement & { cy: { nodes(): Node[] } };
      widget.scrollIntoView({ block: 'center' });
      const canvas = widget.shadowRoot!.querySelector('[part="canvas"]')!;
      const box = canvas.getBoundingClientRect();
      for (const node of widget.cy.nodes()) {
        const at = node.renderedPosition();
        const point = { key: node.id(), x: box.left + at.x, y: box.top + at.y };
        if (node.id() !== 'ROK' && canvas.contains(widget.shadowRoot!.elementFromPoint(point.x, point.y))) return point;
      }
      return null;
    });
    expect(target, 'an actor not under the legend').not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    await expect.poll(selects).toContainEqual({ kind: 'node', key: target!.key });
  });

  it("runs every layout of the menu with the bundle's lean Cytoscape, moving the actors each time", async () => {
    const { page } = watched;
    for (const layout of ['concentric', 'circle', 'grid', 'breadthfirst', 'force']) {
      const moved = await page.evaluate(async (layout) => {
        interface Cy {
          nodes(): Array<{ id(): string; position(): { x: number; y: number } }>;
        }
        const widget = document.getElementById('widget') as HTMLElement & { cy: Cy };
        const snapshot = () =>
          JSON.stringify(widget.cy.nodes().map((node) => [node.id(), Math.round(node.position().x), Math.round(node.position().y)]));
        const before = snapshot();
        const settled = new Promise<string>((resolve) =>
          widget.addEventListener('sg-layout-settled', (event) => resolve((event as CustomEvent<{ layout: string }>).detail.layout), {
            once: true,
          }),
        );
        widget.setAttribute('layout', layout);
        const name = await settled;
        return { name, changed: snapshot() !== before };
      }, layout);
      expect(moved, layout).toEqual({ name: layout, changed: true });
    }
  });

  it('fires no securitypolicyviolation and logs no error', async () => {
    expect(await violations(watched.page)).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

describe('the explorer app as static files, deployed in a sub-folder under the strict CSP', () => {
  it('shows the seed dataset and the state in the URL hash, with no violation and no error', async () => {
    const { page, errors } = await open('/deployed/in/a/folder/index.html#node=DPRK&from=US&to=Ukraine');
    try {
      await page.waitForFunction(() => {
        type Graph = HTMLElement & { cy?: { nodes(selector?: string): { length: number } } };
        const graph = (document.querySelector('stakeholder-explorer') as (HTMLElement & { graphElement?: Graph }) | null)?.graphElement;
        return (graph?.cy?.nodes('.sg-path').length ?? 0) > 0;
      });
      const state = await page.evaluate(() => {
        const graph = (
          document.querySelector('stakeholder-explorer') as HTMLElement & {
            graphElement: HTMLElement & { selection: unknown; cy: { nodes(): { length: number } } };
          }
        ).graphElement;
        return {
          nodes: graph.cy.nodes().length,
          selection: graph.selection,
          icon: document.querySelector<HTMLLinkElement>('link[rel=icon]')!.href,
        };
      });
      expect(state.nodes).toBe(6);
      expect(state.selection).toEqual({ kind: 'node', key: 'DPRK' });
      expect(state.icon).toMatch(/^http:\/\/localhost:\d+\/deployed\/in\/a\/folder\//);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('examples/api.html: a page driving the element through its methods', () => {
  let watched: Watched;

  beforeAll(async () => {
    watched = await open('/examples/api.html');
    await watched.page.waitForFunction(() => (document.getElementById('log')?.children.length ?? 0) > 0);
  }, 60_000);

  afterAll(() => watched?.page.close());

  it("logs the element's events and follows select, focus, highlightPath and filter", async () => {
    const { page } = watched;
    const log = () => page.locator('#log li').allTextContents();
    await page.getByRole('button', { name: "select('DPRK')" }).click();
    await expect.poll(log).toContainEqual(expect.stringContaining('sg-select {"kind":"node","key":"DPRK"}'));
    await page.getByRole('button', { name: "focusActor('Russia')" }).click();
    await expect.poll(log).toContainEqual(expect.stringContaining('sg-focus {"key":"Russia","hops":1}'));
    await page.getByRole('button', { name: "highlightPath('US', 'Ukraine')" }).click();
    await expect.poll(log).toContainEqual(expect.stringContaining('sg-path US → Ukraine: US → DPRK → Ukraine'));
    await page.getByRole('button', { name: 'filter = supplies only' }).click();
    await expect.poll(log).toContainEqual(expect.stringContaining('sg-filter {"edgeTypes":["supplies"]'));
    expect(await withClass(page, 'graph', 'sg-hidden')).toContain('US-condemns-DPRK');
  });

  it("downloads no explorer chunk: a graph-only page needs only the graph's own timeline and story (the seed is dated and tells one)", () => {
    const requested = watched.requests.filter((url) => url.includes('/dist/')).map((url) => new URL(url).pathname);
    expect(requested).toContain('/dist/stakeholder-graph.js');
    expect(requested.filter((path) => !eagerUrls().has(path) && !isTimelineChunk(path) && !isStoryChunk(path))).toEqual([]);
  });

  it('fires no securitypolicyviolation and logs no error', async () => {
    expect(await violations(watched.page)).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  it('loads the WebGL renderer on demand when renderer="webgl" is set, and draws with it', async () => {
    const { page } = watched;
    await page.evaluate(() => document.getElementById('graph')!.setAttribute('renderer', 'webgl'));
    await page.waitForFunction(() => {
      const graph = document.getElementById('graph') as HTMLElement & { cy: { nodes(): { length: number } } | undefined };
      return (graph.cy?.nodes().length ?? 0) > 0 && graph.shadowRoot!.querySelector('canvas[data-id$="-webgl"]') !== null;
    });
    expect(watched.requests.some((url) => /\/dist\/chunks\/drawing-redraw-webgl-[\w-]+\.js$/.test(url))).toBe(true);
    expect(await violations(page)).toEqual([]);
  });
});

describe('examples/dark.html: theme and CSS custom properties from the page', () => {
  let watched: Watched;

  beforeAll(async () => {
    watched = await open('/examples/dark.html');
    await watched.page.waitForFunction(() => {
      type WithCy = HTMLElement & { cy?: { nodes(): { length: number } } };
      const inner = document.getElementById('dark-explorer')?.shadowRoot?.querySelector('stakeholder-graph') as WithCy | null;
      return ((document.getElementById('dark-graph') as WithCy).cy?.nodes().length ?? 0) > 0 && (inner?.cy?.nodes().length ?? 0) > 0;
    });
  }, 60_000);

  afterAll(() => watched?.page.close());

  it('applies the dark theme and the page’s custom properties', async () => {
    const colours = await watched.page.evaluate(() => {
      const graph = document.getElementById('dark-graph')!;
      const legend = graph.shadowRoot!.querySelector('[part="legend"]')!;
      return {
        background: getComputedStyle(graph).backgroundColor,
        accent: getComputedStyle(graph).getPropertyValue('--sg-accent').trim(),
        legendText: getComputedStyle(legend).color,
      };
    });
    expect(colours).toEqual({ background: 'rgb(17, 24, 39)', accent: '#fbbf24', legendText: 'rgb(243, 244, 246)' });
  });

  it('draws relationship types in the page’s --sg-edge-color-* colours, in the drawing and the legend', async () => {
    const drawn = await watched.page.evaluate(() => {
      interface Cy {
        getElementById(id: string): { style(name: string): string };
      }
      const graph = document.getElementById('dark-graph') as HTMLElement & { cy: Cy };
      const swatch = graph.shadowRoot!.querySelector('button[data-facet=edgeTypes][data-key="supplies"] svg line')!;
      return { line: graph.cy.getElementById('DPRK-supplies-Russia-munitions').style('line-color'), swatch: swatch.getAttribute('stroke') };
    });
    expect(drawn).toEqual({ line: 'rgb(56,189,248)', swatch: '#38bdf8' });
  });

  it('shows only the explorer parts `controls` names, with the explorer’s colours reaching its graph', async () => {
    const shown = await watched.page.evaluate(() => {
      const root = document.getElementById('dark-explorer')!.shadowRoot!;
      const inner = root.querySelector('stakeholder-graph')!;
      return {
        search: root.querySelector('sg-search') !== null,
        layout: root.querySelector('.toolbar select') !== null,
        paths: root.querySelector('[part=paths]') !== null,
        table: root.querySelector('[part=table]') !== null,
        legend: inner.shadowRoot!.querySelector('[part=legend]') !== null,
        innerBackground: getComputedStyle(inner).backgroundColor,
      };
    });
    expect(shown).toEqual({ search: true, layout: false, paths: false, table: false, legend: true, innerBackground: 'rgb(17, 24, 39)' });
  });

  it('shows the page’s own details for the selected actor, whose buttons move the selection', async () => {
    const { page } = watched;
    await page.evaluate(() =>
      (document.getElementById('dark-explorer') as HTMLElement & { graphElement: { select(key: string): void } }).graphElement.select(
        'DPRK',
      ),
    );
    const heading = page.locator('#dark-explorer .page-details h3');
    await expect.poll(() => heading.textContent()).toBe('North Korea');
    await page.locator('#dark-explorer .page-details').getByRole('button', { name: 'Russia', exact: true }).click();
    await expect.poll(() => heading.textContent()).toBe('Russia');
  });

  it('fires no securitypolicyviolation and logs no error', async () => {
    expect(await violations(watched.page)).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

describe('a page that names the Trusted Types policies it allows', () => {
  it("needs to allow only Lit's, lit-html", async () => {
    const { page, errors } = await open('/examples/article.html?named-policies');
    await bothDrawn(page);
    await page.waitForFunction(() => Boolean(document.getElementById('explorer')?.shadowRoot?.querySelector('sg-details')?.shadowRoot));
    expect(await nodeCount(page, 'widget')).toBe(6);
    expect(await nodeCount(page, 'explorer')).toBe(6);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the nonce option', () => {
  it("puts Cytoscape's container rule in a nonce'd <style> the page's policy allows", async () => {
    const { page, errors } = await open('/test/nonce.html');
    await page.waitForFunction(() => ((document.getElementById('graph') as HTMLElement & { cy?: unknown }).cy ? true : false));
    const result = await page.evaluate(() => {
      const style = document.getElementById('__________cytoscape_stylesheet') as HTMLStyleElement;
      return { tag: style.localName, applied: getComputedStyle(document.getElementById('outside')!).position };
    });
    expect(result).toEqual({ tag: 'style', applied: 'relative' });
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the published package', () => {
  beforeAll(() => slowBuilds, 180_000);

  it(`keeps stakeholder-graph.js and its static imports within the budget (${BUDGET_BYTES} bytes gzip)`, () => {
    const result = measureBundle(join(packageDir, 'dist'));
    const detail = result.eager.map((file: { file: string; gzip: number }) => `${file.file}: ${file.gzip}`).join(', ');
    expect(result.eager.length, 'the entry and its chunks').toBeGreaterThan(0);
    expect(result.lazy.length, 'the explorer panels are a lazy chunk').toBeGreaterThan(0);
    expect(result.eagerGzip, `eager gzip bytes (${detail}); run \`npm run build:lib && npm run size -- --deps\``).toBeLessThanOrEqual(
      BUDGET_BYTES,
    );
  });

  it('passes publint with no error or warning', async () => {
    const { messages } = await publint({ pkgDir: packageDir, level: 'warning', pack: 'npm' });
    expect(
      messages.map((message) => `${message.type} ${message.code} at ${message.path.join('.')}: ${JSON.stringify(message.args)}`),
    ).toEqual([]);
  });

  it('lists in sideEffects every module that registers an element (else bundlers drop the registration)', () => {
    const { sideEffects } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { sideEffects: string[] };
    // Modules that define an element, and modules made only of imports and define…() calls (explorer-parts).
    const registering = sourceFiles(join(ROOT, 'src'))
      .filter((file) => !file.includes('.test.') && !file.includes(`${sep}app${sep}`))
      .filter((file) => {
        const code = readFileSync(file, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .trim();
        return (
          code.includes('customElements.define(') ||
          (code !== '' &&
            code
              .split('\n')
              .filter((line) => line.trim() !== '')
              .every((line) => /^import (\{ \w+ \} from )?'[^']+';$|^define\w+\(\);$/.test(line.trim())))
        );
      })
      .map((file) => `./${relative(ROOT, file).split(sep).join('/')}`);
    expect(registering).toContain('./src/elements/stakeholder-explorer/explorer-parts.ts');
    for (const file of registering) {
      expect(sideEffects, file).toContain(file);
      if (file !== './src/embed.ts') expect(sideEffects, file).toContain(file.replace('./src/', './dist/lib/').replace(/\.ts$/, '.js'));
    }
  });

  it('describes <stakeholder-graph> in custom-elements.json: attributes, members, events, parts, custom properties', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8')) as Manifest;
    const declarations = manifest.modules.flatMap((module) => module.declarations);
    const element = (tagName: string) => {
      const found = declarations.find((declaration) => declaration.tagName === tagName);
      if (!found) throw new Error(`custom-elements.json declares no <${tagName}>`);
      return found;
    };
    const graph = element('stakeholder-graph');
    const names = (list: Array<{ name: string }> = []) => list.map((item) => item.name);
    expect(names(graph.attributes)).toEqual(
      expect.arrayContaining(['src', 'label', 'selected', 'layout', 'edge-types', 'statuses', 'theme', 'path-from', 'path-to', 'nonce']),
    );
    expect(names(graph.attributes)).not.toContain('focusState');
    expect(names(graph.members)).toEqual(
      expect.arrayContaining(['data', 'graph', 'cy', 'select', 'focusActor', 'highlightPath', 'findPaths', 'fit']),
    );
    expect(graph.events).toContainEqual(expect.objectContaining({ name: 'sg-select', type: { text: 'CustomEvent<SgSelectDetail>' } }));
    expect(names(graph.cssParts)).toEqual(['canvas', 'legend', 'error', 'story', 'story-start', 'legend-toggle']);
    expect(names(graph.attributes)).toContain('controls');
    expect(names(graph.members)).toContain('refreshTheme');
    const explorer = element('stakeholder-explorer');
    expect(names(explorer.attributes)).toEqual(
      expect.arrayContaining(['src', 'label', 'theme', 'controls', 'selected', 'layout', 'edge-types', 'path-from']),
    );
    expect(names(explorer.members)).toContain('detailsRenderer');
    expect(names(explorer.slots)).toEqual(['details']);
    expect(graph.cssProperties).toContainEqual(expect.objectContaining({ name: '--sg-background', default: '#ffffff' }));
    expect(declarations.filter((d) => d.customElement).map((d) => d.tagName)).toContain('stakeholder-explorer');
  });
});

/** The chunks of the graph's timeline, loaded when a graph has dated claims: graph-time and the Lit directive helpers it alone uses. */
/** The story's code: the graph loads it for a dataset that tells a story. */
function isStoryChunk(url: string): boolean {
  return url.includes('/chunks/graph-story-');
}

function isTimelineChunk(url: string): boolean {
  return /\/chunks\/(graph-time|directive-helpers)-/.test(url);
}
