/**
 * The layout reader: where the document is inside the text, and the cells of its header.
 *
 * Real texts come copied from Word, PDF and legal portals. A portal prints its own title, breadcrumbs
 * and a metadata table ("Số hiệu", "Ngày ban hành", "Người ký") above the document and comments
 * below it; a table copy separates cells with "|"; a narrow column breaks one cell over several lines
 * ("Sơn" / "La, ngày 16 tháng 11" / "năm 2018"); rule lines ("-------") sit under the issuer and the
 * Tiêu ngữ. This module finds the document's bounds and cuts the header into pieces (cells or the
 * part of a line between "|"), each knowing what separates it from the piece before. The .docx
 * reader (docx/read.ts) hands over real table cells through the same seam: `cellLines`, the lines
 * each cell starts on.
 */
import type { Line } from '../model/vanban';
import { foldKey, isAllCaps, capsRatio } from '../text/vietnamese';
import {
  PORTAL_METADATA_K, PORTAL_TAIL_K, QUOC_HIEU_K, TIEU_NGU_K, PARTY_HEADER_K, KINH_GUI_K, NOI_NHAN_K, ORG_START_RE,
} from '../vocab';

/** A header cell: a line, or the part of a line between "|" separators. */
export interface Piece extends Line {
  /** Index of its line in `lines`. */
  lineIdx: number;
  /**
   * What separates it from the piece before: "cell" a "|" or a rule line ("-----"), "blank" one or
   * more blank lines, "line" a plain line break, "start" nothing (the first piece).
   */
  brk: 'start' | 'line' | 'blank' | 'cell';
}

/** A line that is only a rule ("-------", "–––", "___", "***", "|---|---|"): drawn under a header part. */
export function isRuleLine(t: string): boolean {
  return /^[\s|:]*[-–—_=*~.]{3,}[\s|:\-–—_=*~.]*$/.test(t);
}

/** "Số hiệu: 612/QĐ-UBND", "Ngày ban hành: 05/03/2020", "Người ký: …": a portal's metadata line. */
export function isMetadataLine(t: string): boolean {
  return PORTAL_METADATA_K.test(foldKey(t.replace(/^[\s|*#>-]+/, ''), 40));
}

/** What separates line `cur` from the line before it in `text` (both spans in the same text). */
function separatorBetween(text: string, prevEnd: number, curStart: number): Piece['brk'] {
  const gap = text.slice(prevEnd, curStart);
  if (gap.includes('|')) return 'cell';
  let newlines = 0;
  let lineStart = 0;
  for (let i = 0; i < gap.length; i++) {
    if (gap.charCodeAt(i) !== 10) continue;
    newlines++;
    const between = gap.slice(lineStart, i);
    if (newlines > 1 && isRuleLine(between)) return 'cell';
    lineStart = i + 1;
  }
  return newlines > 1 ? 'blank' : 'line';
}

/**
 * The pieces of lines [from, to): each line cut at the "|" of a table copy, found in the unmasked
 * `text` (the lines and the pieces' text come from `plain`, where "|" and Markdown are spaces).
 */
export function piecesOf(lines: Line[], from: number, to: number, text: string, plain: string, cellLines?: ReadonlySet<number>): Piece[] {
  const out: Piece[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    let brk: Piece['brk'] = i === from ? 'start' : separatorBetween(text, lines[i - 1].end, line.start);
    // a reader that knows the real table cells (the .docx reader) says where each one starts
    if (i > from && cellLines?.has(line.lineNo)) brk = 'cell';
    const end = line.end;
    const raw = text.slice(line.start, end);
    if (!raw.includes('|') && !/<br/i.test(raw)) {
      out.push({ ...line, lineIdx: i, brk });
      continue;
    }
    // cells split at "|"; a Markdown cell's "<br>" is a line break inside the cell
    const cut = /\||<br\s*\/?>/gi;
    let s = line.start;
    const push = (a: number, b: number) => {
      while (a < b && /\s/.test(plain[a])) a++;
      while (b > a && /\s/.test(plain[b - 1])) b--;
      if (b > a && /[\p{L}\p{N}]/u.test(plain.slice(a, b))) {
        out.push({ lineNo: line.lineNo, start: a, end: b, text: plain.slice(a, b), lineIdx: i, brk });
        return true;
      }
      return false;
    };
    for (let m = cut.exec(raw); m; m = cut.exec(raw)) {
      const pushed = push(s, line.start + m.index);
      if (m[0] === '|') brk = 'cell';
      else if (pushed) brk = 'line';
      s = line.start + m.index + m[0].length;
    }
    push(s, end);
  }
  return out;
}

/** A line that a header part starts with: the Quốc hiệu, the Tiêu ngữ, the Party's header or "Số:". */
export function isAnchor(t: string): boolean {
  const k = foldKey(t, 160);
  // a phrase inside a sentence is not the header ("… Quốc hội nước Cộng hòa xã hội chủ nghĩa …")
  const at = k.search(/CONG\s*HOA|CHU\s*NGHIA|D[O0]C\s*L[A1]P|DANG\s+CONG\s+SAN/);
  if (at > 0 && ((/\p{Ll}/u.test(t.slice(0, at)) && !isIssuerCell(t.slice(0, at))) || /(^|\s)NUOC\s*$/.test(k.slice(0, at))) && !/^S[O0E6]\s*:/.test(k)) return false;
  // "Số:"; "Số 15/QĐ-BNV" only with a capital S (a body line may start "số 2608/SNV-TCBC ngày …")
  if (/^S[O0E6]\s*:/.test(k) || (/^S/.test(t) && /^S[O0E6]\s+[\d.…_ ]*[/-]\s*\p{Lu}/u.test(k)) || /^(?:BO )?(?:LUAT|PHAP LENH|LENH|NGHI QUYET(?: LIEN TICH)?) SO\s*:\s*[\d.…_ ]*[/-]/.test(k)) return true;
  if (/CHU\s*NGHIA\s*VIET\s*NAM|CONG\s*HOA\s*XA\s*HOI|XA\s*HOI\s*CHU\s*NGHIA/.test(k)) return true;
  return QUOC_HIEU_K.test(k) || TIEU_NGU_K.test(k) || PARTY_HEADER_K.test(k) || /TU\s*DO\s*-?\s*HANH\s*PHUC/.test(k);
}

/**
 * The left cell of a flattened header row typed in mixed case ("Sở Tài chính" before "CỘNG HÒA …" or
 * "Độc lập - …"): a short body name, no sentence punctuation, no digits.
 */
export function isIssuerCell(before: string): boolean {
  const t = before.trim();
  return ORG_START_RE.test(t + ' ') && t.length < 70 && !/[.,;:!?\d]/u.test(t);
}

/** An issuer line above the anchor: short capitals (or the one-word start of a broken cell). */
function isHeaderLike(t: string): boolean {
  t = t.replace(/^Trang\s*\d+\s*(?=\p{Lu})/u, ''); // a PDF's page marker glued to the line
  if (t.length > 90 || /[.;:]$/.test(t)) return false;
  return isAllCaps(t) || (capsRatio(t) > 0.85 && t.length > 3);
}

export interface Bounds {
  /** First line of the document (index into lines). */
  start: number;
  /** One past its last line. */
  end: number;
}

const ANCHOR_WINDOW = 400;

/**
 * Where the document is among `lines`: from its header (the issuer lines above the first Quốc hiệu,
 * Tiêu ngữ or "Số:" line, when portal chrome comes first) to the end, or to the first line of a
 * portal's trailer (comments, related documents) after the document's own footer.
 */
export function documentBounds(lines: Line[]): Bounds {
  let start = 0;
  let anchor = -1;
  for (let i = 0; i < Math.min(lines.length, ANCHOR_WINDOW); i++) {
    const t = lines[i].text;
    if (isMetadataLine(t)) continue;
    if (isAnchor(t)) {
      anchor = i;
      break;
    }
  }
  if (anchor === -1) {
    // no header at all: after a portal's chrome, the document starts at its Kính gửi or căn cứ
    const firstMeta = lines.findIndex((l, i) => i < ANCHOR_WINDOW && isMetadataLine(l.text));
    if (firstMeta !== -1) {
      for (let i = firstMeta + 1; i < Math.min(lines.length, ANCHOR_WINDOW); i++) {
        const t = lines[i].text;
        if (isMetadataLine(t)) continue;
        const k = foldKey(t, 20);
        if (KINH_GUI_K.test(k) || /^CAN CU\s/.test(k)) return { start: i, end: tailStart(lines, i) };
      }
    }
  }
  if (anchor > 0) {
    start = anchor;
    while (start > 0 && anchor - start < 8) {
      const t = lines[start - 1].text;
      if (isMetadataLine(t) || !isHeaderLike(t)) break;
      start--;
    }
    // Nothing but chrome above: keep it out only when something there is recognisably chrome.
    if (start > 0 && !hasChromeAbove(lines, start)) start = 0;
  }
  return { start, end: tailStart(lines, start) };
}

/** A portal's trailer (comments, related documents): only after a footer ("Nơi nhận") was seen. */
function tailStart(lines: Line[], start: number): number {
  let footerSeen = false;
  for (let i = start; i < lines.length; i++) {
    const k = foldKey(lines[i].text, 40);
    if (NOI_NHAN_K.test(k)) footerSeen = true;
    if (footerSeen && PORTAL_TAIL_K.test(k) && i > start + 5) return i;
  }
  return lines.length;
}

/** True when some line above `start` is portal chrome: metadata, a long title, a "Tải…" link. */
function hasChromeAbove(lines: Line[], start: number): boolean {
  for (let i = 0; i < start; i++) {
    const t = lines[i].text;
    if (isMetadataLine(t) || PORTAL_TAIL_K.test(foldKey(t, 40))) return true;
    if (!isAllCaps(t) && t.length > 20) return true;
  }
  return false;
}


/** A line that starts a block after the header: "Kính gửi", "Nơi nhận". */
export function isBlockLabel(t: string): boolean {
  const k = foldKey(t, 12);
  return KINH_GUI_K.test(k) || NOI_NHAN_K.test(k);
}
