// A Markdown table: the same text is printed to the terminal and written to BENCHMARKS.md.

/** @param {string[]} headers @param {(string|number)[][]} rows */
export function markdownTable(headers, rows) {
  const cell = (v) => String(v ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
