import { defineRule } from './rule';
import { insertFix, replaceFix, q } from './util';
import { END_MARK_VARIANT_RE } from '../vocab';

export default defineRule({
  id: 'ket-thuc',
  title: 'Dấu kết thúc nội dung',
  description: 'Phần nội dung văn bản kết thúc bằng dấu “./.”.',
  citation: 'Phụ lục III, các mẫu 1.1–1.10',
  severity: 'warning',
  fixable: true,
  needsDiacritics: true,
  docs: {
    why: 'Các mẫu văn bản của Phụ lục III kết thúc phần nội dung bằng dấu “./.”, để không ai thêm được chữ vào sau nội dung đã ký.',
    right: [{ text: 'Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.', base: 'cong-van' }],
    wrong: [
      {
        text: 'Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện.',
        base: 'cong-van',
        replaces: 'Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.',
        note: 'Thiếu “./.” ở cuối nội dung.',
      },
    ],
  },
  check({ doc, report }) {
    if (doc.endMarker) return;
    if (doc.bodyEnd <= doc.bodyStart) return;
    const last = doc.lines[doc.bodyEnd - 1];
    if (!last) return;
    const t = last.text;
    if (END_MARK_VARIANT_RE.test(doc.text.slice(last.start, last.end))) return; // "/.", ". /.": khoang-trang's
    // "…thực hiện." → "…thực hiện./." is right wherever the content ends with a full stop; after
    // another mark or none the text may go on (a draft, a cut copy): only a suggestion
    // the last words of the content (from a word's start)
    let from = Math.max(last.start, last.end - 20);
    while (from > last.start && /[\p{L}\p{N}]/u.test(doc.text[from - 1])) from--;
    while (from < last.end && /\s/.test(doc.text[from])) from++;
    const span = { start: from, end: last.end, message: `Nội dung văn bản kết thúc bằng dấu ${q('./.')}.` };
    if (t.endsWith('.')) report({ ...span, fix: replaceFix('Kết thúc bằng “./.”', { start: last.end - 1, end: last.end }, './.') });
    else report({ ...span, suggestions: [/[;,:]$/.test(t) ? replaceFix('Kết thúc bằng “./.”', { start: last.end - 1, end: last.end }, './.') : insertFix('Thêm “./.”', last.end, './.')] });
  },
});
