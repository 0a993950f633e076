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
