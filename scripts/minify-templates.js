// A rollup plugin that folds the white space inside Lit's css`` and html`` templates, which
// terser leaves alone. Only our own sources: library code is minified already. Templates nest
// (html`… ${cond ? html`…` : nothing} …`), so the text is scanned, not matched with one regex:
// only the literal parts are folded, never the ${…} expressions between them.
const TAG = /\b(css|html)`/g;

/** Shorter CSS with the same meaning: no comments, no space around punctuation, no last `;`, `.6em` for `0.6em`, `[a=b]` for `[a='b']`. */
const foldCss = (text) =>
  text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/([^\w.])0\./g, '$1.')
    .replace(/=(['"])([a-zA-Z_][\w-]*)\1\]/g, '=$2]')
    .trim();

/** White space between tags (and between a tag and an expression) renders as nothing here. */
const foldHtml = (text) => text.replace(/>\s+</g, '><').replace(/\s+/g, ' ');

/** Index just after the `}` closing the expression that starts at `i` (just after `${`). */
function skipExpression(code, i, out) {
  for (let depth = 1; i < code.length; i++) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    else if (c === '`') {
      // A nested template: folded too when it is a tagged one of ours.
      const tag = /\b(css|html)$/.exec(code.slice(0, i))?.[1];
      i = scanTemplate(code, i + 1, tag, out) - 1;
    } else if (c === "'" || c === '"') {
      // A string literal: its braces and backticks are text.
      for (i++; code[i] !== c; i++) {
        if (i >= code.length) throw new Error('minify-templates: unterminated string in ${…}');
        if (code[i] === '\\') i++;
      }
    }
  }
  throw new Error('minify-templates: unterminated ${…}');
}

/**
 * Scans a template literal whose text starts at `i`; returns the index after its closing
 * backtick and records [start, end, folded] replacements for its literal parts in `out`.
 */
function scanTemplate(code, i, tag, out) {
  let start = i;
  const parts = [];
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') {
      parts.push([start, i]);
      break;
    } else if (c === '$' && code[i + 1] === '{') {
      parts.push([start, i]);
      i = skipExpression(code, i + 2, out);
      start = i;
    } else i++;
  }
  if (code[i] !== '`') throw new Error('minify-templates: unterminated template');
  if (tag) {
    const fold = tag === 'css' ? foldCss : foldHtml;
    // Fold the parts as one text, with a marker per expression, so `>` … `${` is seen whole.
    const marker = '\u0000';
    const joined = parts.map(([s, e]) => code.slice(s, e)).join(marker);
    const tight = tag === 'css' ? joined : joined.replace(/>\s+\u0000/g, `>${marker}`).replace(/\u0000\s+(?=[<\u0000])/g, marker);
    const folded = fold(tight).split(marker);
    parts.forEach(([s, e], k) => out.push([s, e, folded[k]]));
  }
  return i + 1;
}

export function foldTemplates(code) {
  const edits = [];
  for (let match; (match = TAG.exec(code)); ) {
    TAG.lastIndex = scanTemplate(code, match.index + match[0].length, match[1], edits);
  }
  TAG.lastIndex = 0;
  let result = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a[0] - b[0])) {
    result += code.slice(at, edit[0]) + edit[2];
    at = edit[1];
  }
  return result + code.slice(at);
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      return { code: foldTemplates(code), map: null };
    },
  };
}
