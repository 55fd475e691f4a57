// The drop-in file's template folding (scripts/minify-templates.js): shorter, same meaning.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldTemplates } from '../../scripts/minify-templates.js';

test('css``: comments, spaces and last semicolons go; values stay', () => {
  const code = 'css`\n  /* why: a comment */\n  p {\n    margin: 0;\n    color: light-dark(#000, #fff);\n  }\n  /* another */ a { gap: 0.5em; }\n`';
  assert.equal(foldTemplates(code), 'css`p{margin:0;color:light-dark(#000,#fff)}a{gap:.5em}`');
});

test('html``: white space between tags folds; expressions and text are kept', () => {
  const code = "html`<div>\n  ${a ? html`<b> x </b>` : '/* not css */'}\n  <p>one  two</p>\n</div>`";
  assert.equal(foldTemplates(code), "html`<div>${a ? html`<b> x </b>` : '/* not css */'}<p>one two</p></div>`");
});
