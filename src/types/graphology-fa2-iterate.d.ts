/** graphology-layout-forceatlas2 ships no types for its single-iteration module. */
declare module 'graphology-layout-forceatlas2/iterate' {
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}
