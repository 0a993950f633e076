/**
 * Camp numbers are arbitrary labels, so two splits are compared up to relabelling: the other
 * run's camps are matched to this run's so that as many actors as possible keep their number
 * (maximum overlap, found by trying every matching: at most 6! = 720 for 6 camps). Camps of the
 * other run left unmatched get numbers after this run's.
 */

export type CampAssignment = Record<string, number | null>;

/** A map from the other run's camp numbers to this run's, maximising the actors who keep theirs. */
export function matchCamps(base: CampAssignment, other: CampAssignment): Map<number, number> {
  const overlap = new Map<string, number>();
  let baseCount = 0;
  let otherCount = 0;
  for (const [actor, camp] of Object.entries(other)) {
    const home = base[actor];
    if (camp !== null) otherCount = Math.max(otherCount, camp + 1);
    if (home !== null && home !== undefined) baseCount = Math.max(baseCount, home + 1);
    if (camp === null || home === null || home === undefined) continue;
    overlap.set(`${camp}:${home}`, (overlap.get(`${camp}:${home}`) ?? 0) + 1);
  }
  for (const camp of Object.values(base)) if (camp !== null) baseCount = Math.max(baseCount, camp + 1);

  // Slots: this run's camps, then fresh numbers for the other run's surplus camps.
  const slots = Math.max(baseCount, otherCount);
  let best: number[] = [];
  let bestScore = -1;
  const permutation: number[] = [];
  const taken = new Uint8Array(slots);
  const visit = (camp: number, score: number) => {
    if (camp === otherCount) {
      // Lexicographic order and a strict comparison: with equal overlaps the identity wins.
      if (score > bestScore) {
        bestScore = score;
        best = permutation.slice();
      }
      return;
    }
    for (let slot = 0; slot < slots; slot++) {
      if (taken[slot]) continue;
      taken[slot] = 1;
      permutation.push(slot);
      visit(camp + 1, score + (overlap.get(`${camp}:${slot}`) ?? 0));
      permutation.pop();
      taken[slot] = 0;
    }
  };
  visit(0, 0);
  return new Map(best.map((slot, camp) => [camp, slot]));
}
