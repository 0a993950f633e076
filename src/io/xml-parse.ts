/**
 * XML text to a Document through the injected parser, with one kind of failure whatever the
 * parser: a DatasetError that names the line and column of the first error. Browsers do not throw
 * on malformed XML: they return a document holding a `<parsererror>` element (Chromium: "error on
 * line 1133 at column 27: …", Firefox: "Line Number 2, Column 5"), so that element is looked for.
 * `@xmldom/xmldom` reports through a callback instead; `xml-xmldom.ts` turns that into an
 * XmlSyntaxError carrying its locator.
 */
import { DatasetError } from '../graph/problems';
import type { XmlParser } from './types';

/** A well-formedness error with its position, as thrown by an XmlParser that throws. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

const PARSERERROR_NAMESPACES = [
  'http://www.w3.org/1999/xhtml', // Chromium, Safari
  'http://www.mozilla.org/newlayout/xml/parsererror.xml', // Firefox
];

interface Position {
  line?: number;
  column?: number;
  detail: string;
}

export function parseXml(text: string, fileName: string, parser: XmlParser): Document {
  if (text.trim() === '') throw new DatasetError([{ path: fileName, message: 'the file is empty' }]);
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch (error) {
    throw notWellFormed(fileName, thrownPosition(error));
  }
  const reported = parserErrorPosition(doc);
  if (reported) throw notWellFormed(fileName, reported);
  if (!doc.documentElement) throw notWellFormed(fileName, { detail: 'no root element' });
  return doc;
}

/** The position and text of a browser's `<parsererror>` element, or null when there is none. */
export function parserErrorPosition(doc: Document): Position | null {
  let element: Element | undefined;
  for (const namespace of PARSERERROR_NAMESPACES) {
    element = doc.getElementsByTagNameNS(namespace, 'parsererror')[0];
    if (element) break;
  }
  if (!element) return null;
  const text = element.textContent ?? '';
  // Chromium puts the message in a <div> between two headings, with no line break around it,
  // so the div's own text is read rather than the whole element's.
  const lines = [element, ...Array.from(element.getElementsByTagName('*'))].map((part) => part.textContent ?? '');
  const message = lines.reverse().find((part) => /line \d+ at column \d+/i.test(part)) ?? text;
  const chromium = /line (\d+) at column (\d+):\s*([^\n]*)/i.exec(message);
  if (chromium) return { line: Number(chromium[1]), column: Number(chromium[2]), detail: chromium[3]!.trim() };
  const firefox = /Line Number (\d+), Column (\d+)/i.exec(text);
  const firefoxDetail = /XML Parsing Error:\s*([^\n]*)/i.exec(text);
  return {
    line: firefox ? Number(firefox[1]) : undefined,
    column: firefox ? Number(firefox[2]) : undefined,
    detail: (firefoxDetail?.[1] ?? text.split('\n').find((line) => line.trim() !== '') ?? 'parser error').trim(),
  };
}

function thrownPosition(error: unknown): Position {
  if (error instanceof XmlSyntaxError) return { line: error.line, column: error.column, detail: error.message };
  const message = error instanceof Error ? error.message : String(error);
  // A raw xmldom ParseError (a parser made without xml-xmldom.ts) carries its locator.
  const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } } | null)?.locator;
  const position = /line[: ]+(\d+)[^\d]+col(?:umn)?[: ]+(\d+)/i.exec(message);
  return {
    line: positive(locator?.lineNumber) ?? (position ? Number(position[1]) : undefined),
    column: positive(locator?.columnNumber) ?? (position ? Number(position[2]) : undefined),
    detail: message.split('\n')[0]!,
  };
}

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined);

function notWellFormed(fileName: string, { line, column, detail }: Position): DatasetError {
  const where = line === undefined ? fileName : `${fileName} line ${line}${column === undefined ? '' : `, column ${column}`}`;
  // The parser's words may echo the file's text: cut short, and no markup in a message.
  const said = detail ? ` (${detail.slice(0, 100).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')})` : '';
  return new DatasetError([
    {
      path: where,
      message: `the file is not well-formed XML${said}; check that it is complete (not cut off) and every tag is closed`,
    },
  ]);
}

/** An element's name without its namespace prefix, lower-cased: `<gexf:node>` → `node`. */
export function localName(element: Element): string {
  return (element.localName || element.nodeName).replace(/^.*:/, '').toLowerCase();
}

/** An element's element children with the given local name (not deeper descendants). */
export function childElements(parent: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (name === undefined || localName(child as Element) === name)) out.push(child as Element);
  }
  return out;
}

/** `line 12` for messages, when the parser recorded where an element starts (xmldom does; browsers do not). */
export function elementLine(element: Element): string {
  const line = (element as { lineNumber?: unknown }).lineNumber;
  return typeof line === 'number' && line > 0 ? ` line ${line}` : '';
}

/** The first of the named attributes that is present and not empty, or '' (GEXF writes `id` or `for`). */
export function firstAttribute(element: Element, ...names: string[]): string {
  for (const name of names) {
    const value = element.getAttribute(name);
    if (value) return value;
  }
  return '';
}

/**
 * Every element under `root` whose name is one of `names`, in document order, in one walk: several
 * `getElementsByTagName` calls would each walk the whole tree (and xmldom's are slow to index).
 * Names are matched as `getElementsByTagName` does, on the qualified name.
 */
export function collectElements<Name extends string>(root: Element, names: readonly Name[]): Record<Name, Element[]> {
  const out = Object.fromEntries(names.map((name) => [name, []])) as unknown as Record<Name, Element[]>;
  const wanted = new Set<string>(names);
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const name = element.nodeName;
    if (wanted.has(name)) out[name as Name].push(element);
    // Children pushed last-first, so they come off the stack in document order.
    for (let child = element.lastChild; child; child = child.previousSibling) {
      if (child.nodeType === 1) stack.push(child as Element);
    }
  }
  return out;
}
