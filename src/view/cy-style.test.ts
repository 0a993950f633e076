/**
 * The stylesheet's dimming on a headless Cytoscape: small graphs fade dimmed elements, big
 * graphs fade dimmed actors and do not draw dimmed ties at all.
 */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildStylesheet, LIGHT_CANVAS } from './cy-style';

function dimmedPair(large: boolean) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(LIGHT_CANVAS, large) });
  cy.add([
    { group: 'nodes', data: { id: 'a', label: 'A', color: '#000', shape: 'ellipse' } },
    { group: 'nodes', data: { id: 'b', label: 'B', color: '#000', shape: 'ellipse' } },
    { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', color: '#000', arrow: 'triangle', lineStyle: 'solid', label: '' } },
  ]);
  cy.elements().addClass('sg-dimmed');
  return { node: cy.getElementById('a'), edge: cy.getElementById('ab') };
}

describe('dimming styles', () => {
  it('fades dimmed actors and ties on small graphs, both still drawn', () => {
    const { node, edge } = dimmedPair(false);

    expect(Number(node.style('opacity'))).toBeCloseTo(0.15);
    expect(Number(edge.style('opacity'))).toBeCloseTo(0.15);
    expect(edge.style('visibility')).toBe('visible');
  });

  it('on big graphs fades dimmed actors and does not draw dimmed ties', () => {
    const { node, edge } = dimmedPair(true);

    expect(Number(node.style('opacity'))).toBeCloseTo(0.15);
    expect(edge.style('visibility')).toBe('hidden');
    expect(Number(edge.style('opacity'))).toBe(1);
  });
});
