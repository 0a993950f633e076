/** Registers `<stakeholder-graph>` (once, so two copies of the bundle on a page do not clash). */
import { StakeholderGraph } from './stakeholder-graph.component';

export { StakeholderGraph };
export type { HighlightOptions, PathQuery, Theme } from './stakeholder-graph.component';

if (!customElements.get('stakeholder-graph')) customElements.define('stakeholder-graph', StakeholderGraph);

declare global {
  interface HTMLElementTagNameMap {
    'stakeholder-graph': StakeholderGraph;
  }
}
