/**
 * The part of `source` from the line containing `from` to the first line after it that is
 * exactly `}` (the end of a top-level declaration). The whole source if `from` is not found, so
 * a docs page never shows less than the truth when the file changes.
 */
export function excerpt(source: string, from: string, through: string): string {
  const start = source.indexOf(from);
  const anchor = source.indexOf(through, start);
  if (start < 0 || anchor < 0) return source;
  const lineStart = source.lastIndexOf('\n', start) + 1;
  const end = source.indexOf('\n}\n', anchor);
  return end < 0 ? source : source.slice(lineStart, end + 2);
}
