/**
 * The data contract, defined once with valibot: the runtime validator and (via
 * `npm run schema`) the published JSON Schema `graph-data/schema.json` both come from here.
 *
 * A dataset is graphology's own serialization format; these schemas describe the attribute
 * conventions on top of it. Objects are loose: unknown attributes are kept, so any graphology
 * file (from Gephi Lite, Retina, …) loads. valibot generates no code at run time, so this runs
 * under a strict Content-Security-Policy.
 */
import * as v from 'valibot';

export const STATUSES = ['confirmed', 'reported', 'potential'] as const;
export type Status = (typeof STATUSES)[number];

/** How a relation type sides its two actors: 1 allies them, -1 sets them against each other, 0 neither. */
export const SIGNS = [-1, 0, 1] as const;
export type Sign = (typeof SIGNS)[number];

/** Node shapes Cytoscape can draw, usable in `nodeKinds[kind].shape`. */
export const NODE_SHAPES = [
  'ellipse',
  'triangle',
  'round-triangle',
  'rectangle',
  'round-rectangle',
  'bottom-round-rectangle',
  'cut-rectangle',
  'barrel',
  'rhomboid',
  'diamond',
  'round-diamond',
  'pentagon',
  'round-pentagon',
  'hexagon',
  'round-hexagon',
  'concave-hexagon',
  'heptagon',
  'round-heptagon',
  'octagon',
  'round-octagon',
  'star',
  'tag',
  'round-tag',
  'vee',
] as const;

const finiteNumber = v.pipe(v.number(), v.finite('must be a finite number'));
const text = v.string();
/**
 * A date: a year (`2024`), a month (`2024-06`) or an ISO day (`2024-06-19`), each naming a period
 * (see `dates.ts`). The pattern is what JSON Schema can say; a day that does not exist
 * (`2024-02-30`) passes it and is rejected by the structure pass, with `parseDate`.
 */
export const DATE_FORMS = 'a year (2024), a month (2024-06) or an ISO date (2024-06-19)';
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, `must be ${DATE_FORMS}`));
/** A colour Cytoscape and CSS both understand: #rgb, #rrggbb, rgb()/hsl() or a plain name. */
const color = v.pipe(
  v.string(),
  v.regex(/^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|(rgb|hsl)a?\([\d\s.,%]+\)|[a-zA-Z]{3,20})$/, 'must be a colour such as "#1f6fb2"'),
);

export const SourceSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  title: text,
  url: v.optional(v.string()),
  /** When the source appeared: a year, month or day. */
  published: v.optional(isoDate),
  /** The source's full text inline; evidence cites its lines (split on `\n`, line 1 first). */
  text: v.optional(text),
  /** Where the source's text can be fetched: `http(s):`, or relative to the dataset's URL. Not with `text`. */
  textUrl: v.optional(v.string()),
});

export const EdgeTypeSchema = v.looseObject({
  label: text,
  /** Directed types draw an arrow; undirected ones (a pact) connect both ways. Default true. */
  directed: v.optional(v.boolean()),
  /** How the relation reads from its target's side: "condemned by". */
  inverseLabel: v.optional(text),
  color: v.optional(color),
  /** 1 (allies), -1 (adversaries) or 0 (neither, the default): what the camps analysis splits on. */
  sign: v.optional(v.picklist(SIGNS, 'must be -1 (adversaries), 0 (neutral) or 1 (allies)')),
});

export const NodeKindSchema = v.looseObject({
  label: text,
  shape: v.optional(v.picklist(NODE_SHAPES, `must be a Cytoscape node shape (${NODE_SHAPES.slice(0, 4).join(', ')}, …)`)),
  color: v.optional(color),
});

/** A group of actors, registered in `groups` under its key; actors join it with `group`. */
export const GroupSchema = v.looseObject({
  label: v.pipe(v.string(), v.minLength(1, 'must not be empty; give the group a name to show')),
  color: v.optional(color),
  description: v.optional(text),
});

export const GraphAttributesSchema = v.looseObject({
  title: v.optional(text),
  description: v.optional(text),
  sources: v.optional(v.array(SourceSchema)),
  edgeTypes: v.optional(v.record(v.string(), EdgeTypeSchema)),
  nodeKinds: v.optional(v.record(v.string(), NodeKindSchema)),
  /** Optional: groups named by actors' `group` are inferred without it. */
  groups: v.optional(v.record(v.string(), GroupSchema)),
});

export const NodeAttributesSchema = v.looseObject({
  label: v.optional(text),
  kind: v.optional(text),
  aliases: v.optional(v.array(text)),
  description: v.optional(text),
  /** The key of the actor's group (registered in `groups` or not). */
  group: v.optional(v.pipe(v.string(), v.minLength(1, 'must not be empty; name the group or leave "group" out'))),
  x: v.optional(finiteNumber),
  y: v.optional(finiteNumber),
});

export const EvidenceSchema = v.looseObject({
  source: text,
  lines: v.array(v.pipe(v.number(), v.integer('must be a whole line number'), v.minValue(1, 'must be 1 or more'))),
  summary: text,
  quote: v.optional(text),
});

const status = v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`);

/** One step in a claim's past: from `date` on, the claim had `status`. Listed oldest first. */
export const HistoryEntrySchema = v.looseObject({
  date: isoDate,
  status,
  evidence: v.optional(v.array(EvidenceSchema)),
});

export const EdgeAttributesSchema = v.looseObject({
  type: v.optional(v.pipe(v.string(), v.minLength(1, 'must not be empty'))),
  label: v.optional(text),
  status: v.optional(status),
  /** When the claim began and ended to hold: a year, month or day each; `until` not before `since`. */
  since: v.optional(isoDate),
  until: v.optional(isoDate),
  /** How the status changed over time, oldest first; the edge's `status` is the current one. */
  history: v.optional(v.array(HistoryEntrySchema)),
  /** What the data assumes about its dates ("the article names no year; 2024 is assumed"). */
  dateNote: v.optional(text),
  items: v.optional(v.array(text)),
  evidence: v.optional(v.array(EvidenceSchema)),
  weight: v.optional(v.pipe(finiteNumber, v.minValue(0, 'must be 0 or more'))),
});

const key = v.union([v.string(), finiteNumber], 'must be a string or a number');

export const NodeSchema = v.looseObject({
  key,
  attributes: v.optional(NodeAttributesSchema),
});

export const EdgeSchema = v.looseObject({
  key: v.nullish(key),
  source: key,
  target: key,
  undirected: v.optional(v.boolean()),
  attributes: v.optional(EdgeAttributesSchema),
});

export const GraphOptionsSchema = v.looseObject({
  type: v.optional(v.picklist(['mixed', 'directed', 'undirected'], 'must be "mixed", "directed" or "undirected"')),
  multi: v.optional(v.boolean()),
  allowSelfLoops: v.optional(v.boolean()),
});

export const DatasetSchema = v.looseObject({
  attributes: v.optional(GraphAttributesSchema),
  options: v.optional(GraphOptionsSchema),
  nodes: v.array(NodeSchema, 'must be an array of {key, attributes}'),
  edges: v.optional(v.array(EdgeSchema, 'must be an array of {key, source, target, attributes}')),
});

export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type DatasetNode = v.InferOutput<typeof NodeSchema>;
export type DatasetEdge = v.InferOutput<typeof EdgeSchema>;
export type GraphAttributes = v.InferOutput<typeof GraphAttributesSchema>;
export type NodeAttributes = v.InferOutput<typeof NodeAttributesSchema>;
export type EdgeAttributes = v.InferOutput<typeof EdgeAttributesSchema>;
export type EdgeTypeSpec = v.InferOutput<typeof EdgeTypeSchema>;
export type NodeKindSpec = v.InferOutput<typeof NodeKindSchema>;
export type GroupSpec = v.InferOutput<typeof GroupSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;
