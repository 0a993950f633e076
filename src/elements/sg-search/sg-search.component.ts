/**
 * `<sg-search>`: type-ahead search for actors by label, key or alias, as an ARIA 1.2 combobox.
 * Keyboard: ↓/↑ move through the hits, Enter picks, Escape closes then clears. Picking fires
 * `sg-pick` with the actor's key; the explorer selects and centres it.
 */
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import type Graph from 'graphology';
import { createSearchIndex, type SearchHit, type SearchIndex } from '../../graph/search';

let instances = 0;

/**
 * @summary Type-ahead search for actors (label, key or alias).
 * @event sg-pick - An actor was picked. `detail: {key}`.
 * @csspart input - The text field.
 * @csspart listbox - The list of hits.
 */
export class SgSearch extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      font: inherit;
    }
    label {
      display: block;
      font-size: 12px;
      font-weight: 600;
      margin-bottom: 2px;
    }
    input {
      box-sizing: border-box;
      width: 100%;
      padding: 6px 8px;
      border: 1px solid var(--sg-border, #94a3b8);
      border-radius: 6px;
      background: var(--sg-background, #fff);
      color: var(--sg-text, #1e293b);
      font: inherit;
    }
    input:focus-visible {
      outline: 2px solid var(--sg-accent, #1d4ed8);
      outline-offset: 1px;
    }
    ul {
      position: absolute;
      z-index: 10;
      left: 0;
      right: 0;
      margin: 2px 0 0;
      padding: 2px;
      list-style: none;
      max-height: 280px;
      overflow: auto;
      background: var(--sg-background, #fff);
      color: var(--sg-text, #1e293b);
      border: 1px solid var(--sg-border, #94a3b8);
      border-radius: 6px;
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
    }
    li {
      padding: 4px 8px;
      border-radius: 4px;
      cursor: pointer;
    }
    li[aria-selected='true'] {
      background: var(--sg-accent, #1d4ed8);
      color: var(--sg-background, #fff);
    }
    .via {
      font-size: 12px;
      opacity: 0.85;
    }
    .empty {
      padding: 4px 8px;
      color: var(--sg-muted, #475569);
    }
  `;

  static override properties = {
    graph: { attribute: false },
    placeholder: { type: String },
    label: { type: String },
    query: { state: true },
    hits: { state: true },
    active: { state: true },
    open: { state: true },
  };

  /** The graph to search. */
  declare graph: Graph | undefined;
  declare placeholder: string;
  /** The visible label of the field. Default "Find an actor". */
  declare label: string;
  declare protected query: string;
  declare protected hits: SearchHit[];
  declare protected active: number;
  declare protected open: boolean;

  private index?: SearchIndex;
  private readonly uid = `sg-search-${++instances}`;

  constructor() {
    super();
    this.placeholder = 'Name, capital, alias…';
    this.label = 'Find an actor';
    this.query = '';
    this.hits = [];
    this.active = -1;
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graph')) {
      this.index = this.graph ? createSearchIndex(this.graph) : undefined;
      this.runQuery(this.query);
    }
  }

  protected override render() {
    const listId = `${this.uid}-list`;
    const activeId = this.open && this.active >= 0 ? `${this.uid}-opt-${this.active}` : '';
    return html`
      <label for="input">${this.label}</label>
      <input
        id="input"
        part="input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls=${listId}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-activedescendant=${activeId || nothing}
        placeholder=${this.placeholder}
        .value=${this.query}
        @input=${(event: Event) => this.onInput((event.target as HTMLInputElement).value)}
        @keydown=${this.onKeyDown}
        @blur=${() => (this.open = false)}
      />
      <ul id=${listId} role="listbox" part="listbox" aria-label="Matching actors" ?hidden=${!this.open}>
        ${this.hits.map(
          (hit, i) =>
            html`<li
              id=${`${this.uid}-opt-${i}`}
              role="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => this.pick(hit)}
            >
              ${hit.label}${hit.field === 'label' ? nothing : html` <span class="via">(${hit.field === 'alias' ? 'also' : 'key'}: ${hit.matched})</span>`}
            </li>`,
        )}
      </ul>
      ${this.open && this.hits.length === 0 && this.query.trim() ? html`<div class="empty" role="status">No actor matches “${this.query}”.</div>` : nothing}
    `;
  }

  /** Shows `text` in the field without searching (e.g. the label of an actor picked elsewhere). */
  setText(text: string): void {
    this.query = text;
    this.open = false;
  }

  private onInput(value: string): void {
    this.query = value;
    this.runQuery(value);
    this.open = value.trim() !== '';
  }

  private runQuery(query: string): void {
    this.hits = this.index ? this.index.search(query, 12) : [];
    this.active = this.hits.length ? 0 : -1;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.open) {
        this.open = this.hits.length > 0;
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const count = this.hits.length;
      if (count) this.active = (this.active + step + count) % count;
      void this.updateComplete.then(() =>
        this.shadowRoot?.getElementById(`${this.uid}-opt-${this.active}`)?.scrollIntoView({ block: 'nearest' }),
      );
    } else if (event.key === 'Enter') {
      const hit = this.hits[this.active];
      if (this.open && hit) {
        event.preventDefault();
        this.pick(hit);
      }
    } else if (event.key === 'Escape') {
      // A search field clears itself on Escape; the first Escape must only close the list.
      event.preventDefault();
      if (this.open) this.open = false;
      else this.onInput('');
      event.stopPropagation();
    }
  };

  private pick(hit: SearchHit): void {
    this.query = hit.label;
    this.open = false;
    this.dispatchEvent(new CustomEvent('sg-pick', { detail: { key: hit.key }, bubbles: true, composed: true }));
  }
}
