/** Contender "cytoscape-fcose": plain Cytoscape with the `cytoscape-fcose` extension, default options. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { runPlainCytoscape } from './cy-plain';

cytoscape.use(fcose);
await runPlainCytoscape('cytoscape-fcose', { name: 'fcose' });
