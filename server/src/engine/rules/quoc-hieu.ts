import { defineRule, documentStart } from './rule';
import { replaceFix, q } from './util';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const OLD_TONE = 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM';

export default defineRule({
  id: 'quoc-hieu',
  title: 'Quốc hiệu',
  description: 'Quốc hiệu có mặt và viết đúng từng chữ, in hoa, cách chữ đơn.',
  citation: 'Điều 8 khoản 2 điểm a; Phụ lục I, mục II.1.a',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  check({ doc, report }) {
    const qh = doc.quocHieu;
    if (!qh) {
      report({ ...documentStart(doc), message: `Thiếu Quốc hiệu ${q(QUOC_HIEU)} ở đầu văn bản.` });
      return;
    }
    if (qh.text === QUOC_HIEU) return;
    if (qh.text === OLD_TONE) {
      report({
        ...qh,
        severity: 'info',
        message: `Quốc hiệu viết ${q('HOÀ')} theo cách bỏ dấu cũ; mẫu của Nghị định viết ${q(QUOC_HIEU)}.`,
        fix: replaceFix('Viết theo mẫu: CỘNG HÒA', qh, QUOC_HIEU),
      });
      return;
    }
    report({
      ...qh,
      message: `Quốc hiệu phải viết đúng và in hoa: ${q(QUOC_HIEU)} (đang là ${q(qh.text)}).`,
      fix: replaceFix('Sửa Quốc hiệu theo mẫu', qh, QUOC_HIEU),
    });
  },
});
