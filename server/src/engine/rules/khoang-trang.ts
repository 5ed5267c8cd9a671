import { defineRule } from './rule';
import { replaceFix, q } from './util';
import { END_MARK_VARIANT_RE } from '../vocab';

const WORDISH = /[\p{L}\p{N}]/u;
/** A line with two spaces, a space before a mark, or a closing mark: the only lines worth a look. */
const MAYBE = /  | [,;:.]|\/\.\s*$/;
/** Before a run of spaces, what makes it a gap between words (or after a mark). */
const isLeft = (ch: string | undefined) => !!ch && (WORDISH.test(ch) || ',;:.)'.includes(ch));
const isRight = (ch: string | undefined) => !!ch && (WORDISH.test(ch) || '(“"'.includes(ch));
/** Before the spaces that stand before a mark: a word, a closing bracket or quote. */
const isMarkLeft = (ch: string | undefined) => !!ch && (WORDISH.test(ch) || ')”"'.includes(ch));

export default defineRule({
  id: 'khoang-trang',
  title: 'Khoảng trắng và dấu câu',
  description: 'Trong nội dung: không có hai dấu cách liền nhau, không có dấu cách trước dấu phẩy, chấm phẩy, hai chấm, chấm; dấu kết thúc viết liền “./.”.',
  citation: 'Chính tả tiếng Việt; Phụ lục III, các mẫu 1.1–1.10 (dấu “./.”)',
  severity: 'info',
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Trong chính tả tiếng Việt, dấu phẩy, dấu chấm phẩy, dấu hai chấm và dấu chấm đứng liền sau chữ; giữa hai từ chỉ có một dấu cách. Dấu kết thúc nội dung ' +
      'là “./.” viết liền (các mẫu của Phụ lục III). Văn bản dán từ Word hoặc PDF thường mang theo dấu cách thừa.',
    right: [{ text: '1. Rà soát, tổng hợp kết quả giải ngân vốn đầu tư công quý I năm 2026.', base: 'cong-van' }],
    wrong: [
      { text: '1. Rà soát , tổng hợp kết quả  giải ngân vốn đầu tư công quý I năm 2026.', base: 'cong-van', replaces: '1. Rà soát, tổng hợp kết quả giải ngân vốn đầu tư công quý I năm 2026.', note: 'Dấu cách trước dấu phẩy; hai dấu cách liền nhau.' },
      { text: 'Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện. /.', base: 'cong-van', replaces: 'Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.', note: 'Dấu kết thúc viết liền “./.”.' },
    ],
  },
  check({ doc, report }) {
    for (let i = doc.bodyStart; i < doc.bodyEnd; i++) {
      const line = doc.lines[i];
      // doc.text: Markdown markers are blanked in line.text, and "**5/2026**." has no space
      const t = doc.text.slice(line.start, line.end);
      if (t.includes('|') || t.includes('....') || t.includes('…') || t.includes('____')) continue; // a table row, a form's dotted blanks
      if (!MAYBE.test(t)) continue;
      // one pass over the runs of spaces of the line
      for (let p = t.indexOf(' '); p !== -1; p = t.indexOf(' ', p)) {
        let e = p;
        while (t[e] === ' ') e++;
        const next = t[e];
        const mark = next === ',' || next === ';' || (next === ':' && t[e + 1] !== '/') || (next === '.' && !/[./\d]/.test(t[e + 1] ?? ''));
        if (mark && isMarkLeft(t[p - 1])) {
          const start = line.start + p;
          const end = line.start + e;
          report({ start, end: end + 1, severity: 'warning', message: `Thừa dấu cách trước ${q(next)}.`, fix: replaceFix('Bỏ dấu cách', { start, end }, '') });
        } else if (e - p >= 2 && isLeft(t[p - 1]) && isRight(next)) {
          const start = line.start + p;
          report({ start, end: line.start + e, severity: 'info', message: 'Hai dấu cách liền nhau: giữa hai từ chỉ có một dấu cách.', fix: replaceFix('Bỏ dấu cách thừa', { start, end: line.start + e }, ' ') });
        }
        p = e;
      }
      const bad = i === doc.bodyEnd - 1 ? END_MARK_VARIANT_RE.exec(t) : null;
      if (bad) {
        const start = line.start + bad.index;
        const span = { start, end: start + bad[1].length };
        report({ ...span, severity: 'warning', message: `Dấu kết thúc nội dung viết liền ${q('./.')} (đang là ${q(bad[1])}).`, fix: replaceFix('Sửa thành “./.”', span, './.') });
      }
    }
  },
});
