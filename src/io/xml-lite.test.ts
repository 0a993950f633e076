/**
 * xml-lite against xmldom: the same tree for every document it reads, the same line numbers for
 * messages, nothing it reads that xmldom refuses (random edits of a sample), and the importers
 * giving the same results and the same errors on every fixture whichever parser reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { exportGexf } from './gexf-export';
import { importData } from './import';
import { liteXmlParser, readLiteXml } from './xml-lite';
import { ACCEPTED, LEFT_TO_FALLBACK, SAMPLE, describeDocument, editedSample } from './xml-lite.test-support';
import { xmldomParser } from './xml-xmldom';
import type { ImportText } from './types';

const xmldom = xmldomParser();
const lite = liteXmlParser(xmldomParser);

function liteDocument(text: string): Document {
  const parsed = readLiteXml(text);
  if (!parsed.ok) throw new Error(`xml-lite gave up: ${parsed.reason}`);
  return parsed.doc as unknown as Document;
}

/** The result, or the error's name, message and problems: what a caller sees either way. */
function outcome(input: ImportText, parser: typeof xmldom): unknown {
  try {
    return importData([input], {}, parser);
  } catch (error) {
    const { name, message, problems } = error as Error & { problems?: unknown };
    return { name, message, problems };
  }
}

describe('readLiteXml', () => {
  for (const [name, text] of Object.entries(ACCEPTED)) {
    it(`reads ${name} as xmldom does`, () => {
      expect(describeDocument(liteDocument(text))).toEqual(describeDocument(xmldom.parseFromString(text, 'application/xml')));
    });
  }

  for (const [name, text] of Object.entries(LEFT_TO_FALLBACK)) {
    it(`leaves ${name} to the fallback`, () => {
      expect(readLiteXml(text).ok).toBe(false);
    });
  }

  it('gives elements the line and column xmldom gives them (messages name the line)', () => {
    const text = '<a>\n  <b/>\r\n\t<c x="1\n2">\n<d/></c></a>';
    const lines = (doc: Document) =>
      Array.from(doc.getElementsByTagName('*')).map((e) => (e as unknown as { lineNumber: number }).lineNumber);
    expect(lines(liteDocument(text))).toEqual(lines(xmldom.parseFromString(text, 'application/xml')));
    expect(lines(liteDocument(text))).toEqual([1, 2, 3, 5]);
    const [, b] = liteDocument(text).getElementsByTagName('*') as unknown as Array<{ columnNumber: number }>;
    expect(b!.columnNumber).toBe(3);
  });

  it('finds elements by name and namespace as a DOM does', () => {
    const text = ACCEPTED.namespaces!;
    const [ours, theirs] = [liteDocument(text), xmldom.parseFromString(text, 'application/xml')];
    for (const doc of [ours, theirs]) {
      const node = doc.getElementsByTagName('node')[0]!;
      expect(node.getElementsByTagName('viz:color')).toHaveLength(1);
      expect(node.getElementsByTagName('color')).toHaveLength(0);
      expect(node.getElementsByTagNameNS('viz', 'color')).toHaveLength(0);
      expect(doc.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'color')).toHaveLength(1);
      expect(doc.getElementsByTagNameNS('*', 'deep')[0]!.namespaceURI).toBeNull();
      expect(doc.documentElement.getAttribute('xsi:schemaLocation')).toBe('x');
      expect(doc.documentElement.getAttribute('missing')).toBeNull();
      expect(doc.getElementsByTagName('*')).toHaveLength(5);
      expect(doc.getElementsByTagName('meta')).toHaveLength(0);
    }
  });

  it('reads nothing that xmldom refuses, and reads it the same way (random edits of a GEXF)', () => {
    expect(readLiteXml(SAMPLE).ok).toBe(true);
    let read = 0;
    fc.assert(
      fc.property(editedSample, (text) => {
        const parsed = readLiteXml(text);
        if (!parsed.ok) return;
        read += 1;
        expect(describeDocument(parsed.doc as unknown as Document)).toEqual(
          describeDocument(xmldom.parseFromString(text, 'application/xml')),
        );
      }),
      { numRuns: 3000, seed: 20_261_130 },
    );
    // The edits must leave enough documents well-formed for the comparison to mean something.
    expect(read).toBeGreaterThan(300);
  });
});

describe('the importers with xml-lite', () => {
  const folder = (kind: string) => new URL(`./fixtures/${kind}/`, import.meta.url);
  const fixtures = ['gexf', 'graphml'].flatMap((kind) =>
    readdirSync(folder(kind)).map((name) => ({ name, text: readFileSync(new URL(name, folder(kind)), 'utf8') })),
  );

  for (const input of fixtures) {
    it(`give what they give with xmldom on ${input.name}`, () => {
      expect(outcome(input, lite)).toEqual(outcome(input, xmldom));
    });
  }

  it('read most fixtures without the fallback', () => {
    expect(fixtures.filter((input) => readLiteXml(input.text).ok).map((input) => input.name)).toEqual(fixtures.map((input) => input.name));
  });

  it('give what they give with xmldom on a generated GEXF, and on it cut short or with a bad edge', () => {
    const text = exportGexf(generateDataset({ nodes: 300 }));
    const variants = [text, text.slice(0, Math.floor(text.length * 0.6)), text.replace('target="n1"', 'target="nowhere"')];
    for (const variant of variants)
      expect(outcome({ name: 'g.gexf', text: variant }, lite)).toEqual(outcome({ name: 'g.gexf', text: variant }, xmldom));
    expect(outcome({ name: 'g.gexf', text: variants[2]! }, lite)).toMatchObject({ name: 'DatasetError' });
  });
});
