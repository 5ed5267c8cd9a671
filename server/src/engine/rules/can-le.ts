import { defineRule } from './rule';
import { andOthers, formattedParts, reportGrouped } from './format';
import { STYLES, type Align } from '../layout/model';

const ALIGN_VI: Record<Align, string> = { left: 'căn trái', right: 'căn phải', center: 'canh giữa', justify: 'căn đều hai lề' };

export default defineRule({
  id: 'can-le',
  title: 'Căn lề từng thành phần',
  description: 'Tệp Word: nội dung văn bản căn đều hai lề; Quốc hiệu, Tiêu ngữ, tên cơ quan, số ký hiệu, địa danh và ngày, tên loại, trích yếu, phần, chương, mục, phụ lục canh giữa; “Nơi nhận:” sát lề trái.',
  citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e',
  severity: 'warning',
  fixable: false,
  input: 'docx',
  docs: {
    why: 'Phụ lục I, mục II.6.e quy định nội dung văn bản “được canh đều cả hai lề”; các mục II.1 đến II.5 và III.1 đặt Quốc hiệu, Tiêu ngữ, tên cơ quan, số ký hiệu, địa danh và ngày, tên loại, trích yếu, phụ lục canh giữa; mục II.9.d đặt từ “Nơi nhận” sát lề trái.',
    right: [{ text: 'Nội dung căn đều hai lề, tên loại và trích yếu canh giữa', base: 'quyet-dinh', docx: {} }],
    wrong: [
      { text: 'Nội dung văn bản căn trái', base: 'cong-van', docx: { role: 'body', align: 'left' } },
      { text: 'Tên loại văn bản căn trái', base: 'quyet-dinh', docx: { role: 'tenLoai', align: 'left' } },
    ],
  },
  check({ doc, report }) {
    const items = [];
    for (const p of formattedParts(doc)) {
      const st = STYLES[p.role];
      if (p.role === 'other' || !st.prescribed.align || p.shared || p.align === st.align) continue;
      // a one-line heading cell: left or justified looks the same as centred only when it is not
      items.push({
        key: `${p.role}|${p.align}`,
        part: p,
        citation: st.citation,
        message: (n: number) => `${st.name[0].toUpperCase()}${st.name.slice(1)} ${ALIGN_VI[p.align]}${andOthers(n)}; quy định ${ALIGN_VI[st.align]}.`,
      });
    }
    reportGrouped(report, items);
  },
});
