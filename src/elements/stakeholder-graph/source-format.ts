/**
 * Whether the body of `src` is JSON, decided without the importers' code (which loads on demand
 * for the other formats), so the common case is shown at once.
 */

/** JSON by the `format` asked for, else by name or content type, else by its first character. */
export function looksLikeJson(text: string, url: string, contentType: string, format: string | null): boolean {
  if (format) return format === 'json';
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (/\.(csv|tsv|txt|gexf|graphml|xml)$/.test(path) || /csv|tab-separated|xml/i.test(contentType)) return false;
  return path.endsWith('.json') || /json/i.test(contentType) || /^\uFEFF?\s*[{[]/.test(text);
}

/**
 * JSON from this many characters (about 6,000 actors) is parsed and validated in the import
 * worker: at 100,000 actors validating takes about a second and parsing a third, which would
 * block the page; the main thread then only builds the graph from the checked plan.
 */
export const WORKER_JSON_CHARS = 2_000_000;

/** Actors and relationships from which a dataset object goes to the worker too (as JSON text). */
export const WORKER_ELEMENTS = 20_000;

/** Whether `data` (text, a dataset object or a Graph) is big enough to read in the worker. */
export function readsInWorker(data: unknown): boolean {
  if (typeof data === 'string') return data.length >= WORKER_JSON_CHARS;
  if (typeof data !== 'object' || data === null) return false;
  const graph = data as { order?: unknown; size?: unknown; nodes?: unknown; edges?: unknown };
  if (typeof graph.order === 'number' && typeof graph.size === 'number') return graph.order + graph.size >= WORKER_ELEMENTS;
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  return count(graph.nodes) + count(graph.edges) >= WORKER_ELEMENTS;
}
