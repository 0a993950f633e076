import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../graph/load';
import { importCsv } from './csv-import';

const fixture = (name: string) => ({ name, text: readFileSync(new URL(`./fixtures/csv/${name}`, import.meta.url), 'utf8') });
const rowsOf = (text: string) => text.split(/\r\n|\r|\n/).filter((line) => line !== '').length - 1;
const relationships = (text: string, options = {}) => importCsv([{ text, name: 'relationships.csv' }], options);
const attributes = (value: { attributes?: Record<string, unknown> } | undefined) => value?.attributes;

describe('the Gephi-style pair from mathbeveridge/asoiaf (CR line endings)', () => {
  const edges = fixture('asoiaf-book2-edges.csv');
  const nodes = fixture('asoiaf-book2-nodes.csv');

  it('imports in either order: one actor per node row, one relationship per edge row, all undirected', () => {
    for (const sheets of [
      [edges, nodes],
      [nodes, edges],
    ]) {
      const result = importCsv(sheets);
      expect(result.data.nodes).toHaveLength(rowsOf(nodes.text));
      expect(result.data.edges).toHaveLength(rowsOf(edges.text));
      expect(result.data.nodes).toHaveLength(259);
      expect(result.data.edges).toHaveLength(775);
      expect(result.data.edges.every((edge) => edge.undirected === true)).toBe(true);
      expect(result.format).toBe('csv');
      expect(result.warnings).toEqual([]);
      const graph = loadDataset(result.data);
      expect([graph.order, graph.size]).toEqual([259, 775]);
    }
  });

  it('reads Type as the direction, not as a relationship type, and keeps book as a number', () => {
    const result = importCsv([edges, nodes]);
    const first = result.data.edges[0]!;
    expect(first).toEqual({
      source: 'Aegon-I-Targaryen',
      target: 'Harren-Hoare',
      undirected: true,
      attributes: { weight: 4, book: 2 },
    });
    expect(result.data.edges.some((edge) => 'type' in (edge.attributes ?? {}))).toBe(false);
    // The last row leaves book empty: the attribute is left out, the column stays numeric.
    expect(attributes(result.data.edges.at(-1))).toEqual({ weight: 3 });
    expect(attributes(result.data.nodes[0])).toEqual({ label: 'Aegon I' });
    expect(result.data.attributes).toEqual({ title: 'asoiaf-book2-edges' });
    expect(result.data.options).toEqual({ type: 'mixed', multi: true, allowSelfLoops: true });
    expect(result.mapping).toBe(
      '259 actors, 775 relationships (undirected); asoiaf-book2-edges.csv: Source → source, Target → target, ' +
        'Type → direction (Directed/Undirected), weight → weight, book → kept as attribute; asoiaf-book2-nodes.csv: Id → id, Label → label',
    );
  });

  it('without the nodes file, makes the actors from the relationships, labelled with their ids', () => {
    const result = importCsv([edges], { name: 'A Clash of Kings' });
    expect(result.data.nodes).toHaveLength(259);
    expect(result.data.nodes[0]).toEqual({ key: 'Aegon-I-Targaryen', attributes: { label: 'Aegon-I-Targaryen' } });
    expect(result.data.attributes.title).toBe('A Clash of Kings');
    expect(result.mapping).toMatch(/^259 actors \(from the relationships\), 775 relationships \(undirected\); Source → source/);
  });
});

describe('columns', () => {
  it('match headers case-insensitively, ignoring spaces, underscores and hyphens, with synonyms', () => {
    const result = relationships(
      'FROM,To, Relationship ,Date,Evidence Source,LINES,Summary\nA,B,supports,2024-06,memo,"3, 8; 12-14",said so\n',
    );
    expect(result.data.edges[0]).toEqual({
      source: 'A',
      target: 'B',
      undirected: false,
      attributes: {
        type: 'supports',
        since: '2024-06',
        evidence: [{ source: 'memo', lines: [3, 8, 12, 13, 14], summary: 'said so' }],
      },
    });
    expect(result.data.attributes.sources).toEqual([{ id: 'memo', title: 'memo' }]);
    expect(result.mapping).toBe(
      '2 actors (from the relationships), 1 relationship (directed); FROM → source, To → target,  Relationship  → type, Date → since, ' +
        'Evidence Source → evidence_source, LINES → lines, Summary → summary',
    );
  });

  it('a field’s own name beats a synonym: with since and date, date is an attribute', () => {
    const result = relationships('source,target,since,date\nA,B,2024-06,last week\n');
    expect(attributes(result.data.edges[0])).toEqual({ since: '2024-06', date: 'last week' });
  });

  it('options.columns maps headers to fields, to attributes, or ignores them', () => {
    const result = relationships('Quelle,Ziel,Art,Notiz,Seite\nA,B,liefert,egal,4\n', {
      columns: { quelle: 'source', Ziel: 'target', Art: 'type', Notiz: 'ignore', Seite: 'attribute', Fehlt: 'label' },
    });
    expect(result.data.edges[0]).toMatchObject({ source: 'A', target: 'B', attributes: { type: 'liefert', Seite: 4 } });
    expect(result.mapping).toContain('Quelle → source, Ziel → target, Art → type, Seite → kept as attribute; ignored: Notiz');
    expect(result.warnings).toEqual(['options.columns names "Fehlt", but no sheet has a column of that name']);
  });

  it('an override can turn a Gephi Type column back into relationship types', () => {
    const result = relationships('source,target,type\nA,B,Directed\n', { columns: { type: 'type' } });
    expect(attributes(result.data.edges[0])).toEqual({ type: 'Directed' });
  });

  it('unknown columns are kept: numbers when every filled cell is one, booleans likewise, text otherwise', () => {
    const result = relationships('source,target,score,flag,code,note\nA,B,1.5,TRUE,007,x\nB,C,,false,012,\nC,A,-2,,9,12\n');
    expect(result.data.edges.map(attributes)).toEqual([
      { score: 1.5, flag: true, code: '007', note: 'x' },
      { flag: false, code: '012' },
      { score: -2, code: '9', note: '12' },
    ]);
    expect(result.mapping).toContain('score → kept as attribute, flag → kept as attribute');
  });

  it('warns when a mostly numeric column is kept as text', () => {
    const result = relationships('source,target,size\nA,B,1\nB,C,2\nC,A,n/a\n');
    expect(result.warnings).toEqual(['relationships.csv row 4, column "size": "n/a" is not a number, so the whole column is kept as text']);
  });

  it('a column with no header is ignored, and named so in the mapping; a warning when it holds values', () => {
    const result = relationships('source,target,\nA,B,\n');
    expect(result.mapping).toContain('ignored: column 3 (no header)');
    expect(result.warnings).toEqual([]);
    expect(relationships('source,target,\nA,B,\nB,C,x\n').warnings).toEqual([
      'relationships.csv row 1: column 3 has no header, so its values (such as row 3) were left out; give it a header to keep them',
    ]);
  });
});

describe('relationships', () => {
  it('are directed unless the directed column says otherwise', () => {
    const result = relationships('source,target,directed\nA,B,\nB,C,false\nC,A,yes\n');
    expect(result.data.edges.map((edge) => edge.undirected)).toEqual([false, true, false]);
    expect(result.mapping).toMatch(/\(2 directed, 1 undirected\)/);
  });

  it('rows sharing an id are one relationship whose evidence is every row’s, in order', () => {
    const result = relationships(
      'id,source,target,type,status,items,evidence_source,lines,summary,quote\n' +
        'r1,A,B,supplies,confirmed,shells; missiles,art,3,first,"they said ""yes"""\n' +
        'r2,B,C,pact,,,,,,\n' +
        'r1,A,B,,,,art,5-6,second,\n' +
        'r1,A,B,supplies,confirmed,shells; missiles,other,,third,\n',
    );
    expect(result.data.edges).toHaveLength(2);
    expect(result.data.edges[0]).toEqual({
      key: 'r1',
      source: 'A',
      target: 'B',
      undirected: false,
      attributes: {
        type: 'supplies',
        status: 'confirmed',
        items: ['shells', 'missiles'],
        evidence: [
          { source: 'art', lines: [3], summary: 'first', quote: 'they said "yes"' },
          { source: 'art', lines: [5, 6], summary: 'second' },
          { source: 'other', lines: [], summary: 'third' },
        ],
      },
    });
    expect(result.data.edges[1]).toEqual({ key: 'r2', source: 'B', target: 'C', undirected: false, attributes: { type: 'pact' } });
    expect(result.data.attributes.sources).toEqual([
      { id: 'art', title: 'art' },
      { id: 'other', title: 'other' },
    ]);
  });

  it('statuses are read case-insensitively; until is kept beside since', () => {
    const result = relationships('source,target,status,since,until\nA,B,Reported,2024-06,2024-09-30\n');
    expect(attributes(result.data.edges[0])).toEqual({ status: 'reported', since: '2024-06', until: '2024-09-30' });
  });

  it('a sign column declares each type’s sign (and direction) in the registry', () => {
    const result = relationships(
      'source,target,type,directed,sign\nA,B,ally,false,+\nB,C,fights,,-1\nC,A,ally,,ally\nA,C,talks,,neutral\nB,A,,,\n',
    );
    expect(result.data.attributes.edgeTypes).toEqual({
      ally: { label: 'ally', directed: false, sign: 1 },
      fights: { label: 'fights', directed: true, sign: -1 },
      talks: { label: 'talks', directed: true, sign: 0 },
      related: { label: 'related', directed: true },
    });
    // With a declared registry every relationship has a type, and each type one direction.
    expect(result.data.edges.map((edge) => [edge.attributes?.type as unknown, edge.undirected])).toEqual([
      ['ally', true],
      ['fights', false],
      ['ally', true],
      ['talks', false],
      ['related', false],
    ]);
    expect(() => loadDataset(result.data)).not.toThrow();
  });

  it('options.edgeTypes and nodeKinds are merged over the inferred registries', () => {
    const result = importCsv(
      [
        { name: 'actors.csv', text: 'id,kind\nA,state\nB,person\n' },
        { name: 'relationships.csv', text: 'source,target,type\nA,B,pact\nB,A,meets\n' },
      ],
      {
        edgeTypes: { pact: { label: 'pact with', directed: false, color: '#7b3fa0' }, unused: { label: 'unused' } },
        nodeKinds: { state: { label: 'State', shape: 'ellipse' } },
      },
    );
    expect(result.data.attributes.edgeTypes).toEqual({
      pact: { label: 'pact with', directed: false, color: '#7b3fa0' },
      meets: { label: 'meets', directed: true },
      unused: { label: 'unused' },
    });
    expect(result.data.attributes.nodeKinds).toEqual({ state: { label: 'State', shape: 'ellipse' }, person: { label: 'person' } });
    expect(result.data.edges.map((edge) => edge.undirected)).toEqual([true, false]);
    expect(() => loadDataset(result.data)).not.toThrow();
  });
});

describe('actors', () => {
  it('reads every actor field; labels and descriptions keep their spaces', () => {
    const result = importCsv([
      { name: 'relationships.csv', text: 'source,target\nDPRK,Russia\n' },
      {
        name: 'actors.csv',
        text: 'Key,Name,Kind,Aliases,Description,X,Y,founded\nDPRK,North Korea ,state,"Pyongyang; DPRK ",  Hermit kingdom,1.5,-2,1948\nRussia,,state,,,,,\n',
      },
    ]);
    expect(result.data.nodes).toEqual([
      {
        key: 'DPRK',
        attributes: {
          label: 'North Korea ',
          kind: 'state',
          aliases: ['Pyongyang', 'DPRK'],
          description: '  Hermit kingdom',
          x: 1.5,
          y: -2,
          founded: 1948,
        },
      },
      { key: 'Russia', attributes: { kind: 'state' } },
    ]);
  });

  it('tab-separated sheets report tsv', () => {
    const result = importCsv([{ name: 'actors.tsv', text: 'id\tlabel\nA\tAlpha, the first\n' }]);
    expect(result.format).toBe('tsv');
    expect(result.data.nodes).toEqual([{ key: 'A', attributes: { label: 'Alpha, the first' } }]);
    expect(result.data.edges).toEqual([]);
  });
});

describe('options.columns decides the sheet kind too', () => {
  it('a sheet whose ends are only named by overrides (any case) holds relationships', () => {
    const result = importCsv([{ name: 'kanten.csv', text: 'Von,Nach\nA,B\n' }], { columns: { von: 'Source', NACH: 'target' } });
    expect(result.data.edges).toEqual([{ source: 'A', target: 'B', undirected: false, attributes: {} }]);
  });
});

describe('ids', () => {
  it('relationship ids that are also actor ids (Gephi numbers both from 0) get an "e" in front, rows still merged', () => {
    const result = importCsv([
      { name: 'nodes.csv', text: 'Id,Label\n0,Zero\n1,One\ne1,E-one\n' },
      { name: 'edges.csv', text: 'Source,Target,Type,Id,Label,weight\n0,1,Directed,1,a,1\n1,0,Directed,2,b,2\n0,1,Directed,1,a,\n' },
    ]);
    expect(result.data.edges.map((edge) => edge.key)).toEqual(['ee1', '2']);
    expect(result.warnings).toEqual([
      '1 relationship id was also an actor id, so "e" was put before it (actors and relationships share one set of ids)',
    ]);
    expect(() => loadDataset(result.data)).not.toThrow();
  });
});
