import { defineRule } from './rule';
import { CV_SIGNATURE } from './examples';
import type { RuleContext } from './rule';
import type { Part } from '../model/vanban';
import { replaceFix, q } from './util';
import { isAllCaps, viUpper } from '../text/vietnamese';
import { AUTHORITY_PREFIX_RE } from '../vocab';

const PREFIX = AUTHORITY_PREFIX_RE;
const ALLOWED_STACKS = ['', 'KT', 'TM', 'TM KT', 'TL', 'TL KT', 'TUQ', 'Q', 'TM Q'];
/** A deputy's title: "PHÓ …", and "THỨ TRƯỞNG" under "KT. BỘ TRƯỞNG" (the decree's own sample). */
const DEPUTY = /^(PHÓ\s|THỨ TRƯỞNG)/u;
const POSITION = /^(CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TRƯỞNG|CHÁNH |TỔNG GIÁM ĐỐC|\S+ TRƯỞNG|TRƯỞNG )/u;
const DEGREES = /^((?:GS|PGS|TS|ThS|BS|KS|CN|TSKH|NGƯT|NGND|Thạc sĩ|Tiến sĩ|Giáo sư|Phó Giáo sư)\.?\s*(?:,?\s*(?:TS|ThS|BS|CKII|CKI|TSKH)\.?\s*)*)(?=\p{Lu})/u;

function normalisePrefix(p: string): string {
  return p.replace('/', '').toUpperCase();
}

function checkPrefixLine(line: Part, { report }: RuleContext): string | null {
  const m = PREFIX.exec(line.text);
  if (!m || !m.groups) return null;
  const p = normalisePrefix(m.groups.p);
  const alone = m[0].length === line.text.length; // "KT." with the title on the next line
  const good = alone ? `${p}.` : `${p}. `;
  if (m[0] !== good) {
    const span = { start: line.start, end: line.start + m[0].length };
    const party = m.groups.p.includes('/');
    report({
      ...span,
      message: party
        ? `${q(m.groups.p)} là cách viết của văn bản Đảng; văn bản hành chính viết ${q(p + '.')}.`
        : `Viết tắt thẩm quyền ký in hoa, có dấu chấm và một dấu cách: ${q(good.trim())}.`,
      fix: replaceFix(`Sửa thành “${good.trim()}”`, span, good),
    });
  }
  return p;
}

export default defineRule({
  id: 'chu-ky',
  title: 'Thẩm quyền, chức vụ và họ tên người ký',
  description: 'Có thẩm quyền ký, chức vụ và họ tên người ký; TM./KT./TL./TUQ./Q. đúng dạng và đúng tổ hợp; KT. đi với cấp phó; họ tên chữ thường, không kèm học hàm, học vị.',
  citation: 'Điều 13; Phụ lục I, mục II.7',
  severity: 'error',
  regimes: ['nd30', 'qppl'],
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Thẩm quyền, chức vụ, họ tên người ký là thành phần bắt buộc. Ký thay mặt tập thể ghi “TM.” trước tên tập thể; cấp phó ký thay người đứng đầu ghi “KT.” ' +
      'trước chức vụ người đứng đầu, dòng dưới là chức vụ cấp phó; ký thừa lệnh “TL.”, thừa ủy quyền “TUQ.”, quyền “Q.” (Điều 13; Phụ lục I, mục II.7). ' +
      'Chức vụ viết in hoa; họ tên viết chữ thường, không ghi học hàm, học vị trước họ tên (trừ cơ quan được phép).',
    right: [
      { text: CV_SIGNATURE, base: 'cong-van' },
      { text: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐoàn Thanh Sơn', base: 'quyet-dinh' },
    ],
    wrong: [
      { text: 'KT GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An', base: 'cong-van', replaces: CV_SIGNATURE, note: 'Thiếu dấu chấm sau KT.' },
      { text: 'K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An', base: 'cong-van', replaces: CV_SIGNATURE, note: '“K/T” là cách viết của văn bản Đảng.' },
      { text: 'PHÓ GIÁM ĐỐC\nNguyễn Văn An', base: 'cong-van', replaces: CV_SIGNATURE, note: 'Cấp phó ký mà không có “KT. GIÁM ĐỐC”.' },
      { text: 'TM. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An', base: 'cong-van', replaces: CV_SIGNATURE, note: '“TM.” đứng trước tên tập thể, không trước chức vụ.' },
      { text: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNGUYỄN VĂN AN', base: 'cong-van', replaces: CV_SIGNATURE, note: 'Họ tên viết in hoa.' },
      { text: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTS. Nguyễn Văn An', base: 'cong-van', replaces: CV_SIGNATURE, note: 'Học vị trước họ tên.' },
    ],
  },
  check(ctx) {
    const { doc, profile, report } = ctx;
    const sig = doc.signature;
    if (!sig) {
      if (doc.lines.length < 3) return;
      const last = doc.lines[doc.lines.length - 1];
      report({ start: last.start, end: last.end, message: 'Thiếu quyền hạn, chức vụ và họ tên người ký ở cuối văn bản.' });
      return;
    }
    const stack: string[] = [];
    sig.lines.forEach((line, idx) => {
      const p = checkPrefixLine(line, ctx);
      if (p) {
        stack.push(p);
        const after = line.text.replace(PREFIX, '');
        if (p === 'TM' && POSITION.test(after) && !/^(ỦY|UỶ|HỘI|BAN|TẬP THỂ|THƯỜNG TRỰC)/u.test(after)) {
          report({ ...line, message: `${q('TM.')} (thay mặt) đứng trước tên tập thể (${q('TM. ỦY BAN NHÂN DÂN')}), không đứng trước chức vụ ${q(after)}.` });
        }
        if (p !== 'TM' && /^PHÓ\s/u.test(after)) {
          report({ ...line, message: `${q(p + '.')} đứng trước chức vụ của người đứng đầu, không đứng trước chức vụ cấp phó ${q(after)}.` });
        }
        if (p === 'KT') {
          const next = sig.lines[idx + 1];
          if (next && !DEPUTY.test(next.text) && !PREFIX.test(next.text)) {
            report({ ...next, severity: 'warning', message: `Sau ${q('KT. ' + after)} là chức vụ của cấp phó ký thay (${q('PHÓ …')}).` });
          }
        }
      } else if (DEPUTY.test(line.text)) {
        const prev = sig.lines[idx - 1];
        if (!prev || !/^K\/?T(?![\p{L}])/u.test(prev.text)) {
          report({ ...line, severity: 'warning', message: `Cấp phó ký thay người đứng đầu: dòng trên là ${q('KT. <chức vụ người đứng đầu>')}.` });
        }
      }
      const rest = line.text.replace(PREFIX, '');
      if (/\p{L}/u.test(rest) && !isAllCaps(rest)) {
        report({ ...line, severity: 'warning', message: `Quyền hạn và chức vụ người ký viết in hoa: ${q(viUpper(line.text))}.`, fix: replaceFix('Viết in hoa', line, viUpper(line.text)) });
      }
    });
    // "TM. ỦY BAN NHÂN DÂN" / "KT. GIÁM ĐỐC": the head signed for is the collective's own head
    const tm = sig.lines.find((l) => /^TM\./u.test(l.text));
    const kt = sig.lines.find((l) => /^KT\./u.test(l.text));
    if (tm && kt) {
      const body = tm.text.replace(PREFIX, '');
      const head = kt.text.replace(PREFIX, '');
      if (/^(ỦY|UỶ) BAN NHÂN DÂN|^HỘI ĐỒNG NHÂN DÂN/u.test(body) && !/^CHỦ TỊCH/u.test(head)) {
        report({ start: tm.start, end: kt.end, severity: 'warning', message: `${q('TM. ' + body)} thì người đứng đầu được ký thay là ${q('CHỦ TỊCH')}, không phải ${q(head)}.` });
      }
    }
    const key = stack.join(' ');
    if (!ALLOWED_STACKS.includes(key)) {
      const first = sig.authority[0] ?? sig.lines[0];
      report({ start: first.start, end: (sig.authority[sig.authority.length - 1] ?? first).end, message: `Tổ hợp thẩm quyền ký ${q(stack.map((s) => s + '.').join(' / '))} không hợp lệ; các dạng đúng: TM., KT., TM./KT., TL., TL./KT., TUQ., Q. (Điều 13).` });
    }
    const name = sig.name;
    if (!name) {
      report({ start: sig.start, end: sig.end, message: 'Thiếu họ và tên người ký.' });
      return;
    }
    if (isAllCaps(name.text) && name.text.length > 3) {
      const fixed = name.text.toLocaleLowerCase('vi').replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toLocaleUpperCase('vi'));
      report({ ...name, severity: 'warning', message: `Họ tên người ký viết chữ thường, viết hoa chữ cái đầu: ${q(fixed)}.`, fix: replaceFix('Sửa chữ hoa của họ tên', name, fixed) });
    }
    const deg = DEGREES.exec(name.text);
    if (deg && !profile.allowTitlesBeforeName) {
      const span = { start: name.start, end: name.start + deg[0].length };
      report({ ...span, severity: 'warning', message: `Không ghi học hàm, học vị (${q(deg[0].trim())}) trước họ tên người ký (trừ cơ quan được phép theo hồ sơ cấu hình).`, fix: replaceFix('Bỏ học hàm, học vị', span, '') });
    }
  },
});
