/**
 * Why there is no path: relax the active options (types, statuses, direction, filters, hop limit)
 * one at a time, then in pairs and so on, and report the smallest relaxations that find paths,
 * with how many they find: "No path using only supplies; 2 paths when all types are allowed."
 */
import type Graph from 'graphology';
import { nodeLabel, type Registry } from './registry';
import { enumeratePaths } from './paths-all';
import { shortestHops } from './paths-bfs';
import { isVisibleNode, type Resolved } from './paths-traversal';

interface Relaxation {
  applies(options: Resolved): boolean;
  relax(options: Resolved): Resolved;
  /** How the option restricts, after "No path …". */
  blocked(options: Resolved): string;
  /** How it reads once relaxed, after "3 paths …". */
  relaxed: string;
}

const or = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function relaxations(graph: Graph, registry: Registry, from: string, to: string): Relaxation[] {
  return [
    {
      applies: (o) => o.types !== null,
      relax: (o) => ({ ...o, types: null }),
      blocked: (o) =>
        o.types!.size === 0 ? 'with no type allowed' : `using only ${or([...o.types!].map((t) => registry.edgeTypes.get(t)?.label ?? t))}`,
      relaxed: 'when all types are allowed',
    },
    {
      applies: (o) => o.statuses !== null,
      relax: (o) => ({ ...o, statuses: null }),
      blocked: (o) => (o.statuses!.size === 0 ? 'with no status allowed' : `with status ${or([...o.statuses!])}`),
      relaxed: 'with any status',
    },
    {
      applies: (o) => o.direction === 'follow',
      relax: (o) => ({ ...o, direction: 'ignore' }),
      blocked: () => 'following direction',
      relaxed: 'ignoring direction',
    },
    {
      applies: (o) => o.visible !== null,
      relax: (o) => ({ ...o, visible: null }),
      blocked: (o) => {
        const hidden = [from, to].filter((node, i) => !isVisibleNode(o, node) && (i === 0 || node !== from));
        return hidden.length > 0
          ? `while ${hidden.map((node) => nodeLabel(graph, node)).join(' and ')} ${hidden.length === 1 ? 'is' : 'are'} hidden by the filters`
          : 'among the actors and relations shown';
      },
      relaxed: 'when the filters are cleared',
    },
  ];
}

/** A sentence saying which options block every path from `from` to `to`, or how many paths exist. */
export function explain(graph: Graph, registry: Registry, from: string, to: string, options: Resolved): string {
  const found = enumeratePaths(graph, options, from, to, options.maxPaths);
  if (found.paths.length > 0) return `${countText(found.paths.length, found.capped)} with these options.`;

  const all = relaxations(graph, registry, from, to);
  const everything = all.reduce((o, r) => r.relax(o), options);
  if (shortestHops(graph, everything, from, to) === null) {
    return `${nodeLabel(graph, from)} and ${nodeLabel(graph, to)} are not connected at all.`;
  }

  const active = all.filter((r) => r.applies(options));
  const hopLimited = options.maxHops < graph.order - 1;
  // Subsets of the active relaxations (bit i: relax active[i]; the top bit: lift the hop limit), smallest first.
  const bits = active.length + (hopLimited ? 1 : 0);
  const subsets = Array.from({ length: 2 ** bits - 1 }, (_, i) => i + 1).sort((a, b) => popCount(a) - popCount(b) || a - b);
  const sentences: string[] = [];
  let size = Infinity;
  for (const subset of subsets) {
    if (popCount(subset) > size) break;
    const chosen = active.filter((_, i) => subset & (1 << i));
    const liftHops = hopLimited && (subset & (1 << active.length)) !== 0;
    const relaxed = chosen.reduce((o, r) => r.relax(o), options);
    const blocked = chosen.map((r) => r.blocked(options));
    if (liftHops) blocked.push(`within ${plural(options.maxHops, 'hop')}`);
    const prefix = `No path ${blocked.join(' and ')}; `;
    const hops = shortestHops(graph, relaxed, from, to);
    if (hops === null) continue;
    if (liftHops) {
      const how = chosen.map((r) => r.relaxed).join(' and ');
      sentences.push(`${prefix}the shortest ${how ? `${how} ` : ''}has ${chosen.length ? plural(hops, 'hop') : hops}.`);
    } else if (hops <= options.maxHops) {
      const count = enumeratePaths(graph, relaxed, from, to, options.maxPaths);
      sentences.push(`${prefix}${countText(count.paths.length, count.capped)} ${chosen.map((r) => r.relaxed).join(' and ')}.`);
    } else continue;
    size = popCount(subset);
  }
  return sentences.join(' ');
}

function countText(count: number, capped: boolean): string {
  return capped ? `more than ${count} paths` : plural(count, 'path');
}

function popCount(n: number): number {
  let count = 0;
  for (let rest = n; rest > 0; rest >>= 1) count += rest & 1;
  return count;
}
