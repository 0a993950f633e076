/** Contender "sigma-v3": sigma.js 3.0 (npm alias `sigma-v3`) with ForceAtlas2 in a worker; see sigma-page.ts. */
import Sigma from 'sigma-v3';
import { runSigma } from './sigma-page';

await runSigma('sigma-v3', (graph, container, reducers) => new Sigma(graph, container, reducers));
