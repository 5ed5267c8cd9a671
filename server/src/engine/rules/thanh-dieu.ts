import { defineRule } from './rule';
import { replaceFix, q } from './util';
import { wordsOf } from '../text/words';
import type { VanBan } from '../model/vanban';

// Syllables ending in oa, oe, uy (no final consonant): old style marks the second vowel (hoà, uỷ),
// new style the first (hòa, ủy). "qu" + y is not such a syllable (quý is the same in both styles).
// Classes of the last two letters: prev 1 = o, 2 = u, 3 = toned o, 4 = toned u; last 1 = a/e, 2 = y,
// 3 = toned a/e, 4 = toned y (both cases). Old style: o + toned a/e, u + toned y; new: the reverse.
const PREV_CLASS = classTable([['oO', 1], ['uU', 2], ['òóỏõọÒÓỎÕỌ', 3], ['ùúủũụÙÚỦŨỤ', 4]]);
const LAST_CLASS = classTable([['aeAE', 1], ['yY', 2], ['àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ', 3], ['ỳýỷỹỵỲÝỶỸỴ', 4]]);

function classTable(groups: [string, number][]): Uint8Array {
  const t = new Uint8Array(0x2000);
  for (const [chars, cls] of groups) for (const c of chars) t[c.charCodeAt(0)] = cls;
  return t;
}
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
const MAX_REPORTS = 30;

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

interface Hit { start: number; end: number; pair: string; word: string }

/** Words ending in an old-style and in a new-style tone placement. */
function scan(doc: VanBan): { olds: Hit[]; news: Hit[] } {
  const text = doc.plain;
  const { count, starts, ends } = wordsOf(doc);
  const olds: Hit[] = [];
  const news: Hit[] = [];
  for (let k = 0; k < count; k++) {
    const e = ends[k];
    const s = starts[k];
    if (e - s < 2 || e - s > 7) continue;
    const last = text.charCodeAt(e - 1);
    const prev = text.charCodeAt(e - 2);
    if (last >= 0x2000 || prev >= 0x2000) continue;
    const p = PREV_CLASS[prev];
    const l = LAST_CLASS[last];
    const set = (p === 1 && l === 3) || (p === 2 && l === 4) ? olds : (p === 3 && l === 1) || (p === 4 && l === 2) ? news : null;
    if (!set) continue;
    if (e - 3 >= s && (text[e - 3] === 'q' || text[e - 3] === 'Q')) continue;
    set.push({ start: e - 2, end: e, pair: text.slice(e - 2, e), word: text.slice(s, e) });
  }
  return { olds, news };
}

export default defineRule({
  id: 'thanh-dieu',
  title: 'Cách bỏ dấu thanh thống nhất',
  description: 'Không dùng lẫn cách bỏ dấu cũ và mới trong một văn bản (hoà/hòa, uỷ/ủy).',
  citation: 'Tính thống nhất của văn bản; Nghị định 30 dùng “CỘNG HÒA”, “ỦY BAN” trong các mẫu',
  severity: 'info',
  fixable: true,
  needsDiacritics: true,
  regimes: ['nd30', 'party', 'qppl'],
  check({ doc, report }) {
    const { olds, news } = scan(doc);
    if (olds.length === 0 || news.length === 0) return;
    const minority = olds.length <= news.length ? olds : news;
    const majorityName = olds.length <= news.length ? 'mới (hòa, ủy)' : 'cũ (hoà, uỷ)';
    for (const h of minority.slice(0, MAX_REPORTS)) {
      const fixed = swapTone(h.pair);
      const wordStart = h.start - (h.word.length - 2);
      report({
        start: wordStart, end: h.end,
        message: `${q(h.word)} bỏ dấu khác với phần lớn văn bản (cách ${majorityName}); nên thống nhất một cách bỏ dấu.`,
        fix: replaceFix(`Sửa thành “${h.word.slice(0, -2)}${fixed}”`, { start: h.start, end: h.end }, fixed),
      });
    }
  },
});
