/**
 * Cytoscape's WebGL renderer on demand: the embed build leaves it out of the eager bundle (it is
 * 12.9 KiB gzip and only `renderer="webgl"` uses it; see scripts/cytoscape-lean.mjs), so it is
 * loaded before a WebGL view starts. Where the build keeps Cytoscape whole, there is nothing to load.
 */
import { loadWebgl } from 'virtual:stakeholder-graph/cytoscape-webgl';

let ready = false;

/** Whether a WebGL view can start now. */
export function webglReady(): boolean {
  return ready;
}

export async function prepareWebgl(): Promise<void> {
  await loadWebgl();
  ready = true;
}
