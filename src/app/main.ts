/**
 * The explorer app (`index.html`): the bundled seed dataset in `<stakeholder-graph>`.
 * The dataset is emitted as its own file by Vite, so the page loads it the way any embedding
 * page would, through `src`.
 */
import '../elements/stakeholder-graph/stakeholder-graph';
import seedUrl from '../../graph-data/dprk-russia-2024.json?url';

const graph = document.querySelector('stakeholder-graph');
if (graph && !graph.src) graph.src = seedUrl;
