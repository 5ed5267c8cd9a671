import { WORD_TABLE } from './words';
/**
 * Small helpers for Vietnamese text. JavaScript's `\b` and `\w` are ASCII-only, so word edges are
 * written with Unicode property classes here and used everywhere else.
 */

/** A letter, combining mark or digit: what a Vietnamese "word character" is. */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** Lookbehind/lookahead for a word edge. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

export function viUpper(s: string): string {
  return s.toLocaleUpperCase('vi-VN');
}

export function viLower(s: string): string {
  return s.toLocaleLowerCase('vi-VN');
}

/** Strip tone and vowel marks: "Độc lập" → "Doc lap". Length may change only for decomposed input. */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const foldCache = new Map<string, string>();

/**
 * Same-length fold for matching: strips tone and vowel marks code unit by code unit and upper-cases,
 * so offsets in the folded string are offsets in the input ("Độc lập" → "DOC LAP").
 */
export function foldKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 97 && code <= 122 ? String.fromCharCode(code - 32) : c;
      continue;
    }
    let f = foldCache.get(c);
    if (f === undefined) {
      if (c === 'đ' || c === 'Đ') f = 'D';
      else {
        const base = c.normalize('NFD')[0];
        const up = base.toUpperCase();
        f = up.length === 1 && !/\p{M}/u.test(base) ? up : c;
      }
      foldCache.set(c, f);
    }
    out += f;
  }
  return out;
}

/** True when a line has letters and none of them is lower case. */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (/\p{Ll}/u.test(ch)) return false;
    if (/\p{Lu}/u.test(ch)) letters++;
  }
  return letters > 0;
}

/** Share of letters that are capitals (0 when there are no letters). */
export function capsRatio(s: string): number {
  let up = 0;
  let all = 0;
  for (const ch of s) {
    if (/\p{Lu}/u.test(ch)) {
      up++;
      all++;
    } else if (/\p{Ll}/u.test(ch)) all++;
  }
  return all === 0 ? 0 : up / all;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Value of a Roman numeral in capitals, or null when it is not a well-formed one. */
export function romanValue(s: string): number | null {
  if (!/^[IVXLCDM]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = i + 1 < s.length ? ROMAN[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : null;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of table) {
    while (n >= v) {
      out += r;
      n -= v;
    }
  }
  return out;
}

/** Điểm letters in the order of the Vietnamese alphabet (PL I §II.6.đ): no f, j, w, z. */
export const DIEM_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** Characters scanned to decide whether a text is written with diacritics: a sample is enough. */
const DIACRITIC_SAMPLE = 60_000;

/**
 * Share of Vietnamese-looking words (2–7 letters, not ASCII acronyms) that carry a diacritic, and
 * how many such words were seen. A plain character scan: it runs on every keystroke.
 */
export function diacriticShare(text: string): { share: number; words: number } {
  let words = 0;
  let marked = 0;
  const n = Math.min(text.length, DIACRITIC_SAMPLE);
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c >= 0x2000 || WORD_TABLE[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let nonAscii = false;
    let lower = false;
    while (i < text.length && c < 0x2000 && WORD_TABLE[c] === 1) {
      if (c >= 0x80) nonAscii = true;
      else if (c >= 97) lower = true;
      c = text.charCodeAt(++i);
    }
    const len = i - start;
    if (len < 2 || len > 7) continue;
    if (!nonAscii && !lower) continue; // acronyms and ASCII capitals are no evidence
    words++;
    if (nonAscii) marked++;
  }
  return { share: words === 0 ? 1 : marked / words, words };
}
