/**
 * Cytoscape's stylesheet, built from a theme. Per-element looks come from data fields set by the
 * adapter (cy-elements.ts); state (selected, dimmed, highlighted) comes from classes.
 */
import type { StylesheetJson } from 'cytoscape';

export interface CanvasTheme {
  /** Label text colour. */
  text: string;
  /** Halo behind labels, normally the background colour. */
  halo: string;
  /** Outline of the selected element. */
  accent: string;
  font: string;
}

export const LIGHT_CANVAS: CanvasTheme = { text: '#1e293b', halo: '#ffffff', accent: '#0f172a', font: 'system-ui, sans-serif' };
export const DARK_CANVAS: CanvasTheme = { text: '#e2e8f0', halo: '#0f172a', accent: '#f8fafc', font: 'system-ui, sans-serif' };

/**
 * Graphs above this many elements (nodes + edges) are drawn with the large-graph styles: straight
 * "haystack" edges without arrows (arrows return on selected and path edges), no label halos or
 * borders, labels only when zoomed in enough to read them, and dimmed ties not drawn. Measured here they cut the first
 * frame at 5,000 nodes and 10,000 edges from 6.7 s to 2.1 s (headless Chromium, software rendering).
 */
export const LARGE_GRAPH_ELEMENTS = 6000;

export function buildStylesheet(theme: CanvasTheme, large = false): StylesheetJson {
  return large
    ? [...baseStyles(theme), ...largeGraphStyles(theme), ...groupStyles(theme), ...stateStyles(theme, large)]
    : [...baseStyles(theme), ...groupStyles(theme), ...stateStyles(theme, large)];
}

function largeGraphStyles(theme: CanvasTheme): StylesheetJson {
  return [
    {
      selector: 'node',
      style: { 'border-width': 0, 'text-outline-width': 0, 'min-zoomed-font-size': 12, width: 20, height: 20, color: theme.text },
    },
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1.5, 'target-arrow-shape': 'none' },
    },
    {
      // Direction matters on the few edges a person looks at: give them curves and arrows back.
      selector: 'edge.sg-selected, edge.sg-path',
      style: { 'curve-style': 'bezier', 'target-arrow-shape': 'data(arrow)' as never },
    },
  ];
}

/**
 * Groups: an open group is a frame around its members (a compound parent) with its name and
 * size above; a collapsed one is a disc as big as its members' circle, its name inside; the
 * aggregated edges of collapsed groups are drawn thicker with their count, always with arrows.
 */
function groupStyles(theme: CanvasTheme): StylesheetJson {
  return [
    {
      selector: 'node.sg-group-frame',
      style: {
        shape: 'round-rectangle',
        'background-color': 'data(color)',
        'background-opacity': 0.07,
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': 'data(color)',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-weight': 'bold',
        'font-size': 14,
        'min-zoomed-font-size': 0,
        color: theme.text,
        'text-outline-color': theme.halo,
        'text-outline-width': 2,
        padding: '18px',
      } as never,
    },
    {
      selector: 'node.sg-group-collapsed',
      style: {
        shape: 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        'background-opacity': 0.35,
        'border-width': 4,
        'border-style': 'double',
        'border-color': 'data(color)',
        label: 'data(label)',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-margin-y': 0,
        'text-wrap': 'wrap',
        'text-max-width': 'data(size)',
        'font-size': 'data(fontSize)',
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
        color: theme.text,
        'text-outline-color': theme.halo,
        'text-outline-width': 3,
      } as never,
    },
    {
      selector: 'edge.sg-aggregate',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'target-arrow-shape': 'data(arrow)' as never,
        'line-style': 'solid',
        label: 'data(count)',
        'font-size': 13,
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
        color: theme.text,
        'text-background-color': theme.halo,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'line-opacity': 0.75,
      } as never,
    },
  ];
}

function baseStyles(theme: CanvasTheme): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        shape: 'data(shape)' as never,
        'background-color': 'data(color)',
        width: 28,
        height: 28,
        color: theme.text,
        'font-family': theme.font,
        'font-size': 13,
        'min-zoomed-font-size': 7,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': theme.halo,
        'text-outline-width': 2,
        'border-width': 2,
        'border-color': theme.halo,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2.5,
        'curve-style': 'bezier',
        'line-color': 'data(color)',
        'line-style': 'data(lineStyle)' as never,
        'target-arrow-shape': 'data(arrow)' as never,
        'target-arrow-color': 'data(color)',
        'arrow-scale': 1.2,
      },
    },
  ];
}

/**
 * Dimming (everything outside a path or focus). On big graphs the dimmed ties are not drawn at
 * all and the dimmed actors only fade: a redraw then skips thousands of edges instead of blending
 * each, and Cytoscape restyles one property per element instead of two (each changed property
 * costs it a walk over the element's edges), so showing the emphasis costs less than a plain
 * redraw (measured: README, Performance).
 */
function dimStyles(large: boolean): StylesheetJson {
  if (!large) return [{ selector: '.sg-dimmed', style: { opacity: 0.15, 'text-opacity': 0.35 } }];
  return [
    { selector: 'node.sg-dimmed', style: { opacity: 0.15 } },
    { selector: 'edge.sg-dimmed', style: { visibility: 'hidden' } },
  ];
}

function stateStyles(theme: CanvasTheme, large: boolean): StylesheetJson {
  return [
    // An analysis shown (color-by camp/community, size-by a centrality): before the state styles,
    // so selection and paths still mark their actors over it.
    {
      selector: 'node.sg-grouped',
      style: {
        'background-color': 'data(aColor)',
        label: 'data(aLabel)',
        'border-style': 'data(aRing)' as never,
        'border-width': 3,
        'border-color': theme.text,
      },
    },
    { selector: 'node.sg-sized', style: { width: 'data(aSize)', height: 'data(aSize)' } },
    {
      selector: 'node.sg-selected',
      style: { 'border-width': 4, 'border-color': theme.accent, 'font-weight': 'bold' },
    },
    {
      selector: 'edge.sg-selected',
      style: {
        width: 5,
        label: 'data(label)',
        color: theme.text,
        'font-size': 11,
        'text-outline-color': theme.halo,
        'text-outline-width': 2,
      },
    },
    {
      // The keyboard cursor: a thick outline ring, visible on every node colour.
      selector: 'node.sg-cursor',
      style: { 'outline-width': 3, 'outline-color': theme.accent, 'outline-offset': 3, 'outline-style': 'dashed' } as never,
    },
    ...dimStyles(large),
    {
      // A highlighted path: thick ties numbered in hop order, ends ringed.
      selector: 'edge.sg-path',
      style: {
        width: 6,
        label: 'data(step)',
        color: theme.text,
        'font-size': 14,
        'font-weight': 'bold',
        'text-background-color': theme.halo,
        'text-background-opacity': 1,
        'text-background-padding': '3px',
        'text-background-shape': 'roundrectangle',
        'text-border-color': theme.text,
        'text-border-width': 1,
        'text-border-opacity': 1,
        'z-index': 10,
      },
    },
    { selector: 'node.sg-path', style: { 'border-width': 4, 'border-color': theme.accent, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.sg-path-start, node.sg-path-end', style: { 'border-width': 6, 'border-style': 'double' } },
    // As of a date: ended claims fade and dot; compare mode rings what appeared, ended or changed.
    { selector: 'edge.sg-ended', style: { 'line-style': 'dotted', opacity: 0.45 } },
    {
      selector: 'edge.sg-change-appeared',
      style: { 'underlay-color': '#16a34a', 'underlay-opacity': 0.35, 'underlay-padding': 5 } as never,
    },
    { selector: 'edge.sg-change-ended', style: { 'underlay-color': theme.text, 'underlay-opacity': 0.2, 'underlay-padding': 5 } as never },
    { selector: 'edge.sg-change-changed', style: { 'underlay-color': '#d97706', 'underlay-opacity': 0.4, 'underlay-padding': 5 } as never },
    { selector: '.sg-hidden', style: { display: 'none' } },
  ];
}
