import { defineRule } from './rule';
import { replaceFix, q } from './util';

export default defineRule({
  id: 'ten-loai',
  title: 'Tên loại văn bản',
  description: 'Văn bản có tên loại (trừ công văn) ghi tên loại là một trong các loại của Điều 7, in hoa.',
  citation: 'Điều 7; Phụ lục I, mục II.5',
  severity: 'warning',
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Văn bản có tên loại (mọi loại trừ công văn) ghi tên loại là một trong các loại của Điều 7, bằng chữ in hoa (Phụ lục I, mục II.5). ' +
      'Tên loại quyết định ký hiệu (xem ky-hieu-loai) và các thành phần khác của văn bản.',
    right: [{ text: 'KẾ HOẠCH\nTriển khai các nhiệm vụ chuyển đổi số 6 tháng cuối năm 2026', base: 'ke-hoach' }],
    wrong: [
      {
        text: 'Kế hoạch\nTriển khai các nhiệm vụ chuyển đổi số 6 tháng cuối năm 2026',
        base: 'ke-hoach',
        replaces: 'KẾ HOẠCH\nTriển khai các nhiệm vụ chuyển đổi số 6 tháng cuối năm 2026',
        note: 'Tên loại không in hoa.',
      },
    ],
  },
  check({ doc, report }) {
    const type = doc.type;
    if (!type || !type.heading) return;
    const tl = doc.tenLoai;
    if (!tl) {
      const at = doc.soKyHieu?.symbol ?? doc.soKyHieu;
      if (!at) return;
      report({ start: at.start, end: at.end, message: `Ký hiệu cho biết đây là ${type.name.toLowerCase()} nhưng thiếu tên loại ${q(type.heading)} dưới phần đầu văn bản.` });
      return;
    }
    const written = tl.text.replace(/[:.]\s*$/, '');
    if (written !== type.heading) {
      report({
        ...tl,
        message: `Tên loại văn bản viết in hoa, đúng chữ: ${q(type.heading)} (đang là ${q(tl.text)}).`,
        fix: replaceFix('Sửa tên loại', tl, type.heading),
      });
    }
  },
});
