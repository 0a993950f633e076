/**
 * Two small, well-known social networks for tests, kept in the repo so the tests stand alone.
 * Both have pairs of actors more than the default 4 hops apart, which is what makes them useful
 * for checking that a shortest path is found whatever its length.
 */
import Graph from 'graphology';

// prettier-ignore
/**
 * Zachary's karate club: 34 members, 78 ties of friendship outside the club. W. W. Zachary,
 * "An information flow model for conflict and fission in small groups", Journal of Anthropological
 * Research 33 (1977) 452–473; the same edges as networkx `karate_club_graph`. Members are numbered
 * 1–34 as in Zachary's paper; networkx numbers them 0–33, so networkx node n is member n + 1 here.
 * (Issue #11's "members 16 and 18, 5 hops apart" are networkx's numbers: members 17 and 19 here.
 * Zachary's own members 16 and 18 are 4 hops apart.)
 */
export const karateClubEdges: readonly (readonly [number, number])[] = [
  [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 11], [1, 12], [1, 13], [1, 14], [1, 18], [1, 20], [1, 22], [1, 32],
  [2, 3], [2, 4], [2, 8], [2, 14], [2, 18], [2, 20], [2, 22], [2, 31],
  [3, 4], [3, 8], [3, 9], [3, 10], [3, 14], [3, 28], [3, 29], [3, 33],
  [4, 8], [4, 13], [4, 14],
  [5, 7], [5, 11],
  [6, 7], [6, 11], [6, 17],
  [7, 17],
  [9, 31], [9, 33], [9, 34],
  [10, 34],
  [14, 34],
  [15, 33], [15, 34],
  [16, 33], [16, 34],
  [19, 33], [19, 34],
  [20, 34],
  [21, 33], [21, 34],
  [23, 33], [23, 34],
  [24, 26], [24, 28], [24, 30], [24, 33], [24, 34],
  [25, 26], [25, 28], [25, 32],
  [26, 32],
  [27, 30], [27, 34],
  [28, 34],
  [29, 32], [29, 34],
  [30, 33], [30, 34],
  [31, 33], [31, 34],
  [32, 33], [32, 34],
  [33, 34],
];

// prettier-ignore
/**
 * Padgett's Florentine families: 16 families of fifteenth-century Florence and the 20 marriages
 * between them. J. F. Padgett and C. K. Ansell, "Robust action and the rise of the Medici,
 * 1400–1434", American Journal of Sociology 98 (1993) 1259–1319; the same edges as networkx
 * `florentine_families_graph`, which leaves out the Pucci because they married into none of the
 * others. They are kept here, unconnected.
 */
export const florentineFamilies: readonly string[] = [
  'Acciaiuoli', 'Albizzi', 'Barbadori', 'Bischeri', 'Castellani', 'Ginori', 'Guadagni', 'Lamberteschi',
  'Medici', 'Pazzi', 'Peruzzi', 'Pucci', 'Ridolfi', 'Salviati', 'Strozzi', 'Tornabuoni',
];

// prettier-ignore
export const florentineMarriageEdges: readonly (readonly [string, string])[] = [
  ['Acciaiuoli', 'Medici'], ['Albizzi', 'Ginori'], ['Albizzi', 'Guadagni'], ['Albizzi', 'Medici'],
  ['Barbadori', 'Castellani'], ['Barbadori', 'Medici'], ['Bischeri', 'Guadagni'], ['Bischeri', 'Peruzzi'],
  ['Bischeri', 'Strozzi'], ['Castellani', 'Peruzzi'], ['Castellani', 'Strozzi'], ['Guadagni', 'Lamberteschi'],
  ['Guadagni', 'Tornabuoni'], ['Medici', 'Ridolfi'], ['Medici', 'Salviati'], ['Medici', 'Tornabuoni'],
  ['Pazzi', 'Salviati'], ['Peruzzi', 'Strozzi'], ['Ridolfi', 'Strozzi'], ['Ridolfi', 'Tornabuoni'],
];

/** Zachary's club as a graph the path engine takes: keys "1"–"34", labels "Member 1"…, undirected `friends` ties. */
export function karateClubGraph(): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  graph.setAttribute('edgeTypes', { friends: { label: 'is friends with', directed: false } });
  for (let member = 1; member <= 34; member++) graph.addNode(String(member), { label: `Member ${member}` });
  for (const [a, b] of karateClubEdges) graph.addUndirectedEdgeWithKey(`${a}-${b}`, String(a), String(b), { type: 'friends' });
  return graph;
}

/** Padgett's families as a graph: keys and labels are the family names, undirected `marriage` ties. */
export function florentineGraph(): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  graph.setAttribute('edgeTypes', { marriage: { label: 'married into', directed: false } });
  for (const family of florentineFamilies) graph.addNode(family, { label: family });
  for (const [a, b] of florentineMarriageEdges) graph.addUndirectedEdgeWithKey(`${a}-${b}`, a, b, { type: 'marriage' });
  return graph;
}
