/**
 * Types for the graphology-gexf files imported directly. Its package entry points would not do:
 * `browser/` reads the global DOMParser at import (absent in a worker and in Node) and `node/`
 * bundles its own copy of xmldom. `common/` holds the same parser as a factory that takes the
 * parser classes, and the writer, which needs no DOM.
 */
declare module 'graphology-gexf/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';

  interface GexfParserOptions {
    addMissingNodes?: boolean;
    allowUndeclaredAttributes?: boolean;
    respectInputGraphType?: boolean;
  }
  type Parse = (Graph: GraphConstructor, source: Document, options?: GexfParserOptions) => AbstractGraph;
  /** `DOMParser` is used only for string sources; `Document` is the class `source` must be an instance of. */
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}

declare module 'graphology-gexf/common/writer.js' {
  import type { AbstractGraph, Attributes } from 'graphology-types';

  interface FormattedElement {
    label?: string;
    weight?: number;
    kind?: string;
    viz?: Record<string, unknown>;
    attributes?: Attributes;
  }
  interface GexfWriterOptions {
    encoding?: string;
    pretty?: boolean;
    version?: '1.2' | '1.3';
    pedantic?: boolean;
    formatNode?: (key: string, attributes: Attributes) => FormattedElement;
    formatEdge?: (key: string, attributes: Attributes) => FormattedElement;
  }
  export default function write(graph: AbstractGraph, options?: GexfWriterOptions): string;
}
