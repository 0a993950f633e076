/**
 * The few DOM classes xml-lite.ts builds: just what the importers and graphology-gexf's parser
 * read (names, namespaces, attributes, siblings, `getElementsByTagName[NS]`, `textContent`), with
 * the browser's semantics. Lists are plain arrays, not live ones: nothing here changes the tree.
 * Elements keep their offset in the text, so `lineNumber` (read for messages, as xmldom sets it)
 * costs nothing until asked.
 */

export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

type Child = LiteElement | LiteCharacterData;
type Parent = LiteElement | LiteDocument;

abstract class LiteNode {
  parentNode: Parent | null = null;
  previousSibling: Child | null = null;
  nextSibling: Child | null = null;
  abstract readonly nodeType: number;
  abstract readonly nodeName: string;
}

/** Elements and the document: the nodes with children. */
abstract class LiteParent extends LiteNode {
  firstChild: Child | null = null;
  lastChild: Child | null = null;

  get childNodes(): Child[] {
    const out: Child[] = [];
    for (let child = this.firstChild; child; child = child.nextSibling) out.push(child);
    return out;
  }

  hasChildNodes(): boolean {
    return this.firstChild !== null;
  }

  appendChild<T extends Child>(child: T): T {
    child.parentNode = this as unknown as Parent;
    child.previousSibling = this.lastChild;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
    return child;
  }
}

/** Text (3), CDATA (4) and comments (8): half the nodes of an indented file, so kept small. */
export class LiteCharacterData extends LiteNode {
  constructor(
    readonly nodeType: 3 | 4 | 8,
    readonly data: string,
  ) {
    super();
  }

  // Getters on the prototype, not fields: no two more slots in each of hundreds of thousands of nodes.
  // eslint-disable-next-line @typescript-eslint/class-literal-property-style
  get firstChild(): null {
    return null;
  }

  // eslint-disable-next-line @typescript-eslint/class-literal-property-style
  get lastChild(): null {
    return null;
  }

  get childNodes(): Child[] {
    return [];
  }

  hasChildNodes(): boolean {
    return false;
  }

  get nodeName(): string {
    return this.nodeType === 3 ? '#text' : this.nodeType === 4 ? '#cdata-section' : '#comment';
  }

  get nodeValue(): string {
    return this.data;
  }

  get textContent(): string {
    return this.data;
  }
}

export class LiteElement extends LiteParent {
  readonly nodeType = 1;
  readonly nodeValue = null;

  constructor(
    readonly ownerDocument: LiteDocument,
    readonly nodeName: string,
    readonly namespaceURI: string | null,
    /** Qualified name, value, namespace, … for each attribute, flat. */
    private readonly attrs: Array<string | null>,
    /** Offset of the `<` in the (line-end normalized) text. */
    readonly offset: number,
  ) {
    super();
  }

  get prefix(): string | null {
    const colon = this.nodeName.indexOf(':');
    return colon < 0 ? null : this.nodeName.slice(0, colon);
  }

  get localName(): string {
    const colon = this.nodeName.indexOf(':');
    return colon < 0 ? this.nodeName : this.nodeName.slice(colon + 1);
  }

  get tagName(): string {
    return this.nodeName;
  }

  get lineNumber(): number {
    return this.ownerDocument.lineOf(this.offset);
  }

  get columnNumber(): number {
    return this.offset - this.ownerDocument.lineStart(this.lineNumber) + 1;
  }

  get attributes(): Array<{ name: string; value: string; namespaceURI: string | null; localName: string; prefix: string | null }> {
    const out = [];
    for (let i = 0; i < this.attrs.length; i += 3) {
      const name = this.attrs[i]!;
      const colon = name.indexOf(':');
      out.push({
        name,
        value: this.attrs[i + 1]!,
        namespaceURI: this.attrs[i + 2] ?? null,
        localName: colon < 0 ? name : name.slice(colon + 1),
        prefix: colon < 0 ? null : name.slice(0, colon),
      });
    }
    return out;
  }

  get children(): LiteElement[] {
    return this.childNodes.filter((child): child is LiteElement => child.nodeType === 1);
  }

  get textContent(): string {
    const only = this.firstChild;
    if (only && only === this.lastChild && only.nodeType !== 1) return only.nodeType === 8 ? '' : only.data;
    let out = '';
    walk(this, (node) => {
      if (node.nodeType === 3 || node.nodeType === 4) out += node.data;
    });
    return out;
  }

  getAttribute(name: string): string | null {
    for (let i = 0; i < this.attrs.length; i += 3) if (this.attrs[i] === name) return this.attrs[i + 1]!;
    return null;
  }

  getAttributeNS(namespace: string | null, localName: string): string | null {
    const ns = namespace === '' ? null : namespace;
    for (const attribute of this.attributes) if (attribute.namespaceURI === ns && attribute.localName === localName) return attribute.value;
    return null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }

  removeAttribute(name: string): void {
    for (let i = 0; i < this.attrs.length; i += 3) {
      if (this.attrs[i] !== name) continue;
      this.attrs.splice(i, 3);
      return;
    }
  }

  getElementsByTagName(name: string): LiteElement[] {
    const out: LiteElement[] = [];
    walk(this, (node) => {
      if (node.nodeType === 1 && (name === '*' || node.nodeName === name)) out.push(node);
    });
    return out;
  }

  getElementsByTagNameNS(namespace: string | null, localName: string): LiteElement[] {
    const out: LiteElement[] = [];
    walk(this, (node) => {
      if (node.nodeType === 1 && matchesNS(node, namespace, localName)) out.push(node);
    });
    return out;
  }
}

export class LiteDocument extends LiteParent {
  readonly nodeType = 9;
  readonly nodeName = '#document';
  readonly textContent = null;
  documentElement: LiteElement | null = null;
  /** Every element in document order, and by qualified name: the document-wide lookups are free. */
  readonly all: LiteElement[] = [];
  readonly byName = new Map<string, LiteElement[]>();
  private lineStarts?: Int32Array;

  constructor(private readonly text: string) {
    super();
  }

  getElementsByTagName(name: string): LiteElement[] {
    return (name === '*' ? this.all : (this.byName.get(name) ?? [])).slice();
  }

  getElementsByTagNameNS(namespace: string | null, localName: string): LiteElement[] {
    return this.all.filter((element) => matchesNS(element, namespace, localName));
  }

  /** 1-based line of an offset in the text. */
  lineOf(offset: number): number {
    const starts = this.starts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  lineStart(line: number): number {
    return this.starts()[line - 1] ?? 0;
  }

  private starts(): Int32Array {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    return (this.lineStarts = Int32Array.from(starts));
  }
}

function matchesNS(element: LiteElement, namespace: string | null, localName: string): boolean {
  const ns = namespace === '' ? null : namespace;
  return (ns === '*' || element.namespaceURI === ns) && (localName === '*' || element.localName === localName);
}

/** Every descendant of `root` in document order (not `root` itself). */
function walk(root: LiteParent, visit: (node: Child) => void): void {
  let node = root.firstChild;
  while (node) {
    visit(node);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (!node.nextSibling) {
      const parent = node.parentNode;
      if (!parent || parent === root) return;
      node = parent as LiteElement;
    }
    node = node.nextSibling;
  }
}
