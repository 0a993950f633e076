/**
 * The browser's own DOMParser, which does not throw on malformed XML but returns a document with
 * a `<parsererror>`: the unit tests imitate its markup, this checks the real thing.
 */
import { describe, expect, it } from 'vitest';
import { parseXml } from './xml-parse';
import { problemOf } from '../test-support/dataset-error';

describe('parseXml with the browser DOMParser', () => {
  const parser = new DOMParser();

  it('returns the document of well-formed XML', () => {
    expect(parseXml('<gexf version="1.3"><graph/></gexf>', 'a.gexf', parser).documentElement.nodeName).toBe('gexf');
  });

  it('a truncated file gives the line and column of the first error', () => {
    const text = '<?xml version="1.0"?>\n<gexf>\n  <graph>\n    <nodes>\n      <node id="a" label="A"/>\n      <node id="b" lab';
    const problem = problemOf(() => parseXml(text, 'cut.gexf', parser));
    expect(problem.path).toMatch(/^cut\.gexf line \d+, column \d+$/);
    expect(problem.message).toMatch(/^the file is not well-formed XML \(.+\); check that it is complete/);
    // Only the parser's message, not the headings around it.
    expect(problem.message).not.toMatch(/rendering|following errors/);
  });

  it('a mismatched tag gives its line', () => {
    const problem = problemOf(() => parseXml('<gexf>\n<graph>\n<nodes>\n</graph>\n</gexf>', 'm.gexf', parser));
    expect(problem.path).toMatch(/^m\.gexf line 4, column \d+$/);
  });
});
