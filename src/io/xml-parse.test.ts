import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { XmlParser } from './types';
import { XmlSyntaxError, parseXml } from './xml-parse';
import { xmldomParser } from './xml-xmldom';
import { checkXmlLimits, countTags } from './xml-limits';
import { resolveLimits } from '../graph/limits';
import { problemOf } from '../test-support/dataset-error';

/** A parser that answers like a browser: a document carrying a `<parsererror>`, built with xmldom. */
const returning = (markup: string): XmlParser => ({
  parseFromString: () => new DOMParser().parseFromString(markup, 'application/xml') as unknown as Document,
});

describe('parseXml', () => {
  it('returns the document of well-formed XML', () => {
    const doc = parseXml('<?xml version="1.0"?>\n<gexf><graph/></gexf>', 'a.gexf', xmldomParser());
    expect(doc.documentElement.nodeName).toBe('gexf');
  });

  it("gives xmldom's line and column of the first error", () => {
    const problem = problemOf(() => parseXml('<gexf>\n  <graph>\n    <node id="a">\n  </graph>\n</gexf>', 'a.gexf', xmldomParser()));
    expect(problem.path).toMatch(/^a\.gexf line [34], column \d+$/);
    expect(problem.message).toMatch(
      /^the file is not well-formed XML \(.*\); check that it is complete \(not cut off\) and every tag is closed$/,
    );
    expect(problem.message).not.toMatch(/[<>]/);
  });

  it("reads Chromium's <parsererror> (the browser does not throw)", () => {
    const chromium = returning(
      '<gexf><parsererror xmlns="http://www.w3.org/1999/xhtml" style="display: block"><h3>This page contains the following errors:</h3>' +
        '<div style="font-family:monospace;font-size:12px">error on line 1133 at column 27: Extra content at the end of the document</div>' +
        '<h3>Below is a rendering of the page up to the first error.</h3></parsererror></gexf>',
    );
    const problem = problemOf(() => parseXml('<gexf>…', 'big.gexf', chromium));
    expect(problem.path).toBe('big.gexf line 1133, column 27');
    expect(problem.message).toContain('(Extra content at the end of the document);');
  });

  it("reads Firefox's <parsererror> document", () => {
    const firefox = returning(
      '<parsererror xmlns="http://www.mozilla.org/newlayout/xml/parsererror.xml">XML Parsing Error: mismatched tag. Expected: &lt;/node&gt;.\n' +
        'Location: file:///x.gexf\nLine Number 12, Column 5:<sourcetext>&lt;/graph&gt;\n----^</sourcetext></parsererror>',
    );
    const problem = problemOf(() => parseXml('<gexf>…', 'x.gexf', firefox));
    expect(problem.path).toBe('x.gexf line 12, column 5');
    expect(problem.message).toContain('(mismatched tag. Expected: \\u003c/node\\u003e.)');
  });

  it('takes the position from an XmlSyntaxError, a raw locator, or says none', () => {
    const throwing = (error: unknown): XmlParser => ({
      parseFromString: () => {
        throw error;
      },
    });
    expect(problemOf(() => parseXml('<a', 'f.xml', throwing(new XmlSyntaxError('bad', 3, 9)))).path).toBe('f.xml line 3, column 9');
    const raw = Object.assign(new Error('Reporting error'), { locator: { lineNumber: 7, columnNumber: 2 } });
    expect(problemOf(() => parseXml('<a', 'f.xml', throwing(raw))).path).toBe('f.xml line 7, column 2');
    expect(problemOf(() => parseXml('<a', 'f.xml', throwing(new Error('no idea')))).path).toBe('f.xml');
  });

  it('an empty file is said to be empty', () => {
    expect(problemOf(() => parseXml(' \n', 'e.graphml', xmldomParser()))).toEqual({ path: 'e.graphml', message: 'the file is empty' });
  });
});

describe('xmldomParser', () => {
  it('stops at the first error instead of logging it and building what it can', () => {
    expect(() => xmldomParser().parseFromString('<a>&undefined;</a>', 'application/xml')).toThrow(XmlSyntaxError);
    try {
      xmldomParser().parseFromString('<a>\n<b></a>', 'application/xml');
    } catch (error) {
      expect(error).toMatchObject({ line: 2, message: expect.stringContaining('"b" != "a"') as unknown });
    }
  });
});

describe('checkXmlLimits', () => {
  it('counts start tags only', () => {
    expect(countTags('<nodes><node id="a"/><node\nid="b"></node><gexf:node id="c"/><node-x/></nodes>', 'node')).toBe(3);
  });

  it('passes text within the limits', () => {
    expect(() => checkXmlLimits('<node/><edge/>', 'f', resolveLimits({ maxNodes: 1, maxEdges: 1 }))).not.toThrow();
  });
});
