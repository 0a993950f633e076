/**
 * Contender "cytoscape-grid": plain Cytoscape with the instant `grid` layout. Not a rival layout
 * (a grid shows no structure) but the floor under every Cytoscape-based page: what creating and
 * drawing the elements costs, and the heap they take, at sizes where cose never finishes.
 */
import { runPlainCytoscape } from './cy-plain';

await runPlainCytoscape('cytoscape-grid', { name: 'grid' });
