/**
 * The page's colours, read from the host's computed style, so a value set on the element or on
 * any ancestor counts; Cytoscape draws on a canvas and cannot read CSS itself.
 *
 * - Relationship types and actor kinds (`--sg-edge-color-<type>`, `--sg-node-color-<kind>`, see
 *   view/color-properties.ts), over the dataset's colours for the theme shown (graph/palette.ts).
 *   The element asks for them when a graph loads, when its theme switches, and on `refreshTheme()`.
 * - Label text, label halo and selection outline (`--sg-text`, `--sg-background`, `--sg-accent`):
 *   `readCanvasTheme`.
 */
import { parseColor, darkVariant } from '../../graph/palette';
import { registryForTheme, type Registry } from '../../graph/registry';
import { withPageColors } from '../../view/color-properties';
import { DARK_CANVAS, LIGHT_CANVAS, type CanvasTheme } from '../../view/cy-style';

export class PageColors {
  private base?: Registry;
  /** The theme the element last said it shows; null before it said. */
  private dark: boolean | null = null;
  /** The theme of the colours last handed out. */
  private readDark = false;

  constructor(private readonly host: HTMLElement) {}

  /**
   * The registry of a newly loaded graph, with the colours of theme `dark` and the page's. Before
   * the element has said which theme it shows, the light one; `themeSwitched` then asks for a
   * refresh if that was wrong.
   */
  load(base: Registry, dark = this.dark ?? false): Registry {
    this.base = withNamedDarkColors(base);
    this.dark = dark;
    return this.read(this.base);
  }

  /** Reads the colours again (undefined before a load). */
  refresh(): Registry | undefined {
    return this.base && this.read(this.base);
  }

  /**
   * Records the theme shown; true when the colours handed out were for the other one (the theme
   * switched, or a graph loaded before the theme was known), so the caller calls `refresh()`.
   * The page's colours may depend on the theme too.
   */
  themeSwitched(dark: boolean): boolean {
    this.dark = dark;
    return this.base !== undefined && this.readDark !== dark;
  }

  private read(base: Registry): Registry {
    const style = getComputedStyle(this.host);
    this.readDark = this.dark ?? false;
    return registryForTheme(
      withPageColors(base, (property) => canvasColor(style.getPropertyValue(property))),
      this.readDark,
    );
  }
}

/**
 * Declared colour names (`navy`) get their dark variant here: the pure registry code cannot
 * resolve a name, a canvas can.
 */
function withNamedDarkColors(registry: Registry): Registry {
  const resolve = <T extends { color: string; darkColor?: string }>(entries: Map<string, T>): Map<string, T> =>
    new Map(
      [...entries].map(([key, entry]) => {
        const rgb = parseColor(entry.darkColor ?? entry.color) ? undefined : canvasColor(entry.color);
        return [key, rgb ? { ...entry, darkColor: darkVariant(rgb) } : entry];
      }),
    );
  return { edgeTypes: resolve(registry.edgeTypes), nodeKinds: resolve(registry.nodeKinds) };
}

/** The theme last read per host, handed out again while nothing changed. */
const lastThemes = new WeakMap<HTMLElement, CanvasTheme>();

/**
 * The canvas theme of `host`: label text `--sg-text`, label halo `--sg-background`, selection
 * outline `--sg-accent`, as the page sets them on the element or an ancestor; the theme's
 * defaults where unset, not a colour, or transparent (Cytoscape would draw that black). While the
 * values stay the same it returns the same object (the defaults themselves when the page sets
 * none), since GraphView.setTheme rebuilds the stylesheet for any other object.
 */
export function readCanvasTheme(host: HTMLElement, dark: boolean): CanvasTheme {
  const defaults = dark ? DARK_CANVAS : LIGHT_CANVAS;
  const style = getComputedStyle(host);
  const read = (property: string) => {
    const color = canvasColor(style.getPropertyValue(property));
    return color && parseColor(color)!.a > 0 ? color : undefined;
  };
  const theme: CanvasTheme = {
    ...defaults,
    text: read('--sg-text') ?? defaults.text,
    halo: read('--sg-background') ?? defaults.halo,
    accent: read('--sg-accent') ?? defaults.accent,
  };
  const last = lastThemes.get(host);
  const same = (other: CanvasTheme) => (Object.keys(theme) as Array<keyof CanvasTheme>).every((key) => theme[key] === other[key]);
  if (same(defaults)) return defaults;
  if (last && same(last)) return last;
  lastThemes.set(host, theme);
  return theme;
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
