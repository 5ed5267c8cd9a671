import { defineRule } from './rule';
import { replaceFix, q } from './util';
import { romanValue, toRoman } from '../text/vietnamese';

function numberOf(t: string): string | null {
  const m = /(?:PHỤ LỤC|[Pp]hụ\s+lục)\s+([IVXLC]+|\d+)/u.exec(t);
  return m ? m[1] : null;
}

export default defineRule({
  id: 'phu-luc',
  title: 'Phụ lục',
  description: 'Có từ hai phụ lục trở lên thì đánh số bằng chữ số La Mã; phụ lục được dẫn chiếu trong nội dung văn bản.',
  citation: 'Phụ lục I, mục III.1',
  severity: 'warning',
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Văn bản có phụ lục thì phải dẫn chiếu phụ lục trong nội dung; có từ hai phụ lục trở lên thì đánh số bằng chữ số La Mã (Phụ lục I, mục III.1). ' +
      'Phụ lục không được nhắc tới dễ bị tách rời, thất lạc khỏi văn bản.',
    right: [{ text: 'chi tiết tại Phụ lục I kèm theo./.', base: 'ke-hoach' }],
    wrong: [{ text: 'chi tiết tại Phụ lục 1 và Phụ lục 2 kèm theo./.', base: 'ke-hoach', replaces: 'chi tiết tại Phụ lục I kèm theo./.', note: 'Hai phụ lục trở lên đánh số La Mã.' }],
  },
  check({ doc, report }) {
    const { headings, references } = doc.phuLuc;
    const value = (n: string | null) => (n ? romanValue(n) ?? (/^\d+$/.test(n) ? +n : null) : null);
    // Roman numerals are asked for when the document has two or more appendices of its own
    const own = new Set([...headings, ...references].map((p) => value(numberOf(p.text))).filter((v) => v !== null));
    const numbered = own.size >= 2 ? [...headings, ...references] : [];
    for (const p of numbered) {
      const n = numberOf(p.text);
      if (n && /^\d+$/.test(n)) {
        const roman = toRoman(+n);
        const at = p.start + p.text.lastIndexOf(n);
        report({ start: at, end: at + n.length, message: `Phụ lục đánh số bằng chữ số La Mã: ${q('Phụ lục ' + roman)}.`, fix: replaceFix('Đổi sang số La Mã', { start: at, end: at + n.length }, roman) });
      }
    }
    const referenced = new Set(references.map((r) => value(numberOf(r.text))));
    const existing = new Set(headings.map((h) => value(numberOf(h.text))));
    if (headings.length === 0) return;
    for (const h of headings) {
      const v = value(numberOf(h.text));
      if (v !== null && !referenced.has(v)) {
        report({ ...h, message: `${q(h.text)} chưa được dẫn chiếu trong nội dung văn bản (ví dụ ${q('chi tiết tại Phụ lục ' + toRoman(v) + ' kèm theo')}).` });
      }
    }
    for (const r of references) {
      const v = value(numberOf(r.text));
      if (v !== null && existing.size > 0 && !existing.has(v)) {
        report({ ...r, message: `Nội dung dẫn chiếu ${q(r.text)} nhưng văn bản không có phụ lục này.` });
      }
    }
  },
});
