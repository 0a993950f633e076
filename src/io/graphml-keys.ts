/**
 * GraphML's typed data: `<key id for attr.name attr.type>` declarations with an optional
 * `<default>`, and the `<data key>` values on the graph, nodes and edges. Values are cast by
 * their declared type, defaults included (graphology-graphml leaves defaults as text), and keys
 * `for="all"` apply everywhere. A `<data>` whose key is not declared (graphology's
 * `miserables_broken.graphml`) is kept as text under the key's name, with a warning.
 * yFiles' graphics keys (yEd) hold XML, not values: they are read only for a position and label.
 */
import { childElements, firstAttribute, localName } from './xml-parse';
import type { AttributeRecord } from './xml-dataset';

export type KeyDomain = 'graph' | 'node' | 'edge';

interface Key {
  name: string;
  type: string;
  /** A yFiles graphics key: the data holds XML (geometry, label), not a value. */
  graphics: boolean;
}

/** Tallies for the warnings, per attribute name. */
export interface KeyNotes {
  undeclared: Set<string>;
  notNumbers: Set<string>;
}

export class GraphmlKeys {
  private readonly keys: Record<KeyDomain, Map<string, Key>> = { graph: new Map(), node: new Map(), edge: new Map() };
  private readonly defaults: Record<KeyDomain, AttributeRecord> = { graph: {}, node: {}, edge: {} };
  readonly notes: KeyNotes = { undeclared: new Set(), notNumbers: new Set() };
  /** Declared names per domain, for the mapping sentence. */
  readonly names: Record<KeyDomain, string[]> = { graph: [], node: [], edge: [] };

  constructor(root: Element) {
    for (const element of childElements(root, 'key')) {
      const id = element.getAttribute('id') ?? '';
      const owner = element.getAttribute('for') ?? 'all';
      const domains: KeyDomain[] =
        owner === 'all' ? ['graph', 'node', 'edge'] : owner === 'graph' || owner === 'node' || owner === 'edge' ? [owner] : [];
      const graphics = element.hasAttribute('yfiles.type');
      const key: Key = {
        name: firstAttribute(element, 'attr.name', 'id'),
        type: (element.getAttribute('attr.type') ?? 'string').toLowerCase(),
        graphics,
      };
      const fallback = childElements(element, 'default')[0];
      for (const domain of domains) {
        this.keys[domain].set(id, key);
        if (graphics) continue;
        this.names[domain].push(key.name);
        if (fallback) this.defaults[domain][key.name] = this.cast(key, fallback.textContent ?? '');
      }
    }
  }

  /** The element's attributes: the defaults, then its own `<data>` children, cast. */
  read(domain: KeyDomain, element: Element): AttributeRecord {
    const attributes: AttributeRecord = { ...this.defaults[domain] };
    for (const data of childElements(element, 'data')) {
      const id = data.getAttribute('key') ?? '';
      const key = this.keys[domain].get(id);
      if (!key) {
        this.notes.undeclared.add(id);
        attributes[id] = data.textContent ?? '';
      } else if (key.graphics) {
        readGraphics(data, attributes);
      } else {
        attributes[key.name] = this.cast(key, data.textContent ?? '');
      }
    }
    return attributes;
  }

  private cast(key: Key, text: string): unknown {
    switch (key.type) {
      case 'boolean':
        return /^\s*(true|1)\s*$/i.test(text);
      case 'int':
      case 'long':
      case 'float':
      case 'double': {
        const value = text.trim() === '' ? Number.NaN : Number(text);
        if (Number.isFinite(value)) return value;
        this.notes.notNumbers.add(key.name);
        return text;
      }
      default:
        return text;
    }
  }
}

/** yEd's `<y:Geometry x y width height>` (top-left corner) as a centre position, and its label text. */
function readGraphics(data: Element, attributes: AttributeRecord): void {
  for (const element of Array.from(data.getElementsByTagName('*'))) {
    const name = localName(element);
    if (name === 'geometry' && attributes.x === undefined) {
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((field) => Number(element.getAttribute(field) ?? 0));
      if (Number.isFinite(x) && Number.isFinite(y)) {
        attributes.x = x! + (Number.isFinite(width) ? width! / 2 : 0);
        attributes.y = y! + (Number.isFinite(height) ? height! / 2 : 0);
      }
    } else if ((name === 'nodelabel' || name === 'edgelabel') && attributes.label === undefined) {
      const text = element.textContent?.trim();
      if (text) attributes.label = text;
    }
  }
}
