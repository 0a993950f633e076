/**
 * ClassSync on a headless Cytoscape: the class ends on exactly the ids given, and a change
 * touches only the elements whose membership changed.
 */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { ClassSync } from './class-sync';

function chain(n: number) {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < n; i++) elements.push({ group: 'nodes', data: { id: `n${i}` } });
  for (let i = 1; i < n; i++) elements.push({ group: 'edges', data: { id: `e${i}`, source: `n${i - 1}`, target: `n${i}` } });
  cy.add(elements);
  return cy;
}

const withClass = (cy: cytoscape.Core, name: string) =>
  cy
    .elements(`.${name}`)
    .map((element) => element.id())
    .sort();

describe('ClassSync', () => {
  it('gives the class to exactly the ids set, on nodes and edges', () => {
    const cy = chain(6);
    const sync = new ClassSync(cy, 'sg-dimmed');

    const changed = sync.set(new Set(['n1', 'n2', 'e2']));

    expect(changed).toBe(3);
    expect(withClass(cy, 'sg-dimmed')).toEqual(['e2', 'n1', 'n2']);
  });

  it('touches only the elements whose membership changed', () => {
    const cy = chain(50);
    const sync = new ClassSync(cy, 'sg-dimmed');
    sync.set(new Set(['n1', 'n2', 'n3', 'e2']));
    const touched = new Set<string>();
    cy.on('class', (event) => touched.add((event.target as cytoscape.SingularElementArgument).id()));

    const changed = sync.set(new Set(['n2', 'n3', 'n4', 'e2', 'e9']));

    expect(changed).toBe(3);
    expect([...touched].sort()).toEqual(['e9', 'n1', 'n4']);
    expect(withClass(cy, 'sg-dimmed')).toEqual(['e2', 'e9', 'n2', 'n3', 'n4']);
  });

  it('does nothing when the set is unchanged, and clears with an empty set', () => {
    const cy = chain(10);
    const sync = new ClassSync(cy, 'sg-hidden');
    sync.set(new Set(['n1', 'e3']));
    let events = 0;
    cy.on('class', () => events++);

    expect(sync.set(new Set(['e3', 'n1']))).toBe(0);
    expect(events).toBe(0);
    expect(sync.set(new Set())).toBe(2);
    expect(withClass(cy, 'sg-hidden')).toEqual([]);
  });
});
