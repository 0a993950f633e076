/**
 * Keeps one Cytoscape class in step with a set of element ids, touching only the elements whose
 * membership changed, inside one `cy.batch()`. This is how filters (`sg-hidden`), focus and path
 * emphasis (`sg-dimmed`) reach the canvas without walking the whole graph on every change.
 */
import type { Core } from 'cytoscape';

export class ClassSync {
  private current = new Set<string>();

  constructor(private readonly cy: Core, readonly className: string) {}

  /** The ids that now carry the class. */
  get ids(): ReadonlySet<string> {
    return this.current;
  }

  /** Gives the class to exactly `next`; returns how many elements changed. */
  set(next: ReadonlySet<string>): number {
    const cy = this.cy;
    let changed = 0;
    cy.batch(() => {
      for (const id of this.current) {
        if (next.has(id)) continue;
        cy.getElementById(id).removeClass(this.className);
        changed++;
      }
      for (const id of next) {
        if (this.current.has(id)) continue;
        cy.getElementById(id).addClass(this.className);
        changed++;
      }
    });
    this.current = new Set(next);
    return changed;
  }

  /** Forgets the ids without touching elements (after the elements were replaced). */
  reset(): void {
    this.current = new Set();
  }
}

/** The ids of a graph's nodes and edges that are NOT in `keep`: what to hide or dim. */
export function complement(allIds: Iterable<string>, keep: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): Set<string> {
  const out = new Set<string>();
  for (const id of allIds) if (!keep.nodes.has(id) && !keep.edges.has(id)) out.add(id);
  return out;
}
