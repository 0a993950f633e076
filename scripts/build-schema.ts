/**
 * Writes `graph-data/schema.json`, the published JSON Schema for datasets, from the runtime
 * validator (`DatasetSchema`), so the two cannot disagree. Run: `npx tsx scripts/build-schema.ts`
 * (`npm run schema`). `build-schema.test.ts` fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../src/graph/dataset-schema';

export const SCHEMA_PATH = fileURLToPath(new URL('../graph-data/schema.json', import.meta.url));

/** A stable identifier, not a download location: the schema ships with the code. */
export const SCHEMA_ID = 'urn:stakeholder-graph:dataset-schema:v1';

/** The JSON Schema (draft-07) for a dataset file. */
export function buildSchema(): Record<string, unknown> {
  const { $schema, ...body } = toJsonSchema(DatasetSchema, {
    // `finite` has no JSON Schema keyword and needs none: JSON text cannot spell NaN or
    // Infinity. Any other action that cannot be converted still fails the build.
    ignoreActions: ['finite'],
  });
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Stakeholder Graph dataset',
    description:
      "A graph of actors and the relations between them, in graphology's serialization format " +
      '(attributes, options, nodes, edges). Unknown attributes are allowed and kept. The loader ' +
      'also checks what a schema cannot: unique keys, edges that point at existing nodes, ' +
      'declared edge types, node kinds and sources, direction and parallel-edge options, and size limits.',
    ...body,
  };
}

/** The file's exact text: 2-space indentation and a trailing newline. */
export function formatSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, formatSchema(buildSchema()));
  console.log(`wrote ${SCHEMA_PATH}`);
}
