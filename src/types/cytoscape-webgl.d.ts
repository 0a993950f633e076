/** The virtual module scripts/cytoscape-lean.mjs provides: loads Cytoscape's WebGL renderer where a build left it out. */
declare module 'virtual:stakeholder-graph/cytoscape-webgl' {
  export function loadWebgl(): Promise<void>;
}
