import { defineRule } from './rule';
import { replaceFix, q } from './util';
import { wordsOf } from '../text/words';
import type { VanBan } from '../model/vanban';
import { swapTone } from '../text/vietnamese';

const MAX_REPORTS = 30;

interface Hit { start: number; end: number; pair: string; word: string }

/** Words ending in an old-style and in a new-style tone placement (found by the word scan). */
function scan(doc: VanBan): { olds: Hit[]; news: Hit[] } {
  const text = doc.plain;
  const { starts, ends, oldTone, newTone } = wordsOf(doc);
  const hit = (k: number): Hit => ({ start: ends[k] - 2, end: ends[k], pair: text.slice(ends[k] - 2, ends[k]), word: text.slice(starts[k], ends[k]) });
  return { olds: oldTone.map(hit), news: newTone.map(hit) };
}

export default defineRule({
  id: 'thanh-dieu',
  title: 'Cách bỏ dấu thanh thống nhất',
  description: 'Không dùng lẫn cách bỏ dấu cũ và mới trong một văn bản (hoà/hòa, uỷ/ủy).',
  citation: 'Tính thống nhất của văn bản; Nghị định 30 dùng “CỘNG HÒA”, “ỦY BAN” trong các mẫu',
  severity: 'info',
  fixable: false,
  hasSuggestions: true,
  needsDiacritics: true,
  regimes: ['nd30', 'party', 'qppl'],
  docs: {
    why:
      'Tiếng Việt có hai cách đặt dấu thanh (“hòa”/“hoà”, “ủy”/“uỷ”); cả hai đều gặp, nhưng dùng lẫn trong một văn bản là thiếu thống nhất và làm tìm kiếm sai. ' +
      'Các mẫu của Nghị định 30 viết “CỘNG HÒA”, “ỦY BAN”, nên Thể thức gợi ý cách mới; đây chỉ là thông tin.',
    right: [{ text: 'TM. ỦY BAN NHÂN DÂN', base: 'quyet-dinh', note: 'Cả văn bản cùng viết “Ủy”.' }],
    wrong: [{ text: 'TM. UỶ BAN NHÂN DÂN', base: 'quyet-dinh', replaces: 'TM. ỦY BAN NHÂN DÂN', note: 'Các chỗ khác của văn bản viết “Ủy”.' }],
  },
  check({ doc, report }) {
    const { olds, news } = scan(doc);
    if (olds.length === 0 || news.length === 0) return;
    const minority = olds.length <= news.length ? olds : news;
    const majorityName = olds.length <= news.length ? 'mới (hòa, ủy)' : 'cũ (hoà, uỷ)';
    const qh = doc.quocHieu;
    for (const h of minority.filter((x) => !qh || x.end <= qh.start || x.start >= qh.end).slice(0, MAX_REPORTS)) {
      const fixed = swapTone(h.pair);
      const wordStart = h.start - (h.word.length - 2);
      report({
        start: wordStart, end: h.end,
        message: `${q(h.word)} bỏ dấu khác với phần lớn văn bản (cách ${majorityName}); nên thống nhất một cách bỏ dấu.`,
        suggestions: [replaceFix(`Sửa thành “${h.word.slice(0, -2)}${fixed}”`, { start: h.start, end: h.end }, fixed)],
      });
    }
  },
});
