const MAX_SHOWN = 160;

/** A few lines of source around a position, with a caret under the column (1-based line and column). */
export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  // long lines are shown as a window around the column, so the caret stays under the mistake
  const start = column > MAX_SHOWN - 40 ? column - 1 - (MAX_SHOWN - 40) : 0;
  for (let n = first; n <= last; n++) {
    const full = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const text = `${start > 0 ? '…' : ''}${full.slice(start, start + MAX_SHOWN)}${full.length > start + MAX_SHOWN ? '…' : ''}`;
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1 - start + (start > 0 ? 1 : 0)))}^`);
  }
  return out.join('\n');
}
