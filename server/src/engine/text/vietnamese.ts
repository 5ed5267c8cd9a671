/**
 * Small helpers for Vietnamese text. JavaScript's `\b` and `\w` are ASCII-only, so word edges are
 * written with Unicode property classes here and used everywhere else.
 */

export function viUpper(s: string): string {
  return s.toLocaleUpperCase('vi-VN');
}

/** Folded code of each UTF-16 code unit below 0x2000: base letter, upper case ("ộ" → "O", "đ" → "D"). */
const FOLD_TABLE = new Uint16Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const ch = String.fromCharCode(c);
  if (ch === 'đ' || ch === 'Đ') {
    FOLD_TABLE[c] = 68;
    continue;
  }
  const base = ch.normalize('NFD')[0];
  const up = base.toUpperCase();
  FOLD_TABLE[c] = up.length === 1 && !/\p{M}/u.test(base) ? up.charCodeAt(0) : c;
}

/**
 * Same-length fold for matching: strips tone and vowel marks code unit by code unit and upper-cases,
 * so offsets in the folded string are offsets in the input ("Độc lập" → "DOC LAP"). With `max`,
 * only the first `max` code units are folded (enough for tests anchored at the start).
 */
export function foldKey(s: string, max = Infinity): string {
  const n = Math.min(s.length, max);
  const codes = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    codes[i] = c < 0x2000 ? FOLD_TABLE[c] : c;
  }
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
  return out;
}

/** Letter case of each UTF-16 code unit below 0x2000: 1 upper, 2 lower, 0 neither. */
const CASE_TABLE = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const ch = String.fromCharCode(c);
  CASE_TABLE[c] = /\p{Lu}/u.test(ch) ? 1 : /\p{Ll}/u.test(ch) ? 2 : 0;
}

function caseOf(c: number, ch: string): number {
  if (c < 0x2000) return CASE_TABLE[c];
  return /\p{Lu}/u.test(ch) ? 1 : /\p{Ll}/u.test(ch) ? 2 : 0;
}

/** True when a line has letters and none of them is lower case. */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const k = caseOf(s.charCodeAt(i), s[i]);
    if (k === 2) return false;
    if (k === 1) letters++;
  }
  return letters > 0;
}

/** Share of letters that are capitals (0 when there are no letters). */
export function capsRatio(s: string): number {
  let up = 0;
  let all = 0;
  for (let i = 0; i < s.length; i++) {
    const k = caseOf(s.charCodeAt(i), s[i]);
    if (k === 1) up++;
    if (k !== 0) all++;
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

// Syllables ending in oa, oe, uy (no final consonant): old style marks the second vowel (hoà, uỷ),
// new style the first (hòa, ủy). "qu" + y is not such a syllable (quý is the same in both styles).
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Move the tone mark of a two-vowel ending to the other vowel: "oà" ↔ "òa". */
export function swapTone(pair: string): string {
  const a = pair[0].normalize('NFD');
  const b = pair[1].normalize('NFD');
  const ta = TONES.exec(a);
  const tb = TONES.exec(b);
  if (ta) return a.replace(TONES, '').normalize('NFC') + (b + ta[0]).normalize('NFC');
  if (tb) return ((a + tb[0]).normalize('NFC') + b.replace(TONES, '').normalize('NFC'));
  return pair;
}

/** A word written with the tone mark on the other vowel of its last pair ("Hòa" → "Hoà"), or the word. */
export function otherTonePlacement(word: string): string {
  if (word.length < 2) return word;
  return word.slice(0, -2) + swapTone(word.slice(-2));
}
