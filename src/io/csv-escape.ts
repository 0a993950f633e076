/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`,
 * `+`, `-` or `@` (and, in some, one that starts with a tab or a carriage return) as a formula,
 * so text from an untrusted dataset could run one on the reader's machine. On export such text
 * gets a leading apostrophe, which spreadsheets show as "this is text"; on import exactly that
 * apostrophe is taken off again, so a round trip gives back the same text.
 *
 * Numbers are never escaped: the exporter writes them as numbers (-3, not '-3).
 */

/**
 * Text that gets an apostrophe on export: text that starts with a formula character, and also
 * text that already starts with apostrophes before one (`'=x`). Without the second rule, `'=x`
 * would be written unchanged and read back as `=x`; with it, it is written `''=x` and read back
 * exactly.
 */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;

/** A text cell as written to a CSV file: with a leading apostrophe when a spreadsheet would run it. */
export function escapeCell(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

/** A cell as read from a CSV file: the exporter's apostrophe (and only it) removed. */
export function unescapeCell(cell: string): string {
  return cell.startsWith("'") && NEEDS_ESCAPE.test(cell.slice(1)) ? cell.slice(1) : cell;
}
