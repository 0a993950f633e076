/**
 * What GEXF cannot hold natively, written so the importer can read it back.
 *
 * - Graph-level data: GEXF's `<meta>` has only a few text fields (creator, title, description,
 *   keywords), and graphology-gexf writes each scalar graph attribute there as an element of its
 *   own name. So the graph's attributes (the registries `edgeTypes`, `nodeKinds`, `sources`, the
 *   title) and the graph options go as one JSON text in a `<stakeholdergraph>` meta element.
 *   graphology-gexf's parser reads every meta element back as a graph attribute (the tag name
 *   lower-cased, hence a lower-case name). Other tools ignore the element.
 * - Values that are not single numbers, booleans or strings (`evidence` and `items` are arrays,
 *   `aliases` too): GEXF attribute values are scalars (its list types split on commas and break on
 *   objects), so these are written as JSON text in string attributes, and the importer parses them
 *   back: the attributes the meta element names, and in any GEXF file an `evidence` or `items`
 *   attribute whose text is a JSON array.
 * - An attribute whose values mix types (a number here, a string there), hold an empty string
 *   (which GEXF writers skip) or characters XML cannot carry is written as JSON as well, so every
 *   value comes back as it was.
 */
import type { SerializedGraph } from 'graphology-types';

export const META_KEY = 'stakeholdergraph';

export interface GexfMeta {
  attributes: Record<string, unknown>;
  options?: SerializedGraph['options'];
  /** Attribute names whose values are JSON text, per element class. */
  json: { node: string[]; edge: string[] };
}

/** Characters XML 1.0 cannot carry at all, not even escaped (and lone surrogates). */
const XML_UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function xmlSafe(text: string): boolean {
  return !XML_UNSAFE.test(text);
}

/** JSON that XML can carry: JSON.stringify escapes control characters and lone surrogates, not U+FFFE/U+FFFF. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

export function encodeMeta(meta: GexfMeta): string {
  return toJsonText({ format: 'stakeholder-graph', ...meta });
}

/** The meta element's JSON, or null (with a warning when it is there but unreadable). */
export function decodeMeta(text: unknown, warnings: string[]): GexfMeta | null {
  if (typeof text !== 'string') return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (isRecord(value) && value.format === 'stakeholder-graph' && isRecord(value.attributes)) {
      const json = isRecord(value.json) ? value.json : {};
      return {
        attributes: value.attributes,
        options: isRecord(value.options) ? value.options : undefined,
        json: { node: names(json.node), edge: names(json.edge) },
      };
    }
  } catch {
    // Reported below.
  }
  warnings.push(`the <${META_KEY}> meta element is not this project's JSON; registries and graph settings in it were ignored`);
  return null;
}

/** Names whose values must travel as JSON (see the module comment). */
export function jsonAttributeNames(elements: Iterable<Record<string, unknown>>): string[] {
  const kinds = new Map<string, string>();
  const json = new Set<string>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      const kind = typeof value;
      if (kind === 'object' || value === '' || (kind === 'string' && !xmlSafe(value as string))) json.add(name);
      const seen = kinds.get(name);
      if (seen === undefined) kinds.set(name, kind);
      else if (seen !== kind) json.add(name);
    }
  }
  return [...json];
}

/** Parses back the JSON-valued attributes, in place. */
export function decodeJsonAttributes(attributes: Record<string, unknown>, json: ReadonlySet<string>, guess: readonly string[]): void {
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    if (typeof value !== 'string') continue;
    if (json.has(name)) {
      try {
        attributes[name] = JSON.parse(value) as unknown;
      } catch {
        // Left as the text it is.
      }
    } else if (guess.includes(name) && value.trimStart().startsWith('[')) {
      try {
        const parsed = JSON.parse(value) as unknown;
        if (Array.isArray(parsed)) attributes[name] = parsed;
      } catch {
        // Not JSON: kept as text, and the loader says what it expects.
      }
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
}
