import { defineRule, documentStart } from './rule';
import { replaceFix, q } from './util';
import { QUOC_HIEU, QUOC_HIEU_OLD_TONE as OLD_TONE } from '../vocab';

export { QUOC_HIEU };

export default defineRule({
  id: 'quoc-hieu',
  title: 'Quốc hiệu',
  description: 'Quốc hiệu có mặt và viết đúng từng chữ, in hoa, cách chữ đơn.',
  citation: 'Điều 8 khoản 2 điểm a; Phụ lục I, mục II.1.a',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  regimes: ['nd30', 'qppl'],
  docs: {
    why:
      'Quốc hiệu là thành phần bắt buộc của văn bản (Điều 8 khoản 2 điểm a), ghi đúng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”, chữ in hoa (Phụ lục I, mục II.1.a). ' +
      'Thiếu Quốc hiệu thường do sao chép mất phần đầu văn bản. Cách bỏ dấu cũ “HOÀ” chỉ được nhắc ở mức thông tin, vì chính Nghị định dùng cả hai cách.',
    right: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', base: 'cong-van' }],
    wrong: [
      { text: 'Cộng hòa xã hội chủ nghĩa Việt Nam', base: 'cong-van', replaces: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', note: 'Không viết in hoa.' },
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM', base: 'cong-van', replaces: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', note: 'Sai dấu chữ “NGHĨA”.' },
      { text: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', base: 'cong-van', replaces: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', note: 'Cách bỏ dấu cũ: chỉ là thông tin.' },
    ],
  },
  check({ doc, report }) {
    const qh = doc.quocHieu;
    if (!qh) {
      const like = doc.lookalikes.quocHieu;
      if (like) {
        report({ ...like, message: `Dòng ${q(like.text)} ở vị trí Quốc hiệu nhưng viết sai: Quốc hiệu là ${q(QUOC_HIEU)}.` });
        return;
      }
      report({ ...documentStart(doc), message: `Thiếu Quốc hiệu ${q(QUOC_HIEU)} ở đầu văn bản.` });
      return;
    }
    if (qh.text === QUOC_HIEU) return;
    // a double space is a spacing matter, not a wrong Quốc hiệu
    if (qh.text.replace(/\s+/g, ' ') === QUOC_HIEU && !qh.broken) {
      report({ ...qh, severity: 'warning', message: `Quốc hiệu cách chữ đơn (một dấu cách giữa các từ): ${q(QUOC_HIEU)}.`, fix: replaceFix('Bỏ dấu cách thừa', qh, QUOC_HIEU) });
      return;
    }
    if (qh.broken && qh.text.replace(/\s+/g, ' ') === QUOC_HIEU) return;
    if (qh.text === OLD_TONE) {
      report({
        ...qh,
        severity: 'info',
        message: `Quốc hiệu viết ${q('HOÀ')} theo cách bỏ dấu cũ; mẫu của Nghị định viết ${q(QUOC_HIEU)}.`,
        suggestions: qh.broken ? undefined : [replaceFix('Viết theo mẫu: CỘNG HÒA', qh, QUOC_HIEU)],
      });
      return;
    }
    report({
      ...qh,
      message: `Quốc hiệu phải viết đúng và in hoa: ${q(QUOC_HIEU)} (đang là ${q(qh.text)}).`,
      fix: qh.broken ? undefined : replaceFix('Sửa Quốc hiệu theo mẫu', qh, QUOC_HIEU),
    });
  },
});
