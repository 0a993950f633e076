/**
 * xml-lite against the browser's own DOMParser, the parser the main thread uses: the same tree
 * for every document it reads, and nothing read that Chromium calls malformed (random edits).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLiteXml } from './xml-lite';
import { ACCEPTED, describeDocument, editedSample } from './xml-lite.test-support';
import { parserErrorPosition } from './xml-parse';

const native = new DOMParser();

function nativeDocument(text: string): Document {
  const doc = native.parseFromString(text, 'application/xml');
  expect(parserErrorPosition(doc), `Chromium refused ${JSON.stringify(text.slice(0, 200))}`).toBeNull();
  return doc;
}

describe('readLiteXml in Chromium', () => {
  for (const [name, text] of Object.entries(ACCEPTED)) {
    it(`reads ${name} as DOMParser does`, () => {
      const parsed = readLiteXml(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(describeDocument(parsed.doc as unknown as Document)).toEqual(describeDocument(nativeDocument(text)));
    });
  }

  it('reads nothing that DOMParser refuses, and reads it the same way (random edits of a GEXF)', () => {
    fc.assert(
      fc.property(editedSample, (text) => {
        const parsed = readLiteXml(text);
        if (parsed.ok) expect(describeDocument(parsed.doc as unknown as Document)).toEqual(describeDocument(nativeDocument(text)));
      }),
      { numRuns: 2000, seed: 20_261_130 },
    );
  });
});
