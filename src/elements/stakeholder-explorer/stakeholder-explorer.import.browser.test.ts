/**
 * "Bring your own map" in the explorer, as a person does it: Open… (the file input given files
 * as the picker would), dropping files on the explorer, pasting text into it; the banner that
 * says what was understood, with Undo; bad input leaving the map shown; Save data and Save image
 * in each format; the CSV template; and axe with the banner and the drop target on screen.
 * Downloads are caught on the link's click (and cancelled) to read what would be saved.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import nodesCsv from '../../io/fixtures/csv/asoiaf-book2-nodes.csv?raw';
import edgesCsv from '../../io/fixtures/csv/asoiaf-book2-edges.csv?raw';
import dataGexf from '../../io/fixtures/gexf/data.gexf?raw';
import type { StakeholderExplorer } from './stakeholder-explorer.component';
import type { SgErrorDetail, SgLoadDetail } from '../events';
import { mountExplorer as mountShared, settleExplorer, text } from '../../test-support/explorer';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

async function mountExplorer(theme?: 'light' | 'dark'): Promise<StakeholderExplorer> {
  const explorer = await mountShared(mounted, { setup: (element) => theme && element.setAttribute('theme', theme) });
  await expect.poll(() => fileInput(explorer)).not.toBeNull();
  return explorer;
}

const file = (content: string, name: string, type = '') => new File([content], name, { type });

const fileInput = (explorer: StakeholderExplorer) => explorer.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]');

const button = (explorer: StakeholderExplorer, name: string) =>
  [...explorer.shadowRoot!.querySelectorAll<HTMLButtonElement>('sg-toolbar button')].find((b) => text(b) === name) ?? null;

const banner = (explorer: StakeholderExplorer) => explorer.shadowRoot!.querySelector('sg-import-banner')!.shadowRoot!;
const bannerStatus = (explorer: StakeholderExplorer) => banner(explorer).querySelector('[role=status]');
const bannerButton = (explorer: StakeholderExplorer, name: string) =>
  [...banner(explorer).querySelectorAll('button')].find((b) => text(b) === name) ?? null;

const dropTarget = (explorer: StakeholderExplorer) => explorer.shadowRoot!.querySelector('sg-drop-target');
const shownActors = (explorer: StakeholderExplorer) => explorer.graphElement!.cy!.nodes().length;

/** The next `sg-load` from the explorer's graph. */
const nextLoad = (explorer: StakeholderExplorer) =>
  new Promise<SgLoadDetail>((resolve) => explorer.addEventListener('sg-load', (event) => resolve(event.detail), { once: true }));

/** Gives the file input `files` and fires `change`, as the browser does once the person picks them. */
function pick(explorer: StakeholderExplorer, files: File[]): void {
  const transfer = new DataTransfer();
  for (const picked of files) transfer.items.add(picked);
  const input = fileInput(explorer)!;
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function drag(target: EventTarget, type: string, dataTransfer: DataTransfer, init: DragEventInit = {}): DragEvent {
  const event = new DragEvent(type, { dataTransfer, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

function paste(target: EventTarget, content: string): ClipboardEvent {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', content);
  const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

/** The next `count` downloads the explorer starts: names and bytes; the downloads themselves are cancelled. */
function nextDownloads(explorer: StakeholderExplorer, count: number): Promise<Array<{ name: string; blob: Blob }>> {
  return new Promise((resolve) => {
    const caught: Array<Promise<{ name: string; blob: Blob }>> = [];
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      event.preventDefault();
      const name = link.download;
      caught.push(fetch(link.href).then(async (response) => ({ name, blob: await response.blob() })));
      if (caught.length < count) return;
      explorer.shadowRoot!.removeEventListener('click', onClick, true);
      void Promise.all(caught).then(resolve);
    };
    explorer.shadowRoot!.addEventListener('click', onClick, true);
  });
}

describe('Open…', () => {
  it('opens the file picker, loads the chosen CSV pair, reports the mapping, and Undo brings back the map before', async () => {
    const explorer = await mountExplorer();
    const input = fileInput(explorer)!;
    expect(input.hidden).toBe(true);
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.json,.csv,.tsv,.txt,.gexf,.graphml,.xml');
    const picker = vi.spyOn(input, 'click').mockImplementation(() => {});
    await userEvent.click(button(explorer, 'Open…')!);
    expect(picker).toHaveBeenCalledOnce();

    const loaded = nextLoad(explorer);
    pick(explorer, [file(nodesCsv, 'asoiaf-book2-nodes.csv', 'text/csv'), file(edgesCsv, 'asoiaf-book2-edges.csv', 'text/csv')]);
    const detail = await loaded;
    await settleExplorer(explorer);
    expect(detail.graph.order).toBe(259);
    expect(shownActors(explorer)).toBe(259);
    // Cleared, so the same files can be picked again.
    expect(input.value).toBe('');

    await expect.poll(() => text(bannerStatus(explorer))).toContain(detail.mapping);
    expect(text(bannerStatus(explorer))).toContain('asoiaf-book2-nodes.csv and asoiaf-book2-edges.csv');
    expect(text(bannerStatus(explorer))).toContain('259 actors');

    const undone = nextLoad(explorer);
    await userEvent.click(bannerButton(explorer, 'Undo')!);
    expect((await undone).graph.order).toBe(6);
    await settleExplorer(explorer);
    expect(shownActors(explorer)).toBe(6);
    expect(explorer.graphElement!.graph!.hasNode('DPRK')).toBe(true);
    expect(text(bannerStatus(explorer))).toBe('');
    expect(bannerButton(explorer, 'Undo')).toBeNull();
    // The button that had focus is gone: focus is back where imports start.
    expect(explorer.shadowRoot!.activeElement).toBe(button(explorer, 'Open…'));
  });

  it('reports bad sheets in the graph’s error banner and keeps the map shown, with no import banner', async () => {
    const explorer = await mountExplorer();
    const failed = new Promise<SgErrorDetail>((resolve) =>
      explorer.addEventListener('sg-error', (event) => resolve(event.detail), { once: true }),
    );
    const actors = 'id,label\nRussia,Russia\nUkraine,Ukraine\n';
    const relationships = 'source,target,type\nRussia,Ukraine,targets\nRusia,Ukraine,targets\n';
    pick(explorer, [file(actors, 'actors.csv'), file(relationships, 'relationships.csv')]);
    const error = await failed;
    await settleExplorer(explorer);

    expect(error.problems[0]!.path).toBe('relationships.csv row 3, column "source"');
    const alert = explorer.graphElement!.shadowRoot!.querySelector('[role=alert]');
    expect(text(alert)).toContain('relationships.csv row 3');
    expect(shownActors(explorer)).toBe(6);
    expect(explorer.graphElement!.graph!.hasNode('DPRK')).toBe(true);
    expect(text(bannerStatus(explorer))).toBe('');
    expect(banner(explorer).querySelector('.banner')).toBeNull();
  });

  it('shows the new map unfiltered and unfocused, and Undo brings back the filter, focus and selection', async () => {
    const explorer = await mountExplorer();
    const graph = explorer.graphElement!;
    graph.toggleFilter('edgeTypes', 'condemns');
    graph.focusActor('DPRK');
    graph.select('Russia');
    await settleExplorer(explorer);
    const filtered = graph.edgeTypes;
    expect(filtered).not.toBeNull();

    const loaded = nextLoad(explorer);
    // "supports" is not among the types the filter lists: kept, it would hide the new map's ties.
    pick(explorer, [file('source,target,type\nA,B,supports\nB,C,supports\n', 'ties.csv')]);
    await loaded;
    await settleExplorer(explorer);
    expect(graph.edgeTypes).toBeNull();
    expect(graph.focused).toBeNull();
    expect(graph.selected).toBeNull();
    expect(graph.cy!.edges().not('.sg-hidden').length).toBe(2);

    await expect.poll(() => bannerButton(explorer, 'Undo')).not.toBeNull();
    const undone = nextLoad(explorer);
    await userEvent.click(bannerButton(explorer, 'Undo')!);
    await undone;
    await settleExplorer(explorer);
    expect(graph.edgeTypes).toBe(filtered);
    expect(graph.focused).toEqual({ key: 'DPRK', hops: 1 });
    expect(graph.selected).toBe('Russia');
    expect(explorer.selected).toBe('Russia');
  });

  it('Dismiss closes the banner and keeps the map loaded', async () => {
    const explorer = await mountExplorer();
    const loaded = nextLoad(explorer);
    pick(explorer, [file(dataGexf, 'data.gexf')]);
    const detail = await loaded;
    await expect.poll(() => bannerButton(explorer, 'Dismiss')).not.toBeNull();
    await userEvent.click(bannerButton(explorer, 'Dismiss')!);
    await settleExplorer(explorer);
    expect(text(bannerStatus(explorer))).toBe('');
    expect(explorer.graphElement!.graph).toBe(detail.graph);
  });
});

describe('dropping files', () => {
  it('shows the drop target while files are dragged over, hides it when they leave, and loads what is dropped', async () => {
    const explorer = await mountExplorer();
    const graph = explorer.graphElement!;
    const files = new DataTransfer();
    files.items.add(file(dataGexf, 'data.gexf', 'application/gexf+xml'));

    drag(graph, 'dragenter', files);
    const over = drag(graph, 'dragover', files);
    // Accepted, or the browser would open the file in place of the page.
    expect(over.defaultPrevented).toBe(true);
    await settleExplorer(explorer);
    const target = dropTarget(explorer)!;
    expect(text(target.shadowRoot!.querySelector('[role=status]'))).toBe('Drop files to load them: JSON, CSV/TSV, GEXF, GraphML');
    // It covers the graph, on top.
    const covered = graph.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    expect(box.left).toBeLessThanOrEqual(covered.left);
    expect(box.right).toBeGreaterThanOrEqual(covered.right);
    expect(box.height).toBeGreaterThanOrEqual(covered.height);
    const middle = explorer.shadowRoot!.elementFromPoint(covered.left + covered.width / 2, covered.top + covered.height / 2);
    expect(target.contains(middle)).toBe(true);

    // Moving onto the target inside the explorer keeps it; leaving the explorer hides it.
    drag(graph, 'dragleave', files, { relatedTarget: target });
    await settleExplorer(explorer);
    expect(dropTarget(explorer)).not.toBeNull();
    drag(target, 'dragleave', files, { relatedTarget: document.body });
    await settleExplorer(explorer);
    expect(dropTarget(explorer)).toBeNull();

    drag(graph, 'dragenter', files);
    await settleExplorer(explorer);
    const loaded = nextLoad(explorer);
    const drop = drag(dropTarget(explorer)!, 'drop', files);
    expect(drop.defaultPrevented).toBe(true);
    const detail = await loaded;
    await settleExplorer(explorer);
    expect(dropTarget(explorer)).toBeNull();
    expect(detail.format).toBe('gexf');
    expect(shownActors(explorer)).toBe(detail.graph.order);
    expect(explorer.graphElement!.graph!.hasNode('DPRK')).toBe(false);
    await expect.poll(() => text(bannerStatus(explorer))).toContain('Loaded data.gexf');
  });

  it('leaves a dragged text selection alone', async () => {
    const explorer = await mountExplorer();
    const selection = new DataTransfer();
    selection.setData('text/plain', 'source,target\nA,B');
    expect(drag(explorer.graphElement!, 'dragover', selection).defaultPrevented).toBe(false);
    await settleExplorer(explorer);
    expect(dropTarget(explorer)).toBeNull();
  });

  it('leaves drops and pastes to the page when `controls` leaves out open', async () => {
    const explorer = await mountShared(mounted, { setup: (element) => element.setAttribute('controls', 'search export') });
    const files = new DataTransfer();
    files.items.add(file(dataGexf, 'data.gexf'));
    expect(drag(explorer.graphElement!, 'dragover', files).defaultPrevented).toBe(false);
    expect(paste(explorer.graphElement!, 'source,target\nA,B').defaultPrevented).toBe(false);
    await settleExplorer(explorer);
    expect(dropTarget(explorer)).toBeNull();
    expect(fileInput(explorer)).toBeNull();
    expect(shownActors(explorer)).toBe(6);
  });
});

describe('pasting', () => {
  it('loads CSV text pasted with the canvas focused, and not text pasted into the search field', async () => {
    const explorer = await mountExplorer();
    const search = explorer.shadowRoot!.querySelector('sg-search')!.shadowRoot!.querySelector('input')!;
    search.focus();
    const intoSearch = paste(search, 'source,target,type\nA,B,supports');
    expect(intoSearch.defaultPrevented).toBe(false);
    await settleExplorer(explorer);
    expect(shownActors(explorer)).toBe(6);

    const canvas = explorer.graphElement!.shadowRoot!.querySelector<HTMLElement>('[part=canvas]')!;
    canvas.focus();
    const loaded = nextLoad(explorer);
    expect(paste(canvas, 'source,target,type\nA,B,supports').defaultPrevented).toBe(true);
    const detail = await loaded;
    await settleExplorer(explorer);
    expect(detail.format).toBe('csv');
    expect(shownActors(explorer)).toBe(2);
    await expect.poll(() => text(bannerStatus(explorer))).toContain('Loaded the pasted text');
  });
});

describe('Save data and Save image in each format', () => {
  it('saves the data as two CSV sheets that load back, and as GEXF', async () => {
    const explorer = await mountExplorer();
    const dataFormat = explorer.shadowRoot!.querySelector<HTMLSelectElement>('[role=group][aria-label=Save] select')!;

    await userEvent.selectOptions(dataFormat, 'csv');
    const sheets = nextDownloads(explorer, 2);
    await userEvent.click(button(explorer, 'Save data')!);
    const [actors, relationships] = await sheets;
    expect(actors!.name).toMatch(/^[a-z0-9-]+-actors\.csv$/);
    expect(relationships!.name).toBe(actors!.name.replace(/-actors\.csv$/, '-relationships.csv'));
    const actorsText = await actors!.blob.text();
    const relationshipsText = await relationships!.blob.text();
    expect(actorsText.split(/\r?\n/)[0]).toMatch(/^id,label,kind\b/);
    expect(relationshipsText.split(/\r?\n/)[0]).toMatch(/^id,source,target,type\b/);
    const back = await explorer.graphElement!.load([file(relationshipsText, relationships!.name), file(actorsText, actors!.name)]);
    expect(back.order).toBe(6);

    await userEvent.selectOptions(dataFormat, 'gexf');
    const gexf = nextDownloads(explorer, 1);
    await userEvent.click(button(explorer, 'Save data')!);
    const [saved] = await gexf;
    expect(saved!.name).toMatch(/^[a-z0-9-]+\.gexf$/);
    expect(await saved!.blob.text()).toContain('<gexf');
  });

  it('saves the image as SVG', async () => {
    const explorer = await mountExplorer();
    const imageFormat = explorer.shadowRoot!.querySelectorAll<HTMLSelectElement>('[role=group][aria-label=Save] select')[1]!;
    await userEvent.selectOptions(imageFormat, 'svg');
    const download = nextDownloads(explorer, 1);
    await userEvent.click(button(explorer, 'Save image')!);
    const [saved] = await download;
    expect(saved!.name).toMatch(/^[a-z0-9-]+\.svg$/);
    expect(await saved!.blob.text()).toContain('<svg');
  });

  it('labels each format menu', async () => {
    const explorer = await mountExplorer();
    const menus = [...explorer.shadowRoot!.querySelectorAll<HTMLSelectElement>('[role=group][aria-label=Save] select')];
    expect(menus.map((menu) => text(menu.closest('label')!.firstChild as Element))).toEqual(['Data as', 'Image as']);
    expect(menus.map((menu) => [...menu.options].map((option) => option.value))).toEqual([
      ['json', 'gexf', 'csv'],
      ['png', 'svg'],
    ]);
  });
});

describe('Template', () => {
  it('downloads actors.csv and relationships.csv, which load back', async () => {
    const explorer = await mountExplorer();
    const download = nextDownloads(explorer, 2);
    await userEvent.click(button(explorer, 'Template')!);
    const sheets = await download;
    expect(sheets.map((sheet) => sheet.name)).toEqual(['actors.csv', 'relationships.csv']);

    const loaded = nextLoad(explorer);
    pick(explorer, await Promise.all(sheets.map(async (sheet) => file(await sheet.blob.text(), sheet.name, sheet.blob.type))));
    const detail = await loaded;
    expect(detail.format).toBe('csv');
    expect(detail.graph.order).toBe(6);
    expect(detail.graph.hasNode('DPRK')).toBe(true);
  });
});

/** Serious and critical violations, as in stakeholder-explorer.a11y.browser.test.ts. */
async function seriousViolations(explorer: StakeholderExplorer): Promise<string[]> {
  const results = await axe.run(explorer);
  expect(results.passes.find((rule) => rule.id === 'button-name')?.nodes.length).toBeGreaterThan(10);
  const ariaForReview = results.incomplete.filter((result) => result.id.startsWith('aria-'));
  return [...results.violations, ...ariaForReview]
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('axe, %s theme', (theme) => {
  it('finds no serious violation with the import banner shown', async () => {
    const explorer = await mountExplorer(theme);
    const loaded = nextLoad(explorer);
    pick(explorer, [file(nodesCsv, 'nodes.csv'), file(edgesCsv, 'edges.csv')]);
    await loaded;
    await settleExplorer(explorer);
    await expect.poll(() => bannerButton(explorer, 'Undo')).not.toBeNull();
    const violations = await seriousViolations(explorer);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('finds no serious violation with the drop target shown', async () => {
    const explorer = await mountExplorer(theme);
    const files = new DataTransfer();
    files.items.add(file(dataGexf, 'data.gexf'));
    drag(explorer.graphElement!, 'dragenter', files);
    await settleExplorer(explorer);
    expect(dropTarget(explorer)).not.toBeNull();
    const violations = await seriousViolations(explorer);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
