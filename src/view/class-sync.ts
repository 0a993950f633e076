/**
 * Keeps one Cytoscape class in step with a set of element ids, touching only the elements whose
 * membership changed, inside one `cy.batch()`. This is how filters (`sg-hidden`), focus and path
 * emphasis (`sg-dimmed`) reach the canvas without walking the whole graph on every change.
 */
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';

export class ClassSync {
  private current = new Set<string>();

  constructor(
    private readonly cy: Core,
    readonly className: string,
  ) {}

  /** The ids that now carry the class. */
  get ids(): ReadonlySet<string> {
    return this.current;
  }

  /** Gives the class to exactly `next`; returns how many elements changed. */
  set(next: ReadonlySet<string>): number {
    const cy = this.cy;
    const removed: cytoscape.SingularElementArgument[] = [];
    const added: cytoscape.SingularElementArgument[] = [];
    // Cytoscape builds a collection from an array of its elements; its typings only list ids.
    const collection = (elements: cytoscape.SingularElementArgument[]) =>
      cy.collection(elements as unknown as cytoscape.CollectionArgument);
    for (const id of this.current) if (!next.has(id)) removed.push(cy.getElementById(id));
    for (const id of next) if (!this.current.has(id)) added.push(cy.getElementById(id));
    this.current = new Set(next);
    if (removed.length === 0 && added.length === 0) return 0;
    // One call per direction: Cytoscape restyles the changed elements once, at the batch's end.
    cy.batch(() => {
      if (removed.length > 0) collection(removed).removeClass(this.className);
      if (added.length > 0) collection(added).addClass(this.className);
    });
    return removed.length + added.length;
  }

  /** Forgets the ids without touching elements (after the elements were replaced). */
  reset(): void {
    this.current = new Set();
  }
}
