/**
 * Shared by the explorer's browser tests: mounting one as a page would and waiting until the
 * explorer, its graph and its panels (which arrive lazily, in their own chunk) have finished
 * updating. Test code only: the builds never import it.
 */
import type { LitElement } from 'lit';
import seed from '../../graph-data/dprk-russia-2024.json';
import '../elements/stakeholder-explorer/stakeholder-explorer';
import type { StakeholderExplorer } from '../elements/stakeholder-explorer/stakeholder-explorer.component';
import { frame } from './page';

export { frame };

/** An element's text with white space collapsed, as a reader hears it. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const PANELS = 'sg-toolbar, sg-search, sg-details, sg-relationships, sg-path-panel, sg-analysis-panel, sg-import-banner';

/** Lets the explorer, the graph and the panels finish their updates (each may trigger the next). */
export async function settleExplorer(explorer: StakeholderExplorer): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await explorer.updateComplete;
    await explorer.graphElement!.updateComplete;
    for (const panel of explorer.shadowRoot!.querySelectorAll(PANELS)) {
      await customElements.whenDefined(panel.localName);
      await (panel as LitElement).updateComplete;
    }
  }
  await frame();
}

export interface MountExplorerOptions {
  /** The dataset; the seed dataset by default. */
  data?: object;
  /** Runs before the explorer is added to the page (attributes, properties). */
  setup?: (explorer: StakeholderExplorer) => void;
  /** Where it goes; the body by default. */
  parent?: HTMLElement;
}

/**
 * An explorer 1240 px wide, added to the page, loaded and settled. `mounted` collects it so the
 * test file's `afterEach` can remove it.
 */
export async function mountExplorer(mounted: HTMLElement[], options: MountExplorerOptions = {}): Promise<StakeholderExplorer> {
  const explorer = document.createElement('stakeholder-explorer');
  explorer.style.width = '1240px';
  explorer.data = options.data ?? seed;
  options.setup?.(explorer);
  const loaded = new Promise((resolve) => explorer.addEventListener('sg-load', resolve, { once: true }));
  (options.parent ?? document.body).append(explorer);
  mounted.push(explorer);
  await loaded;
  await settleExplorer(explorer);
  return explorer;
}
