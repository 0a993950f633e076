/**
 * What is reported when groups open or close, or the grouping changes: the `sg-group` event's
 * detail, the `groups` list, and what the live region says.
 */
import type { GroupState } from '../../state/group-state';
import type { GroupSummary, SgGroupDetail } from '../events';

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

export function groupDetail(before: GroupState | undefined, after: GroupState): SgGroupDetail {
  const same = before?.grouping === after.grouping;
  return {
    groupBy: after.grouping?.by ?? 'none',
    groups: groupSummaries(after),
    expanded: same ? [...before.collapsed].filter((key) => !after.collapsed.has(key)) : [],
    collapsed: same ? [...after.collapsed].filter((key) => !before.collapsed.has(key)) : [],
  };
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
  const opened = [...before.collapsed].filter((key) => !after.collapsed.has(key));
  const shut = [...after.collapsed].filter((key) => !before.collapsed.has(key));
  const parts: string[] = [];
  if (opened.length > 0) parts.push(`Opened ${opened.length > 3 ? `${opened.length} groups` : opened.map(label).join(', ')}.`);
  if (shut.length > 0) parts.push(`Collapsed ${shut.length > 3 ? `${shut.length} groups` : shut.map(label).join(', ')}.`);
  return parts.join(' ');
}
