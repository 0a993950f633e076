/**
 * `npm run screenshot`: the README's pictures of the explorer, taken from headless Chromium
 * against the Vite dev server on the bundled dataset (`npm run screenshot -- docs/analysis.png`
 * takes one).
 */
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { findChromium, CHROMIUM_ARGS, INSTALL_HINT } from './find-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
/**
 * The pictures, each a URL hash (state the explorer restores), a way to tell it is ready, and an
 * optional step that shows a part only a gesture opens.
 */
const SHOTS = [
  // North Korea selected, a path from the United States to Ukraine.
  { out: 'docs/screenshot.png', hash: '#node=DPRK&from=US&to=Ukraine', ready: 'path' },
  // Camps by colour, ring and badge; actors sized by betweenness.
  { out: 'docs/analysis.png', hash: '#color=camp&size=betweenness', ready: 'grouped' },
  // Files dragged over the explorer.
  { out: 'docs/drop-target.png', hash: '', ready: 'drawn', step: 'drag' },
  // What the importer understood, with Undo, after loading the CSV template.
  { out: 'docs/mapping-report.png', hash: '', ready: 'drawn', step: 'import' },
  // Grouped by camp, North Korea's camp collapsed, the claims behind its thickest aggregated edge.
  { out: 'docs/groups.png', hash: '#group=camp', ready: 'drawn', step: 'groups' },
  // The timeline comparing two dates (the bundled dataset with illustrative dates added).
  { out: 'docs/timeline.png', hash: '', ready: 'drawn', step: 'timeline' },
  // The munitions claim with its cited lines open, and the Sources panel at those lines.
  { out: 'docs/evidence.png', hash: '#edge=DPRK-supplies-Russia-munitions', ready: 'drawn', step: 'evidence' },
  // The seed's story at its third step, from a link: the pact as of June 2024, the step card citing line 32.
  { out: 'docs/story.png', hash: '#step=pact', ready: 'drawn', step: 'story' },
];
const only = process.argv[2];
const server = await createServer({ server: { port: 0 }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS.filter((candidate) => !only || candidate.out === only)) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${url}${shot.hash}`);
    /* eslint-disable no-undef -- the callbacks run in the page, where `document` exists */
    await page.waitForFunction(
      (ready) => {
        const cy = document.querySelector('stakeholder-explorer')?.graphElement?.cy;
        if (ready === 'path') return cy?.nodes('.sg-path').length > 0;
        if (ready === 'grouped') return cy?.nodes('.sg-grouped').length > 0;
        return cy?.nodes().length > 0;
      },
      shot.ready,
      { timeout: 30_000 },
    );
    if (shot.step === 'drag') {
      await page.evaluate(() => {
        const explorer = document.querySelector('stakeholder-explorer');
        const data = new DataTransfer();
        data.items.add(new File(['source,target\nA,B\n'], 'relationships.csv', { type: 'text/csv' }));
        explorer.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, composed: true }));
        explorer.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, composed: true }));
      });
    }
    if (shot.step === 'import') {
      await page.evaluate(async () => {
        const graph = document.querySelector('stakeholder-explorer').graphElement;
        const { actors, relationships } = await graph.exportData({ format: 'csv', all: true });
        const data = new DataTransfer();
        data.items.add(new File([actors], 'actors.csv', { type: 'text/csv' }));
        data.items.add(new File([relationships], 'relationships.csv', { type: 'text/csv' }));
        const explorer = document.querySelector('stakeholder-explorer');
        explorer.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true }));
      });
      await page.waitForTimeout(1500);
    }
    if (shot.step === 'groups') {
      await page.waitForFunction(() => document.querySelector('stakeholder-explorer').graphElement.groups.length > 0);
      await page.evaluate(async () => {
        const graph = document.querySelector('stakeholder-explorer').graphElement;
        graph.collapseGroup(graph.groupOf('DPRK'));
        await graph.updateComplete;
        const edge = graph.cy.edges('.sg-aggregate').max((candidate) => Number(candidate.data('count'))).ele;
        graph.select(edge.id());
      });
    }
    if (shot.step === 'timeline') {
      await page.evaluate(async () => {
        const graph = document.querySelector('stakeholder-explorer').graphElement;
        const data = graph.exportData({ all: true });
        const edge = (key) => data.edges.find((candidate) => candidate.key === key);
        edge('DPRK-supplies-Russia-munitions').attributes.history = [
          { date: '2023-09', status: 'reported' },
          { date: '2024-10', status: 'confirmed' },
        ];
        const dated = data.edges.filter((candidate) => !candidate.attributes.since && !candidate.attributes.history);
        dated.slice(0, 3).forEach((candidate, i) => (candidate.attributes.since = ['2022-03', '2023-02', '2024-09'][i]));
        dated[3].attributes.since = '2022-06';
        dated[3].attributes.until = '2024-02';
        await graph.load(data);
        await graph.timeReady();
        graph.compare('2023-06', '2024-10');
      });
    }
    if (shot.step === 'evidence') {
      await page.waitForFunction(() => {
        const details = document.querySelector('stakeholder-explorer').shadowRoot.querySelector('sg-details');
        return details?.shadowRoot?.querySelector('[aria-expanded]');
      });
      await page.evaluate(() => {
        const details = document.querySelector('stakeholder-explorer').shadowRoot.querySelector('sg-details');
        const buttons = [...details.shadowRoot.querySelectorAll('button')];
        buttons.find((button) => button.getAttribute('aria-expanded') === 'false')?.click();
        buttons.find((button) => button.textContent.trim().startsWith('Show source'))?.click();
      });
      await page.waitForTimeout(1500);
    }
    if (shot.step === 'story') {
      // The step from the hash, its card drawn, and the cited line fetched into it.
      await page.waitForFunction(
        () => {
          const graph = document.querySelector('stakeholder-explorer').graphElement;
          const card = graph.shadowRoot.querySelector('[part~="story"]');
          return graph.storyStep?.id === 'pact' && card?.textContent.includes('June');
        },
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(1500);
    }
    /* eslint-enable no-undef */
    await page.waitForTimeout(800);
    await page.screenshot({ path: shot.out });
    console.log(`wrote ${shot.out}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
