/**
 * The groups of actors the data names: registered in the graph's `groups` attribute, or inferred
 * from the actors' `group` values. Pure: reads the graph, never writes to it. Defensive about
 * the attributes, since a graph may be edited after it was validated.
 */
import type Graph from 'graphology';

export interface GroupInfo {
  key: string;
  label: string;
  color?: string;
  description?: string;
  /** Actor keys, in graph node order. */
  members: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Groups named by the data: the registered `groups` attribute plus every actor's `group` value
 * (inferred groups get their key as label). Members in graph node order; registered-but-empty
 * groups included with members []. Actors without a group are not in any.
 *
 * Registered groups come first, in the order they are declared; inferred ones follow, in the
 * order of their first member.
 */
export function dataGroups(graph: Graph): Map<string, GroupInfo> {
  const groups = new Map<string, GroupInfo>();
  const registered: unknown = graph.getAttribute('groups');
  if (isRecord(registered)) {
    for (const [key, spec] of Object.entries(registered)) {
      if (!isRecord(spec)) continue;
      const info: GroupInfo = { key, label: nonEmpty(spec.label) ? spec.label : key, members: [] };
      if (typeof spec.color === 'string') info.color = spec.color;
      if (typeof spec.description === 'string') info.description = spec.description;
      groups.set(key, info);
    }
  }
  graph.forEachNode((node, attributes) => {
    const key: unknown = attributes.group;
    if (!nonEmpty(key)) return;
    let info = groups.get(key);
    if (!info) {
      info = { key, label: key, members: [] };
      groups.set(key, info);
    }
    info.members.push(node);
  });
  return groups;
}
