/**
 * The time-sliced loop shared by the ForceAtlas2 worker and its main-thread fallback: every step
 * runs once, in slices that yield between them, with a report after each slice; stop ends it.
 */
import { describe, expect, it } from 'vitest';
import { runSliced } from './run-sliced';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

function run(iterations: number, sliceMs: number, stepMs = 0) {
  let steps = 0;
  const slices: Array<{ done: number; finished: boolean }> = [];
  const finished = new Promise<void>((resolve) => {
    runSliced({
      iterations,
      sliceMs,
      step: () => {
        steps += 1;
        if (stepMs) busy(stepMs);
      },
      afterSlice: (done, last) => {
        slices.push({ done, finished: last });
        if (last) resolve();
      },
    });
  });
  return { finished, slices, steps: () => steps };
}

describe('runSliced', () => {
  it('starts on the next turn, runs every step once and reports the last slice as finished', async () => {
    const { finished, slices, steps } = run(50, 5);
    expect(steps()).toBe(0);
    await finished;
    expect(steps()).toBe(50);
    expect(slices.at(-1)).toEqual({ done: 50, finished: true });
    expect(slices.slice(0, -1).every((slice) => !slice.finished)).toBe(true);
  });

  it('yields between slices of about sliceMs, each with at least one step', async () => {
    const { finished, slices } = run(20, 4, 2);
    await finished;
    // 2 ms steps in 4 ms slices: two or three steps per slice, so several slices.
    expect(slices.length).toBeGreaterThanOrEqual(5);
    const sizes = slices.map((slice, i) => slice.done - (slices[i - 1]?.done ?? 0));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
  });

  it('reports at once as finished when there is nothing to do', async () => {
    const { finished, slices, steps } = run(0, 5);
    await finished;
    expect(steps()).toBe(0);
    expect(slices).toEqual([{ done: 0, finished: true }]);
  });

  it('stops: no step and no report after stop()', async () => {
    let steps = 0;
    let reports = 0;
    const stop = runSliced({
      iterations: 1_000_000,
      sliceMs: 2,
      step: () => (steps += 1),
      afterSlice: () => (reports += 1),
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    stop();
    const [stepsAtStop, reportsAtStop] = [steps, reports];
    expect(reportsAtStop).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect([steps, reports]).toEqual([stepsAtStop, reportsAtStop]);
  });
});
