/**
 * A fast XML parser for the import worker, where there is no DOMParser: `@xmldom/xmldom` takes
 * about 3 s (and its DOM another 3 s of graphology-gexf's reading and garbage collection) on a
 * 12 MB GEXF of 20,000 actors; this reads it in a fraction of that.
 *
 * It reads only a plain subset of XML: elements, attributes, namespaces, text, CDATA, comments,
 * the five predefined entities and character references, and an XML declaration. Anything else
 * (a DOCTYPE, a processing instruction, a non-ASCII name) and anything malformed makes it give up,
 * and the fallback parser (xmldom) reads the text instead. So a file it accepts is one every XML
 * parser reads the same way, and every error is reported exactly as the fallback reports it.
 */
import type { XmlParser } from './types';
import { LiteCharacterData, LiteDocument, LiteElement, XMLNS_NAMESPACE } from './xml-lite-dom';

export type LiteParse = { ok: true; doc: LiteDocument } | { ok: false; reason: string };

/** An XmlParser that reads with `readLiteXml`, and with `fallback` whatever that gives up on. */
export function liteXmlParser(fallback: () => XmlParser): XmlParser {
  return {
    parseFromString(text, type) {
      const parsed = readLiteXml(text);
      return parsed.ok ? (parsed.doc as unknown as Document) : fallback().parseFromString(text, type);
    },
  };
}

const DECLARATION =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][\w.-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/y;
/** Characters XML 1.0 forbids, or a surrogate (allowed only in pairs: checked more closely). */
// eslint-disable-next-line no-control-regex -- control characters are what these look for
const SUSPECT = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- as above
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const ENTITIES = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** `\n` followed by 0 to 63 spaces. */
const INDENTS = Array.from({ length: 64 }, (_, spaces) => `\n${' '.repeat(spaces)}`);

class GiveUp extends Error {}
const giveUp = (reason: string): never => {
  throw new GiveUp(reason);
};

type Scope = Record<string, string>;

/** The document, or why this parser leaves the text to another. */
export function readLiteXml(source: string): LiteParse {
  try {
    return { ok: true, doc: new Reader(source).read() };
  } catch (error) {
    if (error instanceof GiveUp) return { ok: false, reason: error.message };
    throw error;
  }
}

class Reader {
  private readonly text: string;
  private readonly doc: LiteDocument;
  private pos = 0;
  /** Set by `startTag`: whether the tag closed itself, and the scope inside the element. */
  private closed = false;
  private inner: Scope = Object.create(null) as Scope;

  constructor(source: string) {
    // Line ends as every XML parser sees them; offsets (and so line numbers) stay put per line.
    this.text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
    this.doc = new LiteDocument(this.text);
  }

  read(): LiteDocument {
    const { text, doc } = this;
    if (SUSPECT.test(text) && FORBIDDEN.test(text)) giveUp('a character XML does not allow');
    if (text.startsWith('<?xml')) {
      DECLARATION.lastIndex = 0;
      if (!DECLARATION.test(text)) giveUp('an unusual XML declaration');
      this.pos = DECLARATION.lastIndex;
    }
    this.misc(doc);
    if (this.pos >= text.length || text.charCodeAt(this.pos) !== 60 /* < */) giveUp('no root element');
    doc.documentElement = this.content(doc);
    this.misc(doc);
    if (this.pos < text.length) giveUp('content after the root element');
    return doc;
  }

  /** Whitespace and comments before or after the root element. */
  private misc(doc: LiteDocument): void {
    const { text } = this;
    for (;;) {
      while (isSpace(text.charCodeAt(this.pos))) this.pos++;
      if (!text.startsWith('<!--', this.pos)) return;
      doc.appendChild(this.comment());
    }
  }

  /** The root element and everything in it, with a stack rather than recursion (deep files). */
  private content(doc: LiteDocument): LiteElement {
    const { text } = this;
    const scopes: Scope[] = [];
    let scope: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NAMESPACE });
    const open: LiteElement[] = [];
    let root: LiteElement | undefined;
    do {
      const lt = text.indexOf('<', this.pos);
      if (lt < 0) giveUp('an element is not closed');
      const parent = open[open.length - 1];
      if (lt > this.pos) {
        if (!parent) giveUp('text outside the root element');
        parent!.appendChild(new LiteCharacterData(3, this.characters(this.pos, lt)));
      }
      this.pos = lt;
      const next = text.charCodeAt(lt + 1);
      if (next === 47 /* / */) {
        const name = this.name(lt + 2);
        if (parent?.nodeName !== name) giveUp('an end tag that matches no start tag');
        while (isSpace(text.charCodeAt(this.pos))) this.pos++;
        if (text.charCodeAt(this.pos) !== 62 /* > */) giveUp('an unusual end tag');
        this.pos++;
        open.pop();
        scope = scopes.pop()!;
      } else if (next === 33 /* ! */) {
        if (!parent) giveUp('markup outside the root element');
        if (text.startsWith('<!--', lt)) parent!.appendChild(this.comment());
        else if (text.startsWith('<![CDATA[', lt)) parent!.appendChild(this.cdata());
        else giveUp('a DOCTYPE or other declaration');
      } else if (next === 63 /* ? */) {
        giveUp('a processing instruction');
      } else {
        if (!parent && root) giveUp('a second root element');
        const element = this.startTag(scope);
        (parent ?? doc).appendChild(element);
        root ??= element;
        if (!this.closed) {
          open.push(element);
          scopes.push(scope);
          scope = this.inner;
        }
      }
    } while (open.length > 0);
    return root!;
  }

  /** The start tag at `pos`: its element, and (in `closed`, `inner`) whether it closed itself and its scope. */
  private startTag(scope: Scope): LiteElement {
    const { text } = this;
    const start = this.pos;
    const qname = this.name(start + 1);
    const attrs: Array<string | null> = [];
    let special = false;
    this.closed = false;
    for (;;) {
      const before = this.pos;
      while (isSpace(text.charCodeAt(this.pos))) this.pos++;
      const code = text.charCodeAt(this.pos);
      if (code === 62 /* > */) {
        this.pos++;
        break;
      }
      if (code === 47 /* / */ && text.charCodeAt(this.pos + 1) === 62) {
        this.pos += 2;
        this.closed = true;
        break;
      }
      if (this.pos === before) giveUp('attributes not separated by whitespace');
      const name = this.name(this.pos);
      while (isSpace(text.charCodeAt(this.pos))) this.pos++;
      if (text.charCodeAt(this.pos) !== 61 /* = */) giveUp('an attribute without a value');
      this.pos++;
      while (isSpace(text.charCodeAt(this.pos))) this.pos++;
      const quote = text.charCodeAt(this.pos);
      if (quote !== 34 /* " */ && quote !== 39 /* ' */) giveUp('an unquoted attribute value');
      const end = text.indexOf(quote === 34 ? '"' : "'", this.pos + 1);
      if (end < 0) giveUp('an attribute value is not closed');
      let value = text.slice(this.pos + 1, end);
      if (value.includes('<')) giveUp('a < in an attribute value');
      // Attribute-value normalization: literal tabs and line ends read as spaces (references do not).
      if (value.includes('\n') || value.includes('\t')) value = value.replace(/[\t\n]/g, ' ');
      if (value.includes('&')) value = decode(value);
      this.pos = end + 1;
      for (let i = 0; i < attrs.length; i += 3) if (attrs[i] === name) giveUp('a repeated attribute');
      attrs.push(name, value, null);
      special ||= name.includes(':') || name === 'xmlns';
    }
    const inner = special ? namespaces(attrs, scope) : scope;
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? null : qname.slice(0, colon);
    const namespace = prefix === null ? inner[''] || null : inner[prefix];
    if (namespace === undefined || prefix === 'xmlns') giveUp('an undeclared namespace prefix');
    const element = new LiteElement(this.doc, qname, namespace!, attrs, start);
    this.doc.all.push(element);
    const same = this.doc.byName.get(qname);
    if (same) same.push(element);
    else this.doc.byName.set(qname, [element]);
    this.inner = inner;
    return element;
  }

  /** The name at `at` (moving past it): ASCII letters, digits, `_`, `.`, `-` and at most one colon, or give up. */
  private name(at: number): string {
    const { text } = this;
    if (!isNameStart(text.charCodeAt(at))) giveUp('an unusual name');
    let colon = false;
    let i = at + 1;
    for (;;) {
      const code = text.charCodeAt(i);
      if (isNameStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 45) i++;
      else if (code === 58 /* : */ && !colon && isNameStart(text.charCodeAt(i + 1))) {
        colon = true;
        i += 2;
      } else break;
    }
    this.pos = i;
    return text.slice(at, i);
  }

  private characters(from: number, to: number): string {
    // Indentation (a line end, then spaces) is most of the text in a pretty-printed file: shared.
    if (this.text.charCodeAt(from) === 10 && to - from <= INDENTS.length) {
      let i = from + 1;
      while (i < to && this.text.charCodeAt(i) === 32) i++;
      if (i === to) return INDENTS[to - from - 1]!;
    }
    const raw = this.text.slice(from, to);
    if (raw.includes(']]>')) giveUp(']]> in text');
    return raw.includes('&') ? decode(raw) : raw;
  }

  private comment(): LiteCharacterData {
    const end = this.text.indexOf('-->', this.pos + 4);
    if (end < 0) giveUp('a comment is not closed');
    const body = this.text.slice(this.pos + 4, end);
    if (body.includes('--') || body.endsWith('-')) giveUp('-- in a comment');
    this.pos = end + 3;
    return new LiteCharacterData(8, body);
  }

  private cdata(): LiteCharacterData {
    const end = this.text.indexOf(']]>', this.pos + 9);
    if (end < 0) giveUp('a CDATA section is not closed');
    const data = this.text.slice(this.pos + 9, end);
    this.pos = end + 3;
    return new LiteCharacterData(4, data);
  }
}

/** The scope inside an element with these attributes (name, value, namespace, …), whose namespaces it fills in. */
function namespaces(attrs: Array<string | null>, scope: Scope): Scope {
  let inner = scope;
  for (let i = 0; i < attrs.length; i += 3) {
    const name = attrs[i]!;
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    const prefix = name === 'xmlns' ? '' : name.slice(6);
    const uri = attrs[i + 1]!;
    if (prefix === 'xml' || prefix === 'xmlns' || (prefix !== '' && uri === '')) giveUp('an unusual namespace declaration');
    if (uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE) giveUp('an unusual namespace declaration');
    if (inner === scope) inner = Object.create(scope) as Scope;
    inner[prefix] = uri;
  }
  const expanded = new Set<string>();
  for (let i = 0; i < attrs.length; i += 3) {
    const name = attrs[i]!;
    const colon = name.indexOf(':');
    if (name === 'xmlns' || name.startsWith('xmlns:')) attrs[i + 2] = XMLNS_NAMESPACE;
    else if (colon >= 0) {
      const namespace = inner[name.slice(0, colon)] ?? giveUp('an undeclared namespace prefix');
      const key = `${namespace}\n${name.slice(colon + 1)}`;
      if (expanded.has(key)) giveUp('a repeated attribute');
      expanded.add(key);
      attrs[i + 2] = namespace;
    }
  }
  return inner;
}

/** Text with the predefined entities and character references replaced; any other `&` gives up. */
function decode(raw: string): string {
  let out = '';
  let last = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', last)) {
    const semicolon = raw.indexOf(';', amp);
    if (semicolon < 0) giveUp('an unfinished reference');
    const ref = raw.slice(amp + 1, semicolon);
    let char = ENTITIES.get(ref);
    if (char === undefined) {
      const code = /^#[0-9]{1,7}$/.test(ref) ? Number(ref.slice(1)) : /^#x[0-9A-Fa-f]{1,6}$/.test(ref) ? parseInt(ref.slice(2), 16) : NaN;
      if (!isXmlChar(code)) giveUp('an unknown entity or a reference to a character XML does not allow');
      char = String.fromCodePoint(code);
    }
    out += raw.slice(last, amp) + char;
    last = semicolon + 1;
  }
  return out + raw.slice(last);
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function isNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9;
}
