import { defineRule, documentStart } from './rule';
import { replaceFix, q } from './util';
import { foldKey } from '../text/vietnamese';
import { TIEU_NGU } from '../vocab';

export { TIEU_NGU };

export default defineRule({
  id: 'tieu-ngu',
  title: 'Tiêu ngữ',
  description: 'Tiêu ngữ có mặt dưới Quốc hiệu, đúng chữ, viết hoa chữ cái đầu mỗi cụm từ, gạch nối (-) có cách chữ hai bên.',
  citation: 'Phụ lục I, mục II.1.b',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  regimes: ['nd30', 'qppl'],
  docs: {
    why:
      'Tiêu ngữ đứng ngay dưới Quốc hiệu; chữ cái đầu của các cụm từ viết hoa, giữa các cụm từ có gạch nối (-) và có cách chữ (Phụ lục I, mục II.1.b). ' +
      'Gạch ngang dài (–, —) do trình soạn thảo tự đổi, hay viết hoa mọi chữ, là những lỗi hay gặp.',
    right: [{ text: 'Độc lập - Tự do - Hạnh phúc', base: 'cong-van' }],
    wrong: [
      { text: 'Độc lập – Tự do – Hạnh phúc', base: 'cong-van', replaces: 'Độc lập - Tự do - Hạnh phúc', note: 'Gạch ngang dài (–) thay cho gạch nối (-).' },
      { text: 'Độc lập-Tự do-Hạnh phúc', base: 'cong-van', replaces: 'Độc lập - Tự do - Hạnh phúc', note: 'Không cách chữ quanh gạch nối.' },
      { text: 'Độc Lập - Tự Do - Hạnh Phúc', base: 'cong-van', replaces: 'Độc lập - Tự do - Hạnh phúc', note: 'Viết hoa mọi chữ.' },
    ],
  },
  check({ doc, report }) {
    const tn = doc.tieuNgu;
    if (!tn) {
      const like = doc.lookalikes.tieuNgu;
      if (like) {
        report({ ...like, message: `Dòng ${q(like.text)} ở vị trí Tiêu ngữ nhưng viết sai: Tiêu ngữ là ${q(TIEU_NGU)}.` });
        return;
      }
      const at = doc.quocHieu ?? documentStart(doc);
      report({ start: at.start, end: at.end, message: `Thiếu Tiêu ngữ ${q(TIEU_NGU)} dưới Quốc hiệu.` });
      return;
    }
    if (tn.text === TIEU_NGU || (tn.broken && tn.text.replace(/\s+/g, ' ') === TIEU_NGU)) return;
    const fix = tn.broken ? undefined : replaceFix('Sửa Tiêu ngữ theo mẫu', tn, TIEU_NGU);
    const words = tn.text.replace(/[-–—]/g, ' ').replace(/\s+/g, ' ').trim();
    const wordsOk = words === 'Độc lập Tự do Hạnh phúc';
    if (!wordsOk) {
      const sameLetters = foldKey(words) === foldKey('Độc lập Tự do Hạnh phúc');
      report({
        ...tn,
        message: sameLetters && words.toLocaleLowerCase('vi') === 'độc lập tự do hạnh phúc'
          ? `Tiêu ngữ chỉ viết hoa chữ cái đầu của mỗi cụm từ: ${q(TIEU_NGU)}.`
          : `Tiêu ngữ phải viết đúng: ${q(TIEU_NGU)} (đang là ${q(tn.text)}).`,
        fix,
      });
      return;
    }
    report({
      ...tn,
      severity: 'warning',
      message: /[–—]/.test(tn.text)
        ? `Giữa các cụm từ của Tiêu ngữ dùng gạch nối (-), không dùng gạch ngang dài: ${q(TIEU_NGU)}.`
        : `Gạch nối trong Tiêu ngữ có cách chữ hai bên: ${q(TIEU_NGU)}.`,
      fix,
    });
  },
});
