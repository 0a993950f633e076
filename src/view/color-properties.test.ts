import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { resolveRegistry } from '../graph/registry';
import { colorProperty, withPageColors } from './color-properties';

function registry() {
  const graph = new Graph({ type: 'mixed', multi: true });
  graph.setAttribute('edgeTypes', { supplies: { label: 'supplies', color: '#1f6fb2' }, 'Arms Sale': { label: 'arms sale' } });
  graph.setAttribute('nodeKinds', { state: { label: 'State', color: '#475569' } });
  return resolveRegistry(graph);
}

describe('colorProperty', () => {
  it('lower-cases the key and replaces anything outside a-z, 0-9 and - with -', () => {
    expect(colorProperty('edge', 'supplies')).toBe('--sg-edge-color-supplies');
    expect(colorProperty('edge', 'Arms Sale')).toBe('--sg-edge-color-arms-sale');
    expect(colorProperty('node', 'état/org_2')).toBe('--sg-node-color--tat-org-2');
    expect(colorProperty('edge', '");} body{x:y')).toBe('--sg-edge-color------body-x-y');
  });
});

describe('withPageColors', () => {
  it('takes the colour the page sets for a type or kind and keeps the data’s for the others', () => {
    const base = registry();
    const page: Record<string, string> = { '--sg-edge-color-arms-sale': 'rgb(1, 2, 3)', '--sg-node-color-state': '#ff0000' };
    const themed = withPageColors(base, (property) => page[property]);
    expect(themed.edgeTypes.get('Arms Sale')!.color).toBe('rgb(1, 2, 3)');
    expect(themed.edgeTypes.get('supplies')!.color).toBe('#1f6fb2');
    expect(themed.nodeKinds.get('state')!.color).toBe('#ff0000');
    expect(base.edgeTypes.get('Arms Sale')!.color).not.toBe('rgb(1, 2, 3)');
  });

  it('gives a page colour as the dark colour too: the page wins in both themes', () => {
    const themed = withPageColors(registry(), (property) => (property === '--sg-node-color-state' ? '#ff0000' : undefined));
    expect(themed.nodeKinds.get('state')!.darkColor).toBe('#ff0000');
    expect(themed.edgeTypes.get('supplies')!.darkColor).toBe(registry().edgeTypes.get('supplies')!.darkColor);
  });

  it('keeps every colour of the data when the page sets none', () => {
    const base = registry();
    expect(withPageColors(base, () => undefined)).toEqual(base);
  });
});
