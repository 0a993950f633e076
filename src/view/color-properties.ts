/**
 * Colours a page sets with CSS custom properties, per relationship type and actor kind:
 * `--sg-edge-color-<type>` and `--sg-node-color-<kind>`. Cytoscape draws on a canvas and cannot
 * read CSS, so the element reads these on the host and applies them to a copy of the registry,
 * which both the drawing and the legend take their colours from.
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
 * A copy of `registry` with the colours the page sets: `read(property)` returns a colour
 * Cytoscape can draw, or undefined when the property is unset or not a colour (the data's
 * colour stays).
 */
export function withPageColors(registry: Registry, read: (property: string) => string | undefined): Registry {
  const recolor = <T extends { key: string; color: string }>(group: 'edge' | 'node', entries: Map<string, T>): Map<string, T> =>
    new Map([...entries].map(([key, entry]) => [key, { ...entry, color: read(colorProperty(group, key)) ?? entry.color }]));
  return { edgeTypes: recolor('edge', registry.edgeTypes), nodeKinds: recolor('node', registry.nodeKinds) };
}
