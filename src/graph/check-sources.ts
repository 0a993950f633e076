/**
 * Sources and the evidence that cites them, past what the schema says: links that are safe to
 * follow, a source's text given inline (`text`) or by address (`textUrl`) but not both, and, when
 * the text is inline, cited lines that exist in it. A text fetched from a `textUrl` is not here
 * to check; whoever fetches it should count its lines with `sourceLines`, the same way.
 */
import type { Evidence, Source } from './dataset-schema';
import { quote, type PathSegment, type ProblemList } from './problems';
import { isSafeAbsoluteUrl, safeUrl } from './safe-url';
import { hint } from './suggest';

/**
 * A source text's lines, as evidence numbers them: split on `\n` (a `\r` before it dropped), line 1
 * first. A final newline ends the last line rather than starting an empty one; empty text has none.
 */
export function sourceLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

/** Each source's links: `url`, `textUrl`, and not `text` with `textUrl`. (`published` is a date, checked with the others.) */
export function checkSources(sources: readonly Source[] | undefined, problems: ProblemList): void {
  sources?.forEach((source, i) => {
    const at = (field: string) => ['attributes', 'sources', i, field];
    if (source.url !== undefined && !isSafeAbsoluteUrl(source.url)) {
      problems.add(at('url'), `${quote(source.url)} is not an http(s) link; use a full https:// URL or leave it out`);
    }
    if (source.textUrl !== undefined) {
      if (!safeUrl(source.textUrl)) {
        problems.add(
          at('textUrl'),
          `${quote(source.textUrl)} is not an http(s) or relative link; give the text's address as https://… or as a path relative to the dataset (sources/article.txt)`,
        );
      } else if (source.text !== undefined) {
        problems.add(
          at('textUrl'),
          'the source has both text and textUrl; keep one: text holds the source text itself, textUrl says where to fetch it',
        );
      }
    }
  });
}

/**
 * Checks evidence against the sources: the source is declared (when `attributes.sources` is
 * given), and every cited line exists in the source's inline text.
 */
export class EvidenceChecker {
  private readonly ids: ReadonlySet<string> | undefined;
  /** Line counts of the sources whose text is inline, by id (the first source with an id wins). */
  private readonly lineCounts = new Map<string, number>();

  constructor(sources: readonly Source[] | undefined) {
    const ids = new Set<string>();
    for (const source of sources ?? []) {
      if (ids.has(source.id)) continue;
      ids.add(source.id);
      if (source.text !== undefined) this.lineCounts.set(source.id, sourceLines(source.text).length);
    }
    this.ids = sources ? ids : undefined;
  }

  /** Checks a list of evidence items found at `path` (`edges[2].attributes.evidence`). */
  check(list: readonly Evidence[] | undefined, path: readonly PathSegment[], problems: ProblemList): void {
    list?.forEach((evidence, j) => {
      if (this.ids && !this.ids.has(evidence.source)) {
        problems.add(
          [...path, j, 'source'],
          `source ${quote(evidence.source)} is not in attributes.sources${hint(evidence.source, this.ids)}; add it there or fix the id`,
        );
        return;
      }
      const count = this.lineCounts.get(evidence.source);
      if (count === undefined) return;
      evidence.lines.forEach((line, k) => {
        if (line <= count) return;
        const what = count === 1 ? '1 line' : `${count} lines`;
        const fix = count === 0 ? 'its text is empty' : `cite a line from 1 to ${count}, or fix the source text`;
        problems.add([...path, j, 'lines', k], `line ${line} is beyond the source ${quote(evidence.source)} (${what}); ${fix}`);
      });
    });
  }
}
