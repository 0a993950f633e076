/**
 * The explorer's toolbar: search, layout menu, focus hops and buttons, zoom, theme, open, save, each
 * shown only when `controls` names it (a part not shown is not rendered, so it is neither in the
 * tab order nor in the accessibility tree). A pure template function over the explorer's state;
 * what the person asks for goes to `send` as a request.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LAYOUTS } from '../../layout/layouts';
import type { GroupBy } from '../../graph/groups';
import { TOOLBAR_CONTROLS } from '../controls';
import type { Hops, Theme } from '../../graph/state-types';
import type { ExplorerRequest, ExplorerState } from '../stakeholder-explorer/explorer-context';
import { openButtons, saveControls, type SaveChoices } from './toolbar-files';

type Send = (request: ExplorerRequest) => void;

/** `choices`: the formats picked in the Save menus, kept by the toolbar element across renders. */
export function renderToolbar(state: ExplorerState, send: Send, choices: SaveChoices): TemplateResult | typeof nothing {
  const { shown } = state;
  if (!TOOLBAR_CONTROLS.some((control) => shown.has(control))) return nothing;
  return html`<div class="toolbar" part="toolbar">
    ${shown.has('search') ? search(state, send) : nothing}
    ${shown.has('layout') ? [layoutMenu(state, send), groupMenu(state, send)] : nothing}
    ${shown.has('focus') ? focusControls(state, send) : nothing} ${shown.has('zoom') ? zoomButtons(send) : nothing}
    ${shown.has('theme') ? themeMenu(state, send) : nothing} ${shown.has('open') ? openButtons(send) : nothing}
    ${shown.has('export') ? saveControls(state, send, choices) : nothing}
  </div>`;
}

function search(state: ExplorerState, send: Send): TemplateResult {
  return html`<sg-search
    .graph=${state.graph}
    @sg-pick=${(event: CustomEvent<{ key: string }>) => send({ type: 'select', key: event.detail.key })}
  ></sg-search>`;
}

function layoutMenu(state: ExplorerState, send: Send): TemplateResult {
  const graph = state.graph;
  return html`<label class="control">
    Layout
    <select @change=${(event: Event) => send({ type: 'layout', id: (event.target as HTMLSelectElement).value })} .value=${state.layout}>
      ${LAYOUTS.filter((layout) => !graph || layout.available(graph)).map(
        (layout) =>
          html`<option value=${layout.id} title=${layout.description} ?selected=${layout.id === state.layout}>${layout.label}</option>`,
      )}
    </select>
  </label>`;
}

const GROUP_CHOICES: ReadonlyArray<{ value: GroupBy; label: string; title: string }> = [
  { value: 'none', label: 'None', title: 'Every actor drawn on its own' },
  { value: 'data', label: 'Data', title: "The groups the data names (each actor's group)" },
  { value: 'kind', label: 'Kind', title: 'One group per actor kind' },
  { value: 'camp', label: 'Camp', title: 'Camps from the friendly and hostile ties' },
  { value: 'community', label: 'Community', title: 'Communities found by Louvain' },
];

/** The Group menu: what frames the actors (big graphs open grouped by community, collapsed). */
function groupMenu(state: ExplorerState, send: Send): TemplateResult {
  return html`<label class="control">
    Group
    <select @change=${(event: Event) => send({ type: 'group-by', value: (event.target as HTMLSelectElement).value as GroupBy })}>
      ${GROUP_CHOICES.map(
        (choice) =>
          html`<option value=${choice.value} title=${choice.title} ?selected=${choice.value === state.groupBy}>${choice.label}</option>`,
      )}
    </select>
  </label>`;
}

function focusControls(state: ExplorerState, send: Send): TemplateResult {
  const { hops } = state;
  const selectedNode = state.selection?.kind === 'node' ? state.selection.key : null;
  return html`<label class="control">
      Focus
      <select @change=${(event: Event) => send({ type: 'hops', hops: Number((event.target as HTMLSelectElement).value) as Hops })}>
        <option value="1" ?selected=${hops === 1}>1 hop</option>
        <option value="2" ?selected=${hops === 2}>2 hops</option>
      </select>
    </label>
    <div class="buttons">
      <button type="button" ?disabled=${!selectedNode} @click=${() => selectedNode && send({ type: 'focus', key: selectedNode, hops })}>
        Focus
      </button>
      <button type="button" ?disabled=${state.focus === null} @click=${() => send({ type: 'clear-focus' })}>Clear focus</button>
    </div>`;
}

function zoomButtons(send: Send): TemplateResult {
  return html`<div class="buttons" role="group" aria-label="Zoom">
    <button type="button" aria-label="Zoom in" title="Zoom in" @click=${() => send({ type: 'zoom', to: 'in' })}>+</button>
    <button type="button" aria-label="Zoom out" title="Zoom out" @click=${() => send({ type: 'zoom', to: 'out' })}>−</button>
    <button type="button" @click=${() => send({ type: 'zoom', to: 'fit' })}>Fit</button>
  </div>`;
}

function themeMenu(state: ExplorerState, send: Send): TemplateResult {
  return html`<label class="control">
    Theme
    <select @change=${(event: Event) => send({ type: 'theme', theme: (event.target as HTMLSelectElement).value as Theme })}>
      <option value="auto" ?selected=${state.theme === 'auto'}>System</option>
      <option value="light" ?selected=${state.theme === 'light'}>Light</option>
      <option value="dark" ?selected=${state.theme === 'dark'}>Dark</option>
    </select>
  </label>`;
}
