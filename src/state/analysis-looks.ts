/**
 * How an analysis shows on the drawing: with `color-by` camp or community, each actor takes its
 * group's colour, a ring pattern and a text badge in its label (so colour never carries the
 * meaning alone); with `size-by` a centrality, actors are sized by their score. Pure: the view
 * applies what this returns, and the legend lists the groups.
 */
import type Graph from 'graphology';
import { nodeLabel } from '../graph/registry';
import { DARK_PALETTE, FALLBACK_COLOR, PALETTE } from '../graph/palette';

export type ColorBy = 'kind' | 'camp' | 'community';
export type SizeBy = 'none' | 'degree' | 'betweenness' | 'pagerank';
export const COLOR_BY: readonly ColorBy[] = ['kind', 'camp', 'community'];
export const SIZE_BY: readonly SizeBy[] = ['none', 'degree', 'betweenness', 'pagerank'];

/** `color-by` as shown: an unknown value (a typo in the attribute) shows kinds. */
export function resolveColorBy(value: string | null | undefined): ColorBy {
  return COLOR_BY.find((known) => known === value) ?? 'kind';
}

/** `size-by` as shown: an unknown value sizes nothing. */
export function resolveSizeBy(value: string | null | undefined): SizeBy {
  return SIZE_BY.find((known) => known === value) ?? 'none';
}

/** Ring patterns cycled through by group, so groups differ without colour. */
const RINGS = ['solid', 'double', 'dashed', 'dotted'] as const;
export type Ring = (typeof RINGS)[number];

export interface NodeLook {
  color?: string;
  ring?: Ring;
  /** The label with the group's badge: "North Korea [A]". */
  label?: string;
  /** Diameter in model units. */
  size?: number;
}

export interface GroupEntry {
  /** "Camp A", "Community 3", "Unaligned". */
  label: string;
  badge: string;
  color: string;
  ring: Ring;
  members: number;
}

/** What the looks are computed from: a group per actor (null: none), and a score per actor. */
export interface LookInputs {
  groups: Record<string, number | null> | null;
  /** `camp` or `community`: names the groups. */
  groupKind: 'camp' | 'community';
  scores: Record<string, number> | null;
  dark: boolean;
}

const MIN_SIZE = 18;
const MAX_SIZE = 60;

/** The badge of group `index`: A, B, C… for camps, 1, 2, 3… for communities. */
export function groupBadge(kind: 'camp' | 'community', index: number | null): string {
  if (index === null) return '–';
  return kind === 'camp' ? String.fromCharCode(65 + (index % 26)) : String(index + 1);
}

export function groupName(kind: 'camp' | 'community', index: number | null): string {
  if (index === null) return 'Unaligned';
  return `${kind === 'camp' ? 'Camp' : 'Community'} ${groupBadge(kind, index)}`;
}

export function analysisLooks(graph: Graph, inputs: LookInputs): { looks: Map<string, NodeLook>; legend: GroupEntry[] } {
  const looks = new Map<string, NodeLook>();
  const legend = new Map<number | null, GroupEntry>();
  const palette = inputs.dark ? DARK_PALETTE : PALETTE;
  const { min, max } = range(inputs.scores);
  graph.forEachNode((key) => {
    const look: NodeLook = {};
    if (inputs.groups) {
      const index = inputs.groups[key] ?? null;
      const entry = legend.get(index) ?? {
        label: groupName(inputs.groupKind, index),
        badge: groupBadge(inputs.groupKind, index),
        color: index === null ? FALLBACK_COLOR : palette[index % palette.length]!,
        ring: index === null ? 'dotted' : RINGS[index % RINGS.length]!,
        members: 0,
      };
      entry.members += 1;
      legend.set(index, entry);
      Object.assign(look, { color: entry.color, ring: entry.ring, label: `${nodeLabel(graph, key)} [${entry.badge}]` });
    }
    if (inputs.scores) {
      const score = inputs.scores[key] ?? 0;
      // Area, not diameter, grows with the score, so a score twice as high looks twice as big.
      const share = max > min ? (score - min) / (max - min) : 0;
      look.size = Math.round(Math.sqrt(MIN_SIZE ** 2 + share * (MAX_SIZE ** 2 - MIN_SIZE ** 2)));
    }
    if (inputs.groups || inputs.scores) looks.set(key, look);
  });
  const ordered = [...legend.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b)).map(([, entry]) => entry);
  return { looks, legend: ordered };
}

function range(scores: Record<string, number> | null): { min: number; max: number } {
  // A loop, not Math.min(...values): spreading 100,000+ values overflows the call stack.
  let min = Infinity;
  let max = -Infinity;
  for (const value of scores ? Object.values(scores) : []) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? { min, max } : { min: 0, max: 0 };
}
