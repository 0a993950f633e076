import { describe, expect, it } from 'vitest';
import { DatasetError } from '../graph/problems';
import { byContent, byContentType, byExtension, detectFormat } from './detect';

describe('detectFormat', () => {
  it('by extension first, whatever the content', () => {
    expect(detectFormat({ name: 'map.json', text: 'a,b' })).toBe('json');
    expect(detectFormat({ name: 'MAP.CSV', text: '{}' })).toBe('csv');
    expect(detectFormat({ name: 'map.tsv', text: 'a,b' })).toBe('tsv');
    expect(detectFormat({ name: 'map.gexf', text: '{}' })).toBe('gexf');
    expect(detectFormat({ name: 'map.graphml', text: '{}', type: 'application/json' })).toBe('graphml');
    expect(byExtension('https://example.org/files/map.gexf?download=1#top')).toBe('gexf');
  });

  it('.txt and .xml names look at the content', () => {
    expect(detectFormat({ name: 'notes.txt', text: 'Source\tTarget\nA\tB' })).toBe('tsv');
    expect(detectFormat({ name: 'notes.txt', text: '{"nodes": []}' })).toBe('json');
    expect(detectFormat({ name: 'export.xml', text: '<?xml version="1.0"?><graphml/>' })).toBe('graphml');
    expect(detectFormat({ name: 'export.xml', text: '<gexf version="1.3"/>' })).toBe('gexf');
    expect(byExtension('README')).toBeUndefined();
  });

  it('then by content type, parameters ignored', () => {
    expect(detectFormat({ text: 'x', type: 'application/json; charset=utf-8' })).toBe('json');
    expect(detectFormat({ text: 'x', type: 'application/ld+json' })).toBe('json');
    expect(detectFormat({ text: '{}', type: 'text/csv' })).toBe('csv');
    expect(detectFormat({ text: '{}', type: 'text/tab-separated-values' })).toBe('tsv');
    expect(detectFormat({ text: '{}', type: 'application/gexf+xml' })).toBe('gexf');
    expect(detectFormat({ text: '{}', type: 'application/graphml+xml' })).toBe('graphml');
    expect(byContentType('application/xml')).toBeUndefined();
    expect(detectFormat({ text: '<graphml/>', type: 'application/xml' })).toBe('graphml');
    expect(detectFormat({ text: '[1]', type: 'text/plain' })).toBe('json');
  });

  it('then by content: the XML root after a BOM, declaration, comments and doctype', () => {
    const prolog = '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by Gephi -->\n<!DOCTYPE gexf>\n';
    expect(byContent({ text: `${prolog}<gexf xmlns="http://gexf.net/1.3">` })).toBe('gexf');
    expect(byContent({ text: `${prolog}<graphml xmlns="http://graphml.graphdrawing.org/xmlns">` })).toBe('graphml');
    expect(byContent({ text: '<g:graphml xmlns:g="x">' })).toBe('graphml');
    expect(() => byContent({ name: 'page.xml', text: '<html><body/></html>' })).toThrow(DatasetError);
    expect(() => byContent({ name: 'page.xml', text: '<html><body/></html>' })).toThrow(/root element is <html>, neither GEXF/);
  });

  it('then JSON by its first character, else a header line: tabs without commas or semicolons are TSV', () => {
    expect(byContent({ text: '  \n{"nodes": []}' })).toBe('json');
    expect(byContent({ text: '[{"key": "a"}]' })).toBe('json');
    expect(byContent({ text: 'source\ttarget\ttype\na\tb\tsupplies' })).toBe('tsv');
    expect(byContent({ text: 'source\ttarget;type\na\tb;x' })).toBe('csv');
    expect(byContent({ text: 'source,target\na,b' })).toBe('csv');
    expect(byContent({ text: 'Quelle;Ziel\r\nA;B' })).toBe('csv');
    expect(byContent({ text: 'single column' })).toBe('csv');
  });

  it('an empty file is said to be empty', () => {
    expect(() => byContent({ name: 'e.txt', text: '\uFEFF \n' })).toThrow(/the file is empty/);
  });
});
