/**
 * The one time-sliced loop: runs `iterations` steps in slices of about `sliceMs`, giving the
 * event loop a turn (a zero-delay timeout) between slices, so whatever else the thread does
 * (drawing, input, messages) is never kept waiting for more than a slice. The ForceAtlas2 worker
 * runs its iterations with it, and so does the main-thread fallback where no worker can start.
 * No DOM: it needs only timers and `performance.now()`, which workers and Node have too.
 */

export interface SlicedOptions {
  /** How many steps to run in all. */
  iterations: number;
  /** Longest stretch of steps before the loop yields, ms. A slice runs at least one step. */
  sliceMs: number;
  /** One step of the work. */
  step(): void;
  /** After every slice: how many steps are done, and whether that was the last slice. */
  afterSlice(done: number, finished: boolean): void;
}

/** Starts the loop (its first slice runs on the next turn, not now); returns a function that stops it. */
export function runSliced({ iterations, sliceMs, step, afterSlice }: SlicedOptions): () => void {
  let done = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    timer = undefined;
    if (stopped) return;
    const until = performance.now() + sliceMs;
    while (done < iterations) {
      step();
      done += 1;
      if (performance.now() >= until) break;
    }
    const finished = done >= iterations;
    afterSlice(done, finished);
    if (!finished && !stopped) timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
