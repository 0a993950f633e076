/**
 * Other tools' attributes may carry a name this project gives a meaning to (`status`, `weight`,
 * `since`, `label`, …) with a value its schema refuses: a GraphML `label` declared as an int, a
 * signed network's negative `weight`, a `status` of "active". Rather than fail the whole file in
 * the loader, such a value is turned into text where text is wanted (`label` 3 → "3"), or kept
 * under `imported_<name>` with a warning, so nothing is lost and the file still loads. The checks
 * are the schema's own (`dataset-schema.ts`), so the two cannot drift apart.
 */
import * as v from 'valibot';
import { EdgeAttributesSchema, GraphAttributesSchema, NodeAttributesSchema } from '../graph/dataset-schema';

type Entries = Record<string, v.GenericSchema>;

const SCHEMAS: Record<FieldOwner, Entries> = {
  graph: GraphAttributesSchema.entries,
  node: NodeAttributesSchema.entries,
  edge: EdgeAttributesSchema.entries,
};

/** Names the loader refuses anywhere (see check-limits.ts): they would reach Object.prototype. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export type FieldOwner = 'graph' | 'node' | 'edge';

const OWNER_WORDS: Record<FieldOwner, [string, string]> = {
  graph: ['the graph', 'the graph'],
  node: ['actor', 'actors'],
  edge: ['relationship', 'relationships'],
};

/** Counts what was changed, to report once per attribute rather than once per element. */
export class FieldTally {
  private readonly moved = new Map<string, { owner: FieldOwner; name: string; count: number; why: string }>();
  private readonly dropped = new Map<string, number>();

  /** Makes `attributes` fit the schema in place. */
  fit(owner: FieldOwner, attributes: Record<string, unknown>): void {
    const entries = SCHEMAS[owner];
    for (const name of Object.keys(attributes)) {
      if (RESERVED.has(name)) {
        delete attributes[name];
        this.dropped.set(name, (this.dropped.get(name) ?? 0) + 1);
        continue;
      }
      const schema = Object.hasOwn(entries, name) ? entries[name] : undefined;
      if (!schema) continue;
      const value = attributes[name];
      const result = v.safeParse(schema, value);
      if (result.success) continue;
      if ((typeof value === 'number' || typeof value === 'boolean') && v.safeParse(schema, String(value)).success) {
        attributes[name] = String(value);
        continue;
      }
      delete attributes[name];
      if (value === '' || value === undefined) continue;
      attributes[`imported_${name}`] = value;
      const key = `${owner}\0${name}`;
      const entry = this.moved.get(key) ?? { owner, name, count: 0, why: result.issues[0].message };
      entry.count += 1;
      this.moved.set(key, entry);
    }
  }

  warnings(): string[] {
    const out: string[] = [];
    for (const { owner, name, count, why } of this.moved.values()) {
      const [one, many] = OWNER_WORDS[owner];
      const who = owner === 'graph' ? 'the graph has' : `${count} ${count === 1 ? `${one} has` : `${many} have`}`;
      out.push(`${who} a "${name}" that ${plain(why)}; kept as "imported_${name}"`);
    }
    for (const [name, count] of this.dropped) {
      out.push(`${count} attribute${count === 1 ? '' : 's'} named "${name}" dropped: the name is reserved by JavaScript`);
    }
    return out;
  }
}

/** valibot's "Invalid type: Expected Array but received …" as "must be a list". */
function plain(message: string): string {
  const expected = /^Invalid type: Expected (\w+)/.exec(message)?.[1];
  if (!expected) return message;
  const noun = expected === 'Array' ? 'a list' : expected === 'Object' ? 'an object' : `a ${expected}`;
  return `must be ${noun}`;
}
