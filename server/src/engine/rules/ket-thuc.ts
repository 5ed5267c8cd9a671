import { defineRule } from './rule';
import { insertFix, replaceFix, q } from './util';

export default defineRule({
  id: 'ket-thuc',
  title: 'Dấu kết thúc nội dung',
  description: 'Phần nội dung văn bản kết thúc bằng dấu “./.”.',
  citation: 'Phụ lục III, các mẫu 1.1–1.10',
  severity: 'warning',
  fixable: true,
  needsDiacritics: true,
  check({ doc, report }) {
    if (doc.endMarker) return;
    if (doc.bodyEnd <= doc.bodyStart) return;
    const last = doc.lines[doc.bodyEnd - 1];
    if (!last) return;
    const t = last.text;
    // "…thực hiện." → "…thực hiện./." is right wherever the content ends with a full stop; after
    // another mark or none the text may go on (a draft, a cut copy): only a suggestion
    const span = { start: Math.max(last.start, last.end - 20), end: last.end, message: `Nội dung văn bản kết thúc bằng dấu ${q('./.')}.` };
    if (t.endsWith('.')) report({ ...span, fix: replaceFix('Kết thúc bằng “./.”', { start: last.end - 1, end: last.end }, './.') });
    else report({ ...span, suggestions: [/[;,:]$/.test(t) ? replaceFix('Kết thúc bằng “./.”', { start: last.end - 1, end: last.end }, './.') : insertFix('Thêm “./.”', last.end, './.')] });
  },
});
