/** Small helpers shared by rules. */
import type { Span } from '../text/source';
import type { Fix, Mode, Severity } from './rule';

export function replaceFix(title: string, span: Span, text: string): Fix {
  return { title, edits: [{ start: span.start, end: span.end, text }] };
}

export function insertFix(title: string, at: number, text: string): Fix {
  return { title, edits: [{ start: at, end: at, text }] };
}

/** A blank that the văn thư fills at registration: info while drafting, error before signing. */
export function blankSeverity(mode: Mode): Severity {
  return mode === 'final' ? 'error' : 'info';
}

/** "Lạng Sơn" → "“Lạng Sơn”" for messages. */
export function q(s: string): string {
  return `“${s}”`;
}

/** Issue date as ISO, or the first day of the issue month when the day is blank; null when unknown. */
export function issueDateOrMonth(doc: { placeDate: { iso: string | null; yearValue: number | null; monthValue: number | null } | null }): string | null {
  const pd = doc.placeDate;
  if (!pd) return null;
  if (pd.iso) return pd.iso;
  if (pd.yearValue && pd.monthValue) return `${pd.yearValue}-${String(pd.monthValue).padStart(2, '0')}-01`;
  return null;
}

/** A date for messages, as the decree writes dates: 05/02/2026, 20/3/2026 (zero before months 1–2 only). */
export function showDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${+m <= 2 ? m : String(+m)}/${y}`;
}


/**
 * A finding on a line that must end with `want` (";" or "."): the span to report (the wrong mark,
 * or the whole line when it has none) and the fix that puts `want` there.
 */
export function endPunctuation(line: { start: number; end: number; text: string }, want: string, title = `Kết thúc bằng “${want}”`): { start: number; end: number; fix: Fix } | null {
  if (line.text.endsWith(want)) return null;
  const hasMark = /[;.,:]$/.test(line.text);
  const fixSpan = hasMark ? { start: line.end - 1, end: line.end } : { start: line.end, end: line.end };
  return { start: hasMark ? line.end - 1 : line.start, end: line.end, fix: replaceFix(title, fixSpan, want) };
}
