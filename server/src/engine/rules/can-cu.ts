import { defineRule } from './rule';
import { QD_CAN_CU } from './examples';
import { endPunctuation, insertFix, q } from './util';

export default defineRule({
  id: 'can-cu',
  title: 'Căn cứ ban hành',
  description: 'Trong quyết định, nghị quyết: mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.); “QUYẾT ĐỊNH:” có dấu hai chấm. (Cách viện dẫn luật, pháp lệnh trong căn cứ: quy tắc trich-dan.)',
  citation: 'Phụ lục I, mục II.6.a',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Căn cứ ban hành của quyết định, nghị quyết: mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.) ' +
      '(Phụ lục I, mục II.6.a). Cách ghi một luật, pháp lệnh được viện dẫn làm căn cứ do quy tắc trich-dan kiểm tra.',
    right: [{ text: QD_CAN_CU, base: 'quyet-dinh' }],
    wrong: [
      {
        text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025,',
        base: 'quyet-dinh',
        replaces: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        note: 'Căn cứ kết thúc bằng dấu phẩy.',
      },
      {
        text: 'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ;\nQUYẾT ĐỊNH:',
        base: 'quyet-dinh',
        replaces: 'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.\nQUYẾT ĐỊNH:',
        note: 'Dòng cuối cùng phải kết thúc bằng dấu chấm.',
      },
    ],
  },
  check({ doc, report }) {
    if (!doc.type?.canCu) return;
    const items = doc.canCu;
    // the block visibly closes: "QUYẾT ĐỊNH:", "NGHỊ QUYẾT:", "QUYẾT NGHỊ:" or "Điều 1." follows
    const lastLine = items.length ? items[items.length - 1].lines[items[items.length - 1].lines.length - 1] : null;
    const nextIdx = lastLine ? doc.lines.findIndex((l) => l.start > lastLine.end) : -1;
    const closes = nextIdx !== -1 && /^(QUYẾT ĐỊNH|NGHỊ QUYẾT|QUYẾT NGHỊ|Điều 1\b)/u.test(doc.lines[nextIdx].text);
    // "QUYẾT ĐỊNH:" (Mẫu 1.2, 1.3), "NGHỊ QUYẾT:", "QUYẾT NGHỊ:" before the articles
    if (nextIdx !== -1) {
      const l = doc.lines[nextIdx];
      const m = /^(QUYẾT ĐỊNH|NGHỊ QUYẾT|QUYẾT NGHỊ)\s*$/u.exec(l.text);
      if (m) report({ start: l.start, end: l.end, message: `Sau ${q(m[1])} (trước các điều) có dấu hai chấm: ${q(m[1] + ':')}.`, citation: 'Phụ lục III, mẫu 1.1–1.3', fix: insertFix('Thêm dấu hai chấm', l.end, ':') });
    }
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
