import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../graph/load';
import { importData } from './import';
import { xmldomParser } from './xml-xmldom';
import { problemOf } from '../test-support/dataset-error';

const file = (folder: string, name: string) => ({
  name,
  text: readFileSync(new URL(`./fixtures/${folder}/${name}`, import.meta.url), 'utf8'),
});
const seedText = readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8');
const parser = xmldomParser();

describe('importData', () => {
  it('JSON goes through parseDatasetText; the result loads', () => {
    const result = importData([{ name: 'seed.json', text: seedText }], {}, null);
    expect(result.format).toBe('json');
    expect(result.mapping).toBe('6 actors, 12 relationships (JSON)');
    expect(result.warnings).toEqual([]);
    expect(loadDataset(result.data).order).toBe(6);
  });

  it('JSON errors keep their line and column', () => {
    expect(problemOf(() => importData([{ name: 'bad.json', text: '{\n  "nodes": [,]\n}' }], {}, null)).message).toMatch(
      /^invalid JSON at line 2, column \d+/,
    );
  });

  it('the title from options fills in a JSON file without one, and does not replace one', () => {
    const untitled = importData([{ text: '{"nodes": [{"key": "a"}], "edges": []}' }], { name: 'From the picker' }, null);
    expect(untitled.data.attributes).toEqual({ title: 'From the picker' });
    const titled = importData([{ name: 'seed.json', text: seedText }], { name: 'Other' }, null);
    expect(titled.data.attributes.title).not.toBe('Other');
  });

  it('GEXF and GraphML go to their importers with the parser', () => {
    expect(importData([file('gexf', 'mixed.gexf')], {}, parser).format).toBe('gexf');
    expect(importData([file('graphml', 'basic.graphml')], {}, parser).format).toBe('graphml');
    const renamed = { name: 'export.xml', text: file('graphml', 'basic.graphml').text };
    expect(importData([renamed], {}, parser).mapping).toMatch(/^11 actors/);
  });

  it('XML formats need a parser', () => {
    expect(problemOf(() => importData([file('gexf', 'mixed.gexf')], {}, null))).toEqual({
      path: 'mixed.gexf',
      message: 'reading GEXF needs an XML parser (DOMParser), and none was given',
    });
  });

  it('an explicit format wins over detection', () => {
    const text = file('gexf', 'mixed.gexf').text;
    expect(importData([{ name: 'mixed.txt', text }], { format: 'gexf' }, parser).format).toBe('gexf');
    expect(problemOf(() => importData([{ name: 'mixed.gexf', text }], { format: 'json' }, parser)).message).toMatch(/^invalid JSON/);
  });

  it('several CSV or TSV sheets go together to importCsv', () => {
    const result = importData([file('csv', 'asoiaf-book2-edges.csv'), file('csv', 'asoiaf-book2-nodes.csv')], {}, null);
    expect(result.format).toBe('csv');
    const graph = loadDataset(result.data);
    expect(graph.order).toBeGreaterThan(0);
    expect(graph.size).toBeGreaterThan(0);
  });

  it('any other mix is refused with the files named', () => {
    const problem = problemOf(() => importData([{ name: 'a.csv', text: 'source,target\nx,y' }, file('gexf', 'mixed.gexf')], {}, parser));
    expect(problem.message).toBe(
      'only CSV or TSV sheets can be read together (relationships and actors); got a.csv (CSV), mixed.gexf (GEXF); load one JSON, GEXF or GraphML file at a time',
    );
    expect(problemOf(() => importData([], {}, parser)).message).toMatch(/^no file was given/);
  });
});
