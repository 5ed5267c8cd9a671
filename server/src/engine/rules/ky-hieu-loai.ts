import { defineRule } from './rule';
import { replaceFix, insertFix, q } from './util';
import { typeByAbbrev, WRONG_ABBREVS, DOC_TYPES } from '../data';
import { viUpper } from '../text/vietnamese';

const KNOWN = new Set(DOC_TYPES.map((t) => t.abbrev).filter((a): a is string => !!a));

export default defineRule({
  id: 'ky-hieu-loai',
  title: 'Chữ viết tắt tên loại trong ký hiệu',
  description: 'Chữ viết tắt tên loại ở đầu ký hiệu khớp với tên loại văn bản (Phụ lục III); công văn không có chữ viết tắt tên loại.',
  citation: 'Phụ lục I, mục II.3.b; Phụ lục III, mục I',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Ký hiệu của văn bản có tên loại gồm chữ viết tắt tên loại theo Phụ lục III rồi đến chữ viết tắt tên cơ quan (“KH-UBND” cho kế hoạch); ' +
      'công văn không có tên loại nên ký hiệu chỉ gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo hoặc lĩnh vực (“STC-QLNS”), không dùng “CV” ' +
      '(Phụ lục I, mục II.3.b). Chữ viết tắt sai lệch với tên loại làm văn bản bị đăng ký, tra cứu nhầm loại.',
    right: [
      { text: 'Số: 42/KH-UBND', base: 'ke-hoach', note: 'Tên loại KẾ HOẠCH, chữ viết tắt KH.' },
      { text: 'Số: 05/STC-QLNS', base: 'cong-van', note: 'Công văn: không có chữ viết tắt tên loại.' },
    ],
    wrong: [
      { text: 'Số: 42/QĐ-UBND', base: 'ke-hoach', replaces: 'Số: 42/KH-UBND', note: 'Văn bản là KẾ HOẠCH nhưng ký hiệu ghi QĐ.' },
      { text: 'Số: 05/CV-STC', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Công văn không ghi “CV”.' },
      {
        text: 'Số: 03/QCh-UBND\nLạng Sơn, ngày 09 tháng 3 năm 2026\nQUY CHẾ\nLàm việc của Ủy ban nhân dân tỉnh',
        note: 'Chữ viết tắt của quy chế là QC (Phụ lục III).',
      },
    ],
  },
  check({ doc, report }) {
    const sym = doc.soKyHieu?.symbol;
    const type = doc.type;
    if (!sym || !type) return;
    const first = sym.text.split(/\s*-\s*/)[0];
    const firstSpan = { start: sym.start, end: sym.start + first.length };
    const upper = viUpper(first);
    const knownCI = [...KNOWN].find((k) => viUpper(k) === upper);
    if (!type.abbrev) {
      if (type.name === 'Công văn' && (knownCI || upper === 'CV') && sym.text.includes('-')) {
        report({
          ...firstSpan,
          severity: 'warning',
          message: `Ký hiệu công văn gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo, không có chữ viết tắt tên loại (${q(first)}).`,
        });
      }
      return;
    }
    if (first === type.abbrev) return;
    if (knownCI && viUpper(type.abbrev) === upper) return; // case is so-ky-hieu's business
    if (first in WRONG_ABBREVS && WRONG_ABBREVS[first] === type.abbrev) {
      report({
        ...firstSpan,
        message: `${q(first)} không phải chữ viết tắt của Phụ lục III; ${type.name.toLowerCase()} viết tắt là ${q(type.abbrev)}.`,
        fix: replaceFix(`Sửa thành “${type.abbrev}”`, firstSpan, type.abbrev),
      });
      return;
    }
    const other = knownCI ? typeByAbbrev(knownCI) : undefined;
    if (other) {
      report({
        ...firstSpan,
        message: `Ký hiệu ${q(first)} (${other.name.toLowerCase()}) không khớp tên loại ${q(type.heading ?? type.name)}: phải là ${q(type.abbrev)}.`,
        fix: replaceFix(`Sửa thành “${type.abbrev}”`, firstSpan, type.abbrev),
      });
      return;
    }
    report({
      start: sym.start, end: sym.end,
      message: `Ký hiệu của ${type.name.toLowerCase()} bắt đầu bằng chữ viết tắt tên loại ${q(type.abbrev)}, sau đó là chữ viết tắt tên cơ quan: ${q(type.abbrev + '-' + sym.text)}.`,
      // the symbol may be another office's form, or a copy lost its hyphen: the user decides
      suggestions: [insertFix(`Thêm “${type.abbrev}-”`, sym.start, type.abbrev + '-')],
    });
  },
});
