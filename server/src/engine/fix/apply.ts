import type { Finding, OriginalEdit } from '../report/finding';

/**
 * Apply the fixes of the given findings to the original text in one pass. Fixes are taken in order
 * of position; a fix that overlaps one already taken (or inserts at the same point as another
 * insertion) is left for a later round, as ESLint does, so no fix ever garbles another.
 */
export function applyFixes(original: string, findings: Finding[]): { text: string; applied: number } {
  const fixes = findings
    .filter((f) => f.fix && f.fix.edits.length > 0)
    .map((f) => [...f.fix!.edits].sort((a, b) => a.start - b.start || a.end - b.end));
  fixes.sort((a, b) => a[0].start - b[0].start || a[a.length - 1].end - b[b.length - 1].end);
  const taken: OriginalEdit[] = [];
  let lastEnd = -1;
  let lastInsertAt = -1; // where the last taken edit inserted text without replacing any
  let applied = 0;
  for (const edits of fixes) {
    const first = edits[0];
    if (first.start < lastEnd) continue;
    if (first.start === first.end && first.start === lastInsertAt) continue;
    taken.push(...edits);
    const last = edits[edits.length - 1];
    lastEnd = Math.max(lastEnd, last.end);
    lastInsertAt = last.start === last.end ? last.start : -1;
    applied++;
  }
  const pieces: string[] = [];
  let pos = 0;
  for (const e of taken) {
    pieces.push(original.slice(pos, e.start), e.text);
    pos = e.end;
  }
  pieces.push(original.slice(pos));
  return { text: pieces.join(''), applied };
}
