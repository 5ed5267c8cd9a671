/** Blocks of the body: Kính gửi (Phụ lục I, mục II.9.b), căn cứ (mục II.6.a), phụ lục (mục IV). */
import type { Item, Line, Part, VanBan } from '../../model/vanban';
import { foldKey, isAllCaps, capsRatio } from '../../text/vietnamese';
import { BODY_START_K, CAN_CU_K, KINH_GUI_K } from '../../vocab';
import { joinItem, part, readItems, readLabelLine } from './items';

function isCapsLine(t: string): boolean {
  return isAllCaps(t) || (capsRatio(t) > 0.85 && t.length > 3);
}

/** "Kính gửi:" within the first lines after the header, with its inline recipient or its list. */
export function readKinhGui(text: string, lines: Line[], from: number): { kinhGui: VanBan['kinhGui']; next: number } {
  for (let j = from; j < Math.min(lines.length, from + 3); j++) {
    if (!KINH_GUI_K.test(foldKey(lines[j].text, 12))) continue;
    const { label, hasColon, rest: inline } = readLabelLine(text, lines[j], KINH_GUI_K);
    const list = inline ? { items: [], next: j + 1 } : readItems(lines, j + 1, (t) => !BODY_START_K.test(foldKey(t, 20)));
    return { kinhGui: { label, hasColon, inline, items: list.items }, next: list.next };
  }
  return { kinhGui: null, next: from };
}

/** The căn cứ lines at the start of the body, after an authority heading ("CHỦ TỊCH ỦY BAN …"). */
export function readCanCu(lines: Line[], from: number, to: number): Item[] {
  const out: Item[] = [];
  let j = from;
  while (j < to && isCapsLine(lines[j].text) && j < from + 3) j++;
  let current: Line[] | null = null;
  for (; j < to; j++) {
    const k = foldKey(lines[j].text, 20);
    if (/^(CAN CU|THEO DE NGHI|THEO DE XUAT|XET DE NGHI|XET\s|THEO DUNG DE NGHI|TREN CO SO)/.test(k)) {
      if (current) out.push(joinItem(current));
      current = [lines[j]];
      continue;
    }
    if (current && !/[;.:,]$/.test(current[current.length - 1].text) && !isCapsLine(lines[j].text) && !BODY_START_K.test(k) && !CAN_CU_K.test(k)) {
      current.push(lines[j]);
      continue;
    }
    break;
  }
  if (current) out.push(joinItem(current));
  return out;
}

/** Headings "PHỤ LỤC I" of this document's own appendices, and references "Phụ lục II" in the text. */
export function readPhuLuc(text: string, lines: Line[], bodyStart: number, bodyEnd: number): VanBan['phuLuc'] {
  const headings: Part[] = [];
  const references: Part[] = [];
  for (let j = 0; j < lines.length; j++) {
    const t = lines[j].text;
    if (t.charCodeAt(0) !== 80 /* P */) continue;
    const m = /^(PHỤ LỤC|Phụ lục)(?:\s+(?<n>[\p{L}\p{N}]+))?\s*$/u.exec(t) ?? /^PHỤ LỤC\s+(?<n>[IVXLC\d]+)(?![\p{L}\p{N}])/u.exec(t);
    if (m && j >= bodyEnd) headings.push(part(text, lines[j].start, lines[j].end));
    else if (m && j > bodyStart && (isAllCaps(t) || t.length < 20) && !/kèm theo/.test(t)) headings.push(part(text, lines[j].start, lines[j].end));
  }
  const re = /(?<![\p{L}\p{N}])[Pp]hụ\s+lục\s+(?<n>[IVXLC]+|\d+)(?![\p{L}\p{N}])/gu;
  const headingStarts = new Set(headings.map((h) => h.start));
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (headingStarts.has(m.index)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // "Phụ lục I kèm theo Công văn số 708/…", "Phụ lục 1 ban hành kèm theo Thông tư số …": another
    // document's appendix
    if (/^\s*(?:(?:được\s+)?ban hành\s+)?(kèm theo|của|tại|theo)\s+[\p{L} ]{0,25}?số\s/u.test(after)) continue;
    if (/^\s*(?:của|tại)\s+(Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Công văn|Kế hoạch)/u.test(after)) continue;
    references.push(part(text, m.index, m.index + m[0].length));
  }
  return { headings, references };
}
