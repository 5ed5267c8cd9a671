import { defineRule } from './rule';
import { andOthers, dominant, formattedParts, reportGrouped } from './format';
import { STYLES } from '../layout/model';

const style = (bold: boolean, italic: boolean) => `${italic ? 'nghiêng' : 'đứng'}${bold ? ', đậm' : ''}`;

export default defineRule({
  id: 'kieu-chu',
  title: 'Kiểu chữ đứng, đậm, nghiêng từng thành phần',
  description: 'Tệp Word: kiểu chữ (đứng, đậm, nghiêng) của từng thành phần thể thức đúng Phụ lục I (Quốc hiệu, Tiêu ngữ, tên cơ quan ban hành, tên loại, trích yếu đậm; địa danh và ngày, căn cứ nghiêng; “Nơi nhận:” nghiêng, đậm; “Điều N.” đậm …).',
  citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II, III và V',
  severity: 'warning',
  fixable: false,
  input: 'docx',
  docs: {
    why: 'Phụ lục I quy định kiểu chữ của từng thành phần: Quốc hiệu, Tiêu ngữ, tên cơ quan ban hành, tên loại, trích yếu, quyền hạn và họ tên người ký in đứng, đậm; tên cơ quan chủ quản, số và ký hiệu, trích yếu công văn in đứng, không đậm; địa danh và ngày, căn cứ ban hành in nghiêng; từ “Nơi nhận:” in nghiêng, đậm; từ “Điều”, số và tiêu đề điều in đậm.',
    right: [{ text: 'Tiêu ngữ in đứng, đậm; địa danh và ngày in nghiêng', base: 'cong-van', docx: {} }],
    wrong: [
      { text: 'Tiêu ngữ không in đậm', base: 'cong-van', docx: { role: 'tieuNgu', bold: false } },
      { text: 'Địa danh và ngày in đứng', base: 'cong-van', docx: { role: 'placeDate', italic: false } },
    ],
  },
  check({ doc, report }) {
    const items = [];
    const text = doc.format?.text ?? '';
    for (const p of formattedParts(doc)) {
      if (p.role === 'other') continue;
      const st = STYLES[p.role];
      let bold = p.bold;
      let italic = p.italic;
      if (p.role === 'dieu') {
        // only "Điều N." (and a title) is prescribed bold: judge the marker
        const m = /^Điều\s+\d+[a-zđ]?\s*[.:]?/u.exec(p.text);
        if (!m) continue;
        bold = dominant(text, p.paragraph.runs, p.start, p.start + m[0].length, (r) => r.bold) ?? bold;
        italic = dominant(text, p.paragraph.runs, p.start, p.start + m[0].length, (r) => r.italic) ?? italic;
      }
      const wrongBold = st.prescribed.bold && bold !== st.bold;
      const wrongItalic = st.prescribed.italic && italic !== st.italic;
      if (!wrongBold && !wrongItalic) continue;
      const what = [wrongBold ? (bold ? 'in đậm' : 'không in đậm') : '', wrongItalic ? (italic ? 'in nghiêng' : 'không in nghiêng') : ''].filter(Boolean).join(', ');
      const name = p.role === 'dieu' ? '“Điều” và số thứ tự điều' : `${st.name[0].toUpperCase()}${st.name.slice(1)}`;
      items.push({
        key: `${p.role}|${wrongBold}|${bold}|${wrongItalic}|${italic}`,
        part: p,
        citation: st.citation,
        message: (n: number) => `${name} ${what}${andOthers(n)}; quy định chữ ${style(st.bold, st.italic)}.`,
      });
    }
    reportGrouped(report, items);
  },
});
