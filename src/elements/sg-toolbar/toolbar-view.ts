/**
 * The explorer's toolbar: search, layout menu, focus hops and buttons, zoom, theme, each shown
 * only when `controls` names it (a part not shown is not rendered, so it is neither in the tab
 * order nor in the accessibility tree). A pure template function over the explorer's state,
 * rendered by `<sg-toolbar>`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type Graph from 'graphology';
import { LAYOUTS } from '../../layout/layouts';
import { TOOLBAR_CONTROLS, type ExplorerControl } from '../controls';
import type { StakeholderGraph, Theme } from '../stakeholder-graph/stakeholder-graph.component';

export interface ToolbarState {
  shown: ReadonlySet<ExplorerControl>;
  graph: Graph | undefined;
  layout: string;
  hops: 1 | 2;
  theme: Theme;
  selectedNode: string | null;
  focused: boolean;
  graphElement(): StakeholderGraph | null;
  setLayout(id: string): void;
  setHops(hops: 1 | 2): void;
  setTheme(theme: Theme): void;
  /** Downloads the whole drawing as a PNG. */
  saveImage(): void;
  /** Downloads what is shown as a dataset that loads again. */
  saveData(): void;
}

export function renderToolbar(state: ToolbarState): TemplateResult | typeof nothing {
  const { shown } = state;
  if (!TOOLBAR_CONTROLS.some((control) => shown.has(control))) return nothing;
  return html`<div class="toolbar" part="toolbar">
    ${shown.has('search') ? search(state) : nothing} ${shown.has('layout') ? layoutMenu(state) : nothing}
    ${shown.has('focus') ? focusControls(state) : nothing} ${shown.has('zoom') ? zoomButtons(state) : nothing}
    ${shown.has('theme') ? themeMenu(state) : nothing} ${shown.has('export') ? saveButtons(state) : nothing}
  </div>`;
}

function search(state: ToolbarState): TemplateResult {
  return html`<sg-search
    .graph=${state.graph}
    @sg-pick=${(event: CustomEvent<{ key: string }>) => state.graphElement()?.select(event.detail.key)}
  ></sg-search>`;
}

function layoutMenu(state: ToolbarState): TemplateResult {
  const graph = state.graph;
  return html`<label class="control">
    Layout
    <select @change=${(event: Event) => state.setLayout((event.target as HTMLSelectElement).value)} .value=${state.layout}>
      ${LAYOUTS.filter((layout) => !graph || layout.available(graph)).map(
        (layout) =>
          html`<option value=${layout.id} title=${layout.description} ?selected=${layout.id === state.layout}>${layout.label}</option>`,
      )}
    </select>
  </label>`;
}

function focusControls(state: ToolbarState): TemplateResult {
  const { hops, selectedNode } = state;
  return html`<label class="control">
      Focus
      <select @change=${(event: Event) => state.setHops(Number((event.target as HTMLSelectElement).value) as 1 | 2)}>
        <option value="1" ?selected=${hops === 1}>1 hop</option>
        <option value="2" ?selected=${hops === 2}>2 hops</option>
      </select>
    </label>
    <div class="buttons">
      <button type="button" ?disabled=${!selectedNode} @click=${() => selectedNode && state.graphElement()?.focusActor(selectedNode, hops)}>
        Focus
      </button>
      <button type="button" ?disabled=${!state.focused} @click=${() => state.graphElement()?.clearFocus()}>Clear focus</button>
    </div>`;
}

function zoomButtons(state: ToolbarState): TemplateResult {
  return html`<div class="buttons" role="group" aria-label="Zoom">
    <button type="button" aria-label="Zoom in" title="Zoom in" @click=${() => state.graphElement()?.zoomIn()}>+</button>
    <button type="button" aria-label="Zoom out" title="Zoom out" @click=${() => state.graphElement()?.zoomOut()}>−</button>
    <button type="button" @click=${() => state.graphElement()?.fit()}>Fit</button>
  </div>`;
}

function themeMenu(state: ToolbarState): TemplateResult {
  return html`<label class="control">
    Theme
    <select @change=${(event: Event) => state.setTheme((event.target as HTMLSelectElement).value as Theme)}>
      <option value="auto" ?selected=${state.theme === 'auto'}>System</option>
      <option value="light" ?selected=${state.theme === 'light'}>Light</option>
      <option value="dark" ?selected=${state.theme === 'dark'}>Dark</option>
    </select>
  </label>`;
}

function saveButtons(state: ToolbarState): TemplateResult {
  return html`<div class="buttons" role="group" aria-label="Save">
    <button type="button" ?disabled=${!state.graph} title="The whole graph as a PNG image" @click=${() => state.saveImage()}>
      Save image
    </button>
    <button
      type="button"
      ?disabled=${!state.graph}
      title="What is shown, where it is, as a dataset file that loads again"
      @click=${() => state.saveData()}
    >
      Save data
    </button>
  </div>`;
}
