/**
 * The contenders, with what each page does for every metric: the Markdown report prints this,
 * so the table never drifts from how the numbers were taken.
 */
import { CONTENDER_IDS, type ContenderId } from './protocol';

export interface Contender {
  id: ContenderId;
  label: string;
  /** One-letter code under each bar of the chart (meaning does not ride on colour alone). */
  code: string;
  color: string;
  firstFrame: string;
  settled: string;
  highlight: string;
  /**
   * A row in the "Overview (issue 14)" table. The widget pages say there what their interactive
   * check is (`selectCheck`: the page selects an actor after its first frame, see
   * `InteractiveResult`); the others' interactive time is their first frame.
   */
  overview?: { interactive: string; selectCheck?: boolean };
}

export const CONTENDERS: readonly Contender[] = [
  {
    id: 'widget',
    label: '<stakeholder-graph> overview',
    code: 'W',
    color: '#1d4ed8',
    firstFrame:
      'default attributes, `element.data = dataset`: `sg-load`, then the first Cytoscape `render` showing what the element drew (above `overview-threshold`, 3,000 actors by default: the first render after `sg-group` with every group collapsed; below: every actor), then a frame',
    settled: '`sg-layout-settled` when the element fires it; otherwise the first frame (its layout is computed before drawing)',
    highlight:
      "`element.highlightPath(from, to, {direction: 'ignore'})` (all simple paths up to 4 hops, shortest shown, rest dimmed), `updateComplete`, next `render`",
    overview: {
      interactive:
        'its first frame (above), counted only when `select(key)` of a seeded random actor then worked: `element.selection?.key === key`, the actor has a Cytoscape node (its group opened) and a `render` and a frame followed',
      selectCheck: true,
    },
  },
  {
    id: 'widget-flat',
    label: '<stakeholder-graph> group-by none',
    code: 'N',
    color: '#60a5fa',
    firstFrame:
      '`group-by="none"`, `element.data = dataset`: `sg-load`, then the first Cytoscape `render` with every actor created, then a frame',
    settled: 'as the overview',
    highlight: 'as the overview',
    overview: { interactive: 'as the overview, every actor drawn (the selected one already is)', selectCheck: true },
  },
  {
    id: 'cytoscape-cose',
    label: 'Cytoscape + cose',
    code: 'C',
    color: '#9ca3af',
    firstFrame: 'first `render` after `layoutready` (every node placed once; cose animates, so later frames keep moving)',
    settled: '`layoutstop`',
    highlight:
      '`cy.elements().aStar({directed: false})`, `addClass` on the path and a dimming class on the rest in one `cy.batch`, next `render`',
  },
  {
    id: 'cytoscape-fcose',
    label: 'Cytoscape + fcose',
    code: 'F',
    color: '#6b7280',
    firstFrame: 'first `render` after `layoutready` (fcose computes synchronously, then animates to the result)',
    settled: '`layoutstop` (end of the 1 s default animation)',
    highlight: 'as Cytoscape + cose',
  },
  {
    id: 'cytoscape-grid',
    label: 'Cytoscape + grid (baseline)',
    code: 'G',
    color: '#d1d5db',
    firstFrame:
      'first `render` after `layoutready` of the instant `grid` layout: no force layout, so this is what creating and drawing the elements costs plain Cytoscape (the heap baseline where cose never finishes)',
    settled: '`layoutstop` (at once)',
    highlight: 'as Cytoscape + cose',
  },
  {
    id: 'vis-network',
    label: 'vis-network',
    code: 'V',
    color: '#b45309',
    firstFrame: 'first `afterDrawing` (vis draws nothing during its 1,000 stabilization iterations)',
    settled: 'first `stabilized`',
    highlight:
      'graphology bidirectional BFS on an undirected copy built before timing (vis has no path search), `network.setSelection({nodes, edges})`, next `afterDrawing`',
  },
  {
    id: 'sigma',
    label: 'sigma.js 4 + FA2 worker',
    code: 'S',
    color: '#15803d',
    firstFrame:
      'first frame after `new Sigma(…)` returned (it draws while constructed; nodes at seeded random positions, ForceAtlas2 then refines them in a worker)',
    settled:
      "ForceAtlas2 iterations done in the worker (400 up to 2,000 nodes, 250 up to 10,000, 150 above: the widget's own budget), then stopped; FA2 never stops by itself",
    highlight:
      'graphology bidirectional BFS, node/edge reducers that colour the path and dim the rest, `refresh({skipIndexation: true})`, next `afterRender`',
    overview: { interactive: 'its first frame (no select check)' },
  },
  {
    id: 'sigma-v3',
    label: 'sigma.js 3 + FA2 worker',
    code: '3',
    color: '#65a30d',
    firstFrame: 'as sigma.js 4 (same page code, sigma 3.0.3)',
    settled: 'as sigma.js 4',
    highlight: 'as sigma.js 4',
    overview: { interactive: 'as sigma.js 4' },
  },
];

export function contender(id: ContenderId): Contender {
  return CONTENDERS.find((entry) => entry.id === id)!;
}

export function parseContenders(list: string): ContenderId[] {
  const ids = list
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  for (const id of ids) {
    if (!(CONTENDER_IDS as readonly string[]).includes(id))
      throw new Error(`--contenders: unknown contender "${id}" (known: ${CONTENDER_IDS.join(', ')})`);
  }
  return ids as ContenderId[];
}
