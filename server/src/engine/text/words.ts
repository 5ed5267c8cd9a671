/**
 * The words of a document (runs of letters and combining marks in `plain`), found once per
 * document by a character scan and shared by the rules that need them.
 */
import type { VanBan } from '../model/vanban';

export interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** A hash of each word in lower case: equal words have equal hashes (compare the text to be sure). */
  hashes: Int32Array;
  /** Among words of 2–7 letters that are not ASCII capitals (acronyms): how many, and how many carry a diacritic. */
  plainWords: number;
  markedWords: number;
  /**
   * Words ending in a two-vowel syllable oa/oe/uy marked the old way (hoà, uỷ) and the new way
   * (hòa, ủy), as word indices: the thanh-dieu rule compares them.
   */
  oldTone: number[];
  newTone: number[];
}

// Classes of the last two letters of a word: prev 1 = o, 2 = u, 3 = toned o, 4 = toned u; last 1 = a/e,
// 2 = y, 3 = toned a/e, 4 = toned y (both cases). Old style: o + toned a/e, u + toned y; new: the reverse.
const TONE_PREV = classTable([['oO', 1], ['uU', 2], ['òóỏõọÒÓỎÕỌ', 3], ['ùúủũụÙÚỦŨỤ', 4]]);
const TONE_LAST = classTable([['aeAE', 1], ['yY', 2], ['àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ', 3], ['ỳýỷỹỵỲÝỶỸỴ', 4]]);

function classTable(groups: [string, number][]): Uint8Array {
  const t = new Uint8Array(0x2000);
  for (const [chars, cls] of groups) for (const c of chars) t[c.charCodeAt(0)] = cls;
  return t;
}

/** Lower-case code of each UTF-16 code unit below 0x2000. */
export const LOWER_TABLE = new Uint16Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER_TABLE[c] = l.length === 1 ? l.charCodeAt(0) : c;
}


/** Which UTF-16 code units below 0x2000 are word characters: Latin letters (Vietnamese included) and combining marks. */
export const WORD_TABLE = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  WORD_TABLE[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff) ? 1 : 0;
}

/** The words of a document, as the parser found them. */
export function wordsOf(doc: VanBan): Words {
  return doc.words;
}

/** Scan `text` (a document's `plain` text) for words. */
export function scanWords(text: string): Words {
  const n = text.length;
  let starts = new Int32Array(Math.max(16, n >> 2)); // about one word in five characters: rarely grows
  let ends = new Int32Array(starts.length);
  let hashes = new Int32Array(starts.length);
  let count = 0;
  let plainWords = 0;
  let markedWords = 0;
  const oldTone: number[] = [];
  const newTone: number[] = [];
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c >= 0x2000 || WORD_TABLE[c] === 0) {
      i++;
      continue;
    }
    const s = i;
    let h = 0;
    let nonAscii = false;
    let lower = false;
    let prev = 0;
    let last = 0;
    do {
      prev = last;
      last = c;
      h = (Math.imul(h, 31) + LOWER_TABLE[c]) | 0;
      if (c >= 0x80) nonAscii = true;
      else if (c >= 97) lower = true;
      i++;
      c = i < n ? text.charCodeAt(i) : 0; // never NaN: keeps the loop on small integers
    } while (c !== 0 && c < 0x2000 && WORD_TABLE[c] === 1);
    const len = i - s;
    if (len >= 2 && len <= 7 && (nonAscii || lower)) {
      plainWords++;
      if (nonAscii) {
        markedWords++;
        const p = TONE_PREV[prev];
        const l = TONE_LAST[last];
        // "qu" + y is not such a syllable: quý is written the same in both styles
        if (p !== 0 && l !== 0 && !(len >= 3 && (text.charCodeAt(i - 3) | 32) === 113)) {
          if ((p === 1 && l === 3) || (p === 2 && l === 4)) oldTone.push(count);
          else if ((p === 3 && l === 1) || (p === 4 && l === 2)) newTone.push(count);
        }
      }
    }
    if (count === starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
      hashes = grow(hashes);
    }
    starts[count] = s;
    ends[count] = i;
    hashes[count] = h;
    count++;
  }
  return { count, starts, ends, hashes, plainWords, markedWords, oldTone, newTone };
}


/** The hash scanWords gives a word (case-insensitive). */
export function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = (Math.imul(h, 31) + (c < 0x2000 ? LOWER_TABLE[c] : c)) | 0;
  }
  return h;
}
