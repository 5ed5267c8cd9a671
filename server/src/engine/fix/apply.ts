import type { Finding, OriginalEdit } from '../report/finding';

/** The fixes taken for one round: their edits in order of position (none overlapping), and their findings. */
export interface FixSelection {
  edits: OriginalEdit[];
  findings: Finding[];
}

/**
 * The fixes that can be applied together in one round. Fixes are taken in order of position; a fix
 * that overlaps one already taken (or inserts at the same point as another insertion) is left for a
 * later round, as ESLint does, so no fix ever garbles another; so is a fix whose own edits overlap.
 * One sort, then one pass: O(n log n) in the number of edits (the CLI's --fix and the server's
 * "Sửa tất cả" both use it, so they always take the same fixes).
 */
export function selectFixes(findings: Finding[]): FixSelection {
  const fixes: { edits: OriginalEdit[]; finding: Finding }[] = [];
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0) continue;
    const edits = f.fix.edits.slice().sort(byPosition);
    if (!clashesWithin(edits)) fixes.push({ edits, finding: f });
  }
  // stable: fixes at the same place keep the order of their findings
  fixes.sort((a, b) => a.edits[0].start - b.edits[0].start || a.edits[a.edits.length - 1].end - b.edits[b.edits.length - 1].end);
  const edits: OriginalEdit[] = [];
  const taken: Finding[] = [];
  let lastEnd = -1;
  let lastInsertAt = -1; // where the last taken edit inserted text without replacing any
  for (const fix of fixes) {
    const first = fix.edits[0];
    if (first.start < lastEnd) continue;
    if (first.start === first.end && first.start === lastInsertAt) continue;
    // a loop, not push(...edits): one fix may carry a hundred thousand edits
    for (const e of fix.edits) edits.push(e);
    const last = fix.edits[fix.edits.length - 1];
    lastEnd = Math.max(lastEnd, last.end);
    lastInsertAt = last.start === last.end ? last.start : -1;
    taken.push(fix.finding);
  }
  return { edits, findings: taken };
}

/**
 * Apply the fixes of the given findings to the original text in one pass (see selectFixes for which
 * are taken); `applied` counts the fixes applied.
 */
export function applyFixes(original: string, findings: Finding[]): { text: string; applied: number } {
  const { edits, findings: taken } = selectFixes(findings);
  const pieces: string[] = [];
  let pos = 0;
  for (const e of edits) {
    pieces.push(original.slice(pos, e.start), e.text);
    pos = e.end;
  }
  pieces.push(original.slice(pos));
  return { text: pieces.join(''), applied: taken.length };
}

export function byPosition(a: OriginalEdit, b: OriginalEdit): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Whether two edits of one fix (sorted by position) cannot both be applied: overlapping spans, an
 * insertion inside a replaced span, or two insertions at one point.
 */
export function clashesWithin(sorted: OriginalEdit[]): boolean {
  let maxEnd = -1;
  let lastInsertAt = -1;
  for (const e of sorted) {
    if (e.start < maxEnd) return true;
    if (e.start === e.end) {
      if (e.start === lastInsertAt) return true;
      lastInsertAt = e.start;
    }
    if (e.end > maxEnd) maxEnd = e.end;
  }
  return false;
}
