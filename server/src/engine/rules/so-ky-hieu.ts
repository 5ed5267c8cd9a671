import { defineRule, documentStart } from './rule';
import { blankSeverity, insertFix, replaceFix, q } from './util';
import { viUpper } from '../text/vietnamese';

/** Type abbreviations written in mixed case by Phụ lục III. */
export const MIXED_CASE_ABBREVS = ['QyĐ', 'CTr', 'TTr', 'TrS'];

export default defineRule({
  id: 'so-ky-hieu',
  title: 'Số, ký hiệu văn bản',
  description: 'Dòng “Số:” có mặt; số bằng chữ số Ả Rập, thêm số 0 trước số nhỏ hơn 10; “/” và “-” không cách chữ; ký hiệu in hoa (trừ QyĐ, CTr, TTr, TrS).',
  citation: 'Điều 8 khoản 2 điểm c; Phụ lục I, mục II.3',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  regimes: ['nd30', 'qppl'],
  docs: {
    why:
      'Số, ký hiệu là thành phần bắt buộc (Điều 8 khoản 2 điểm c). Sau từ “Số” có dấu hai chấm; số nhỏ hơn 10 ghi thêm số 0 phía trước; giữa số và ký hiệu là dấu “/”, ' +
      'giữa các nhóm chữ viết tắt của ký hiệu là dấu “-”, không cách chữ; ký hiệu viết in hoa, trừ các chữ viết tắt QyĐ, CTr, TTr, TrS của Phụ lục III ' +
      '(Phụ lục I, mục II.3). Số để trống trong dự thảo là bình thường: văn thư cấp số khi đăng ký văn bản (Điều 15), nên chỉ là lỗi khi kiểm tra trước khi ký.',
    right: [
      { text: 'Số: 05/STC-QLNS', base: 'cong-van' },
      { text: 'Số: 12/TTr-UBND', note: 'TTr (tờ trình) viết đúng chữ hoa, chữ thường như Phụ lục III.' },
    ],
    wrong: [
      { text: 'Số 05/STC-QLNS', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Thiếu dấu hai chấm.' },
      { text: 'Số: 5/STC-QLNS', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Thiếu số 0 trước số nhỏ hơn 10.' },
      { text: 'Số: 05 /STC - QLNS', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Cách chữ quanh “/” và “-”.' },
      { text: 'Số: 12/TTR-UBND', note: 'TTR phải viết là TTr.' },
      { text: 'Số:      /STC-QLNS', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', mode: 'final', note: 'Số để trống: trong dự thảo chỉ là thông tin (văn thư cấp số khi đăng ký văn bản).' },
    ],
  },
  check({ doc, mode, report }) {
    const sk = doc.soKyHieu;
    if (!sk) {
      const like = doc.lookalikes.soKyHieu;
      if (like) {
        report({ ...like, message: `Dòng ${q(like.text)} có vẻ là số, ký hiệu văn bản nhưng viết sai dạng: ${q('Số: 05/QĐ-UBND')} (chữ “Số”, dấu hai chấm, số, dấu “/”, ký hiệu).` });
        return;
      }
      report({ ...documentStart(doc), message: `Thiếu số, ký hiệu văn bản (dòng ${q('Số: …/…')}).` });
      return;
    }
    const qppl = doc.regime === 'qppl';
    // "Luật số:", "Nghị quyết số:": the form of a legal normative document
    const typeWordLabel = /\s/.test(sk.label.text);
    if (!typeWordLabel && sk.label.text !== 'Số') {
      report({
        ...sk.label,
        severity: 'warning',
        message: `Chữ ${q('Số')} viết chữ thường, chữ S viết hoa (đang là ${q(sk.label.text)}).`,
        fix: replaceFix('Sửa thành “Số”', sk.label, 'Số'),
      });
    }
    const afterLabel = doc.text.slice(sk.label.end, sk.label.end + 3);
    if (!sk.hasColon) {
      report({
        ...sk.label,
        severity: 'warning',
        message: `Sau từ ${q('Số')} có dấu hai chấm: ${q('Số: …')}.`,
        fix: insertFix('Thêm dấu hai chấm', sk.label.end, ':'),
      });
    } else if (/^\s+:/.test(afterLabel)) {
      const colon = doc.text.indexOf(':', sk.label.end);
      report({
        start: sk.label.end, end: colon + 1,
        severity: 'warning',
        message: `Dấu hai chấm viết liền sau từ ${q('Số')}.`,
        fix: replaceFix('Bỏ khoảng trắng trước dấu hai chấm', { start: sk.label.end, end: colon + 1 }, ':'),
      });
    }
    if (!sk.slash) {
      if (!sk.symbol && !sk.party) {
        const rest = doc.text.slice(sk.label.end, doc.lines.find((l) => l.start <= sk.start && sk.start <= l.end)?.end ?? sk.end).trim();
        if (/[\p{L}\p{N}]/u.test(rest.replace(/^:/, ''))) {
          report({ ...sk.label, severity: 'warning', message: `Không đọc được số và ký hiệu sau ${q(sk.label.text)}: viết ${q('Số: 05/QĐ-UBND')} (số, dấu “/”, ký hiệu).` });
        }
      }
      return;
    }
    if (!sk.number) {
      report({
        start: sk.label.start, end: sk.slash.end,
        severity: blankSeverity(mode),
        message: mode === 'final'
          ? 'Số văn bản còn để trống: phải điền số trước khi ký ban hành.'
          : 'Số văn bản để trống: văn thư cấp số khi đăng ký văn bản (Điều 15).',
      });
    } else {
      const num = sk.number.text.trim();
      if (!/^\d+$/.test(num)) {
        report({ ...sk.number, message: `Số văn bản ghi bằng chữ số Ả Rập (đang là ${q(num)}).` });
      } else if (num.length === 1 && num !== '0' && !qppl) {
        report({
          ...sk.number,
          message: `Số nhỏ hơn 10 phải ghi thêm số 0 phía trước: ${q('0' + num)}.`,
          fix: replaceFix('Thêm số 0', sk.number, '0' + num),
        });
      }
      if (sk.number.end < sk.slash.start) {
        const gap = { start: sk.number.end, end: sk.slash.start };
        if (/^\s+$/.test(doc.text.slice(gap.start, gap.end))) {
          report({
            ...gap,
            severity: 'warning',
            message: `Giữa số và ký hiệu là dấu ${q('/')}, không cách chữ.`,
            fix: replaceFix('Bỏ khoảng trắng trước “/”', gap, ''),
          });
        }
      }
    }
    const sym = sk.symbol;
    if (!sym) return;
    const lastSlash = doc.text.lastIndexOf('/', sym.start);
    if (lastSlash !== -1 && sym.start > lastSlash + 1 && /^\s+$/.test(doc.text.slice(lastSlash + 1, sym.start))) {
      const gap = { start: lastSlash + 1, end: sym.start };
      report({
        ...gap,
        severity: 'warning',
        message: `Sau dấu ${q('/')} viết liền ký hiệu, không cách chữ.`,
        fix: replaceFix('Bỏ khoảng trắng sau “/”', gap, ''),
      });
    }
    if (/\s-|-\s/.test(sym.text)) {
      const fixed = sym.text.replace(/\s*-\s*/g, '-');
      report({
        ...sym,
        severity: 'warning',
        message: `Các nhóm chữ viết tắt trong ký hiệu nối bằng gạch nối (-), không cách chữ: ${q(fixed)}.`,
        fix: replaceFix('Bỏ khoảng trắng quanh “-”', sym, fixed),
      });
      return;
    }
    const groups = sym.text.split(/([-/])/);
    const fixedGroups = groups.map((g) => {
      if (g === '-' || g === '/') return g;
      const mixed = MIXED_CASE_ABBREVS.find((a) => viUpper(a) === viUpper(g));
      if (mixed) return mixed;
      // official groups mix case on purpose ("TTg" Thủ tướng, "GDTrH", "PTTgCP"): a capital first
      // and at least two capitals is such a group, left as written
      if (/^\p{Lu}/u.test(g) && (g.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return g;
      return viUpper(g);
    });
    const fixed = fixedGroups.join('');
    if (fixed !== sym.text) {
      report({
        ...sym,
        severity: 'warning',
        message: `Ký hiệu văn bản viết in hoa (trừ QyĐ, CTr, TTr, TrS theo Phụ lục III): ${q(fixed)}.`,
        fix: replaceFix('Sửa chữ hoa trong ký hiệu', sym, fixed),
      });
    }
  },
});
