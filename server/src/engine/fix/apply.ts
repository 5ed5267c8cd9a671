import type { Finding, OriginalEdit } from '../report/finding';

/**
 * Apply the fixes of the given findings to the original text. Edits that overlap an edit already
 * taken are left for a later round (as ESLint does), so no fix ever garbles another.
 */
export function applyFixes(original: string, findings: Finding[]): { text: string; applied: number } {
  const fixes = findings.filter((f) => f.fix && f.fix.edits.length > 0).map((f) => f.fix!);
  const taken: OriginalEdit[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const clash = fix.edits.some((e) => taken.some((t) => overlaps(e, t)));
    if (clash) continue;
    taken.push(...fix.edits);
    applied++;
  }
  taken.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = original;
  for (const e of taken) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied };
}

function overlaps(a: OriginalEdit, b: OriginalEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}
