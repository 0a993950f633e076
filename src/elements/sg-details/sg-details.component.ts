/**
 * `<sg-details>`: what the selection is and what backs it. An actor shows its kind,
 * description, aliases and relationships (grouped by type and direction, each with its evidence
 * in short); a relationship shows its sentence, fields, both actors and the full evidence, each
 * item able to open the lines it cites (fetched on demand when the source gives a `textUrl`) and
 * to ask for the source panel (`sg-show-source`). Buttons ask to move along the graph with
 * `sg-navigate`; the host changes the selection.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import type Graph from 'graphology';
import type { Source } from '../../graph/dataset-schema';
import type { VisibleSet } from '../../graph/filter';
import { resolveRegistry, type Registry } from '../../graph/registry';
import { evidenceSources } from '../../graph/relationships';
import { actorView } from './actor-view';
import { commonStyles } from './common.styles';
import { edgeView } from './edge-view';
import { tiesView } from './ties-view';
import { emitNavigate, type SgNavigateDetail, type SgSelection } from './navigate';
import { detailsStyles } from './sg-details.styles';
import type { ViewContext } from './view-context';
import { customDetails, type DetailsRenderer } from './details-hook';
import { followExplorer } from '../stakeholder-explorer/explorer-context';
import type { EvidenceReading } from './excerpt-view';
import { SourceTexts, documentBase } from './source-texts';

/** What "Show source" asks for: the source panel open at these lines of this source. */
export interface SgShowSourceDetail {
  /** The source's id. */
  source: string;
  lines: number[];
}

/**
 * @summary Details and evidence for the selected actor or relationship.
 *
 * @event sg-navigate - A button asks to select another actor or relationship. `detail: {kind: 'node'|'edge', key}`.
 * @event sg-show-source - "Show source" asks to open the source panel at an evidence item's lines. `detail: {source, lines}`.
 *
 * @csspart panel - The section holding everything.
 *
 * @cssproperty --sg-text - Text colour. Default `#1e293b`.
 * @cssproperty --sg-muted - Secondary text, field names and status-badge borders. Default `#475569`.
 * @cssproperty --sg-border - Separators. Default `#cbd5e1`.
 * @cssproperty --sg-accent - Buttons, links and the focus ring. Default `#1d4ed8`.
 * @cssproperty --sg-panel - Background. Default `--sg-background`, else `#fff`.
 * @cssproperty --sg-font - Font family. Default inherited.
 */
export class SgDetails extends LitElement {
  static override styles = [commonStyles, detailsStyles];

  static override properties = {
    graph: { attribute: false },
    registry: { attribute: false },
    selection: { attribute: false },
    visible: { attribute: false },
    renderer: { attribute: false },
    sourceBase: { attribute: false },
    sourceButton: { attribute: false },
    hiddenOpen: { state: true },
    openEvidence: { state: true },
  };

  /** The graph the selection refers to. Set a new graph (or call `requestUpdate()`) after changing it in place. */
  declare graph: Graph | undefined;
  /** Edge-type and node-kind labels; resolved from the graph when not given. */
  declare registry: Registry | undefined;
  /** The actor (`node`) or relationship (`edge`) to show, or null for a prompt. */
  declare selection: SgSelection;
  /** What the filter shows; relationships outside it are counted under "N hidden by filters". Null: all shown. */
  declare visible: VisibleSet | null;
  /** The page's own view of an actor (see `DetailsRenderer`); null or its null result keeps the built-in one. */
  declare renderer: DetailsRenderer | null;
  /** The URL relative `textUrl`s of sources resolve against: the dataset's. Default: the document's. */
  declare sourceBase: string;
  /** Whether evidence offers "Show source" (`sg-show-source`); the explorer sets it while it shows its Sources panel. */
  declare sourceButton: boolean;
  declare protected hiddenOpen: boolean;
  /** The evidence items (by index) whose cited lines are open. */
  declare protected openEvidence: ReadonlySet<number>;

  private sources = new Map<string, Source>();
  private resolved: Registry | undefined;
  private shownSelection = '';
  /** Set while a navigation this panel asked for is pending, so the new heading takes focus. */
  private focusHeading = false;
  private readonly texts = new SourceTexts(this);

  constructor() {
    super();
    this.selection = null;
    this.visible = null;
    this.renderer = null;
    this.sourceBase = documentBase();
    this.sourceButton = false;
    this.hiddenOpen = false;
    this.openEvidence = new Set();
    // Inside an explorer its state arrives by context; on its own, through these properties.
    followExplorer(this, (state) =>
      Object.assign(this, {
        graph: state.graph,
        registry: state.registry,
        selection: state.selection,
        visible: state.visible,
        sourceBase: state.sourceBase,
        sourceButton: state.shown.has('sources'),
      }),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graph')) this.sources = this.graph ? evidenceSources(this.graph) : new Map<string, Source>();
    if (changed.has('graph') || changed.has('registry')) {
      this.resolved = this.registry ?? (this.graph ? resolveRegistry(this.graph) : undefined);
    }
    const id = this.selection ? `${this.selection.kind}:${this.selection.key}` : '';
    if (id !== this.shownSelection) {
      this.shownSelection = id;
      this.hiddenOpen = false;
      this.openEvidence = new Set();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selection') && this.focusHeading) {
      this.focusHeading = false;
      this.shadowRoot?.getElementById('heading')?.focus();
    }
  }

  protected override render() {
    const { graph, selection } = this;
    const registry = this.resolved;
    const select = (key: string) => this.navigate({ kind: graph?.hasNode(key) ? 'node' : 'edge', key });
    const custom = graph && registry ? customDetails(this.renderer, selection, { graph, registry, select }) : null;
    if (custom !== null) return html`<section part="panel" class="custom" aria-label="Details">${custom}</section>`;
    return html`<section part="panel" aria-labelledby="heading">${this.content()}</section>`;
  }

  private content() {
    const { graph, selection } = this;
    const registry = this.resolved;
    if (!graph || !registry || !selection) return this.prompt('Select an actor or a relationship to see its details and evidence.');
    const ctx: ViewContext = {
      graph,
      registry,
      visible: this.visible,
      sources: this.sources,
      navigate: this.navigate,
      reading: this.reading(),
    };
    if (selection.kind === 'node' && graph.hasNode(selection.key)) {
      return actorView(ctx, selection.key, { open: this.hiddenOpen, toggle: () => (this.hiddenOpen = !this.hiddenOpen) });
    }
    if (selection.kind === 'edge' && graph.hasEdge(selection.key)) return edgeView(ctx, selection.key);
    if (selection.kind === 'ties') return tiesView(ctx, selection.edges);
    return this.prompt(`The selected ${selection.kind === 'node' ? 'actor' : 'relationship'} is not in this graph.`);
  }

  /** The cited lines of the shown claim's evidence: which are open, their texts, "Show source". */
  private reading(): EvidenceReading {
    return {
      isOpen: (index) => this.openEvidence.has(index),
      toggle: (index) => {
        const open = new Set(this.openEvidence);
        if (!open.delete(index)) open.add(index);
        this.openEvidence = open;
      },
      text: (source) => this.texts.get(source, this.sourceBase),
      retry: (source) => this.texts.retry(source, this.sourceBase),
      showSource: this.sourceButton
        ? (source, lines) => {
            const detail: SgShowSourceDetail = { source, lines: [...lines] };
            this.dispatchEvent(new CustomEvent('sg-show-source', { detail, bubbles: true, composed: true }));
          }
        : undefined,
    };
  }

  private prompt(text: string) {
    return html`<h2 id="heading" tabindex="-1">Details</h2>
      <p class="prompt muted">${text}</p>`;
  }

  private readonly navigate = (detail: SgNavigateDetail): void => {
    this.focusHeading = true;
    emitNavigate(this, detail);
    // A host that answers synchronously has updated the selection by now; later changes are not ours.
    setTimeout(() => (this.focusHeading = false));
  };
}
