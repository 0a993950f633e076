/**
 * Puts an analysis on the drawing: per actor a colour, a ring pattern and a badged label
 * (`sg-grouped`), and a size (`sg-sized`), as data fields the stylesheet reads (cy-style.ts), in
 * one batch, touching only actors whose look changed.
 */
import type { Core } from 'cytoscape';
import type { NodeLook } from '../state/analysis-looks';

export function setAnalysisLook(cy: Core, looks: ReadonlyMap<string, NodeLook> | null): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const look = looks?.get(node.id());
      const grouped = Boolean(look?.color);
      const sized = look?.size !== undefined;
      if (grouped) node.data({ aColor: look!.color, aRing: look!.ring, aLabel: look!.label });
      if (sized) node.data('aSize', look.size);
      if (node.hasClass('sg-grouped') !== grouped) node.toggleClass('sg-grouped', grouped);
      if (node.hasClass('sg-sized') !== sized) node.toggleClass('sg-sized', sized);
    });
  });
}
