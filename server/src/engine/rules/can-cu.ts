import { defineRule } from './rule';
import { endPunctuation } from './util';

export default defineRule({
  id: 'can-cu',
  title: 'Căn cứ ban hành',
  description: 'Trong quyết định, nghị quyết: mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.).',
  citation: 'Phụ lục I, mục II.6.a',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  check({ doc, report }) {
    if (!doc.type?.canCu) return;
    const items = doc.canCu;
    items.forEach((it, idx) => {
      const last = idx === items.length - 1;
      if (/;\s*Căn cứ\s/u.test(it.text)) {
        report({ start: it.start, end: it.end, message: 'Mỗi căn cứ viết trên một dòng riêng (sau mỗi căn cứ phải xuống dòng).' });
      }
      const end = endPunctuation(it.lines[it.lines.length - 1], last ? '.' : ';');
      if (end) report({ ...end, message: last ? 'Căn cứ cuối cùng kết thúc bằng dấu chấm (.).' : 'Mỗi căn cứ kết thúc bằng dấu chấm phẩy (;).' });
    });
  },
});
