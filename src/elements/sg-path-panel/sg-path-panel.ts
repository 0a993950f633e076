/** Registers `<sg-path-panel>`. */
import { SgPathPanel } from './sg-path-panel.component';
import type { PathQueryDetail } from './sg-path-panel.component';

export { SgPathPanel, type PathQueryDetail };

if (!customElements.get('sg-path-panel')) customElements.define('sg-path-panel', SgPathPanel);

declare global {
  interface HTMLElementTagNameMap {
    'sg-path-panel': SgPathPanel;
  }
  interface GlobalEventHandlersEventMap {
    'sg-path-query': CustomEvent<PathQueryDetail>;
    'sg-path-preview': CustomEvent<{ index: number | null }>;
  }
}
