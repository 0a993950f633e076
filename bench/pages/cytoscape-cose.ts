/** Contender "cytoscape-cose": plain Cytoscape with its built-in `cose` layout, default options. */
import { runPlainCytoscape } from './cy-plain';

await runPlainCytoscape('cytoscape-cose', { name: 'cose' });
