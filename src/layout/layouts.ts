/**
 * The layouts a user can pick, as descriptors in one registry; the layout menu is built from it.
 * A descriptor either computes positions on the graphology model (force, preset) or names a
 * Cytoscape layout with its options (concentric, circle, grid, breadth-first).
 */
import type Graph from 'graphology';
import type { LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { forcePositions, hasPresetPositions, presetPositions, type Positions } from './initial-positions';

export interface LayoutContext {
  /** The root of breadth-first: the selected actor, else the most connected one. */
  root?: NodeCollection;
  /** False when the user prefers reduced motion. */
  animate: boolean;
}

interface LayoutBase {
  id: string;
  label: string;
  /** One line for the menu's tooltip and screen readers. */
  description: string;
  /** Whether the layout applies to this graph (preset needs positions in the data). */
  available(graph: Graph): boolean;
}

/** Positions computed on the graphology model (so hidden actors get positions too). */
export interface ModelLayout extends LayoutBase {
  type: 'model';
  positions(graph: Graph): Positions;
}

/** A Cytoscape layout run on the visible elements. */
export interface CytoscapeLayout extends LayoutBase {
  type: 'cytoscape';
  options(context: LayoutContext): LayoutOptions;
}

/** A layout of the menu, told apart by `type`. */
export type LayoutDescriptor = ModelLayout | CytoscapeLayout;

const always = () => true;

export const LAYOUTS: readonly LayoutDescriptor[] = [
  {
    id: 'force',
    label: 'Force-directed',
    description: 'Related actors pull together, unrelated ones push apart (ForceAtlas2).',
    available: always,
    type: 'model',
    positions: (graph) => forcePositions(graph),
  },
  {
    id: 'concentric',
    label: 'Concentric',
    description: 'Rings by number of relationships: the most connected actors in the middle.',
    available: always,
    type: 'cytoscape',
    options: ({ animate }) => ({
      name: 'concentric',
      concentric: (node: NodeSingular) => node.degree(false),
      levelWidth: () => 1,
      minNodeSpacing: 40,
      animate,
    }),
  },
  {
    id: 'circle',
    label: 'Circle',
    description: 'All actors on one circle.',
    available: always,
    type: 'cytoscape',
    options: ({ animate }) => ({ name: 'circle', animate, spacingFactor: 1.2 }),
  },
  {
    id: 'grid',
    label: 'Grid',
    description: 'Actors in rows and columns.',
    available: always,
    type: 'cytoscape',
    options: ({ animate }) => ({ name: 'grid', animate, avoidOverlap: true }),
  },
  {
    id: 'breadthfirst',
    label: 'Breadth-first',
    description: 'A tree from the selected actor: its direct relationships first, then theirs.',
    available: always,
    type: 'cytoscape',
    options: ({ root, animate }) =>
      ({
        name: 'breadthfirst',
        directed: false,
        roots: root,
        spacingFactor: 1.1,
        animate,
      }) as LayoutOptions,
  },
  {
    id: 'preset',
    label: 'From the data',
    description: 'The x/y positions stored in the dataset.',
    available: hasPresetPositions,
    type: 'model',
    positions: presetPositions,
  },
];

export function findLayout(id: string | null | undefined): LayoutDescriptor | undefined {
  return LAYOUTS.find((layout) => layout.id === id);
}

/** The layout used when none is chosen: the data's positions when present, else force. */
export function defaultLayoutId(graph: Graph): string {
  return hasPresetPositions(graph) ? 'preset' : 'force';
}
