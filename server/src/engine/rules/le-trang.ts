import { defineRule } from './rule';
import { firstParagraphSpan, pt } from './format';
import { PAGE_RULES } from '../layout/model';

const M = PAGE_RULES.margin;
const TOLERANCE_MM = 0.3;
const SIDES = [['top', 'trên'], ['bottom', 'dưới'], ['left', 'trái'], ['right', 'phải']] as const;

export default defineRule({
  id: 'le-trang',
  title: 'Lề trang',
  description: 'Tệp Word: lề trên và lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm.',
  citation: M.citation,
  severity: 'warning',
  fixable: false,
  input: 'docx',
  docs: {
    why: 'Phụ lục I, mục I.3 quy định định lề trang: cách mép trên và mép dưới 20–25 mm, cách mép trái 30–35 mm, cách mép phải 15–20 mm. Lề trái rộng để đóng tập, lưu hồ sơ; lề mặc định của Word (25,4 mm hoặc 31,75 mm mỗi bên) không đúng.',
    right: [{ text: 'Lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm', base: 'cong-van', docx: {} }],
    wrong: [{ text: 'Lề trái 25 mm', base: 'cong-van', docx: { page: { margin: { left: 25 } } } }],
  },
  check({ doc, report }) {
    const sections = doc.format?.sections ?? [];
    sections.forEach((s, i) => {
      if (s.landscape) return; // a landscape table page: its sides turn; not judged
      const wrong: string[] = [];
      for (const [key, vi] of SIDES) {
        const [lo, hi] = M[key];
        const v = s.margin[key];
        if (v < lo - TOLERANCE_MM || v > hi + TOLERANCE_MM) wrong.push(`lề ${vi} ${pt(v)} mm (quy định ${lo}–${hi} mm)`);
      }
      if (wrong.length === 0) return;
      const where = sections.length > 1 ? ` (phần ${i + 1} của tệp)` : '';
      const text = wrong.join(', ');
      report({ ...firstParagraphSpan(doc), message: `${text[0].toUpperCase()}${text.slice(1)}${where}.` });
    });
  },
});
