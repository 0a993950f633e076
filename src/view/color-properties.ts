/**
 * Colours a page sets with CSS custom properties, per relationship type and actor kind:
 * `--sg-edge-color-<type>` and `--sg-node-color-<kind>`. Cytoscape draws on a canvas and cannot
 * read CSS, so the element reads these on the host and applies them to a copy of the registry,
 * which both the drawing and the legend take their colours from. A page colour wins in both
 * themes; a page that wants one per theme sets it under a theme selector.
 *
 * The name is the key lower-cased, with every character outside `a-z`, `0-9` and `-` replaced
 * by `-`: `supplies` → `--sg-edge-color-supplies`, `Arms Sale` → `--sg-edge-color-arms-sale`.
 * (Keys that differ only there share one property.)
 */
import type { Registry } from '../graph/registry';

/** The custom property that colours edge type (`edge`) or actor kind (`node`) `key`. */
export function colorProperty(group: 'edge' | 'node', key: string): string {
  return `--sg-${group}-color-${key.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
}

/**
 * A copy of `registry` with the colours the page sets, as both the light and the dark colour:
 * `read(property)` returns a colour Cytoscape can draw, or undefined when the property is unset or
 * not a colour (the data's colours stay).
 */
export function withPageColors(registry: Registry, read: (property: string) => string | undefined): Registry {
  const recolor = <T extends { key: string; color: string; darkColor?: string }>(
    group: 'edge' | 'node',
    entries: Map<string, T>,
  ): Map<string, T> =>
    new Map(
      [...entries].map(([key, entry]) => {
        const page = read(colorProperty(group, key));
        return [key, page === undefined ? entry : { ...entry, color: page, darkColor: page }];
      }),
    );
  return { edgeTypes: recolor('edge', registry.edgeTypes), nodeKinds: recolor('node', registry.nodeKinds) };
}
