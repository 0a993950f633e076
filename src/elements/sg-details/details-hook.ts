/**
 * The hook for a page's own details (`detailsRenderer` on the explorer, `renderer` here):
 * `renderer(actor, context)` returns what to show for the selected actor (a Lit
 * `TemplateResult`, a DOM `Node` or a string; strings and template values are escaped by Lit,
 * never parsed as HTML), or null to keep the built-in view. Relationships and an empty selection
 * always show the built-in view.
 */
import type Graph from 'graphology';
import type { Registry } from '../../graph/registry';
import { nodeKindOf, nodeLabel } from '../../graph/registry';
import type { SgSelection } from './navigate';

/** The selected actor, as a renderer gets it. */
export interface DetailsActor {
  key: string;
  /** The actor's label, or its key. */
  label: string;
  /** The actor's kind key (`actor` when the data gives none). */
  kind: string;
  /** A copy of the actor's attributes in the data (untrusted: render as text). */
  attributes: Readonly<Record<string, unknown>>;
}

export interface DetailsContext {
  graph: Graph;
  registry: Registry;
  /** Selects another actor or relationship, as a click in the built-in panel does. */
  select(key: string): void;
}

/** What a page renders for an actor; null or undefined keeps the built-in panel. */
export type DetailsRenderer = (actor: DetailsActor, context: DetailsContext) => unknown;

/**
 * The page's content for `selection`, or null when the built-in panel shows. A renderer that
 * throws is reported on the console and the built-in panel shows instead.
 */
export function customDetails(renderer: DetailsRenderer | null | undefined, selection: SgSelection, context: DetailsContext): unknown {
  if (!renderer || selection?.kind !== 'node' || !context.graph.hasNode(selection.key)) return null;
  const { graph } = context;
  const key = selection.key;
  const attributes = { ...graph.getNodeAttributes(key) };
  try {
    return renderer({ key, label: nodeLabel(graph, key), kind: nodeKindOf(attributes), attributes }, context) ?? null;
  } catch (error) {
    console.error('detailsRenderer threw; the built-in details show instead.', error);
    return null;
  }
}
