/**
 * Dates: our own scanner finds date-shaped text and validates it (chrono-node silently drops
 * impossible dates such as 31/02); chrono-node's Vietnamese strict parser then reads the real ones.
 */
import * as chrono from 'chrono-node';
import type { DateMention } from '../model/vanban';

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isRealDate(d: number, m: number, y: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function isoOf(d: number, m: number, y: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const chronoCache = new Map<string, string | null>();

/** Read a real date phrase with chrono-node's Vietnamese strict parser; cached, since drafts repeat dates. */
export function chronoIso(phrase: string): string | null {
  const hit = chronoCache.get(phrase);
  if (hit !== undefined) return hit;
  const results = chrono.vi.strict.parse(phrase, new Date(2000, 0, 1));
  let iso: string | null = null;
  if (results.length > 0) {
    const c = results[0].start;
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    if (y && m && d) iso = isoOf(d, m, y);
  }
  if (chronoCache.size > 5000) chronoCache.clear();
  chronoCache.set(phrase, iso);
  return iso;
}

// d/m/yyyy (also with "-" or "."), not part of a document number such as 30/2020/NĐ-CP.
// d/m/yyyy (or with "-" or "."), tried where a separator follows a digit; not part of a number such as 30/2020/NĐ-CP.
const NUMERIC = /(\d{1,2})([\/.-])(\d{1,2})\2(\d{4})(?![\p{N}\/]|[.-]\d)/uy;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Numeric dates, found from each "/", "-" or "." that follows a digit. */
function scanNumeric(text: string, found: (start: number, end: number, d: number, m: number, y: number) => void): void {
  const starts = new Set<number>();
  for (const sep of ['/', '-', '.']) {
    for (let p = text.indexOf(sep); p !== -1; p = text.indexOf(sep, p + 1)) {
      if (!isDigit(text.charCodeAt(p - 1))) continue;
      let s = p - 1;
      if (isDigit(text.charCodeAt(s - 1))) s--;
      const before = text.charCodeAt(s - 1);
      // the day must start the number: not "2025/…", not "12.5/…", not a word's tail
      if (isDigit(before) || before === 47 || before === 46 || before === 45 || (s > 0 && /[\p{L}]/u.test(text[s - 1]))) continue;
      starts.add(s);
    }
  }
  for (const s of [...starts].sort((a, b) => a - b)) {
    NUMERIC.lastIndex = s;
    const m = NUMERIC.exec(text);
    if (m) found(s, s + m[0].length, +m[1], +m[3], +m[4]);
  }
}
const WORDS = /(?<![\p{L}\p{N}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\p{N})/giu;

/** Every date written in the text, valid or not, in order of position. */
export function scanDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  const add = (start: number, end: number, kind: 'numeric' | 'words', d: number, m: number, y: number) => {
    const valid = isRealDate(d, m, y);
    let iso: string | null = null;
    if (valid) {
      // chrono's vi locale reads day-first numeric dates and "ngày … tháng … năm …" phrases.
      const phrase = kind === 'numeric' ? `${d}/${m}/${y}` : `ngày ${d} tháng ${m} năm ${y}`;
      iso = chronoIso(phrase) ?? isoOf(d, m, y);
    }
    out.push({ start, end, kind, day: d, month: m, year: y, valid, iso });
  };
  scanNumeric(text, (start, end, d, m, y) => add(start, end, 'numeric', d, m, y));
  if (/tháng/i.test(text)) {
    WORDS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORDS.exec(text))) {
      add(m.index, m.index + m[0].length, 'words', +m[1], +m[2], +m[3]);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Weekday of an ISO date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** Days from ISO date a to ISO date b. */
export function daysBetween(a: string, b: string): number {
  const t = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / 86400000);
}
