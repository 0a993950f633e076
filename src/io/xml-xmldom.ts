/**
 * An XmlParser made of `@xmldom/xmldom`, for where there is no `DOMParser`: a worker, or Node in
 * the tests. Kept in its own module so the main bundle, which uses the browser's parser, never
 * carries xmldom.
 *
 * xmldom is lenient by default: it logs errors to the console and builds what it can. Here every
 * error stops the parse (as a browser's parser stops at the first one), and the first message
 * comes back as an XmlSyntaxError with xmldom's line and column.
 */
import { DOMParser } from '@xmldom/xmldom';
import { XmlSyntaxError } from './xml-parse';
import type { XmlParser } from './types';

export function xmldomParser(): XmlParser {
  return {
    parseFromString(text, type) {
      let first: string | undefined;
      const parser = new DOMParser({
        onError(level, message) {
          if (level === 'warning') return;
          first ??= message;
          throw new Error(message);
        },
      });
      try {
        return parser.parseFromString(text, type) as unknown as Document;
      } catch (error) {
        // xmldom wraps what onError throws into a ParseError ("Reporting error … caused …") whose
        // locator holds the position; the message it was given is the one worth showing.
        const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
        const line = locator?.lineNumber && locator.lineNumber > 0 ? locator.lineNumber : undefined;
        const column = line !== undefined && locator?.columnNumber ? locator.columnNumber : undefined;
        throw new XmlSyntaxError(first ?? (error instanceof Error ? error.message : String(error)), line, column);
      }
    },
  };
}
