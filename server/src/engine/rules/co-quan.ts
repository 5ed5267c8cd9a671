import { defineRule, documentStart } from './rule';
import { replaceFix, q } from './util';
import { foldKey, isAllCaps, viUpper } from '../text/vietnamese';

const EXPANSIONS: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])UBND(?![\p{L}\p{N}])/gu, 'ỦY BAN NHÂN DÂN'],
  [/(?<![\p{L}\p{N}])HĐND(?![\p{L}\p{N}])/gu, 'HỘI ĐỒNG NHÂN DÂN'],
];

export default defineRule({
  id: 'co-quan',
  title: 'Tên cơ quan ban hành',
  description: 'Tên cơ quan, tổ chức ban hành có mặt, in hoa; chỉ tên cơ quan chủ quản được viết tắt cụm từ thông dụng (UBND, HĐND).',
  citation: 'Điều 8 khoản 2 điểm b; Phụ lục I, mục II.2',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  check({ doc, report }) {
    const { name, parent } = doc.issuer;
    if (!name) {
      report({ ...documentStart(doc), message: 'Thiếu tên cơ quan, tổ chức ban hành văn bản ở góc trên bên trái.' });
      return;
    }
    for (const p of [parent, name]) {
      if (p && !isAllCaps(p.text)) {
        report({
          ...p,
          severity: 'warning',
          message: `Tên cơ quan ở phần đầu văn bản viết in hoa: ${q(viUpper(p.text))}.`,
          fix: replaceFix('Viết in hoa', p, viUpper(p.text)),
        });
      }
    }
    if (parent && /^(UY BAN NHAN DAN|UBND|HOI DONG NHAN DAN|HDND)$/.test(foldKey(parent.text).trim())) {
      report({ ...parent, severity: 'warning', message: `Tên cơ quan chủ quản ghi kèm địa danh: ${q(parent.text + ' TỈNH …')} (hoặc xã, phường).`, citation: 'Phụ lục I, mục II.2.a' });
    }
    let expanded = name.text;
    for (const [re, full] of EXPANSIONS) expanded = expanded.replace(re, full);
    if (expanded !== name.text) {
      report({
        ...name,
        severity: 'warning',
        message: `Tên cơ quan ban hành phải viết đầy đủ, không viết tắt (chỉ tên cơ quan chủ quản được viết tắt): ${q(expanded)}.`,
        fix: replaceFix('Viết đầy đủ tên cơ quan ban hành', name, expanded),
      });
    }
  },
});
