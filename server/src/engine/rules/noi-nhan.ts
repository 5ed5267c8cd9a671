import { defineRule } from './rule';
import { CV_NOI_NHAN } from './examples';
import { endPunctuation, insertFix, replaceFix, q } from './util';
import { foldKey } from '../text/vietnamese';

const LUU = /^- Lưu: VT(?:,\s*\S.*)?\.$/u;

export default defineRule({
  id: 'noi-nhan',
  title: 'Nơi nhận',
  description: '“Nơi nhận:” có dấu hai chấm; mỗi nơi nhận một dòng “- …;”; dòng cuối “- Lưu: VT, <đơn vị soạn thảo>.”.',
  citation: 'Điều 8 khoản 2 điểm i; Phụ lục I, mục II.9.d',
  severity: 'error',
  regimes: ['nd30', 'qppl'],
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Nơi nhận là thành phần bắt buộc (Điều 8 khoản 2 điểm i). “Nơi nhận:” có dấu hai chấm; mỗi nơi nhận một dòng bắt đầu bằng gạch đầu dòng, kết thúc bằng ' +
      'dấu chấm phẩy; dòng cuối cùng là “- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>.” kết thúc bằng dấu chấm (Phụ lục I, mục II.9.d).',
    right: [{ text: CV_NOI_NHAN, base: 'cong-van' }],
    wrong: [
      { text: 'Nơi nhận\n- Như trên;', base: 'cong-van', replaces: 'Nơi nhận:\n- Như trên;', note: 'Thiếu dấu hai chấm.' },
      { text: '- Lưu VT, QLNS;', base: 'cong-van', replaces: '- Lưu: VT, QLNS.', note: 'Thiếu dấu hai chấm sau “Lưu”, dòng cuối kết thúc bằng dấu chấm phẩy.' },
      { text: '- Lưu: QLNS, VT.', base: 'cong-van', replaces: '- Lưu: VT, QLNS.', note: 'Văn thư (VT) ghi trước.' },
    ],
  },
  check({ doc, report }) {
    const nn = doc.noiNhan;
    if (!nn) {
      if (doc.lines.length < 3) return;
      const last = doc.lines[doc.lines.length - 1];
      report({ start: last.start, end: last.end, message: `Thiếu phần ${q('Nơi nhận:')} (cuối văn bản, bên trái).` });
      return;
    }
    if (nn.label.text !== 'Nơi nhận') {
      report({ ...nn.label, severity: 'warning', message: `Viết ${q('Nơi nhận:')} (chữ thường, đúng dấu).`, fix: replaceFix('Sửa thành “Nơi nhận”', nn.label, 'Nơi nhận') });
    }
    if (!nn.hasColon) {
      report({ ...nn.label, message: `Sau ${q('Nơi nhận')} có dấu hai chấm.`, fix: insertFix('Thêm dấu hai chấm', nn.label.end, ':') });
    }
    const items = nn.items;
    if (items.length === 0) {
      report({ ...nn.label, message: 'Chưa liệt kê nơi nhận dưới “Nơi nhận:”.' });
      return;
    }
    const luuIdx = items.findIndex((it) => /^[-–+•]?\s*LUU\b/.test(foldKey(it.text)));
    items.forEach((it, idx) => {
      const dash = /^([-–+•])(\s*)/.exec(it.text);
      if (!dash) {
        report({ start: it.start, end: it.lines[0].end, message: 'Mỗi nơi nhận bắt đầu bằng gạch đầu dòng “- ”.', fix: insertFix('Thêm “- ”', it.start, '- ') });
      } else if (dash[1] === '+' && idx > 0) {
        // "- Các Bộ:" / "+ Bộ Tài chính;": sub-items of a group, common practice
        const span = { start: it.start, end: it.start + dash[0].length };
        report({ ...span, severity: 'info', message: 'Mỗi nơi nhận một dòng bắt đầu bằng “- ”; dấu “+” cho nơi nhận con trong một nhóm không có trong mẫu của Nghị định.', suggestions: [replaceFix('Sửa gạch đầu dòng', span, '- ')] });
      } else if (dash[1] !== '-' || dash[2] !== ' ') {
        const span = { start: it.start, end: it.start + dash[0].length };
        report({ ...span, message: 'Mỗi nơi nhận bắt đầu bằng gạch đầu dòng “- ”.', fix: replaceFix('Sửa gạch đầu dòng', span, '- ') });
      }
      if (idx === luuIdx) return;
      const end = endPunctuation(it.lines[it.lines.length - 1], ';');
      if (end) report({ ...end, message: 'Mỗi nơi nhận kết thúc bằng dấu chấm phẩy (;).' });
    });
    if (luuIdx === -1) {
      const last = items[items.length - 1];
      report({ start: last.start, end: last.end, message: `Dòng cuối của Nơi nhận là ${q('- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>.')}.` });
      return;
    }
    const luu = items[luuIdx];
    if (luuIdx !== items.length - 1) {
      report({ start: luu.start, end: luu.end, severity: 'warning', message: `Dòng ${q('- Lưu: VT, …')} là dòng cuối cùng của Nơi nhận.` });
    }
    const t = luu.text.replace(/\s+/g, ' ');
    if (LUU.test(t)) return;
    const m = /^([-–+•]\s*)Lưu(\s*:?\s*)(.*?)([.;,]?)$/u.exec(t);
    if (!m) {
      report({ start: luu.start, end: luu.end, message: `Viết ${q('- Lưu: VT, <đơn vị soạn thảo>.')}.` });
      return;
    }
    const rest = m[3];
    const parts = rest.split(/\s*,\s*/).filter(Boolean);
    if (parts[0] !== 'VT') {
      report({ start: luu.start, end: luu.end, message: `Trong dòng Lưu, ${q('VT')} (văn thư) ghi trước, sau đó là đơn vị soạn thảo: ${q('- Lưu: VT, …')}.` });
      return;
    }
    // Only punctuation and the colon remain to fix: rewrite the line in the right form, words kept.
    const fixed = `- Lưu: ${parts.join(', ')}.`;
    if (luu.lines.length === 1) {
      report({ start: luu.start, end: luu.end, message: `Viết ${q(fixed)} (dấu hai chấm sau “Lưu”, kết thúc bằng dấu chấm).`, fix: replaceFix('Sửa dòng Lưu', luu, fixed) });
    } else {
      report({ start: luu.start, end: luu.end, message: `Viết ${q(fixed)} (dấu hai chấm sau “Lưu”, kết thúc bằng dấu chấm).` });
    }
  },
});
