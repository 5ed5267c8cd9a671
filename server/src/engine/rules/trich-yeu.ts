import { defineRule } from './rule';
import { replaceFix, q } from './util';
import { isAllCaps } from '../text/vietnamese';

const MAX_WORDS = 40;

export default defineRule({
  id: 'trich-yeu',
  title: 'Trích yếu nội dung',
  description: 'Văn bản có trích yếu; trích yếu công văn bắt đầu bằng “V/v”; văn bản có tên loại không dùng “V/v”.',
  citation: 'Phụ lục I, mục II.5',
  severity: 'warning',
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Trích yếu nêu ngắn gọn nội dung văn bản (Phụ lục I, mục II.5). Trích yếu của công văn bắt đầu bằng “V/v” (về việc) và đặt dưới số, ký hiệu; ' +
      'văn bản có tên loại đặt trích yếu dưới tên loại và không dùng “V/v” (quyết định viết “Về việc …”).',
    right: [
      { text: 'V/v báo cáo tình hình giải ngân vốn đầu tư công quý I năm 2026', base: 'cong-van' },
      { text: 'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn', base: 'quyet-dinh' },
    ],
    wrong: [
      { text: 'V/V báo cáo tình hình giải ngân vốn đầu tư công quý I năm 2026', base: 'cong-van', replaces: 'V/v báo cáo', note: '“V/v” viết chữ v thường.' },
      {
        text: 'QUYẾT ĐỊNH\nV/v thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn',
        base: 'quyet-dinh',
        replaces: 'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn',
        note: 'Văn bản có tên loại không dùng “V/v”.',
      },
    ],
  },
  check({ doc, report }) {
    const type = doc.type;
    const ty = doc.trichYeu;
    if (!type) return;
    if (!ty) {
      if (!type.trichYeu) return;
      const at = doc.tenLoai ?? doc.soKyHieu;
      if (!at) return;
      report({
        start: at.start, end: at.end,
        severity: type.name === 'Công văn' ? 'error' : 'warning',
        message: type.name === 'Công văn'
          ? `Công văn thiếu trích yếu ${q('V/v …')} dưới số, ký hiệu.`
          : `Thiếu trích yếu nội dung dưới tên loại ${q(type.heading ?? type.name)}.`,
      });
      return;
    }
    const head = /^(V\s*\/\s*[Vv])(?=\s|$)/iu.exec(ty.text);
    const headSpan = head ? { start: ty.start, end: ty.start + head[0].length } : null;
    if (type.name === 'Công văn') {
      const long = /^V[eề] việc(?=\s)/u.exec(ty.text);
      if (long && !doc.tenLoai) {
        const span = { start: ty.start, end: ty.start + long[0].length };
        report({ ...span, message: `Trích yếu công văn viết sau chữ ${q('V/v')} (đang là ${q(long[0])}).`, fix: replaceFix('Sửa thành “V/v”', span, 'V/v') });
      }
      if (head && head[0] !== 'V/v' && headSpan) {
        report({ ...headSpan, message: `Trích yếu công văn viết ${q('V/v')} (đang là ${q(head[0])}).`, fix: replaceFix('Sửa thành “V/v”', headSpan, 'V/v') });
      }
    } else if (head && headSpan) {
      report({
        ...headSpan,
        severity: 'warning',
        message: `Chỉ công văn dùng ${q('V/v')}; ${type.name.toLowerCase()} ghi trích yếu bằng một cụm từ (ví dụ ${q('Về việc …')}).`,
        suggestions: [replaceFix('Thay bằng “Về việc”', headSpan, 'Về việc')],
      });
    }
    if (type.name !== 'Công văn' && isAllCaps(ty.text) && ty.text.length > 12) {
      report({ start: ty.start, end: ty.lines[0].end, message: `Trích yếu nội dung viết chữ in thường (in đậm), không viết in hoa toàn bộ.`, citation: 'Phụ lục I, mục II.5.a và mục V (mẫu chữ)' });
    }
    const words = ty.text.split(/\s+/).filter(Boolean).length;
    if (words > MAX_WORDS) {
      report({ start: ty.start, end: ty.lines[0].end, severity: 'info', message: `Trích yếu dài ${words} từ; trích yếu là một câu ngắn gọn hoặc một cụm từ.` });
    }
  },
});
