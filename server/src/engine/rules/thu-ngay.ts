import { defineRule } from './rule';
import { replaceFix, q } from './util';
import { weekdayOf } from '../dates/dates';

// "thứ Sáu, ngày 04/12/2026", "Thứ 6 (04/12/2026)", "chủ nhật, ngày …"
const WEEKDAY_BEFORE = /(thứ\s*(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s*nhật)\s*[,(]?\s*(?:ngày\s*)?$/iu;
const WORD_TO_DAY: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };
const DAY_WORDS = ['Chủ nhật', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy'];

export default defineRule({
  id: 'thu-ngay',
  title: 'Thứ trong tuần khớp ngày',
  description: 'Thứ ghi cạnh một ngày (“thứ Sáu, ngày 04/12/2026”) đúng là thứ của ngày đó.',
  citation: 'Tính chính xác của thời gian ghi trong văn bản',
  severity: 'warning',
  fixable: false,
  hasSuggestions: true,
  regimes: ['nd30', 'party', 'qppl'],
  docs: {
    why: 'Thứ ghi cạnh một ngày phải đúng là thứ của ngày đó; khi thứ và ngày lệch nhau, người nhận không biết theo thứ hay theo ngày.',
    right: [{ text: 'trước thứ Sáu, ngày 04/12/2026', base: 'cong-van', replaces: 'trước ngày 20/3/2026' }],
    wrong: [{ text: 'trước thứ Năm, ngày 04/12/2026', base: 'cong-van', replaces: 'trước ngày 20/3/2026', note: 'Ngày 04/12/2026 là thứ Sáu.' }],
  },
  check({ doc, report }) {
    for (const d of doc.dates) {
      if (!d.valid || !d.iso) continue;
      const from = Math.max(0, d.start - 30);
      const before = doc.plain.slice(from, d.start);
      const m = WEEKDAY_BEFORE.exec(before);
      if (!m) continue;
      const actual = weekdayOf(d.iso);
      const named = m[2] ? WORD_TO_DAY[m[2].toLocaleLowerCase('vi')] : 0;
      if (named === actual) continue;
      const span = { start: from + m.index, end: from + m.index + m[1].length };
      const written = m[1];
      let right: string;
      if (actual === 0) right = /^\p{Lu}/u.test(written) ? 'Chủ nhật' : 'chủ nhật';
      else {
        const thu = written.startsWith('T') ? 'Thứ' : 'thứ';
        const numeric = m[2] && /\d/.test(m[2]);
        right = `${thu} ${numeric ? String(actual + 1) : DAY_WORDS[actual]}`;
      }
      report({
        ...span,
        message: `Ngày ${q(doc.text.slice(d.start, d.end))} là ${actual === 0 ? 'Chủ nhật' : 'thứ ' + DAY_WORDS[actual]}, không phải ${q(written)}.`,
        // the weekday or the date may be the wrong one: the user decides
        suggestions: [replaceFix(`Sửa thành “${right}”`, span, right)],
      });
    }
  },
});
