import { defineRule } from './rule';
import { firstParagraphSpan } from './format';
import { PAGE_RULES } from '../layout/model';

/** "Times New Roman" as Word names it (any case, spaces kept). */
const TNR = /^times new roman$/i;

export default defineRule({
  id: 'phong-chu',
  title: 'Phông chữ Times New Roman',
  description: 'Tệp Word: toàn văn bản dùng phông chữ Times New Roman (bộ mã Unicode, TCVN 6909:2001).',
  citation: PAGE_RULES.font.citation,
  severity: 'warning',
  fixable: false,
  input: 'docx',
  docs: {
    why: 'Phụ lục I, mục I.4 quy định phông chữ tiếng Việt Times New Roman, bộ mã Unicode theo TCVN 6909:2001, màu đen. Văn bản dùng phông khác (Arial, Calibri, .VnTime của bộ mã TCVN3 cũ) trình bày sai thể thức và có thể hiện sai dấu trên máy khác.',
    right: [{ text: 'Toàn văn bản dùng phông Times New Roman', base: 'cong-van', docx: {} }],
    wrong: [{ text: 'Toàn văn bản dùng phông Arial', base: 'cong-van', docx: { font: 'Arial' } }],
  },
  check({ doc, report }) {
    const read = doc.format;
    if (!read) return;
    // one finding per font other than Times New Roman, on its first run, counting its paragraphs
    const seen = new Map<string, { start: number; end: number; paragraphs: Set<number> }>();
    for (const p of read.paragraphs) {
      for (const r of p.runs) {
        if (r.font === null || TNR.test(r.font.trim()) || !/[\p{L}\p{N}]/u.test(read.text.slice(r.start, r.end))) continue;
        const name = r.font.trim();
        const s = seen.get(name) ?? { start: r.start, end: r.end, paragraphs: new Set<number>() };
        s.paragraphs.add(p.paragraph);
        seen.set(name, s);
      }
    }
    for (const [name, s] of seen) {
      const n = s.paragraphs.size;
      const legacy = /^\.?vn/i.test(name) ? ' (phông của bộ mã TCVN3 cũ)' : '';
      report({
        start: s.start, end: s.end, original: true,
        message: `Phông chữ “${name}”${legacy} trong ${n} đoạn; văn bản hành chính dùng phông Times New Roman.`,
      });
    }
    if (seen.size === 0 && read.paragraphs.every((p) => p.runs.every((r) => r.font === null)) && read.paragraphs.some((p) => p.runs.length)) {
      // nothing names a font: Word falls back to its own default, which need not be Times New Roman
      report({ ...firstParagraphSpan(doc), severity: 'info', message: 'Tệp không ghi phông chữ nào; hãy đặt phông Times New Roman cho văn bản.' });
    }
  },
});
