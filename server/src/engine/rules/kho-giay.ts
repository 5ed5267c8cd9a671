import { defineRule } from './rule';
import { firstParagraphSpan, pt } from './format';
import { PAGE_RULES } from '../layout/model';

const A4 = PAGE_RULES.size;
const TOLERANCE_MM = 1;

function known(w: number, h: number): string {
  const [a, b] = [Math.min(w, h), Math.max(w, h)];
  if (Math.abs(a - 215.9) < 1 && Math.abs(b - 279.4) < 1) return ' (Letter)';
  if (Math.abs(a - 215.9) < 1 && Math.abs(b - 355.6) < 1) return ' (Legal)';
  if (Math.abs(a - 148) < 1 && Math.abs(b - 210) < 1) return ' (A5)';
  if (Math.abs(a - 297) < 1 && Math.abs(b - 420) < 1) return ' (A3)';
  return '';
}

export default defineRule({
  id: 'kho-giay',
  title: 'Khổ giấy A4',
  description: 'Tệp Word: trang khổ A4 (210 × 297 mm); trình bày theo chiều dài, trang nằm ngang chỉ cho các bảng, biểu.',
  citation: A4.citation,
  severity: 'warning',
  fixable: false,
  input: 'docx',
  docs: {
    why: 'Phụ lục I, mục I.1 quy định văn bản hành chính trình bày trên khổ A4 (210 mm × 297 mm); mục I.2: theo chiều dài của khổ A4, chiều rộng chỉ dùng cho trang có bảng, biểu. Tệp soạn trên khổ Letter (mặc định của Word bản tiếng Anh) in ra sẽ lệch lề và ngắt trang khác.',
    right: [{ text: 'Trang khổ A4 (210 × 297 mm)', base: 'cong-van', docx: {} }],
    wrong: [{ text: 'Trang khổ Letter (215,9 × 279,4 mm)', base: 'cong-van', docx: { page: { widthMm: 215.9, heightMm: 279.4 } } }],
  },
  check({ doc, report }) {
    const sections = doc.format?.sections ?? [];
    sections.forEach((s, i) => {
      const [a, b] = [Math.min(s.widthMm, s.heightMm), Math.max(s.widthMm, s.heightMm)];
      const where = sections.length > 1 ? ` (phần ${i + 1} của tệp)` : '';
      if (Math.abs(a - A4.widthMm) > TOLERANCE_MM || Math.abs(b - A4.heightMm) > TOLERANCE_MM) {
        report({ ...firstParagraphSpan(doc), message: `Khổ giấy ${pt(s.widthMm)} × ${pt(s.heightMm)} mm${known(s.widthMm, s.heightMm)}${where}; quy định khổ A4 (210 × 297 mm).` });
      } else if (i === 0 && s.landscape) {
        report({ ...firstParagraphSpan(doc), severity: 'info', message: 'Trang đầu trình bày theo chiều rộng; văn bản trình bày theo chiều dài khổ A4, chiều rộng chỉ dùng cho trang có bảng, biểu.', citation: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.2' });
      }
    });
  },
});
