/**
 * The checks a schema cannot express: unique keys (as strings: `1` and `"1"` collide), edges
 * that point at existing nodes, one id space shared by nodes and edges (Cytoscape's rule),
 * declared options (self-loops, parallel edges, graph type), declared registries, group keys
 * apart from actor keys, dates that exist and come in order, safe source links, and evidence that
 * cites declared sources and lines that exist (`check-sources.ts`). Produces the normalised plan
 * the loader builds from.
 */
import { DATE_FORMS, type Dataset, type EdgeAttributes, type NodeAttributes } from './dataset-schema';
import { hint } from './suggest';
import { quote, type PathSegment, type ProblemList } from './problems';
import { checkSources, EvidenceChecker } from './check-sources';
import { formatDate, parseDate, type DatePeriod } from './dates';

/** The edge type given to edges without one, in datasets that declare no `edgeTypes`. */
export const DEFAULT_EDGE_TYPE = 'related';

/** Cytoscape refuses an element whose id is empty or only whitespace (and the whole graph with it). */
const EMPTY_KEY =
  "empty or blank key; every actor and relationship needs a key with visible characters (leave an edge's key out to have one made)";
const isBlank = (key: string) => /^\s*$/.test(key);

export type GraphType = 'mixed' | 'directed' | 'undirected';

export interface PlannedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface PlannedEdge {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: EdgeAttributes & { type: string };
}

/** A validated dataset, ready to be turned into a graphology Graph without further checks. */
export interface Plan {
  options: { type: GraphType; multi: boolean; allowSelfLoops: boolean };
  attributes: NonNullable<Dataset['attributes']>;
  nodes: PlannedNode[];
  edges: PlannedEdge[];
}

export function checkStructure(data: Dataset, problems: ProblemList): Plan {
  const options = {
    type: data.options?.type ?? 'mixed',
    multi: data.options?.multi ?? false,
    allowSelfLoops: data.options?.allowSelfLoops ?? true,
  };
  const attributes = data.attributes ?? {};
  const edgeTypes = attributes.edgeTypes;
  const nodeKinds = attributes.nodeKinds;
  const evidenceChecker = new EvidenceChecker(attributes.sources);

  checkSources(attributes.sources, problems);
  attributes.sources?.forEach((source, i) => {
    if (source.published !== undefined) checkDate(source.published, ['attributes', 'sources', i, 'published'], problems);
  });

  // Nodes: keys compared as strings, kinds against the registry.
  const nodeIndex = new Map<string, number>();
  const nodes: PlannedNode[] = [];
  data.nodes.forEach((node, i) => {
    const key = String(node.key);
    if (isBlank(key)) {
      problems.add(['nodes', i, 'key'], EMPTY_KEY);
      return;
    }
    const earlier = nodeIndex.get(key);
    if (earlier !== undefined) {
      problems.add(
        ['nodes', i, 'key'],
        `duplicate node key ${quote(key)} (also nodes[${earlier}]; keys are compared as text, so 1 and "1" collide); give each node its own key`,
      );
      return;
    }
    nodeIndex.set(key, i);
    const kind = node.attributes?.kind;
    if (nodeKinds && kind !== undefined && !Object.hasOwn(nodeKinds, kind)) {
      problems.add(
        ['nodes', i, 'attributes', 'kind'],
        `kind ${quote(kind)} is not declared in attributes.nodeKinds${hint(kind, Object.keys(nodeKinds))}; declare it or fix the typo`,
      );
    }
    nodes.push({ key, attributes: node.attributes ?? {} });
  });

  checkGroups(data, nodeIndex, problems);

  // Edges: keys, endpoints, types, direction, loops and parallels.
  const edges: Array<Omit<PlannedEdge, 'key'> & { key: string | undefined }> = [];
  const edgeIndex = new Map<string, number>();
  const pairs = new Set<string>();
  const edgeList = data.edges ?? [];
  edgeList.forEach((edge, i) => {
    const at = (field: string | number, ...rest: (string | number)[]) => ['edges', i, field, ...rest];
    const explicitKey = edge.key === undefined || edge.key === null ? undefined : String(edge.key);
    if (explicitKey !== undefined && isBlank(explicitKey)) {
      problems.add(at('key'), EMPTY_KEY);
      return;
    }
    if (explicitKey !== undefined) {
      const earlier = edgeIndex.get(explicitKey);
      if (earlier !== undefined) {
        problems.add(
          at('key'),
          `duplicate edge key ${quote(explicitKey)} (also edges[${earlier}]); give each edge its own key or leave it out`,
        );
        return;
      }
      if (nodeIndex.has(explicitKey)) {
        problems.add(
          at('key'),
          `edge key ${quote(explicitKey)} is also a node key (nodes[${nodeIndex.get(explicitKey)}]); nodes and edges share one id space, so rename one`,
        );
        return;
      }
      edgeIndex.set(explicitKey, i);
    }

    const source = String(edge.source);
    const target = String(edge.target);
    let endpointsOk = true;
    for (const [field, key] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (!nodeIndex.has(key)) {
        endpointsOk = false;
        problems.add(at(field), `node ${quote(key)} not found${hint(key, nodeIndex.keys())}; add the node or fix the key`);
      } else if (key in Object.prototype) {
        // graphology keeps neighbours in plain objects, so "constructor" or "__proto__" there
        // would hit Object.prototype: a false "edge already exists", or a replaced prototype.
        endpointsOk = false;
        problems.add(at(field), `node ${quote(key)} cannot have edges: its key is a built-in JavaScript name; rename the node`);
      }
    }

    const type = edge.attributes?.type;
    let typeSpec = undefined as { directed?: boolean } | undefined;
    if (edgeTypes) {
      if (type === undefined) {
        problems.add(
          at('attributes', 'type'),
          `missing edge type; use one of ${Object.keys(edgeTypes)
            .map((t) => quote(t))
            .join(', ')}`,
        );
      } else if (!Object.hasOwn(edgeTypes, type)) {
        problems.add(
          at('attributes', 'type'),
          `type ${quote(type)} is not declared in attributes.edgeTypes${hint(type, Object.keys(edgeTypes))}; declare it or fix the typo`,
        );
      } else {
        typeSpec = edgeTypes[type];
      }
    }

    const undirected = resolveUndirected(edge.undirected, typeSpec ? (typeSpec.directed ?? true) : undefined, options.type, type);
    if (typeof undirected === 'string') {
      problems.add(at('undirected'), undirected);
      return;
    }

    if (edge.attributes) {
      evidenceChecker.check(edge.attributes.evidence, at('attributes', 'evidence'), problems);
      edge.attributes.history?.forEach((entry, j) => {
        evidenceChecker.check(entry.evidence, at('attributes', 'history', j, 'evidence'), problems);
      });
      checkEdgeDates(edge.attributes, at('attributes'), problems);
    }

    if (!endpointsOk) return;
    if (source === target && !options.allowSelfLoops) {
      problems.add(at('target'), `self-loop on ${quote(source)}, but options.allowSelfLoops is false; remove the edge or allow self-loops`);
      return;
    }
    if (!options.multi) {
      const pair = undirected ? `u\0${[source, target].sort().join('\0')}` : `d\0${source}\0${target}`;
      if (pairs.has(pair)) {
        problems.add(
          at('target'),
          `a second edge between ${quote(source)} and ${quote(target)}, but options.multi is false; set "multi": true in options or merge the edges`,
        );
        return;
      }
      pairs.add(pair);
    }

    edges.push({
      key: explicitKey,
      source,
      target,
      undirected,
      attributes: { ...edge.attributes, type: type ?? DEFAULT_EDGE_TYPE },
    });
  });

  return { options, attributes, nodes, edges: assignMissingEdgeKeys(edges, nodeIndex, edgeIndex) };
}

/**
 * Group keys: visible characters, and none equal to an actor key (a group may be drawn as an
 * element of its own, beside the actors). Each clash is reported once, where the group is first
 * named: in `groups` when registered there, else at the first actor naming it.
 */
function checkGroups(data: Dataset, nodeIndex: Map<string, number>, problems: ProblemList): void {
  const clash = (group: string) =>
    `group ${quote(group)} has the same key as an actor (nodes[${nodeIndex.get(group)}]); groups and actors share one key space: rename the group`;
  const reported = new Set<string>();
  for (const group of Object.keys(data.attributes?.groups ?? {})) {
    const path = ['attributes', 'groups', group];
    if (isBlank(group)) problems.add(path, 'empty or blank group key; give the group a key with visible characters');
    else if (nodeIndex.has(group)) problems.add(path, clash(group));
    reported.add(group);
  }
  data.nodes.forEach((node, i) => {
    const group = node.attributes?.group;
    if (group === undefined) return;
    const path = ['nodes', i, 'attributes', 'group'];
    if (isBlank(group)) {
      problems.add(path, 'blank group; name the group with visible characters or leave "group" out');
    } else if (!reported.has(group)) {
      if (nodeIndex.has(group)) problems.add(path, clash(group));
      reported.add(group);
    }
  });
}

/**
 * A date the schema's pattern let through that names no real period (`2024-02-30`) is reported
 * at `path`; the period it names otherwise.
 */
function checkDate(value: string, path: readonly PathSegment[], problems: ProblemList): DatePeriod | undefined {
  const period = parseDate(value);
  if (period) return period;
  const month = parseDate(value.slice(0, 7));
  const why = month?.precision === 'month' ? ` (${formatDate(value.slice(0, 7))} has ${month.end - month.start + 1} days)` : '';
  problems.add(path, `${quote(value)} is not a date that exists${why}; must be ${DATE_FORMS}`);
  return undefined;
}

/**
 * An edge's dates: `since` and `until` exist and `until` does not end before `since` starts; the
 * history's dates exist and run oldest first (an entry may share or overlap its predecessor's
 * period, but not end before it starts).
 */
function checkEdgeDates(attributes: EdgeAttributes, at: readonly PathSegment[], problems: ProblemList): void {
  const since = attributes.since === undefined ? undefined : checkDate(attributes.since, [...at, 'since'], problems);
  const until = attributes.until === undefined ? undefined : checkDate(attributes.until, [...at, 'until'], problems);
  if (since && until && until.end < since.start) {
    problems.add(
      [...at, 'until'],
      `ends (${formatDate(attributes.until!)}) before since (${formatDate(attributes.since!)}) starts; a claim cannot end before it begins: swap the dates or fix one`,
    );
  }
  let previous: { period: DatePeriod; date: string; index: number } | undefined;
  attributes.history?.forEach((entry, j) => {
    const period = checkDate(entry.date, [...at, 'history', j, 'date'], problems);
    if (!period) return;
    if (previous && period.end < previous.period.start) {
      problems.add(
        [...at, 'history', j, 'date'],
        `history is out of order: history[${j}] (${formatDate(entry.date)}) is dated before history[${previous.index}] (${formatDate(previous.date)}); list entries oldest first`,
      );
    }
    previous = { period, date: entry.date, index: j };
  });
}

/** Whether an edge is undirected, or a message saying why its direction is contradictory. */
function resolveUndirected(
  flag: boolean | undefined,
  typeDirected: boolean | undefined,
  graphType: GraphType,
  type: string | undefined,
): boolean | string {
  if (graphType === 'undirected') {
    return flag === false ? 'the graph is undirected (options.type), so an edge cannot be directed; remove "undirected": false' : true;
  }
  const undirected = flag ?? typeDirected === false;
  if (graphType === 'directed' && undirected) {
    return 'the graph is directed (options.type), so an edge cannot be undirected; set options.type to "mixed"';
  }
  if (flag !== undefined && typeDirected !== undefined && flag === typeDirected) {
    const kind = typeDirected ? 'directed' : 'undirected';
    return `type ${quote(type)} is ${kind} (edgeTypes.${type}.directed is ${typeDirected}); remove "undirected" or set it to ${!typeDirected}`;
  }
  return undirected;
}

/** Edges without a key get `e0`, `e1`, … (by position), skipping keys already taken. */
function assignMissingEdgeKeys(
  edges: Array<Omit<PlannedEdge, 'key'> & { key: string | undefined }>,
  nodeIndex: Map<string, number>,
  edgeIndex: Map<string, number>,
): PlannedEdge[] {
  let next = 0;
  return edges.map((edge) => {
    if (edge.key !== undefined) return { ...edge, key: edge.key };
    let key: string;
    do key = `e${next++}`;
    while (nodeIndex.has(key) || edgeIndex.has(key));
    edgeIndex.set(key, -1);
    return { ...edge, key };
  });
}
