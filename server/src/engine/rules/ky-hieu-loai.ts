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
