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
  docs: {
    why:
      'Tên cơ quan, tổ chức ban hành là thành phần bắt buộc (Điều 8 khoản 2 điểm b), viết in hoa. Tên cơ quan chủ quản trực tiếp (dòng trên) được viết tắt ' +
      'những cụm từ thông dụng như “UBND”, “HĐND”; tên cơ quan ban hành phải ghi đầy đủ (Phụ lục I, mục II.2).',
    right: [
      { text: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', base: 'cong-van' },
      { text: 'UBND TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', base: 'cong-van', replaces: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', note: 'Cơ quan chủ quản được viết tắt.' },
    ],
    wrong: [
      { text: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSở Tài chính', base: 'cong-van', replaces: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', note: 'Tên cơ quan ban hành không in hoa.' },
      { text: 'UBND TỈNH LẠNG SƠN', base: 'quyet-dinh', replaces: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', note: 'Quyết định của chính Ủy ban nhân dân tỉnh: tên cơ quan ban hành không được viết tắt.' },
    ],
  },
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
