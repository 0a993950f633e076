/**
 * The ForceAtlas2 worker: runs iterations in slices of about `sliceMs`, posting the x/y of every
 * node after each slice, until `iterations` are done or it is told to stop. The main thread
 * stays free; it pushes the positions to Cytoscape at its own pace.
 */
import iterate from 'graphology-layout-forceatlas2/iterate';
import { extractXY } from './fa2-matrices';

interface StartMessage {
  type: 'start';
  nodes: Float32Array;
  edges: Float32Array;
  settings: Record<string, unknown>;
  iterations: number;
  sliceMs: number;
}

let running = false;

self.onmessage = (event: MessageEvent<StartMessage | { type: 'stop' }>) => {
  const message = event.data;
  if (message.type === 'stop') {
    running = false;
    return;
  }
  running = true;
  let done = 0;
  const step = () => {
    if (!running) return;
    const until = performance.now() + message.sliceMs;
    while (done < message.iterations && performance.now() < until) {
      iterate(message.settings, message.nodes, message.edges);
      done += 1;
    }
    const finished = done >= message.iterations;
    const xy = extractXY(message.nodes);
    (self as unknown as Worker).postMessage({ type: 'progress', xy, done, finished }, [xy.buffer]);
    if (finished) running = false;
    else setTimeout(step, 0);
  };
  step();
};
