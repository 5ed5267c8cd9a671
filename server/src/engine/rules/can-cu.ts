import { defineRule } from './rule';
import { QD_CAN_CU } from './examples';
import { endPunctuation, insertFix, q, replaceFix } from './util';

export default defineRule({
  id: 'can-cu',
  title: 'Căn cứ ban hành',
  description: 'Trong quyết định, nghị quyết: mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.); luật, pháp lệnh ghi tên và ngày thông qua, không ghi số, ký hiệu; “QUYẾT ĐỊNH:” có dấu hai chấm.',
  citation: 'Phụ lục I, mục II.6.a',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Căn cứ ban hành của quyết định, nghị quyết: mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.) ' +
      '(Phụ lục I, mục II.6.a). Luật, pháp lệnh chỉ ghi tên loại và tên văn bản, không ghi số, ký hiệu.',
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
      // "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;": a Luật or Pháp lệnh
      // is cited by its name and date only, without its number, symbol or issuer
      const law = /^Căn cứ\s+(?:Bộ\s+luật|Luật|Pháp lệnh)\s/u.test(it.text);
      const extra = law ? /\s(số\s+\d+\/\d{4}\/(?:QH|UBTVQH)\d*|của\s+(?:Quốc hội|Ủy ban Thường vụ Quốc hội))/u.exec(it.text) : null;
      if (extra) {
        const at = it.start + it.text.indexOf(extra[1]);
        const line = it.lines.find((l) => l.start <= at && at < l.end);
        const span = { start: at, end: at + extra[1].length };
        report({
          ...span, severity: 'warning',
          message: `Căn cứ là luật, pháp lệnh thì ghi tên và ngày thông qua, không ghi số, ký hiệu và cơ quan ban hành (${q(extra[1])}).`,
          suggestions: line && span.end <= line.end ? [replaceFix('Bỏ số, ký hiệu hoặc cơ quan ban hành', { start: span.start - 1, end: span.end }, '')] : undefined,
        });
      }
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
