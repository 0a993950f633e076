/**
 * Camps or communities alone, for grouping the actors (`group-by="camp"` / `"community"`): the
 * same engine as analyze() with its defaults, without the centrality and the sensitivity run,
 * so grouping a 100,000-actor graph costs one Louvain (or one camps split). Communities bigger
 * than MAX_GROUP are split again by Louvain on their own ties, so a group a person opens stays
 * small enough to draw at once. The input crosses to the worker as typed arrays (a structured
 * clone of 200,000 claim objects cost 0.65 s on the main thread).
 */
import type Graph from 'graphology';
import type { Registry } from '../graph/registry';
import { computeCamps } from './camps';
import { countedClaims, type Claim } from './claims';
import { computeCommunities } from './communities';
import { resolveOptions } from './options';

export type GroupKind = 'camp' | 'community';

/** Communities above this many actors are split again for grouping. */
export const MAX_GROUP = 1500;

/** What a worker needs: the actors and the claims that count, as plain arrays. */
export interface AssignmentInput {
  by: GroupKind;
  nodes: string[];
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  sign: Int8Array;
  directed: Uint8Array;
  seed: number;
}

export function assignmentInput(graph: Graph, registry: Registry, by: GroupKind): AssignmentInput {
  const options = resolveOptions({ camps: 'auto' });
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i]));
  const claims = countedClaims(graph, registry, options);
  const input: AssignmentInput = {
    by,
    nodes,
    source: new Int32Array(claims.length),
    target: new Int32Array(claims.length),
    weight: new Float64Array(claims.length),
    sign: new Int8Array(claims.length),
    directed: new Uint8Array(claims.length),
    seed: options.seed,
  };
  claims.forEach((claim, i) => {
    input.source[i] = index.get(claim.source)!;
    input.target[i] = index.get(claim.target)!;
    input.weight[i] = claim.weight;
    input.sign[i] = claim.sign;
    input.directed[i] = claim.directed ? 1 : 0;
  });
  return input;
}

function claimsOf(input: AssignmentInput): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < input.source.length; i++) {
    claims.push({
      key: String(i),
      source: input.nodes[input.source[i]!]!,
      target: input.nodes[input.target[i]!]!,
      directed: input.directed[i] === 1,
      type: '',
      status: 'unspecified',
      sign: input.sign[i] as -1 | 0 | 1,
      weight: input.weight[i]!,
    });
  }
  return claims;
}

/** Each actor's camp or community (numbered from 0, biggest first for communities), or null. */
export function assign(input: AssignmentInput): Record<string, number | null> {
  const claims = claimsOf(input);
  if (input.by === 'camp') return computeCamps(input.nodes, claims, 'auto', input.seed).assignment;
  return splitLarge(input.nodes, claims, computeCommunities(input.nodes, claims, input.seed).assignment, input.seed);
}

/** Splits communities above MAX_GROUP by Louvain on their own ties (up to three levels), then numbers them by size. */
function splitLarge(
  nodes: string[],
  claims: Claim[],
  assignment: Record<string, number | null>,
  seed: number,
): Record<string, number | null> {
  let groups = membersOf(nodes, assignment);
  for (let level = 0; level < 3 && groups.some((group) => group.length > MAX_GROUP); level++) {
    const next: string[][] = [];
    for (const group of groups) {
      if (group.length <= MAX_GROUP) {
        next.push(group);
        continue;
      }
      const inside = new Set(group);
      const own = claims.filter((claim) => inside.has(claim.source) && inside.has(claim.target));
      const parts = membersOf(group, computeCommunities(group, own, seed).assignment);
      // Louvain found no finer split (or left actors without ties inside): keep what it gives, and the rest together.
      const placed = new Set(parts.flat());
      const rest = group.filter((actor) => !placed.has(actor));
      if (parts.length < 2) next.push(group);
      else next.push(...parts, ...(rest.length > 0 ? [rest] : []));
    }
    groups = next;
  }
  groups.sort((a, b) => b.length - a.length);
  const result: Record<string, number | null> = Object.fromEntries(nodes.map((node) => [node, null]));
  groups.forEach((group, i) => group.forEach((actor) => (result[actor] = i)));
  return result;
}

function membersOf(nodes: readonly string[], assignment: Record<string, number | null>): string[][] {
  const members = new Map<number, string[]>();
  for (const node of nodes) {
    const community = assignment[node];
    if (community === null || community === undefined) continue;
    if (!members.has(community)) members.set(community, []);
    members.get(community)!.push(node);
  }
  return [...members.values()];
}
