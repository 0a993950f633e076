/**
 * A Vite plugin for the embed build: minifies the CSS inside Lit's css`…` templates, which the
 * JavaScript minifier leaves as written (comments, indentation). It strips comments, collapses
 * whitespace, drops it around `{`, `}` and `;` and after a declaration's `name:`, nothing else,
 * so no selector changes meaning (`a :hover` keeps its space). Templates with `${…}`
 * interpolations are left alone.
 */
export function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!/\/src\/elements\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(/css`([^`]*)`/g, (template, body) => (body.includes('${') ? template : `css\`${minifyCss(body)}\``)),
        map: null,
      };
    },
  };
}

/** The CSS text with comments removed and whitespace collapsed. */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([{;])([-\w]+): /g, '$1$2:')
    .trim();
}
