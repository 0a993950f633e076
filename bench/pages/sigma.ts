/** Contender "sigma": sigma.js 4 (the registry's latest) with ForceAtlas2 in a worker; see sigma-page.ts. */
import Sigma from 'sigma';
import { runSigma } from './sigma-page';

await runSigma('sigma', (graph, container, reducers) => new Sigma(graph, container, reducers as never));
