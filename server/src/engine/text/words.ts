/**
 * The words of a document (runs of letters and combining marks in `plain`), found once per
 * document by a character scan and shared by the rules that need them.
 */
import type { VanBan } from '../model/vanban';

export interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

const cache = new WeakMap<VanBan, Words>();

/** Which UTF-16 code units below 0x2000 are word characters: Latin letters (Vietnamese included) and combining marks. */
export const WORD_TABLE = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  WORD_TABLE[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff) ? 1 : 0;
}

export function isWordCode(c: number): boolean {
  return c < 0x2000 && WORD_TABLE[c] === 1;
}

export function wordsOf(doc: VanBan): Words {
  let w = cache.get(doc);
  if (w) return w;
  const text = doc.plain;
  const n = text.length;
  let starts = new Int32Array(Math.max(16, n >> 3));
  let ends = new Int32Array(starts.length);
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c >= 0x2000 || WORD_TABLE[c] === 0) {
      i++;
      continue;
    }
    const s = i;
    do {
      i++;
      c = text.charCodeAt(i);
    } while (i < n && c < 0x2000 && WORD_TABLE[c] === 1);
    if (count === starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[count] = s;
    ends[count] = i;
    count++;
  }
  w = { count, starts, ends };
  cache.set(doc, w);
  return w;
}
