/**
 * The groups the data names: registered ones with their label, colour and description, inferred
 * ones labelled by their key, members in graph node order, actors without a group in none.
 */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { loadDataset } from './load';
import { dataGroups } from './data-groups';

/** Five actors: two in a registered group, one in an inferred group, two in none. */
function axis() {
  return loadDataset({
    attributes: {
      groups: {
        eastern: { label: 'Eastern bloc', color: '#b22222', description: 'Arms for shells.' },
        western: { label: 'Western allies' },
      },
    },
    nodes: [
      { key: 'Russia', attributes: { group: 'eastern' } },
      { key: 'Ukraine' },
      { key: 'Wagner', attributes: { group: 'mercenaries' } },
      { key: 'DPRK', attributes: { group: 'eastern' } },
      { key: 'China', attributes: { label: 'China' } },
    ],
  });
}

describe('dataGroups', () => {
  it('lists registered groups with their fields and members in node order, then inferred ones', () => {
    const groups = dataGroups(axis());
    expect([...groups.keys()]).toEqual(['eastern', 'western', 'mercenaries']);
    expect(groups.get('eastern')).toEqual({
      key: 'eastern',
      label: 'Eastern bloc',
      color: '#b22222',
      description: 'Arms for shells.',
      members: ['Russia', 'DPRK'],
    });
  });

  it('labels an inferred group with its key', () => {
    expect(dataGroups(axis()).get('mercenaries')).toEqual({ key: 'mercenaries', label: 'mercenaries', members: ['Wagner'] });
  });

  it('keeps a registered group without members, with members []', () => {
    expect(dataGroups(axis()).get('western')).toEqual({ key: 'western', label: 'Western allies', members: [] });
  });

  it('puts actors without a group in no group', () => {
    const members = [...dataGroups(axis()).values()].flatMap((group) => group.members);
    expect(members.sort()).toEqual(['DPRK', 'Russia', 'Wagner']);
  });

  it('infers every group when the data registers none', () => {
    const graph = loadDataset({
      nodes: [
        { key: 'a', attributes: { group: 'x' } },
        { key: 'b', attributes: { group: 'y' } },
        { key: 'c', attributes: { group: 'x' } },
      ],
    });
    const groups = dataGroups(graph);
    expect([...groups.values()].map((group) => [group.key, group.label, group.members])).toEqual([
      ['x', 'x', ['a', 'c']],
      ['y', 'y', ['b']],
    ]);
  });

  it('is empty for a graph without groups', () => {
    expect(dataGroups(loadDataset({ nodes: [{ key: 'a' }, { key: 'b' }] })).size).toBe(0);
  });

  it('ignores malformed values in a graph built without validation, and writes nothing', () => {
    const graph = new Graph();
    graph.setAttribute('groups', { ok: { label: 'OK', color: 7 }, broken: 'not an object', nameless: { label: '' } });
    graph.addNode('a', { group: '' });
    graph.addNode('b', { group: 3 });
    graph.addNode('c', { group: 'ok' });
    const before = structuredClone(graph.export());
    const groups = dataGroups(graph);
    expect([...groups.values()]).toEqual([
      { key: 'ok', label: 'OK', members: ['c'] },
      { key: 'nameless', label: 'nameless', members: [] },
    ]);
    expect(graph.export()).toEqual(before);
  });
});
