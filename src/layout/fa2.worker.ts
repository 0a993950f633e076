/**
 * The ForceAtlas2 worker: runs iterations in slices of about `sliceMs` (see run-sliced.ts),
 * posting the x/y of every node after each slice, until `iterations` are done or it is told to
 * stop. The main thread stays free; it pushes the positions to Cytoscape at its own pace. The
 * settings come with the start message, from the one table in fa2-settings.ts.
 */
import iterate from 'graphology-layout-forceatlas2/iterate';
import { extractXY } from './fa2-matrices';
import type { Fa2Settings } from './fa2-settings';
import { runSliced } from './run-sliced';

export interface StartMessage {
  type: 'start';
  nodes: Float32Array;
  edges: Float32Array;
  settings: Fa2Settings;
  iterations: number;
  sliceMs: number;
}

let stop: (() => void) | undefined;

self.onmessage = (event: MessageEvent<StartMessage | { type: 'stop' }>) => {
  const message = event.data;
  stop?.();
  stop = undefined;
  if (message.type === 'stop') return;
  const { nodes, edges, settings } = message;
  stop = runSliced({
    iterations: message.iterations,
    sliceMs: message.sliceMs,
    step: () => iterate(settings, nodes, edges),
    afterSlice: (done, finished) => {
      const xy = extractXY(nodes);
      (self as unknown as Worker).postMessage({ type: 'progress', xy, done, finished }, [xy.buffer]);
    },
  });
};
