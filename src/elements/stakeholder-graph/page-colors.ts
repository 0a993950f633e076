/**
 * The page's colours for relationship types and actor kinds (`--sg-edge-color-<type>`,
 * `--sg-node-color-<kind>`, see view/color-properties.ts), read from the host's computed style,
 * so a value set on the element or on any ancestor counts. Cytoscape cannot read CSS, so the
 * element asks for them when a graph loads, when its theme switches, and on `refreshTheme()`.
 */
import type { Registry } from '../../graph/registry';
import { withPageColors } from '../../view/color-properties';

export class PageColors {
  private base?: Registry;
  private dark: boolean | null = null;

  constructor(private readonly host: HTMLElement) {}

  /** The registry of a newly loaded graph, with the page's colours. */
  load(base: Registry): Registry {
    this.base = base;
    return this.read(base);
  }

  /** Reads the colours again (undefined before a load). */
  refresh(): Registry | undefined {
    return this.base && this.read(this.base);
  }

  /** Whether the theme switched since the last call: the page's colours may depend on it. */
  themeSwitched(dark: boolean): boolean {
    const switched = this.dark !== null && this.dark !== dark;
    this.dark = dark;
    return switched;
  }

  private read(base: Registry): Registry {
    const style = getComputedStyle(this.host);
    return withPageColors(base, (property) => canvasColor(style.getPropertyValue(property)));
  }
}

let context: CanvasRenderingContext2D | null | undefined;

/**
 * A CSS colour as Cytoscape parses it (`#rrggbb` or `rgba(…)`, as a 2D canvas serialises it), or
 * undefined for an empty value or anything that is not a colour (a canvas ignores those, so
 * assigning it after two different colours leaves two different results).
 */
export function canvasColor(value: string): string | undefined {
  const css = value.trim();
  if (css === '') return undefined;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  context.fillStyle = '#000000';
  context.fillStyle = css;
  const first = String(context.fillStyle);
  context.fillStyle = '#ffffff';
  context.fillStyle = css;
  const second = String(context.fillStyle);
  return first === second && /^(#[0-9a-f]{6}|rgba\([\d., ]+\))$/.test(first) ? first : undefined;
}
