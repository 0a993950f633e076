/**
 * Filtered views and the resolved registry, cached per graph and dropped whenever the graph
 * changes. Building a view costs hundreds of milliseconds at 40,000 edges, a query on it well
 * under one, so views are reused across queries: found by the `visible` object's identity and
 * set sizes first, then by a fingerprint of its contents, so an equal filter passed as a new
 * object still hits. Mutating the sets in place without changing their sizes is not noticed.
 */
import type Graph from 'graphology';
import { resolveRegistry, type Registry } from './registry';
import { buildView } from './paths-view';
import type { Resolved } from './paths-traversal';

/** Views kept per graph; a UI toggling a few filters back and forth stays within this. */
const MAX_CACHED_VIEWS = 8;

type Visible = NonNullable<Resolved['visible']>;

interface CachedView {
  /** Types, statuses, direction and weight. */
  base: string;
  /** The visible sets' fingerprint, empty for no restriction. */
  print: string;
  visible: Visible | null;
  sizes: string;
  view: Graph;
}

interface GraphCache {
  views: CachedView[];
  registry: Registry | null;
}

const caches = new WeakMap<Graph, GraphCache>();

/** Events after which a cached view may be wrong (any edge attribute can be a type, status or weight). */
const STRUCTURE_EVENTS = [
  'nodeAdded',
  'nodeDropped',
  'edgeAdded',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

function cacheFor(graph: Graph): GraphCache {
  let cache = caches.get(graph);
  if (cache) return cache;
  const fresh: GraphCache = { views: [], registry: null };
  const reset = () => {
    fresh.views = [];
    fresh.registry = null;
  };
  for (const event of STRUCTURE_EVENTS) graph.on(event, reset);
  // Declared edge types live in the graph's own attributes.
  graph.on('attributesUpdated', () => {
    fresh.registry = null;
  });
  caches.set(graph, (cache = fresh));
  return cache;
}

/** The graph's registry, resolved once until the graph changes. */
export function cachedRegistry(graph: Graph): Registry {
  const cache = cacheFor(graph);
  return (cache.registry ??= resolveRegistry(graph));
}

/** The filtered view for these options, from the cache when possible. */
export function filteredView(graph: Graph, options: Resolved): Graph {
  const cache = cacheFor(graph);
  const list = (set: Set<string> | null) => (set ? [...set].sort() : null);
  const base = JSON.stringify([list(options.types), list(options.statuses), options.direction, options.weight]);
  const visible = options.visible;
  const sizes = visible ? `${visible.nodes.size}/${visible.edges.size}` : '';
  let index = cache.views.findIndex((entry) => entry.base === base && entry.visible === visible && entry.sizes === sizes);
  const print = index >= 0 ? '' : visible ? fingerprint(visible) : '';
  if (index < 0) index = cache.views.findIndex((entry) => entry.base === base && entry.print === print);
  if (index >= 0) {
    const [entry] = cache.views.splice(index, 1);
    cache.views.unshift({ ...entry!, visible, sizes });
    return entry!.view;
  }
  const view = buildView(graph, options);
  cache.views.unshift({ base, print, visible, sizes, view });
  cache.views.length = Math.min(cache.views.length, MAX_CACHED_VIEWS);
  return view;
}

/** Sizes and two order-independent 32-bit hash sums of the keys: equal sets, equal fingerprints. */
function fingerprint(visible: Visible): string {
  const sums = (keys: Set<string>) => {
    let a = 0;
    let b = 0;
    for (const key of keys) {
      let h1 = 0x811c9dc5;
      let h2 = 5381;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = (Math.imul(h2, 33) + c) | 0;
      }
      a = (a + h1) | 0;
      b = (b + Math.imul(h2 ^ (h2 >>> 15), 0x2c1b3c6d)) | 0;
    }
    return `${keys.size}:${a >>> 0}:${b >>> 0}`;
  };
  return `|${sums(visible.nodes)}|${sums(visible.edges)}`;
}
