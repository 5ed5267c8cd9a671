import { defineRule } from './rule';
import { replaceFix, q } from './util';

/** Reduplicated words that Vietnamese writes on purpose. */
const REDUPLICATION = new Set(['từ từ', 'ngày ngày', 'người người', 'nhà nhà', 'đời đời', 'mãi mãi', 'dần dần', 'thường thường', 'lần lần', 'nhiều nhiều', 'ai ai', 'đâu đâu', 'năm năm', 'tháng tháng', 'xa xa', 'khắp khắp']);
const WORD = /[\p{L}\p{M}]+/gu;
const MAX_PHRASE = 4;

export default defineRule({
  id: 'lap-tu',
  title: 'Lặp từ',
  description: 'Một từ hoặc cụm từ bị lặp liền nhau (“thực hiện thực hiện”).',
  citation: 'Yêu cầu diễn đạt chính xác, rõ ràng (Điều 8 khoản 2 điểm đ: nội dung văn bản)',
  severity: 'warning',
  fixable: true,
  needsDiacritics: true,
  check({ doc, report }) {
    const text = doc.plain;
    const starts: number[] = [];
    const ends: number[] = [];
    const keys: string[] = [];
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(text))) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      keys.push(m[0].toLocaleLowerCase('vi'));
    }
    const n = keys.length;
    const onlySpace = (a: number, b: number) => {
      for (let k = a; k < b; k++) {
        const c = text.charCodeAt(k);
        if (c !== 32 && c !== 10) return false;
      }
      return true;
    };
    let i = 0;
    while (i < n) {
      let found = 0;
      for (let len = MAX_PHRASE; len >= 1; len--) {
        if (i + 2 * len > n) continue;
        let same = true;
        for (let k = 0; k < len && same; k++) same = keys[i + k] === keys[i + len + k];
        if (!same) continue;
        // only whitespace between the words of both copies
        let spaced = true;
        for (let k = i; k < i + 2 * len - 1 && spaced; k++) spaced = onlySpace(ends[k], starts[k + 1]);
        if (!spaced) continue;
        if (len === 1 && (REDUPLICATION.has(keys[i] + ' ' + keys[i]) || keys[i].length < 2)) continue;
        found = len;
        break;
      }
      if (!found) {
        i++;
        continue;
      }
      const firstEnd = ends[i + found - 1];
      const secondStart = starts[i + found];
      const secondEnd = ends[i + 2 * found - 1];
      const phrase = doc.text.slice(starts[i], firstEnd).replace(/\s+/g, ' ');
      report({
        start: secondStart, end: secondEnd,
        message: `Lặp ${found > 1 ? 'cụm từ' : 'từ'} ${q(phrase)} liền nhau.`,
        fix: replaceFix('Bỏ phần lặp', { start: firstEnd, end: secondEnd }, ''),
      });
      i += 2 * found;
    }
  },
});
