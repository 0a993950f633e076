/**
 * The size limits, checked on the XML text before it is parsed: a DOM of a hostile or huge file
 * costs far more memory than its text, so the text length and a count of `<node`/`<edge` tags
 * (a regular expression over the text, no parse) are refused early. The count may run high on
 * tags inside comments or CDATA; that only matters for a file right at the limit.
 */
import { DatasetError, type Problem } from '../graph/problems';
import type { Limits } from '../graph/limits';

export function checkXmlLimits(text: string, fileName: string, limits: Limits): void {
  if (text.length > limits.maxBytes) {
    throw new DatasetError([
      {
        path: fileName,
        message: `${text.length} bytes is more than the limit of ${limits.maxBytes}; raise limits.maxBytes if this is intended`,
      },
    ]);
  }
  const problems: Problem[] = [];
  const nodes = countTags(text, 'node');
  if (nodes > limits.maxNodes) {
    problems.push({
      path: fileName,
      message: `${nodes} nodes is more than the limit of ${limits.maxNodes}; raise limits.maxNodes if this is intended`,
    });
  }
  const edges = countTags(text, 'edge');
  if (edges > limits.maxEdges) {
    problems.push({
      path: fileName,
      message: `${edges} edges is more than the limit of ${limits.maxEdges}; raise limits.maxEdges if this is intended`,
    });
  }
  if (problems.length > 0) throw new DatasetError(problems);
}

/** How many `<name …>` start tags the text holds (`<nodes>` and `<node-x>` are not `<node>`). */
export function countTags(text: string, name: string): number {
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}[\\s/>]`, 'g');
  let count = 0;
  while (pattern.exec(text)) count += 1;
  return count;
}
