import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from 'graphology-types';
import { exportCsv } from './csv-export';
import { importCsv } from './csv-import';

const rows = (text: string) => Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data;
const dataset = (nodes: SerializedGraph['nodes'], edges: SerializedGraph['edges'], attributes = {}, options = {}): SerializedGraph => ({
  attributes,
  options,
  nodes,
  edges,
});

describe('exportCsv', () => {
  it('writes comma-separated CRLF text with every column the importer reads', () => {
    const out = exportCsv(dataset([{ key: 'A' }], []));
    expect(out.actors).toBe('id,label,kind,aliases,description,x,y\r\nA,,,,,,\r\n');
    expect(out.relationships).toBe(
      'id,source,target,type,directed,status,since,until,label,weight,items,evidence_source,lines,summary,quote\r\n',
    );
  });

  it('one row per piece of evidence, every other cell repeated; one row for an edge with none', () => {
    const out = exportCsv(
      dataset(
        [{ key: 'A' }, { key: 'B' }],
        [
          {
            key: 'r1',
            source: 'A',
            target: 'B',
            attributes: {
              type: 'supplies',
              items: ['shells', 'missiles'],
              evidence: [
                { source: 'art', lines: [3, 8], summary: 'one' },
                { source: 'art', lines: [9, 10, 11], summary: 'two, with a comma', quote: 'q' },
                { source: 'other', lines: [], summary: '' },
              ],
            },
          },
          { key: 'r2', source: 'B', target: 'A', undirected: true, attributes: { weight: 2.5 } },
        ],
      ),
    );
    expect(rows(out.relationships)).toEqual([
      [
        'id',
        'source',
        'target',
        'type',
        'directed',
        'status',
        'since',
        'until',
        'label',
        'weight',
        'items',
        'evidence_source',
        'lines',
        'summary',
        'quote',
      ],
      ['r1', 'A', 'B', 'supplies', 'true', '', '', '', '', '', 'shells; missiles', 'art', '3, 8', 'one', ''],
      ['r1', 'A', 'B', 'supplies', 'true', '', '', '', '', '', 'shells; missiles', 'art', '9, 10, 11', 'two, with a comma', 'q'],
      ['r1', 'A', 'B', 'supplies', 'true', '', '', '', '', '', 'shells; missiles', 'other', '', '', ''],
      ['r2', 'B', 'A', '', 'false', '', '', '', '', '2.5', '', '', '', '', ''],
    ]);
  });

  it('escapes text a spreadsheet would run, never numbers', () => {
    const out = exportCsv(
      dataset(
        [
          { key: '=cmd', attributes: { label: '+1 ally', description: '@SUM(A1)', x: -3, y: 0.5, note: '-x', count: -2 } },
          { key: 'B', attributes: { label: '\tindented', description: '\rreturn', aliases: ['-one', 'two'] } },
        ],
        [],
      ),
    );
    expect(rows(out.actors)).toEqual([
      ['id', 'label', 'kind', 'aliases', 'description', 'x', 'y', 'note', 'count'],
      ["'=cmd", "'+1 ally", '', '', "'@SUM(A1)", '-3', '0.5', "'-x", '-2'],
      ['B', "'\tindented", '', "'-one; two", "'\rreturn", '', '', '', ''],
    ]);
  });

  it('direction from the edge, else from its type in the registry; a sign column when the registry has signs', () => {
    const out = exportCsv(
      dataset(
        [{ key: 'A' }, { key: 'B' }],
        [
          { source: 'A', target: 'B', attributes: { type: 'pact' } },
          { source: 'A', target: 'B', attributes: { type: 'fights' } },
          { source: 'B', target: 'A', attributes: { type: 'meets' } },
        ],
        {
          edgeTypes: {
            pact: { label: 'pact', directed: false, sign: 1 },
            fights: { label: 'fights', sign: -1 },
            meets: { label: 'meets' },
          },
        },
      ),
    );
    expect(rows(out.relationships).map((row) => row.slice(0, 6))).toEqual([
      ['id', 'source', 'target', 'type', 'directed', 'sign'],
      ['', 'A', 'B', 'pact', 'false', '1'],
      ['', 'A', 'B', 'fights', 'true', '-1'],
      ['', 'B', 'A', 'meets', 'true', ''],
    ]);
    expect(rows(exportCsv(dataset([{ key: 'A' }], [{ source: 'A', target: 'A' }], {}, { type: 'undirected' })).relationships)[1]![4]).toBe(
      'false',
    );
  });

  it('gives a key-less edge with several pieces of evidence an unused id, so its rows stay together', () => {
    const data = dataset(
      [{ key: 'e0' }, { key: 'B' }],
      [
        {
          source: 'e0',
          target: 'B',
          attributes: {
            evidence: [
              { source: 's', lines: [1], summary: 'a' },
              { source: 's', lines: [2], summary: 'b' },
            ],
          },
        },
      ],
    );
    const out = exportCsv(data);
    expect(rows(out.relationships).map((row) => row[0])).toEqual(['id', 'e1', 'e1']);
    const back = importCsv([
      { name: 'actors.csv', text: out.actors },
      { name: 'relationships.csv', text: out.relationships },
    ]);
    expect(back.data.edges).toHaveLength(1);
    expect(back.data.edges[0]!.attributes?.evidence).toHaveLength(2);
  });

  it('extra attributes become extra columns; objects are written as JSON', () => {
    const out = exportCsv(dataset([{ key: 'A' }], [{ key: 'r', source: 'A', target: 'A', attributes: { meta: { a: 1 }, tags: [1, 2] } }]));
    const [header, row] = rows(out.relationships);
    expect(header!.slice(-2)).toEqual(['meta', 'tags']);
    expect(row!.slice(-2)).toEqual(['{"a":1}', '[1,2]']);
  });
});
