/**
 * Page fixtures for browser tests: containers and page stylesheets that are removed again after
 * each test. A test file calls `undoPageChanges()` from its `afterEach`; `onCleanup` registers
 * any other undo step; `frame()` waits for the next animation frame. Test code only: the builds
 * never import it.
 */
const undoSteps: Array<() => void> = [];

/** The next animation frame. */
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Runs `undo` after the current test (steps run newest first). */
export function onCleanup(undo: () => void): void {
  undoSteps.push(undo);
}

/** Undoes what the current test added to the page. */
export function undoPageChanges(): void {
  for (const undo of undoSteps.splice(0).reverse()) undo();
}

/** A container appended to the page (and removed after the test). */
export function box(style: Partial<CSSStyleDeclaration> = {}): HTMLDivElement {
  const div = document.createElement('div');
  Object.assign(div.style, style);
  document.body.append(div);
  onCleanup(() => div.remove());
  return div;
}

/** A page stylesheet (removed after the test). */
export function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  onCleanup(() => style.remove());
}
