/**
 * The progressive ForceAtlas2 runner in Chromium: it runs in a worker, hands positions over in
 * steps, settles, stops when told (no callback after stop), and falls back to the main thread
 * in short slices when no worker is used.
 */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { startProgressiveLayout } from './progressive-layout';
import { spiralPositions } from './initial-positions';

function ring(n: number): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (let i = 0; i < n; i++) {
    graph.addEdge(`n${i}`, `n${(i + 1) % n}`);
    graph.addEdge(`n${i}`, `n${(i * 7 + 3) % n}`);
  }
  return graph;
}

const spread = (positions: Map<string, { x: number; y: number }>) => {
  const xs = [...positions.values()].map((p) => p.x);
  return Math.max(...xs) - Math.min(...xs);
};

describe('startProgressiveLayout', () => {
  it('runs in a worker, reports progress in steps and settles', async () => {
    const graph = ring(3000);
    const updates: Array<{ done: number; total: number; size: number; finite: boolean }> = [];
    const settled = new Promise<void>((resolve) => {
      const layout = startProgressiveLayout(graph, spiralPositions(graph), {
        iterations: 60,
        pushEveryMs: 50,
        onPositions: (positions, progress) =>
          updates.push({
            ...progress,
            size: positions.size,
            finite: [...positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
          }),
        onSettled: resolve,
      });
      expect(layout.mode).toBe('worker');
      expect(layout.running).toBe(true);
    });
    await settled;
    expect(updates.length).toBeGreaterThanOrEqual(1);
    expect(updates.at(-1)).toMatchObject({ done: 60, total: 60, size: 3000, finite: true });
    expect(updates.map((u) => u.done)).toEqual([...updates.map((u) => u.done)].sort((a, b) => a - b));
  });

  it('spaces updates by what the last one cost: costFactor times its draw time', async () => {
    const graph = ring(3000);
    const times: number[] = [];
    await new Promise<void>((resolve) => {
      startProgressiveLayout(graph, spiralPositions(graph), {
        iterations: 400,
        pushEveryMs: 10,
        costFactor: 4,
        // Every update takes 150 ms to be drawn: the next may start 600 ms after that at the earliest.
        afterDrawn: (done) => setTimeout(done, 150),
        onPositions: () => times.push(performance.now()),
        onSettled: resolve,
      });
    });
    const intermediate = times.slice(0, -1);
    expect(intermediate.length).toBeGreaterThanOrEqual(2);
    const gaps = intermediate.slice(1).map((time, i) => time - intermediate[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(150 + 4 * 150 - 5);
  }, 60_000);

  it('hands over only the final positions when intermediate updates are off', async () => {
    const graph = ring(3000);
    const updates: number[] = [];
    await new Promise<void>((resolve) => {
      startProgressiveLayout(graph, spiralPositions(graph), {
        iterations: 80,
        pushEveryMs: 10,
        intermediate: false,
        onPositions: (_positions, progress) => updates.push(progress.done),
        onSettled: resolve,
      });
    });
    expect(updates).toEqual([80]);
  }, 60_000);

  it('stops on demand: no position arrives after stop', async () => {
    const graph = ring(5000);
    let after = 0;
    let stopped = false;
    const layout = startProgressiveLayout(graph, spiralPositions(graph), {
      iterations: 10_000,
      pushEveryMs: 20,
      onPositions: () => {
        if (stopped) after += 1;
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    layout.stop();
    stopped = true;
    expect(layout.running).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(after).toBe(0);
  });

  it('falls back to the main thread in short slices, and the layout still changes the positions', async () => {
    const graph = ring(400);
    const start = spiralPositions(graph);
    const blocks: number[] = [];
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      blocks.push(now - last);
      last = now;
    }, 0);
    const final = await new Promise<Map<string, { x: number; y: number }>>((resolve) => {
      let latest = start;
      const layout = startProgressiveLayout(graph, start, {
        iterations: 150,
        useWorker: false,
        sliceMs: 10,
        pushEveryMs: 30,
        onPositions: (positions) => (latest = positions),
        onSettled: () => resolve(latest),
      });
      expect(layout.mode).toBe('main-thread');
    });
    clearInterval(probe);
    expect(final).not.toBe(start);
    expect(spread(final)).not.toBeCloseTo(spread(start), 0);
    // The page kept getting turns: no gap between timer callbacks near a long block.
    expect(Math.max(...blocks)).toBeLessThan(200);
  });
});
