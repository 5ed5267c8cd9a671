/** A plain-text table for the benchmarks: first column left-aligned, the others right-aligned. */
export function textTable(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => body.reduce((w, row) => Math.max(w, row[i].length), h.length));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
