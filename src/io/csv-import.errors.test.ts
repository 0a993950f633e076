/**
 * Every way a spreadsheet can be wrong, each reported with its file, row (as the spreadsheet
 * numbers it: header = row 1) and column, in one DatasetError.
 */
import { describe, expect, it } from 'vitest';
import { DatasetError, MAX_PROBLEMS, type Problem } from '../graph/problems';
import { importCsv } from './csv-import';
import type { ImportOptions, ImportText } from './types';

const ACTORS = 'id,label\nDPRK,North Korea\nRussia,Russia\nUkraine,Ukraine\n';

function problemsOf(sheets: ImportText[], options: ImportOptions = {}): readonly Problem[] {
  try {
    importCsv(sheets, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error('expected a DatasetError');
}

const withActors = (relationships: string, options?: ImportOptions) =>
  problemsOf(
    [
      { name: 'actors.csv', text: ACTORS },
      { name: 'relationships.csv', text: relationships },
    ],
    options,
  );
const relationshipsOnly = (text: string, options?: ImportOptions) => problemsOf([{ name: 'relationships.csv', text }], options);

describe('actors the relationships name', () => {
  it('an unknown actor, with a did-you-mean, at its spreadsheet row', () => {
    const rows = Array.from({ length: 12 }, () => 'DPRK,Russia').join('\n');
    expect(withActors(`source,target\n${rows}\nDPRK,Rusia\n`)).toEqual([
      { path: 'relationships.csv row 14, column "target"', message: 'actor "Rusia" is not in actors.csv (did you mean "Russia"?)' },
    ]);
  });

  it('a label where the id belongs points to the id', () => {
    expect(withActors('From,To\nNorth Korea,Russia\n')).toEqual([
      {
        path: 'relationships.csv row 2, column "From"',
        message: 'actor "North Korea" is not in actors.csv (did you mean "DPRK", the id of the actor labelled "North Korea"?)',
      },
    ]);
  });
});

describe('missing and clashing columns', () => {
  it('a missing target column lists the headers found and the names accepted', () => {
    expect(relationshipsOnly('id,source,weight\nr1,A,3\n')).toEqual([
      {
        path: 'relationships.csv row 1',
        message:
          'has one end of a relationship but not the other (found "id", "source", "weight"); a relationships sheet needs a source column (or from) and a target column (or to)',
      },
    ]);
  });

  it('an actors sheet without an id column', () => {
    expect(problemsOf([{ name: 'actors.csv', text: '\n\nName,Kind\nA,state\n' }])).toEqual([
      {
        path: 'actors.csv row 3',
        message:
          'no id column in this actors sheet (found "Name", "Kind"); name one "id" or "key", or map a header to "id" with options.columns',
      },
    ]);
  });

  it('two columns for one field, a reserved attribute name, an override to no field', () => {
    expect(relationshipsOnly('source,target,Type,type ,__proto__,Notes\nA,B,x,y,z,n\n', { columns: { notes: 'summry' } })).toEqual([
      { path: 'relationships.csv row 1, column "type "', message: 'columns "Type" and "type " both give the type; remove or rename one' },
      {
        path: 'relationships.csv row 1, column "__proto__"',
        message: '"__proto__" is reserved by JavaScript and cannot name an attribute; rename the column',
      },
      {
        path: 'relationships.csv row 1, column "Notes"',
        message: expect.stringMatching(
          /^options.columns maps it to "summry", which is not a relationship field \(did you mean "summary"\?\); use one of id, source, target/,
        ) as unknown,
      },
    ]);
  });

  it('two relationships sheets, no sheet, three sheets', () => {
    const sheet = { name: 'a.csv', text: 'source,target\nA,B\n' };
    expect(problemsOf([sheet, { ...sheet, name: 'b.csv' }])).toEqual([
      {
        path: 'b.csv',
        message:
          'both "a.csv" and "b.csv" look like relationships sheets (a sheet with source and target columns holds relationships, any other holds actors); give one relationships sheet and at most one actors sheet',
      },
    ]);
    expect(problemsOf([])[0]!.message).toMatch(/^got 0 files/);
    expect(problemsOf([sheet, sheet, sheet])[0]!.message).toMatch(/^got 3 files/);
  });
});

describe('bad cells', () => {
  it('numbers, lines, directions, signs, statuses and dates, each at its cell', () => {
    const text =
      'source,target,weight,lines,evidence_source,directed,sign,status,since,until\n' +
      'A,B,heavy,,,,,,,\n' +
      'A,B,-1,,,,,,,\n' +
      'A,B,1,3;x,art,,,,,\n' +
      'A,B,1,,,sometimes,,,,\n' +
      'A,B,1,,,,friend,,,\n' +
      'A,B,1,,,,,rumoured,,\n' +
      'A,B,1,,,,,,June 2024,\n' +
      'A,B,1,,,,,,,2024-13\n';
    expect(relationshipsOnly(text)).toEqual([
      { path: 'relationships.csv row 2, column "weight"', message: '"heavy" is not a number (a weight)' },
      { path: 'relationships.csv row 3, column "weight"', message: '"-1" is negative; a weight is 0 or more' },
      { path: 'relationships.csv row 4, column "lines"', message: '"x" is not a line number or range; write lines as 3, 8 or 9-10' },
      {
        path: 'relationships.csv row 5, column "directed"',
        message: '"sometimes" is not a direction; use true or false (or directed, undirected)',
      },
      { path: 'relationships.csv row 6, column "sign"', message: '"friend" is not a sign; use +, - or 0 (or ally, adversary, neutral)' },
      {
        path: 'relationships.csv row 7, column "status"',
        message: '"rumoured" is not a status; use confirmed, reported, potential or leave it empty',
      },
      { path: 'relationships.csv row 8, column "since"', message: '"June 2024" is not a date; write it as 2024-06-19, 2024-06 or 2024' },
      { path: 'relationships.csv row 9, column "until"', message: '"2024-13" is not a date; write it as 2024-06-19, 2024-06 or 2024' },
    ]);
  });

  it('positions that are not numbers, with a hint for decimal commas', () => {
    expect(problemsOf([{ name: 'actors.csv', text: 'id;x;y\nA;1,5;2\nB;3;north\n' }])).toEqual([
      { path: 'actors.csv row 2, column "x"', message: '"1,5" is not a number (a position); use a point as the decimal separator' },
      { path: 'actors.csv row 3, column "y"', message: '"north" is not a number (a position)' },
    ]);
  });

  it('empty and duplicate ids, empty ends, evidence without a source', () => {
    expect(problemsOf([{ name: 'actors.csv', text: 'id,label\nA,a\n,b\nA,c\n' }])).toEqual([
      { path: 'actors.csv row 3, column "id"', message: 'empty; every actor needs an id (the name relationships use for it)' },
      { path: 'actors.csv row 4, column "id"', message: 'actor "A" is also in row 2; give each actor one row and its own id' },
    ]);
    expect(relationshipsOnly('source,target,summary\n,B,\nA,B,they met\n')).toEqual([
      { path: 'relationships.csv row 2, column "source"', message: 'empty; every relationship needs a source actor' },
      {
        path: 'relationships.csv row 3, column "evidence_source"',
        message: 'empty, but the row has evidence (lines, summary or quote); say which source it comes from',
      },
    ]);
  });

  it('rows sharing an id that disagree', () => {
    expect(relationshipsOnly('id,source,target,status\nr1,A,B,confirmed\nr1,A,C,reported\n')).toEqual([
      {
        path: 'relationships.csv row 3, column "target"',
        message:
          'relationship "r1" has target "C" here but "B" in row 2; rows with one id are one relationship (they only add evidence), so give other relationships other ids',
      },
      {
        path: 'relationships.csv row 3, column "status"',
        message:
          'relationship "r1" has status "reported" here but "confirmed" in row 2; rows with one id are one relationship (they only add evidence), so give other relationships other ids',
      },
    ]);
  });

  it('conflicting signs for one type name both rows', () => {
    expect(relationshipsOnly('source,target,type,sign\nA,B,backs,+\nB,C,backs,+\nC,A,backs,-\n')).toEqual([
      { path: 'relationships.csv row 4, column "sign"', message: 'type "backs" has sign -1 here but 1 in row 2; give each type one sign' },
    ]);
  });

  it('with declared types, one type cannot go both ways', () => {
    expect(relationshipsOnly('source,target,type,directed,sign\nA,B,pact,false,+\nB,C,pact,true,\n')).toEqual([
      {
        path: 'relationships.csv row 3, column "directed"',
        message:
          'type "pact" is directed here but undirected in row 2; when edge types are declared (a sign column or options.edgeTypes) each type has one direction',
      },
    ]);
    expect(
      relationshipsOnly('source,target,type,directed\nA,B,pact,true\n', { edgeTypes: { pact: { label: 'pact', directed: false } } }),
    ).toEqual([
      {
        path: 'relationships.csv row 2, column "directed"',
        message: expect.stringContaining('type "pact" is directed here but undirected in options.edgeTypes') as unknown,
      },
    ]);
  });

  it('more cells than headers, and a quote never closed', () => {
    expect(relationshipsOnly('source,target\nA,B,Hello, world\n')).toEqual([
      {
        path: 'relationships.csv row 2',
        message: '4 cells but the header has 2 columns (cell 3 is "Hello"); quote cells that contain the delimiter',
      },
    ]);
    expect(relationshipsOnly('source,target\nA,B\n"C,D\nE,F\n')).toEqual([
      {
        path: 'relationships.csv row 3',
        message: 'a quoted field is never closed, so the rest of the file would be read as one cell; add the closing quote (")',
      },
    ]);
  });

  it('values in messages are quoted short and carry no markup', () => {
    const [problem] = withActors('source,target\nDPRK,<img src=x onerror=alert(1)> and a great deal more text\n');
    expect(problem!.message).toBe('actor "\\u003cimg src=x onerror=alert(1)\\u003e and a gre…" is not in actors.csv');
  });

  it('stops at the problem limit and counts the rest', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `A${i},B,heavy`).join('\n');
    try {
      importCsv([{ name: 'r.csv', text: `source,target,weight\n${rows}\n` }]);
      throw new Error('expected a DatasetError');
    } catch (error) {
      expect((error as DatasetError).problems).toHaveLength(MAX_PROBLEMS);
      expect((error as DatasetError).message).toMatch(/\(and 29 more problems\)$/);
    }
  });
});

describe('limits', () => {
  it('text longer than maxBytes is refused before reading', () => {
    expect(relationshipsOnly('source,target\nA,B\n', { limits: { maxBytes: 10 } })).toEqual([
      { path: 'relationships.csv', message: '18 bytes is more than the limit of 10; raise limits.maxBytes if this is intended' },
    ]);
  });

  it('more rows than maxEdges or maxNodes, and more actors named than maxNodes', () => {
    expect(relationshipsOnly('source,target\nA,B\nB,C\nC,D\n', { limits: { maxEdges: 2 } })).toEqual([
      { path: 'relationships.csv', message: 'more than 2 relationships (the limit); raise limits.maxEdges if this is intended' },
    ]);
    expect(problemsOf([{ name: 'actors.csv', text: 'id\nA\nB\nC\n' }], { limits: { maxNodes: 2 } })).toEqual([
      { path: 'actors.csv', message: 'more than 2 actors (the limit); raise limits.maxNodes if this is intended' },
    ]);
    expect(relationshipsOnly('source,target\nA,B\nC,D\n', { limits: { maxNodes: 3 } })).toEqual([
      {
        path: 'relationships.csv',
        message: 'the relationships name 4 actors, more than the limit of 3; raise limits.maxNodes if this is intended',
      },
    ]);
  });

  it('what only the loader checks is still located: a label past the length limit, a built-in name', () => {
    expect(problemsOf([{ name: 'actors.csv', text: 'id,name\nA,abcdefghijk\n' }], { limits: { maxLabelLength: 5 } })).toEqual([
      { path: 'actors.csv row 2, column "name"', message: 'text of 11 characters is longer than the limit of 5; shorten it' },
    ]);
    expect(relationshipsOnly('source,target\nA,B\nA,constructor\n')).toEqual([
      {
        path: 'relationships.csv row 3, column "target"',
        message: 'node "constructor" cannot have edges: its key is a built-in JavaScript name; rename the node',
      },
    ]);
  });

  it('empty files and a registry entry that is not an object', () => {
    expect(relationshipsOnly(' \n\n')).toEqual([
      { path: 'relationships.csv', message: 'the file is empty; expected a header row such as "source,target,type"' },
    ]);
    expect(relationshipsOnly('source,target\nA,B\n', { edgeTypes: { related: 'yes' } })).toEqual([
      { path: 'options.edgeTypes["related"]', message: 'expected an object such as {"label": "related"}, got "yes"' },
    ]);
  });
});

describe('half a relationships sheet', () => {
  it('is reported once, whether or not it has an id column', () => {
    for (const text of ['source,weight\nA,3\n', 'id,target\nr1,B\n']) {
      expect(relationshipsOnly(text)).toHaveLength(1);
    }
  });

  it('is an actors sheet when another sheet holds the relationships', () => {
    const result = importCsv([
      { name: 'actors.csv', text: 'id,source\nA,wikipedia\nB,\n' },
      { name: 'relationships.csv', text: 'source,target\nA,B\n' },
    ]);
    expect(result.data.nodes[0]).toEqual({ key: 'A', attributes: { source: 'wikipedia' } });
  });
});

describe('registry names and options the loader refuses', () => {
  it('a type or kind with a built-in name is located at its first row; a bad option names the option', () => {
    expect(relationshipsOnly('source,target,type,sign\nA,B,ok,+\nA,B,constructor,-\n')).toEqual([
      {
        path: 'relationships.csv row 3, column "type"',
        message: '"constructor" is reserved by JavaScript and cannot be used as a name; rename it',
      },
    ]);
    expect(problemsOf([{ name: 'actors.csv', text: 'id,kind\nA,state\nB,prototype\n' }], { nodeKinds: {} })).toEqual([
      { path: 'actors.csv row 3, column "kind"', message: '"prototype" is reserved by JavaScript and cannot be used as a name; rename it' },
    ]);
    expect(relationshipsOnly('source,target\nA,B\n', { edgeTypes: { related: { label: 'x', color: 'not a colour!' } } })).toEqual([
      { path: 'options.edgeTypes.related.color', message: 'must be a colour such as "#1f6fb2"' },
    ]);
  });

  it('a column named evidence', () => {
    expect(relationshipsOnly('source,target,evidence\nA,B,the paper says so\n')).toEqual([
      {
        path: 'relationships.csv row 1, column "evidence"',
        message:
          'a column named evidence would replace the evidence list built from evidence_source, lines, summary and quote; rename it, or map it to summary with options.columns',
      },
    ]);
  });
});
