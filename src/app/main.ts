/**
 * The explorer app (`index.html`): `<stakeholder-explorer>` on the bundled seed dataset, with its
 * state kept in the URL hash. The page loads the dataset the way any embedding page would,
 * through `src`.
 */
import '../elements/stakeholder-explorer/stakeholder-explorer';
import { bindHashState } from './hash-sync';

/**
 * The seed, at a stable path relative to the page: the dev server serves graph-data/ from the
 * repo, and the build copies the dataset and graph-data/sources/ to the same paths (`seedData`
 * in vite.config.ts). Its source text, `textUrl: "sources/…"`, resolves relative to the dataset,
 * so it must sit next to it, not in assets/ under a hashed name as a `?url` import would put it.
 */
const seedUrl = 'graph-data/dprk-russia-2024.json';

const explorer = document.querySelector('stakeholder-explorer');
if (explorer) {
  await explorer.updateComplete;
  const graph = explorer.graphElement!;
  bindHashState(graph);
  if (!explorer.src) explorer.src = seedUrl;
}
