import { describe, expect, it } from 'vitest';
import { separate } from './group-layout';

describe('separate', () => {
  it('leaves no two small sets of circles overlapping, and keeps far ones where they are relative to each other', () => {
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 0 }],
      ['c', { x: 0, y: 10 }],
      ['d', { x: 500, y: 500 }],
    ]);
    const radius = (key: string) => (key === 'a' ? 100 : 40);
    const result = separate(positions, radius);
    const keys = [...result.keys()];
    for (const i of keys) {
      for (const j of keys) {
        if (i >= j) continue;
        const [p, q] = [result.get(i)!, result.get(j)!];
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(radius(i) + radius(j));
      }
    }
  });
});
