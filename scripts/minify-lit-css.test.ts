import { describe, expect, it } from 'vitest';
import { minifyCss, minifyLitCss } from './minify-lit-css.mjs';

describe('minifyCss', () => {
  it('drops comments and the whitespace around braces and semicolons, keeping descendant spaces', () => {
    const css = `
  /* a comment */
  :host {
    --_bg: var(--sg-background, #ffffff);
    max-height: calc(100% - 48px);
  }
  .legend :hover,
  .toggle[aria-pressed='false'] .name {
    color: rgb(255 255 255 / 0.94);
  }
`;
    expect(minifyCss(css)).toBe(
      ":host{--_bg:var(--sg-background, #ffffff);max-height:calc(100% - 48px);}.legend :hover, .toggle[aria-pressed='false'] .name{color:rgb(255 255 255 / 0.94);}",
    );
  });

  it('minifies css`…` in element sources only, and leaves templates with interpolations', () => {
    const plugin = minifyLitCss();
    const source = 'const a = css`\n  :host {\n    color: red;\n  }\n`;\nconst b = css`:host { color: ${x}; }`;';
    expect(plugin.transform(source, '/p/src/elements/x/x.styles.ts')?.code).toBe(
      'const a = css`:host{color:red;}`;\nconst b = css`:host { color: ${x}; }`;',
    );
    expect(plugin.transform(source, '/p/src/graph/x.ts')).toBeNull();
  });
});
