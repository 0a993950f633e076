/**
 * The explorer app (`index.html`): `<stakeholder-explorer>` on the bundled seed dataset, with its
 * state kept in the URL hash. The dataset is emitted as its own file by Vite, so the page loads
 * it the way any embedding page would, through `src`.
 */
import '../elements/stakeholder-explorer/stakeholder-explorer';
import seedUrl from '../../graph-data/dprk-russia-2024.json?url';
import { bindHashState } from './hash-sync';

const explorer = document.querySelector('stakeholder-explorer');
if (explorer) {
  await explorer.updateComplete;
  const graph = explorer.graphElement!;
  bindHashState(graph);
  if (!explorer.src) explorer.src = seedUrl;
}
