/** What the actor and relationship templates of `<sg-details>` need from the element. */
import type Graph from 'graphology';
import type { Source } from '../../graph/dataset-schema';
import type { VisibleSet } from '../../graph/filter';
import type { Registry } from '../../graph/registry';
import type { EvidenceReading } from './excerpt-view';
import type { SgNavigateDetail } from './navigate';

export interface ViewContext {
  graph: Graph;
  registry: Registry;
  visible: VisibleSet | null;
  sources: Map<string, Source>;
  navigate: (detail: SgNavigateDetail) => void;
  /** Opens the cited lines of the shown claim's evidence; absent: the evidence is text only. */
  reading?: EvidenceReading;
}
