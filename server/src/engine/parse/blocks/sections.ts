/** The body's divisions: Phần, Chương, Mục, Roman headings, Điều, khoản "1.", điểm "a)" (Phụ lục I, mục II.6). */
import type { Line, Section, SectionKind } from '../../model/vanban';
import { romanValue, DIEM_LETTERS } from '../../text/vietnamese';
import { part } from './items';

/** Cheap first-character test before the section patterns: digits, Roman numerals, P/C/M/Đ words, điểm letters. */
const MAY_BE_SECTION = /^(?:[\dIVXLC]|Ph|PH|Ch|CH|Mụ|MỤ|Đi|ĐI|[a-zđ]\s?[).])/u;

const SECTION_LEVEL: Record<SectionKind, number> = {
  phan: 0, chuong: 1, muc: 2, roman: 3, dieu: 4, khoan: 5, sub: 6, diem: 7,
};

export function readSections(text: string, lines: Line[], from: number, to: number): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (let j = from; j < to; j++) {
    const line = lines[j];
    const t = line.text;
    if (!MAY_BE_SECTION.test(t)) continue;
    let kind: SectionKind | null = null;
    let label = '';
    let punct = '';
    let markerLen = 0;
    let value: number | null = null;
    let m: RegExpExecArray | null;
    if ((m = /^(Phần|PHẦN)\s+(?<l>[\p{L}\p{N}]+)(?<p>[.:]?)/u.exec(t))) {
      kind = 'phan';
    } else if ((m = /^(Chương|CHƯƠNG)\s+(?<l>[\p{L}\p{N}]+)(?<p>[.:]?)/u.exec(t))) {
      kind = 'chuong';
    } else if ((m = /^(Mục|MỤC)\s+(?<l>\d+|[IVXLC]+)(?<p>[.:]?)(?=\s|$)/u.exec(t))) {
      kind = 'muc';
    } else if ((m = /^(?<l>X{0,3}(?:IX|IV|V?I{0,3}))\s*(?<p>[.:)])(?=\s|$)/u.exec(t)) && m.groups!.l !== '') {
      // a Roman heading I … XXXIX; a lone "C)", "L." is a letter (an OCR'd "c)"), not 100 or 50
      kind = 'roman';
    } else if ((m = /^(Điều|ĐIỀU)\s+(?<l>\d+)\s*(?<p>[.:]?)/u.exec(t))) {
      kind = 'dieu';
    } else if ((m = /^(?<l>\d{1,2}\.\d{1,2}(?:\.\d{1,2})*)(?<p>\.?)(?=\s)/u.exec(t))) {
      kind = 'sub';
    } else if ((m = /^(?<l>\d{1,3})\s*(?<p>[.):])(?=\s+[\p{L}\p{N}(“"'])/u.exec(t))) {
      kind = 'khoan';
    } else if ((m = /^(?<l>[a-zđ])\s?(?<p>[).])(?=\s)/u.exec(t))) {
      kind = 'diem';
    }
    if (!kind || !m || !m.groups) continue;
    label = m.groups.l;
    punct = m.groups.p ?? '';
    markerLen = m[0].length;
    if (kind === 'roman') value = romanValue(label);
    else if (kind === 'phan' || kind === 'chuong' || kind === 'muc') value = romanValue(label) ?? (/^\d+$/.test(label) ? +label : null);
    else if (kind === 'dieu' || kind === 'khoan') value = +label;
    else if (kind === 'diem') value = DIEM_LETTERS.indexOf(label) + 1 || null;
    const section: Section = {
      kind, label, punct, value, line, children: [],
      marker: part(text, line.start, line.start + markerLen),
    };
    const level = SECTION_LEVEL[kind];
    while (stack.length && SECTION_LEVEL[stack[stack.length - 1].kind] >= level) stack.pop();
    if (stack.length) stack[stack.length - 1].children.push(section);
    else roots.push(section);
    stack.push(section);
  }
  return roots;
}
