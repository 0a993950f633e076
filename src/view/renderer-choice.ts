/**
 * Which Cytoscape renderer draws a graph. `renderer="canvas"` and `renderer="webgl"` are obeyed;
 * `auto` (the default) picks WebGL for big graphs only where the browser reports a hardware GPU
 * through `WEBGL_debug_renderer_info`. Software rasterisers (SwiftShader, llvmpipe, …) draw WebGL
 * slower than the canvas (measured here: 2-15x), so they keep the canvas.
 */

export type RendererSetting = 'auto' | 'canvas' | 'webgl';

/** From this many drawn elements (actors and relationships) `auto` switches to WebGL on a hardware GPU. */
export const WEBGL_MIN_ELEMENTS = 20_000;

/** Renderer strings of software rasterisers, as browsers report them. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen|lavapipe/i;

/** Whether a WebGL renderer string names a software rasteriser (or nothing usable). */
export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer === null || renderer.trim() === '' || SOFTWARE.test(renderer);
}

/** The renderer to draw `elements` with, given the setting and the GPU the browser reports (null: none or unknown). */
export function chooseRenderer(setting: string | null | undefined, elements: number, gpu: string | null): 'canvas' | 'webgl' {
  if (setting === 'canvas' || setting === 'webgl') return setting;
  return elements >= WEBGL_MIN_ELEMENTS && !isSoftwareRenderer(gpu) ? 'webgl' : 'canvas';
}

let gpu: string | null | undefined;

/** The unmasked WebGL renderer string of this browser, read once (null when WebGL or the extension is missing). */
export function gpuRenderer(): string | null {
  if (gpu !== undefined) return gpu;
  gpu = null;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    if (gl && info) gpu = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    gpu = null;
  }
  return gpu;
}
