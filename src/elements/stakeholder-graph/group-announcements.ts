/**
 * What is reported when groups open or close, or the grouping changes: the `sg-group` event's
 * detail, the `groups` list, and what the live region says.
 */
import type { GroupState } from '../../state/group-state';
import type Graph from 'graphology';
import type { GroupSummary, SgGroupDetail } from '../events';
import { aggregateBudget } from '../../view/group-layer';

/** Every group of a grouping, with its size and whether it is collapsed. */
export function groupSummaries(state: Pick<GroupState, 'grouping' | 'collapsed'>): GroupSummary[] {
  const grouping = state.grouping;
  if (!grouping) return [];
  return [...grouping.groups.values()].map((group) => {
    const summary: GroupSummary = {
      key: group.key,
      label: group.label,
      size: group.members.length,
      collapsed: state.collapsed.has(group.key),
    };
    if (group.color) summary.color = group.color;
    if (group.description) summary.description = group.description;
    return summary;
  });
}

/** The groups opened and closed between two states of one grouping (none when the grouping changed). */
function groupChange(before: GroupState | undefined, after: GroupState): { opened: string[]; closed: string[] } {
  if (before?.grouping !== after.grouping || !before) return { opened: [], closed: [] };
  return {
    opened: [...before.collapsed].filter((key) => !after.collapsed.has(key)),
    closed: [...after.collapsed].filter((key) => !before.collapsed.has(key)),
  };
}

export function groupDetail(before: GroupState | undefined, after: GroupState): SgGroupDetail {
  const { opened, closed } = groupChange(before, after);
  return { groupBy: after.grouping?.by ?? 'none', groups: groupSummaries(after), expanded: opened, collapsed: closed };
}

export function groupAnnouncement(before: GroupState, after: GroupState): string {
  const grouping = after.grouping;
  if (!grouping) return before.grouping ? 'Groups removed: every actor is drawn.' : '';
  const label = (key: string) => {
    const group = grouping.groups.get(key);
    return group ? `${group.label} (${group.members.length.toLocaleString('en')} actors)` : key;
  };
  if (before.grouping !== grouping) {
    const count = [...grouping.groups.values()].filter((group) => group.members.length > 0).length;
    const closed = after.collapsed.size;
    return `Actors grouped by ${grouping.by}: ${count} groups${closed > 0 ? `, ${closed} collapsed` : ''}.`;
  }
  const { opened, closed: shut } = groupChange(before, after);
  const parts: string[] = [];
  if (opened.length > 0) parts.push(`Opened ${opened.length > 3 ? `${opened.length} groups` : opened.map(label).join(', ')}.`);
  if (shut.length > 0) parts.push(`Collapsed ${shut.length > 3 ? `${shut.length} groups` : shut.map(label).join(', ')}.`);
  return parts.join(' ');
}

/** What the overview shows: "20,000 actors in 38 groups; double-click a group, or zoom into it, to open it." */
export function overviewHint(graph: Graph, groups: GroupState): string {
  const count = groups.grouping ? [...groups.grouping.groups.values()].filter((group) => group.members.length > 0).length : 0;
  const links = groups.aggregated.length;
  const budget = aggregateBudget(groups.collapsed.size);
  const strongest =
    links > budget ? ` The ${budget.toLocaleString('en')} strongest of ${links.toLocaleString('en')} links between groups are drawn.` : '';
  return `${graph.order.toLocaleString('en')} actors in ${count.toLocaleString('en')} groups; double-click a group, or zoom into it, to open it.${strongest}`;
}
