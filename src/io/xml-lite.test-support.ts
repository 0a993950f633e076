/**
 * Shared by the xml-lite tests in Node (against xmldom) and in Chromium (against the browser's
 * DOMParser): documents it must read as any XML parser does, texts it must leave to the fallback,
 * a tree description through the standard DOM API, and random edits of a sample document.
 */
import fc from 'fast-check';

/** Well-formed documents in the subset xml-lite reads. */
export const ACCEPTED: Record<string, string> = {
  minimal: '<a/>',
  declaration: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a></a>',
  'single quotes': "<?xml version='1.0'?><a x='1' y=\"it's\"/>",
  entities: '<a x="&lt;&gt;&amp;&quot;&apos;">&lt;b&gt; &amp; &#65;&#x42;&#x1F600; &apos;</a>',
  'attribute whitespace': '<a x="one\ttwo\nthree  four" y="&#10;&#9;kept"/>',
  'CRLF line ends': '<a>\r\n  <b x="1\r\n2">line\rend</b>\r\n</a>',
  'comments and CDATA': '<!-- before --><a><!-- inside -->text<![CDATA[<raw> & ]] ]]>more</a><!-- after -->\n',
  namespaces:
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x"><node><viz:color r="1" g="2" b="3"/><inner xmlns=""><deep/></inner></node></gexf>',
  'xml prefix': '<a xml:lang="en" xml:space="preserve"> x </a>',
  'end tag space': '<a><b></b  ><c/></a  >',
  'names with dots and dashes': '<a.b-c_d x.y-z="1"><_e/></a.b-c_d>',
  'text with >': '<a>1 > 0 ]] > ok</a>',
  unicode: '<a label="Ελληνικά 中文 😀">Ελληνικά 中文 😀</a>',
  nested: `${'<n>'.repeat(200)}x${'</n>'.repeat(200)}`,
  whitespace: '\n\n<a>\n\t<b/>\n</a>\n\n',
};

/** Well-formed or not, texts xml-lite must leave to the fallback parser. */
export const LEFT_TO_FALLBACK: Record<string, string> = {
  empty: '',
  'only text': 'hello',
  'mismatched tags': '<a><b></a></b>',
  'unclosed element': '<a><b></b>',
  'repeated attribute': '<a x="1" x="2"/>',
  'repeated expanded name': '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>',
  'unknown entity': '<a>&nbsp;</a>',
  'bare ampersand': '<a>fish & chips</a>',
  'invalid character reference': '<a>&#0;</a>',
  'surrogate reference': '<a>&#xD800;</a>',
  'control character': '<a>\u0001</a>',
  'lone surrogate': '<a>\uD800</a>',
  doctype: '<!DOCTYPE a><a/>',
  'doctype with entity': '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>',
  'processing instruction': '<?xml-stylesheet href="a"?><a/>',
  'processing instruction inside': '<a><?pi data?></a>',
  'two roots': '<a/><b/>',
  'text after root': '<a/>text',
  'text before root': 'text<a/>',
  'declaration not first': ' <?xml version="1.0"?><a/>',
  'declaration version 2': '<?xml version="2.0"?><a/>',
  'unquoted attribute': '<a x=1/>',
  'attribute without value': '<a x/>',
  'attributes run together': '<a x="1"y="2"/>',
  '< in attribute': '<a x="<"/>',
  ']]> in text': '<a>]]></a>',
  'double hyphen in comment': '<a><!-- a -- b --></a>',
  'comment ending in hyphen': '<a><!-- a ---></a>',
  'unclosed comment': '<a><!-- a </a>',
  'unclosed CDATA': '<a><![CDATA[ x </a>',
  'undeclared prefix': '<p:a/>',
  'undeclared attribute prefix': '<a p:x="1"/>',
  'empty prefix declaration': '<a xmlns:p=""/>',
  'xmlns prefix on element': '<xmlns:a/>',
  'non-ASCII name': '<é/>',
  'two colons': '<a:b:c xmlns:a="u"/>',
  'cut short': '<a><b x="1',
  'cut in a tag': '<a><b',
};

export interface Described {
  type: number;
  name?: string;
  localName?: string | null;
  namespaceURI?: string | null;
  prefix?: string | null;
  attributes?: Array<[string, string, string | null]>;
  data?: string;
  children?: Described[];
}

/**
 * The root element's tree through the standard DOM API, with adjacent text and CDATA merged into
 * one text (parsers split and keep them differently: xmldom drops an empty CDATA section, a
 * browser keeps it; every importer reads `textContent`). Outside the root, parsers differ too
 * (xmldom keeps the XML declaration and whitespace as nodes, browsers do not) and no importer looks.
 */
export function describeDocument(doc: Document): Described {
  return describeNode(doc.documentElement);
}

function describeChildren(parent: Node): Described[] {
  const out: Described[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const last = out[out.length - 1];
    const text = child.nodeType === 3 || child.nodeType === 4;
    if (text && last?.type === 3) last.data += (child as CharacterData).data;
    else if (text) out.push({ type: 3, data: (child as CharacterData).data });
    else out.push(describeNode(child));
  }
  return out.filter((node) => node.type !== 3 || node.data !== '');
}

function describeNode(node: Node): Described {
  if (node.nodeType !== 1) return { type: node.nodeType, data: (node as CharacterData).data };
  const element = node as Element;
  return {
    type: 1,
    name: element.nodeName,
    localName: element.localName,
    namespaceURI: element.namespaceURI || null,
    prefix: element.prefix || null,
    // By name: Chromium lists namespace declarations first, whatever their place in the tag.
    attributes: Array.from(element.attributes)
      .map((attribute): [string, string, string | null] => [attribute.name, attribute.value, attribute.namespaceURI || null])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    children: describeChildren(element),
  };
}

/** A small GEXF with most of what xml-lite reads: edits of it are the fuzz's inputs. */
export const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><creator>A &amp; B</creator><!-- note --></meta>
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>
    <nodes>
      <node id="a" label="Actor &quot;A&quot;"><attvalues><attvalue for="kind" value="state"/></attvalues><viz:size value="3"/></node>
      <node id='b' label="B&#233;"><![CDATA[x < y]]></node>
    </nodes>
    <edges><edge id="e" source="a" target="b" weight="2"/></edges>
  </graph>
</gexf>
`;

const PIECES = [
  '<',
  '>',
  '/',
  '&',
  ';',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  '!',
  '?',
  '-',
  ':',
  '[',
  ']',
  'a',
  'x',
  '#',
  '&amp;',
  '<b>',
  '</b>',
  '<!--',
  '-->',
];

/** SAMPLE with a few random deletions, insertions and duplications. */
export const editedSample = fc
  .array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'duplicate'), fc.nat({ max: 12 }), fc.constantFrom(...PIECES)), {
    minLength: 1,
    maxLength: 3,
  })
  .map((edits) => {
    let text = SAMPLE;
    for (const [at, kind, length, piece] of edits) {
      const i = at % (text.length + 1);
      if (kind === 'delete') text = text.slice(0, i) + text.slice(i + length + 1);
      else if (kind === 'insert') text = text.slice(0, i) + piece + text.slice(i);
      else text = text.slice(0, i) + text.slice(i, i + length + 1) + text.slice(i);
    }
    return text;
  });
