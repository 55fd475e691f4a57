// A rollup plugin that folds the white space inside Lit's css`` and html`` templates, which
// terser leaves alone. Only our own sources: library code is minified already.
const TEMPLATE = /\b(css|html)`([^`]*)`/g;

const fold = (tag, text) =>
  tag === 'css'
    ? text.replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1').replace(/;}/g, '}').trim()
    : text.replace(/>\s+</g, '><').replace(/\s+/g, ' ');

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      return { code: code.replace(TEMPLATE, (_, tag, text) => `${tag}\`${fold(tag, text)}\``), map: null };
    },
  };
}
