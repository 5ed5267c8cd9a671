import { defineRule } from './rule';
import type { RuleContext } from './rule';
import type { Section, SectionKind } from '../model/vanban';
import { replaceFix, insertFix, q } from './util';
import { DIEM_LETTERS, toRoman } from '../text/vietnamese';

const NAMES: Record<SectionKind, string> = {
  phan: 'Phần', chuong: 'Chương', muc: 'Mục', roman: 'mục La Mã', dieu: 'Điều', khoan: 'khoản', sub: 'mục nhiều cấp', diem: 'điểm',
};
const SEQUENCED: SectionKind[] = ['phan', 'chuong', 'muc', 'roman', 'khoan', 'diem'];

function labelOf(kind: SectionKind, value: number): string {
  if (kind === 'roman' || kind === 'phan' || kind === 'chuong') return toRoman(value);
  if (kind === 'diem') return DIEM_LETTERS[value - 1] ?? '?';
  return String(value);
}

function checkMarker(s: Section, { report }: RuleContext): void {
  const punctAt = s.marker.end - s.punct.length;
  const punctSpan = { start: punctAt, end: s.marker.end };
  switch (s.kind) {
    case 'phan':
    case 'chuong':
      if (/^\d+$/.test(s.label)) {
        const roman = toRoman(+s.label);
        const labelStart = s.marker.start + s.marker.text.indexOf(s.label, 4);
        report({ start: labelStart, end: labelStart + s.label.length, message: `${NAMES[s.kind]} đánh số bằng chữ số La Mã: ${q(NAMES[s.kind] + ' ' + roman)}.`, fix: replaceFix('Đổi sang số La Mã', { start: labelStart, end: labelStart + s.label.length }, roman) });
      }
      break;
    case 'muc':
      if (/^[IVXLC]+$/.test(s.label) && s.value !== null) {
        const labelStart = s.marker.start + s.marker.text.indexOf(s.label, 3);
        const span = { start: labelStart, end: labelStart + s.label.length };
        report({ ...span, message: `Mục, Tiểu mục đánh số bằng chữ số Ả Rập: ${q('Mục ' + s.value)}.`, fix: replaceFix('Đổi sang số Ả Rập', span, String(s.value)) });
      }
      break;
    case 'roman':
      if (s.value === null) report({ ...s.marker, message: `${q(s.label)} không phải số La Mã hợp lệ.` });
      if (s.punct !== '.') report({ ...s.marker, message: `Sau số La Mã là dấu chấm: ${q(s.label + '.')}.`, fix: replaceFix('Dùng dấu chấm', punctSpan, '.') });
      break;
    case 'dieu':
      if (s.punct === ':') {
        report({ ...s.marker, message: `Viết ${q('Điều ' + s.label + '.')} (dấu chấm), không dùng dấu hai chấm.`, fix: replaceFix('Dùng dấu chấm', punctSpan, '.') });
      } else if (s.punct === '' && /^\s+\p{Lu}/u.test(s.line.text.slice(s.marker.text.length)) && s.line.text.length < 120) {
        report({ ...s.marker, message: `Sau số điều có dấu chấm: ${q('Điều ' + s.label + '.')}.`, fix: insertFix('Thêm dấu chấm', s.marker.end, '.') });
      }
      break;
    case 'khoan':
      if (s.punct !== '.') report({ ...s.marker, message: `Khoản đánh số bằng chữ số Ả Rập và dấu chấm: ${q(s.label + '.')}.`, fix: replaceFix('Dùng dấu chấm', punctSpan, '.') });
      break;
    case 'diem':
      if (s.punct !== ')') report({ ...s.marker, message: `Điểm ghi bằng chữ cái và dấu ngoặc đơn: ${q(s.label + ')')}.`, fix: replaceFix('Dùng dấu ngoặc đơn', punctSpan, ')') });
      if (s.value === null) report({ ...s.marker, message: `Chữ ${q(s.label)} không có trong bảng chữ cái tiếng Việt dùng đánh số điểm (a, b, c, d, đ, e, g, h, i, k …).` });
      break;
    case 'sub':
      report({ ...s.marker, severity: 'info', message: `Đánh số nhiều cấp (${q(s.label)}) không theo cách đánh số phần, mục, khoản, điểm của Nghị định 30.` });
      break;
    default:
      break;
  }
}

function checkSequence(list: Section[], ctx: RuleContext): void {
  for (const kind of SEQUENCED) {
    const seq = list.filter((s) => s.kind === kind && s.value !== null);
    checkRun(seq, kind, ctx);
  }
}

function checkRun(seq: Section[], kind: SectionKind, { report }: RuleContext): void {
  let prev: number | null = null;
  for (const s of seq) {
    const v = s.value as number;
    if (prev === null) {
      if (v !== 1 && kind !== 'dieu') {
        report({ ...s.marker, message: `${NAMES[kind][0].toUpperCase() + NAMES[kind].slice(1)} đầu tiên phải là ${q(labelOf(kind, 1))} (đang là ${q(s.label)}).` });
      }
    } else if (v === prev) {
      report({ ...s.marker, message: `Trùng số thứ tự ${q(s.label)} của ${NAMES[kind]}.` });
    } else if (v !== prev + 1) {
      report({ ...s.marker, message: `Số thứ tự ${NAMES[kind]} nhảy từ ${q(labelOf(kind, prev))} sang ${q(s.label)}; thiếu ${q(labelOf(kind, prev + 1))}.` });
    }
    prev = v;
  }
}

export default defineRule({
  id: 'danh-so',
  title: 'Đánh số phần, mục, điều, khoản, điểm',
  description: 'Phần, chương, mục La Mã đánh số La Mã; “Điều N.”; khoản “1.”; điểm “a)” theo bảng chữ cái tiếng Việt; không trùng, không bỏ số trong cùng một cấp.',
  citation: 'Phụ lục I, mục II.6.đ',
  severity: 'warning',
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Bố cục văn bản theo phần, chương, mục, điều, khoản, điểm: phần, chương đánh số La Mã, mục và tiểu mục đánh số Ả Rập; điều ghi “Điều 1.”; khoản đánh số Ả Rập “1.”; ' +
      'điểm dùng chữ cái tiếng Việt theo thứ tự “a)”, “b)” … (không có f, j, w, z) (Phụ lục I, mục II.6.đ). Số trùng hay bỏ cách làm sai mọi dẫn chiếu ' +
      '(“khoản 2 Điều 3”).',
    right: [
      { text: 'Điều 2. Tổ công tác có nhiệm vụ:\na) Tham mưu triển khai các nhiệm vụ chuyển đổi số;\nb) Đôn đốc các cơ quan, đơn vị thực hiện;', base: 'quyet-dinh' },
      { text: 'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích', base: 'ke-hoach' },
    ],
    wrong: [
      { text: 'Điều 1: Thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn', base: 'quyet-dinh', replaces: 'Điều 1. Thành lập', note: '“Điều 1.” có dấu chấm.' },
      { text: 'a. Tham mưu triển khai các nhiệm vụ chuyển đổi số;', base: 'quyet-dinh', replaces: 'a) Tham mưu', note: 'Điểm ghi “a)”.' },
      { text: '1) Rà soát, tổng hợp kết quả giải ngân vốn đầu tư công quý I năm 2026.', base: 'cong-van', replaces: '1. Rà soát', note: 'Khoản ghi “1.”.' },
      { text: 'f) Báo cáo kết quả trước ngày 30/6/2026.', base: 'quyet-dinh', replaces: 'c) Báo cáo', note: 'Chữ f không có trong bảng chữ cái tiếng Việt; sau b) là c).' },
    ],
  },
  check(ctx) {
    const dieu: Section[] = [];
    const walk = (list: Section[]) => {
      checkSequence(list, ctx);
      for (const s of list) {
        checkMarker(s, ctx);
        if (s.kind === 'dieu') dieu.push(s);
        walk(s.children);
      }
    };
    walk(ctx.doc.sections);
    // Điều are numbered through the whole document, across chapters.
    checkRun(dieu.filter((s) => s.value !== null), 'dieu', ctx);
    if (dieu.length && dieu[0].value !== 1) {
      ctx.report({ ...dieu[0].marker, message: `Điều đầu tiên phải là ${q('Điều 1.')} (đang là ${q(dieu[0].marker.text)}).` });
    }
  },
});
