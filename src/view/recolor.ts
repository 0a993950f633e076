/**
 * Gives drawn elements new colours from a registry (the theme switched, or the page's colour
 * custom properties changed) in one batch, touching only the elements whose colour differs.
 */
import type { Core } from 'cytoscape';
import type { Registry } from '../graph/registry';

export function recolor(cy: Core, registry: Registry): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const color = registry.nodeKinds.get(node.data('kind') as string)?.color;
      if (color && node.data('color') !== color) node.data('color', color);
    });
    cy.edges().forEach((edge) => {
      const color = registry.edgeTypes.get(edge.data('type') as string)?.color;
      if (color && edge.data('color') !== color) edge.data('color', color);
    });
  });
}
