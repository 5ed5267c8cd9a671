import { defineRule } from './rule';
import { replaceFix, q } from './util';

// Syllables ending in oa, oe, uy (no final consonant): old style marks the second vowel (hoà, uỷ),
// new style the first (hòa, ủy). "qu" + y is not such a syllable (quý is the same in both styles).
const OLD = /(?<![\p{L}\p{M}])([\p{L}]*?)(?<!q)(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/giu;
const NEW = /(?<![\p{L}\p{M}])([\p{L}]*?)(?<!q)([òóỏõọ]a|[òóỏõọ]e|[ùúủũụ]y)(?![\p{L}\p{M}])/giu;
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

function scan(text: string, re: RegExp): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[1].length;
    out.push({ start, end: start + 2, pair: m[2], word: m[0] });
  }
  return out;
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
    const text = doc.plain;
    const olds = scan(text, OLD);
    if (olds.length === 0) return;
    const news = scan(text, NEW);
    if (news.length === 0) return;
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
