import { defineRule } from './rule';
import { andOthers, formattedParts, pt, range, reportGrouped } from './format';
import { STYLES } from '../layout/model';

export default defineRule({
  id: 'co-chu',
  title: 'Cỡ chữ từng thành phần',
  description: 'Tệp Word: cỡ chữ của từng thành phần thể thức trong khoảng Phụ lục I quy định (Quốc hiệu 12–13, Tiêu ngữ 13–14, số ký hiệu 13, nội dung 13–14, “Nơi nhận” 12, danh sách nơi nhận 11 …).',
  citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II, III và V',
  severity: 'warning',
  fixable: false,
  input: 'docx',
  docs: {
    why: 'Phụ lục I quy định cỡ chữ cho từng thành phần thể thức (mục II, III và bảng mẫu chữ ở mục V): Quốc hiệu 12–13, Tiêu ngữ 13–14, tên cơ quan 12–13, số và ký hiệu 13, địa danh và ngày 13–14, tên loại và trích yếu 13–14, nội dung 13–14, “Nơi nhận:” 12, danh sách nơi nhận 11. Văn bản in ra khác cỡ thì sai thể thức.',
    right: [{ text: 'Quốc hiệu cỡ 12, Tiêu ngữ cỡ 13, nội dung cỡ 14, danh sách nơi nhận cỡ 11', base: 'cong-van', docx: {} }],
    wrong: [
      { text: 'Nội dung văn bản cỡ 12', base: 'cong-van', docx: { role: 'body', sizePt: 12 } },
      { text: 'Quốc hiệu cỡ 14', base: 'cong-van', docx: { role: 'quocHieu', sizePt: 14 } },
    ],
  },
  check({ doc, report }) {
    const items = [];
    for (const p of formattedParts(doc)) {
      if (p.role === 'other') continue;
      const st = STYLES[p.role];
      const [a, b] = st.sizes;
      if (p.sizePt >= a - 0.01 && p.sizePt <= b + 0.01) continue;
      items.push({
        key: `${p.role}|${p.sizePt}`,
        part: p,
        citation: st.citation,
        message: (n: number) => `${st.name[0].toUpperCase()}${st.name.slice(1)} cỡ ${pt(p.sizePt)}${andOthers(n)}; quy định cỡ ${range(st.sizes)}.`,
      });
    }
    reportGrouped(report, items);
  },
});
