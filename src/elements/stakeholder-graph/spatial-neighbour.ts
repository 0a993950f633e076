/**
 * Keyboard navigation on the canvas: from the actor under the keyboard cursor, an arrow key moves
 * to the neighbour that lies most nearly in that direction on screen, so the keys follow what
 * the user sees. Pure: positions are passed in.
 */

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const DIRECTIONS: Record<ArrowKey, { x: number; y: number }> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

export function isArrowKey(key: string): key is ArrowKey {
  return key in DIRECTIONS;
}

/**
 * The candidate best placed in `arrow`'s direction from `from`: the smallest angle off the arrow,
 * nearer ones first among near-equal angles. Candidates behind the arrow (more than 90° off) only
 * count when nothing lies ahead, so every neighbour stays reachable.
 */
export function pickInDirection(
  from: { x: number; y: number },
  candidates: Array<{ key: string; x: number; y: number }>,
  arrow: ArrowKey,
): string | undefined {
  const direction = DIRECTIONS[arrow];
  let best: { key: string; score: number } | undefined;
  for (const candidate of candidates) {
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const distance = Math.hypot(dx, dy) || 1e-6;
    const cos = (dx * direction.x + dy * direction.y) / distance;
    // Ahead (cos > 0) always beats behind; then angle; then distance as a tie-breaker.
    const score = (cos > 0 ? 0 : 10) + (1 - cos) * 4 + distance / 1e6;
    if (!best || score < best.score || (score === best.score && candidate.key < best.key)) best = { key: candidate.key, score };
  }
  return best?.key;
}
