/**
 * Bring your own data, on the element: `load()` reads CSV sheets, GEXF and GraphML as text or
 * files, reports what it understood in `sg-load`, is atomic on bad input, and `src` reads every
 * format; the exports in GEXF and CSV load back to the same graph.
 */
import { afterEach, describe, expect, it } from 'vitest';
import nodesCsv from '../../io/fixtures/csv/asoiaf-book2-nodes.csv?raw';
import edgesCsv from '../../io/fixtures/csv/asoiaf-book2-edges.csv?raw';
import dataGexf from '../../io/fixtures/gexf/data.gexf?raw';
import basicGraphml from '../../io/fixtures/graphml/basic.graphml?raw';
import { addGraph, mountGraph, nextEvent } from '../../test-support/graph';
import type { SgErrorDetail, SgLoadDetail } from '../events';
import { undoPageChanges } from '../../test-support/page';
import { DatasetError } from '../../graph/problems';

afterEach(undoPageChanges);

const file = (text: string, name: string, type = '') => new File([text], name, { type });

describe('load()', () => {
  it('loads a Gephi-style CSV pair given as files in any order, and says what it understood', async () => {
    const element = await mountGraph();
    const loaded = nextEvent<SgLoadDetail>(element, 'sg-load');
    const graph = await element.load([file(edgesCsv, 'edges.csv', 'text/csv'), file(nodesCsv, 'nodes.csv', 'text/csv')]);
    const { detail } = await loaded;
    expect(graph.order).toBe(detail.graph.order);
    expect(element.graph).toBe(graph);
    expect(detail.format).toBe('csv');
    expect(detail.mapping).toMatch(/actors/);
    expect(detail.mapping).toMatch(/relationships/);
    expect(element.cy!.nodes().length).toBe(graph.order);
  });

  it('loads GEXF and GraphML text, detected from the content', async () => {
    const element = await mountGraph();
    const gexf = await element.load(dataGexf);
    expect(gexf.order).toBeGreaterThan(0);
    const graphml = await element.load(basicGraphml);
    expect(element.graph).toBe(graphml);
    expect(element.cy!.nodes().length).toBe(graphml.order);
  });

  it('rejects bad CSV with the row and column, shows the error, and keeps the graph shown', async () => {
    const element = await mountGraph();
    const before = element.graph;
    const actors = 'id,label\nRussia,Russia\nUkraine,Ukraine\n';
    const relationships = 'source,target,type\nRussia,Ukraine,targets\nRusia,Ukraine,targets\n';
    const failed = nextEvent<SgErrorDetail>(element, 'sg-error');
    const error = await element.load([file(actors, 'actors.csv'), file(relationships, 'relationships.csv')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    const problems = (error as DatasetError).problems;
    expect(problems[0]!.path).toBe('relationships.csv row 3, column "source"');
    expect(problems[0]!.message).toContain('did you mean "Russia"');
    expect((await failed).detail.problems).toEqual(problems);
    expect(element.graph).toBe(before);
    expect(element.cy!.nodes().length).toBe(6);
    expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('relationships.csv row 3');
  });

  it('lets the newest of two loads win', async () => {
    const element = await mountGraph();
    const first = element.load('source,target\nA,B\n');
    const second = element.load('source,target\nC,D\nD,E\n');
    await expect(first).rejects.toBeInstanceOf(DatasetError);
    const shown = await second;
    expect(shown.order).toBe(3);
    expect(element.graph).toBe(shown);
  });
});

describe('src in any format', () => {
  it('loads a CSV file from src (detected from its name)', async () => {
    const element = addGraph({ data: null, setup: (e) => (e.src = '/src/io/fixtures/csv/asoiaf-book2-edges.csv') });
    const { detail } = await nextEvent<SgLoadDetail>(element, 'sg-load');
    expect(detail.format).toBe('csv');
    expect(detail.graph.order).toBeGreaterThan(100);
  });
});

describe('exports that load back', () => {
  it('round-trips the seed through GEXF and through CSV', async () => {
    const element = await mountGraph();
    const seed = element.graph!;
    const edges = () => element.graph!.edges().sort();
    const gexf = await element.exportData({ format: 'gexf', all: true });
    expect(gexf).toContain('<gexf');
    const csv = await element.exportData({ format: 'csv', all: true });
    expect(csv.relationships.split(/\r?\n/)[0]).toMatch(/^id,source,target|source/);
    await element.load(gexf);
    expect(element.graph!.order).toBe(seed.order);
    expect(edges()).toEqual(seed.edges().sort());
    await element.load([csv.actors, csv.relationships]);
    expect(element.graph!.order).toBe(seed.order);
    expect(edges()).toEqual(seed.edges().sort());
  });

  it('draws an SVG of what is shown, with the legend on request', async () => {
    const element = await mountGraph();
    const blob = await element.exportImage({ format: 'svg', legend: true });
    expect(blob.type).toBe('image/svg+xml');
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.documentElement.textContent).toContain('North Korea');
    expect(svg.documentElement.textContent).toContain('Legend');
  });
});
