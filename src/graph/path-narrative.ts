/**
 * Paths told in words from the edge-type registry: "United States condemns North Korea; North
 * Korea targets Ukraine". One clause per hop, clauses in path order.
 *
 * Reversed hops (direction `ignore`): each clause keeps the relation's own direction in the active
 * voice ("North Korea supplies Russia" even when the path walks Russia → North Korea), rather than
 * the type's inverse label along the path ("Russia supplied by North Korea"). Every clause then
 * reads as the claim the data makes, and inferred registries' inverse labels ("supplies
 * (reverse)") never reach prose. Consecutive clauses still share an actor, so the chain is easy
 * to follow; `Hop.forward` says which hops were walked backwards.
 */
import type Graph from 'graphology';
import { nodeLabel, type Registry } from './registry';
import { STATUS_LABELS, type StatusKey } from './legend';
import type { Hop } from './paths-types';

/** "North Korea supplies Russia": the relation as the data states it. */
export function clause(graph: Graph, registry: Registry, hop: Hop): string {
  const [source, target] = hop.forward ? [hop.from, hop.to] : [hop.to, hop.from];
  const label = registry.edgeTypes.get(hop.type)?.label ?? hop.type;
  return `${nodeLabel(graph, source)} ${label} ${nodeLabel(graph, target)}`;
}

/** The whole path, one clause per hop joined by "; "; empty for a path of no hops. */
export function narrate(graph: Graph, registry: Registry, steps: Hop[]): string {
  return steps.map((hop) => clause(graph, registry, hop)).join('; ');
}

/** A hop with its status and where the evidence is: "North Korea supplies Russia (confirmed; evidence: lines 3, 8)". */
export function describeHop(graph: Graph, registry: Registry, hop: Hop): string {
  const status = STATUS_LABELS[hop.status as StatusKey] ?? hop.status;
  const parts = [status];
  const more = hop.alternatives?.length ?? 0;
  if (more > 0) parts.push(`${more} more relation${more === 1 ? '' : 's'} of this type`);
  parts.push(describeEvidence(hop.evidence));
  return `${clause(graph, registry, hop)} (${parts.join('; ')})`;
}

/** "evidence: lines 3, 8", per source when there are several; "no evidence cited" when empty. */
export function describeEvidence(evidence: unknown[]): string {
  if (evidence.length === 0) return 'no evidence cited';
  const linesBySource = new Map<string, Set<number>>();
  for (const item of evidence) {
    const { source, lines } = (item ?? {}) as { source?: unknown; lines?: unknown };
    const key = typeof source === 'string' ? source : '';
    const set = linesBySource.get(key) ?? new Set<number>();
    if (Array.isArray(lines)) for (const line of lines) if (Number.isInteger(line)) set.add(line as number);
    linesBySource.set(key, set);
  }
  const cited = [...linesBySource].filter(([, lines]) => lines.size > 0);
  if (cited.length === 0) return `evidence: ${evidence.length} item${evidence.length === 1 ? '' : 's'}`;
  const lineList = (lines: Set<number>) => {
    const sorted = [...lines].sort((a, b) => a - b);
    return `line${sorted.length === 1 ? '' : 's'} ${sorted.join(', ')}`;
  };
  if (linesBySource.size === 1) return `evidence: ${lineList(cited[0]![1])}`;
  return `evidence: ${cited.map(([source, lines]) => `${source || 'unnamed source'} ${lineList(lines)}`).join('; ')}`;
}
