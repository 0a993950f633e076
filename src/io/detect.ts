/**
 * Which format a file is in, from the surest sign to the weakest: its name's extension, then its
 * content type, then its first few kilobytes. `.txt` and `.xml` names, and `application/xml` or
 * `text/plain` types, say too little and fall through to the content. A caller's explicit
 * `options.format` overrides all of this (see import.ts).
 */
import { DatasetError } from '../graph/problems';
import type { ImportFormat, ImportText } from './types';

const BY_EXTENSION: Record<string, ImportFormat> = {
  json: 'json',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  gexf: 'gexf',
  graphml: 'graphml',
};

const BY_CONTENT_TYPE: Record<string, ImportFormat> = {
  'application/json': 'json',
  'text/json': 'json',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/gexf+xml': 'gexf',
  'application/graphml+xml': 'graphml',
};

/** How much of the text the content rules look at. */
const SNIFF_LENGTH = 8192;

export function detectFormat(input: ImportText): ImportFormat {
  return byExtension(input.name) ?? byContentType(input.type) ?? byContent(input);
}

/** `data.GEXF`, `a/b/c.graphml?raw=1` → the format its extension names, if any. */
export function byExtension(name: string | undefined): ImportFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec((name ?? '').replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  return extension !== undefined && Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined;
}

/** `text/csv; charset=utf-8` → csv; also any `+json` type. */
export function byContentType(type: string | undefined): ImportFormat | undefined {
  const essence = (type ?? '').split(';')[0]!.trim().toLowerCase();
  if (Object.hasOwn(BY_CONTENT_TYPE, essence)) return BY_CONTENT_TYPE[essence];
  return essence.endsWith('+json') ? 'json' : undefined;
}

export function byContent(input: ImportText): ImportFormat {
  const head = input.text.slice(0, SNIFF_LENGTH).replace(/^\uFEFF/, '');
  const start = skipProlog(head);
  if (start.startsWith('<')) {
    const root = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(start)?.[1]?.toLowerCase();
    if (root === 'gexf') return 'gexf';
    if (root === 'graphml') return 'graphml';
    throw new DatasetError([
      {
        path: input.name ?? '$',
        message: `an XML file whose root element is <${root ?? '?'}>, neither GEXF (<gexf>) nor GraphML (<graphml>); export it from its tool as GEXF, GraphML, CSV or JSON`,
      },
    ]);
  }
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (start === '') throw new DatasetError([{ path: input.name ?? '$', message: 'the file is empty' }]);
  const firstLine = start.split(/\r\n|\r|\n/, 1)[0]!;
  return firstLine.includes('\t') && !/[,;]/.test(firstLine) ? 'tsv' : 'csv';
}

/** The text after leading white space, an XML declaration, comments, processing instructions and a doctype. */
function skipProlog(text: string): string {
  let rest = text.trimStart();
  for (;;) {
    const skipped = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)/i.exec(rest);
    if (!skipped) return rest;
    rest = rest.slice(skipped[0].length).trimStart();
  }
}
