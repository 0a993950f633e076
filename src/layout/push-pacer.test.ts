/**
 * The push pacer: the gap before the next position update grows with what the last one cost,
 * final positions always pass, and big graphs get no intermediate updates.
 */
import { describe, expect, it } from 'vitest';
import { PushPacer, pushesIntermediate, INTERMEDIATE_PUSH_LIMIT } from './push-pacer';

describe('PushPacer', () => {
  it('waits the minimum gap after a cheap push', () => {
    const pacer = new PushPacer({ minGapMs: 1000, costFactor: 4 });
    pacer.started();
    pacer.ended(0, 50);

    expect(pacer.delay(50, false)).toBe(1000);
    expect(pacer.delay(800, false)).toBe(250);
    expect(pacer.delay(2000, false)).toBe(0);
  });

  it('waits costFactor times the cost of an expensive push, counted from its end', () => {
    const pacer = new PushPacer({ minGapMs: 1000, costFactor: 4 });
    pacer.started();
    pacer.ended(10_000, 13_000);

    expect(pacer.lastCostMs).toBe(3000);
    expect(pacer.delay(13_000, false)).toBe(12_000);
    // The page stays free at least four fifths of the time: next start no sooner than 25 s.
    expect(13_000 + pacer.delay(13_000, false)).toBe(25_000);
  });

  it('adapts when pushes get cheaper again', () => {
    const pacer = new PushPacer({ minGapMs: 500, costFactor: 4 });
    pacer.started();
    pacer.ended(0, 2000);
    pacer.started();
    pacer.ended(10_000, 10_100);

    expect(pacer.delay(10_100, false)).toBe(500);
  });

  it('holds intermediate pushes while one is being measured, but never the final positions', () => {
    const pacer = new PushPacer({ minGapMs: 0 });
    pacer.started();

    expect(pacer.busy).toBe(true);
    expect(pacer.delay(1e6, false)).toBe(Infinity);
    expect(pacer.delay(1e6, true)).toBe(0);
  });

  it('counts the first gap from when it was seeded, with the seeded cost', () => {
    const pacer = new PushPacer({ minGapMs: 1000, costFactor: 2 });
    pacer.seed(5000, 3000);

    expect(pacer.delay(5000, false)).toBe(6000);
  });

  it('with intermediate pushes off, lets only the final positions through', () => {
    const pacer = new PushPacer({ intermediate: false });

    expect(pacer.delay(1e9, false)).toBe(Infinity);
    expect(pacer.delay(0, true)).toBe(0);
  });
});

describe('pushesIntermediate', () => {
  it('refines medium graphs progressively and jumps once on the biggest', () => {
    expect(pushesIntermediate(5000)).toBe(true);
    expect(pushesIntermediate(INTERMEDIATE_PUSH_LIMIT)).toBe(true);
    expect(pushesIntermediate(INTERMEDIATE_PUSH_LIMIT + 1)).toBe(false);
    expect(pushesIntermediate(20_000)).toBe(false);
  });
});
