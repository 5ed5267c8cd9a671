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
    // the block visibly closes: "QUYẾT ĐỊNH:", "NGHỊ QUYẾT:", "QUYẾT NGHỊ:" or "Điều 1." follows
    const lastLine = items.length ? items[items.length - 1].lines[items[items.length - 1].lines.length - 1] : null;
    const nextIdx = lastLine ? doc.lines.findIndex((l) => l.start > lastLine.end) : -1;
    const closes = nextIdx !== -1 && /^(QUYẾT ĐỊNH|NGHỊ QUYẾT|QUYẾT NGHỊ|Điều 1\b)/u.test(doc.lines[nextIdx].text);
    items.forEach((it, idx) => {
      const last = idx === items.length - 1;
      if (/;\s*Căn cứ\s/u.test(it.text)) {
        report({ start: it.start, end: it.end, message: 'Mỗi căn cứ viết trên một dòng riêng (sau mỗi căn cứ phải xuống dòng).' });
      }
      const end = endPunctuation(it.lines[it.lines.length - 1], last ? '.' : ';');
      if (!end) return;
      const message = last ? 'Căn cứ cuối cùng kết thúc bằng dấu chấm (.).' : 'Mỗi căn cứ kết thúc bằng dấu chấm phẩy (;).';
      if (last && !closes) report({ start: end.start, end: end.end, message, suggestions: [end.fix] });
      else report({ ...end, message });
    });
  },
});
