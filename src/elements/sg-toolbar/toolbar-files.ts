/**
 * The toolbar's file groups: Open (your own map, from files, and the CSV template to fill in) and
 * Save (the data as JSON, GEXF or CSV; the drawing as PNG or SVG). Each Save pairs a format
 * menu with its button, so every choice is one Tab stop and a labelled native control.
 */
import { html, type TemplateResult } from 'lit';
import type { DataFormat, ImageFormat } from '../stakeholder-graph/graph-export';
import type { ExplorerRequest, ExplorerState } from '../stakeholder-explorer/explorer-context';

type Send = (request: ExplorerRequest) => void;

/** The formats chosen in the Save menus; the toolbar keeps them across renders. */
export interface SaveChoices {
  data: DataFormat;
  image: ImageFormat;
}

/** What Open… reads (the importers detect the format from the content too). */
export const OPEN_ACCEPT = '.json,.csv,.tsv,.txt,.gexf,.graphml,.xml';

export function openButtons(send: Send): TemplateResult {
  const onPicked = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared, so choosing the same files again (after fixing them) loads them again.
    input.value = '';
    if (files.length > 0) send({ type: 'open', files });
  };
  // The file input stays hidden (its look cannot be styled); the button opens its picker.
  const pick = (event: Event) =>
    (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement>('input[type=file]')?.click();
  return html`<div class="buttons" role="group" aria-label="Open">
    <input type="file" hidden multiple accept=${OPEN_ACCEPT} aria-label="Files to open" @change=${onPicked} />
    <button
      type="button"
      class="open"
      title="Load your own map: JSON, CSV/TSV (an actors and a relationships sheet, or relationships alone), GEXF or GraphML. You can also drop files here or paste text."
      @click=${pick}
    >
      Open…
    </button>
    <button type="button" title="Download actors.csv and relationships.csv to fill in and open" @click=${() => send({ type: 'template' })}>
      Template
    </button>
  </div>`;
}

const DATA_FORMATS: ReadonlyArray<{ value: DataFormat; label: string; title: string }> = [
  { value: 'json', label: 'JSON', title: 'This dataset format: loads again here with everything' },
  { value: 'gexf', label: 'GEXF', title: 'For Gephi and other network tools' },
  { value: 'csv', label: 'CSV', title: 'Two sheets for spreadsheets: actors and relationships' },
];

const IMAGE_FORMATS: ReadonlyArray<{ value: ImageFormat; label: string; title: string }> = [
  { value: 'png', label: 'PNG', title: 'A picture' },
  { value: 'svg', label: 'SVG', title: 'A vector drawing, sharp at any size, with the legend' },
];

export function saveControls(state: ExplorerState, send: Send, choices: SaveChoices): TemplateResult {
  const disabled = !state.graph;
  return html`<div class="buttons save" role="group" aria-label="Save">
    <label class="control">
      Data as
      <select @change=${(event: Event) => (choices.data = (event.target as HTMLSelectElement).value as DataFormat)}>
        ${DATA_FORMATS.map(
          (format) =>
            html`<option value=${format.value} title=${format.title} ?selected=${format.value === choices.data}>${format.label}</option>`,
        )}
      </select>
    </label>
    <button
      type="button"
      ?disabled=${disabled}
      title="What is shown, where it is, as a file that loads again"
      @click=${() => send({ type: 'save', what: 'data', format: choices.data })}
    >
      Save data
    </button>
    <label class="control">
      Image as
      <select @change=${(event: Event) => (choices.image = (event.target as HTMLSelectElement).value as ImageFormat)}>
        ${IMAGE_FORMATS.map(
          (format) =>
            html`<option value=${format.value} title=${format.title} ?selected=${format.value === choices.image}>${format.label}</option>`,
        )}
      </select>
    </label>
    <button
      type="button"
      ?disabled=${disabled}
      title="The whole graph as an image"
      @click=${() => send({ type: 'save', what: 'image', format: choices.image })}
    >
      Save image
    </button>
  </div>`;
}
