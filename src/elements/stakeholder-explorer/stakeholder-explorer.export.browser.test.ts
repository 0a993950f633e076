/**
 * The explorer's Save buttons, clicked as a user would: "Save data" downloads what is shown (the
 * legend's filter applied) as a dataset file that loads again; "Save image" a PNG. The download
 * link is caught on its click (and the real download cancelled) to read what would be saved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { StakeholderExplorer } from './stakeholder-explorer.component';
import { loadDataset } from '../../graph/load';
import { mountExplorer as mountShared } from '../../test-support/explorer';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

async function mountExplorer(): Promise<StakeholderExplorer> {
  const explorer = await mountShared(mounted);
  await expect.poll(() => saveButton(explorer, 'Save data')).not.toBeNull();
  return explorer;
}

const saveButton = (explorer: StakeholderExplorer, name: string) =>
  [...explorer.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=group][aria-label=Save] button')].find(
    (button) => button.textContent.trim() === name,
  ) ?? null;

/** The next download the explorer starts: its file name and its bytes; the download itself is cancelled. */
function nextDownload(explorer: StakeholderExplorer): Promise<{ name: string; blob: Blob }> {
  return new Promise((resolve) => {
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      event.preventDefault();
      explorer.shadowRoot!.removeEventListener('click', onClick, true);
      void fetch(link.href).then(async (response) => resolve({ name: link.download, blob: await response.blob() }));
    };
    explorer.shadowRoot!.addEventListener('click', onClick, true);
  });
}

describe('Save in the explorer toolbar', () => {
  it('"Save data" downloads what the legend leaves shown, as a dataset that loads again', async () => {
    const explorer = await mountExplorer();
    const graph = explorer.graphElement!;
    const condemns = graph.shadowRoot!.querySelector<HTMLButtonElement>('button[data-facet=edgeTypes][data-key="condemns"]')!;
    await userEvent.click(condemns);
    await graph.updateComplete;

    const download = nextDownload(explorer);
    await userEvent.click(saveButton(explorer, 'Save data')!);
    const { name, blob } = await download;

    expect(name).toMatch(/^[a-z0-9-]+\.json$/);
    expect(name).not.toBe('stakeholder-graph.json'); // named after the dataset's title
    const saved = loadDataset(await blob.text());
    expect(saved.order).toBe(6);
    expect(saved.size).toBe(graph.cy!.edges().not('.sg-hidden').length);
    expect(saved.someEdge((_key, attributes) => attributes.type === 'condemns')).toBe(false);
    // Where the actors are on screen.
    const dprk = graph.cy!.getElementById('DPRK').position();
    expect(saved.getNodeAttribute('DPRK', 'x')).toBeCloseTo(dprk.x, 0);
    expect(saved.getNodeAttribute('DPRK', 'y')).toBeCloseTo(dprk.y, 0);
    // Evidence travels with each claim.
    saved.forEachEdge((_key, attributes) => expect((attributes.evidence as unknown[]).length).toBeGreaterThan(0));
  });

  it('"Save image" downloads a PNG of the graph', async () => {
    const explorer = await mountExplorer();
    const download = nextDownload(explorer);
    await userEvent.click(saveButton(explorer, 'Save image')!);
    const { name, blob } = await download;

    expect(name).toMatch(/^[a-z0-9-]+\.png$/);
    expect(blob.type).toBe('image/png');
    const image = await createImageBitmap(blob);
    expect(image.width).toBeGreaterThan(200);
    expect(image.height).toBeGreaterThan(100);
  });

  it('leaves no link behind in the explorer', async () => {
    const explorer = await mountExplorer();
    const download = nextDownload(explorer);
    await userEvent.click(saveButton(explorer, 'Save data')!);
    await download;
    expect(explorer.shadowRoot!.querySelector('a[download]')).toBeNull();
  });
});
