/**
 * parse(): read any text into the parts of a văn bản (see model/vanban.ts for the glossary).
 *
 * The header is read line by line; two-column rows flattened onto one line (issuer + Quốc hiệu,
 * Số + địa danh/ngày) are split at the known part. Matching uses foldKey() (no diacritics, upper
 * case, same length) so lost diacritics and odd capitals are still recognised and then judged by
 * the rules against the exact text.
 */
import { SourceText } from '../text/source';
import { foldKey, capsRatio, isAllCaps, romanValue, DIEM_LETTERS } from '../text/vietnamese';
import { scanWords, WORD_TABLE } from '../text/words';
import { scanDates, isRealDate, isoOf } from '../dates/dates';
import { CONG_VAN, DOC_TYPES, QPPL_HEADINGS, typeByAbbrev, typeByHeading, type DocType } from '../data';
import { splitLines, maskMarkup } from './lines';
import type {
  Citation, Item, Line, Part, PlaceDate, Regime, Section, SectionKind, Signature, SoKyHieu, VanBan,
} from '../model/vanban';

const QH_RE = /C[O0]NG\s*H[O0]A\s+X[A]\s+H[O0Q]I\s+CH[U]\s+NGH[I1]A\s+VI[E]T\s+NAM/;
const TN_RE = /D[O0]C\s*L[A1]P\s*[-–—]?\s*T[U]\s*D[O0]\s*[-–—]?\s*H[A]NH\s*PH[U]C/;
const SO_START = /^S[O6]\s*(?::|[\d.…_ ]*\/|\s*$)/;
const SO_PARSE = /^(?<label>[Ss]\S?)(?<colon>\s*:)?\s*(?<num>[^\s\/]*(?:\s+[.…_]+)*)\s*(?<slash>\/)\s*(?<sym>[\p{L}\p{N}&().]+(?:\s*-\s*[\p{L}\p{N}&().]+)*)/u;
const DATE_K = /NGAY\s*(?<d>[\d.…_]*)\s*THANG\s*(?<m>[^\s]*)\s*NAM\s*(?<y>\d{1,4}|[.…_]*)/;
const NUMERIC_PLACE_DATE = /^(?<place>\p{Lu}[\p{L}\p{M} .'-]{1,40}?)\s*(?<comma>,)?\s*(?<date>\d{1,2}\/\d{1,2}\/\d{2,4})\s*$/u;
const MARK_K = /^(TUYET MAT|TOI MAT|BI MAT|MAT|THUONG KHAN|RAT KHAN|KHAN CAP|KHAN|HOA TOC(?: HEN GIO)?)[!.]?$/;
const VV_K = /^V\s*\/\s*V(?=[\s.:]|$)/;
const KINH_GUI_K = /^KINH\s*GU\S?I\b/;
const NOI_NHAN_K = /^NOI\s*NHAN\b/;
const AUTH_RE = /^(?<p>TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\/UQ|Tm|Kt|Tl)(?<dot>\s*\.)?\s+(?=\p{Lu})/u;
const BODY_START_K =
  /^(CAN CU|THUC HIEN|THEO\b|XET\b|TREN CO SO|DE\s|NHAM\b|NGAY \d|HOM NAY|VAO HOI|SAU KHI|TRIEN KHAI|PHUC DAP|TRA LOI|TIEP NHAN|QUA\b|HIEN NAY|DIEU \d|PHAN [IVX]|CHUONG [IVX\d]|[IVX]+\.\s|\d{1,3}\.\s)/;
const ORG_START = /^(Sở|Ủy ban|Uỷ ban|UBND|Văn phòng|Bộ|Cục|Chi cục|Tổng cục|Ban|Phòng|Trường|Trung tâm|Công ty|Hội đồng|Viện|Bệnh viện|Thanh tra|Đài|Báo)\s/u;
const TITLE_WORDS = /(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|CHÁNH|VĂN PHÒNG|ỦY BAN|UỶ BAN|HỘI ĐỒNG|THƯ KÝ|CHỦ TỌA|CHỦ TOẠ|BỘ|CỤC|BAN|SỞ|THỦ|TỔNG|KẾ TOÁN|TỔ|ĐỘI|NHÂN DÂN)/u;
const LABEL_LINE = /^\p{Lu}[\p{L} ]{1,30}:/u;
const SKIP_SIGN = /^\(?\s*(đã ký|ký|ký tên|ký, ghi rõ|chữ ký|dấu)/iu;

function part(text: string, start: number, end: number): Part {
  return { start, end, text: text.slice(start, end) };
}

function lineOffset(line: Line, index: number): number {
  return line.start + index;
}

function trimPart(text: string, start: number, end: number): Part | null {
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s,;]/.test(text[end - 1])) end--;
  return end > start ? part(text, start, end) : null;
}

function joinItem(text: string, lines: Line[]): Item {
  return {
    start: lines[0].start,
    end: lines[lines.length - 1].end,
    text: lines.map((l) => l.text).join(' '),
    lines,
  };
}

/** "Kính gửi: …", "Nơi nhận: …": the two-word label, whether a colon follows, and the rest of the line. */
function readLabelLine(text: string, line: Line): { label: Part; hasColon: boolean; rest: Part | null } {
  const lm = /^\S+\s+[^\s:]+/u.exec(line.text)!;
  let p = lm[0].length;
  const colon = /^\s*:/.exec(line.text.slice(p));
  if (colon) p += colon[0].length;
  return {
    label: part(text, line.start, lineOffset(line, lm[0].length)),
    hasColon: !!colon,
    rest: trimPart(text, lineOffset(line, p), line.end),
  };
}

/**
 * A list of "- …" items from line `from` on: a line not starting with a dash continues the item
 * above until that item ends with ";" or "."; `continues(line)` may refuse a continuation.
 * Returns the items and the index of the first line after the list.
 */
function readItems(text: string, lines: Line[], from: number, continues: (t: string) => boolean): { items: Item[]; next: number } {
  const items: Item[] = [];
  let current: Line[] | null = null;
  let j = from;
  for (; j < lines.length; j++) {
    const lt = lines[j].text;
    if (/^[-–+•]/.test(lt)) {
      if (current) items.push(joinItem(text, current));
      current = [lines[j]];
      continue;
    }
    if (current && !/[;.]$/.test(current[current.length - 1].text) && continues(lt)) {
      current.push(lines[j]);
      continue;
    }
    break;
  }
  if (current) items.push(joinItem(text, current));
  return { items, next: j };
}

/** A line that is a heading or heading-like caps text (issuer, titles): mostly capitals, no sentence. */
function isCapsLine(t: string): boolean {
  return isAllCaps(t) || (capsRatio(t) > 0.85 && t.length > 3);
}

const HEADINGS_FOLDED = new Map(DOC_TYPES.filter((t) => t.heading).map((t) => [foldKey(t.heading as string), t]));
const QPPL_FOLDED = new Set(QPPL_HEADINGS.map((h) => foldKey(h)));

function headingType(t: string): DocType | undefined {
  if (t.length > 40) return undefined;
  return HEADINGS_FOLDED.get(foldKey(t).replace(/[:.]$/, '').replace(/\s+/g, ' ').trim());
}

function isQpplHeading(t: string): boolean {
  return t.length <= 40 && QPPL_FOLDED.has(foldKey(t).trim());
}

export function parse(input: string | SourceText): VanBan {
  const source = typeof input === 'string' ? new SourceText(input) : input;
  const text = source.text;
  const plain = maskMarkup(text);
  const { lines, artifacts } = splitLines(plain, text);

  const doc: VanBan = {
    source, text, lines, artifacts,
    plain,
    regime: 'nd30', regimeEvidence: null, type: null,
    issuer: { parent: null, name: null },
    quocHieu: null, tieuNgu: null, soKyHieu: null, placeDate: null, markings: [],
    tenLoai: null, trichYeu: null, kinhGui: null, canCu: [],
    bodyStart: 0, bodyEnd: lines.length, sections: [], endMarker: null,
    noiNhan: null, signature: null, phuLuc: { headings: [], references: [] },
    dates: [], citations: [], words: scanWords(plain), diacriticShare: 1, wordCount: 0,
  };

  // ---- Header ----
  const issuerLines: Part[] = [];
  const issuerIdx: number[] = []; // index in `lines` of each issuer line
  const addIssuer = (p: Part, idx: number) => {
    issuerLines.push(p);
    issuerIdx.push(idx);
  };
  let i = 0;
  let sawHeaderPart = false;
  let tenLoaiType: DocType | undefined;
  let qpplHeading = false;
  const headerLimit = Math.min(lines.length, 60);
  for (; i < headerLimit; i++) {
    const line = lines[i];
    const t = line.text;
    const k = foldKey(t, 200); // header lines are short; a long line is body text
    if (KINH_GUI_K.test(k) || NOI_NHAN_K.test(k)) break;
    let handled = false;
    if (!doc.quocHieu) {
      const m = QH_RE.exec(k);
      if (m) {
        doc.quocHieu = part(text, lineOffset(line, m.index), lineOffset(line, m.index + m[0].length));
        const left = trimPart(text, line.start, lineOffset(line, m.index));
        if (left) addIssuer(left, i);
        const right = k.slice(m.index + m[0].length);
        const tn = TN_RE.exec(right);
        if (tn && !doc.tieuNgu) {
          const s = m.index + m[0].length + tn.index;
          doc.tieuNgu = part(text, lineOffset(line, s), lineOffset(line, s + tn[0].length));
        }
        sawHeaderPart = true;
        continue;
      }
    }
    if (!doc.tieuNgu) {
      const m = TN_RE.exec(k);
      if (m) {
        doc.tieuNgu = part(text, lineOffset(line, m.index), lineOffset(line, m.index + m[0].length));
        const left = trimPart(text, line.start, lineOffset(line, m.index));
        if (left && isCapsLine(left.text)) addIssuer(left, i);
        sawHeaderPart = true;
        continue;
      }
    }
    let rest = 0; // where the unread remainder of this line starts
    if (!doc.soKyHieu && SO_START.test(k)) {
      const m = SO_PARSE.exec(t);
      if (m && m.groups) {
        const g = m.groups;
        const labelEnd = g.label.length;
        let p = labelEnd;
        const colon = g.colon ?? '';
        p += colon.length;
        const numStart = t.indexOf(g.num, p);
        const num = g.num.trim();
        const slashIdx = m[0].lastIndexOf('/', m[0].length - g.sym.length);
        const symStart = m[0].length - g.sym.length;
        doc.soKyHieu = {
          start: line.start,
          end: lineOffset(line, m[0].length),
          label: part(text, line.start, lineOffset(line, labelEnd)),
          hasColon: colon.length > 0,
          number: num && /\d/.test(num) ? part(text, lineOffset(line, numStart), lineOffset(line, numStart + g.num.length)) : null,
          slash: part(text, lineOffset(line, slashIdx), lineOffset(line, slashIdx + 1)),
          symbol: part(text, lineOffset(line, symStart), lineOffset(line, m[0].length)),
        };
        rest = m[0].length;
      } else {
        const lm = /^\S{1,3}?(?=[\s:]|$)\s*:?/u.exec(t) ?? /^\S+/u.exec(t)!; // "Số:", "số:", "S6:" (OCR)
        doc.soKyHieu = {
          start: line.start, end: line.end,
          label: part(text, line.start, lineOffset(line, lm[0].replace(/\s*:$/, '').length)),
          hasColon: lm[0].includes(':'), number: null, slash: null, symbol: null,
        };
        rest = t.length;
        const dm = DATE_K.exec(k);
        if (dm) rest = dm.index; // "Số:" with nothing, then the date on the same line
        // cut back to the place name before "ngày"
        if (dm) rest = Math.max(lm[0].length, placeStartBefore(t, dm.index));
      }
      sawHeaderPart = true;
      handled = true;
    }
    if (!doc.placeDate) {
      const pd = readPlaceDate(text, line, rest);
      if (pd) {
        doc.placeDate = pd;
        sawHeaderPart = true;
        continue;
      }
    }
    if (handled) continue;
    if (MARK_K.test(k.replace(/\s+/g, ' ').trim()) && t.length <= 20) {
      doc.markings.push(part(text, line.start, line.end));
      continue;
    }
    if (!doc.trichYeu && !doc.tenLoai && VV_K.test(k)) {
      const items = collectTrichYeu(lines, i);
      doc.trichYeu = joinItem(text, items);
      i += items.length - 1;
      sawHeaderPart = true;
      continue;
    }
    if (!doc.tenLoai) {
      const dt = headingType(t);
      const qh = !dt && isQpplHeading(t);
      if (dt || qh) {
        doc.tenLoai = part(text, line.start, line.end);
        tenLoaiType = dt;
        qpplHeading = qh;
        sawHeaderPart = true;
        // trích yếu follows the heading, except when it is itself a body line, or the type has none
        // (giấy giới thiệu, giấy nghỉ phép: "… trân trọng giới thiệu:" is body)
        if (i + 1 < lines.length && dt?.trichYeu !== false) {
          const nk = foldKey(lines[i + 1].text, 20);
          if (!KINH_GUI_K.test(nk) && !/^(CAN CU|DIEU \d|[IVX]+\.\s|\d{1,3}\.\s)/.test(nk) && !isCapsLine(lines[i + 1].text)) {
            const items = collectTrichYeu(lines, i + 1);
            doc.trichYeu = joinItem(text, items);
            i += items.length;
          }
        }
        i++;
        break;
      }
    }
    const orgLike = ORG_START.test(t) && t.length < 60 && issuerLines.length > 0 && !doc.quocHieu;
    // Issuer lines come before the Quốc hiệu (left column first), or right after the Tiêu ngữ when
    // the right column was serialised first.
    const issuerPlace = !doc.quocHieu || issuerLines.length === 0 || issuerIdx[issuerIdx.length - 1] === i - 1;
    if ((isCapsLine(t) || orgLike) && issuerPlace && !doc.soKyHieu && !doc.tenLoai && issuerLines.length < 4 && t.length < 80) {
      addIssuer(part(text, line.start, line.end), i);
      continue;
    }
    // Anything else ends the header, except stray lines (OCR noise) above the Số line.
    if (!doc.soKyHieu && !doc.placeDate && !doc.tenLoai && !doc.trichYeu && i < 8) continue;
    break;
  }
  if (!sawHeaderPart && issuerLines.length === 0) i = 0;
  else if (i > headerEnd(doc, issuerLines, lines)) i = headerEnd(doc, issuerLines, lines);
  if (issuerLines.length > 0 && (sawHeaderPart || issuerLines.length <= 3)) {
    // The issuer is the first run of adjacent lines: chủ quản on top, then the issuing body's name.
    let run = 1;
    while (run < issuerLines.length && issuerIdx[run] === issuerIdx[run - 1] + 1) run++;
    if (run === 1) doc.issuer.name = issuerLines[0];
    else {
      doc.issuer.parent = issuerLines[0];
      doc.issuer.name = part(text, issuerLines[1].start, issuerLines[run - 1].end);
    }
  }

  // ---- Kính gửi ----
  let bodyStart = i;
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    const k = foldKey(lines[j].text, 12);
    if (!KINH_GUI_K.test(k)) continue;
    const { label, hasColon, rest: inline } = readLabelLine(text, lines[j]);
    const list = inline ? { items: [], next: j + 1 } : readItems(text, lines, j + 1, (t) => !BODY_START_K.test(foldKey(t, 20)));
    doc.kinhGui = { label, hasColon, inline, items: list.items };
    bodyStart = list.next;
    break;
  }

  // ---- Footer: Nơi nhận and signature ----
  let footerStart = lines.length;
  let noiNhanIdx = -1;
  for (let j = lines.length - 1; j >= bodyStart; j--) {
    const first = lines[j].text.charCodeAt(0);
    if ((first === 78 || first === 110) && NOI_NHAN_K.test(foldKey(lines[j].text, 12))) {
      noiNhanIdx = j;
      break;
    }
  }
  const footerLines = new Set<number>();
  const signatureCandidates: Part[] = [];
  if (noiNhanIdx >= 0) {
    const { label, hasColon, rest: after } = readLabelLine(text, lines[noiNhanIdx]);
    // two columns flattened: "Nơi nhận: KT. CHỦ TỊCH"
    if (after && AUTH_RE.test(after.text)) signatureCandidates.push(after);
    const list = readItems(text, lines, noiNhanIdx + 1, (t) => !AUTH_RE.test(t));
    for (let j = noiNhanIdx + 1; j < list.next; j++) footerLines.add(j);
    doc.noiNhan = { label, hasColon, items: list.items };
    footerStart = noiNhanIdx;
    footerLines.add(noiNhanIdx);
  }

  // The end marker "./." closes the content.
  for (let j = Math.min(lines.length, footerStart) - 1; j >= bodyStart; j--) {
    const idx = lines[j].text.lastIndexOf('./.');
    if (idx !== -1) {
      doc.endMarker = part(text, lineOffset(lines[j], idx), lineOffset(lines[j], idx + 3));
      if (footerStart === lines.length || j + 1 < footerStart) {
        // signature may sit between the end marker and Nơi nhận, or after both
        footerStart = Math.min(footerStart, j + 1);
      }
      break;
    }
  }

  // Signature: after the body, outside Nơi nhận.
  const signStart = footerStart;
  let sigScanFrom = signStart;
  if (footerStart === lines.length) {
    // No Nơi nhận and no end marker: look for an authority line near the end.
    for (let j = lines.length - 1; j >= Math.max(bodyStart, lines.length - 8); j--) {
      if (AUTH_RE.test(lines[j].text)) {
        sigScanFrom = j;
        footerStart = j;
      }
    }
  }
  doc.signature = readSignature(text, lines, sigScanFrom, footerLines, signatureCandidates);
  doc.bodyStart = bodyStart;
  doc.bodyEnd = Math.max(bodyStart, footerStart);

  // ---- Căn cứ block: at the start of the body ----
  {
    let j = bodyStart;
    // skip an authority heading such as "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"
    while (j < doc.bodyEnd && isCapsLine(lines[j].text) && j < bodyStart + 3) j++;
    let current: Line[] | null = null;
    for (; j < doc.bodyEnd; j++) {
      const k = foldKey(lines[j].text, 20);
      if (/^(CAN CU|THEO DE NGHI|XET DE NGHI|THEO DUNG DE NGHI)/.test(k)) {
        if (current) doc.canCu.push(joinItem(text, current));
        current = [lines[j]];
        continue;
      }
      if (current && !/[;.:,]$/.test(current[current.length - 1].text) && !isCapsLine(lines[j].text) && !BODY_START_K.test(k)) {
        current.push(lines[j]);
        continue;
      }
      break;
    }
    if (current) doc.canCu.push(joinItem(text, current));
  }

  doc.sections = readSections(text, lines, bodyStart, doc.bodyEnd);

  // ---- Phụ lục ----
  for (let j = 0; j < lines.length; j++) {
    const t = lines[j].text;
    if (t.charCodeAt(0) !== 80 /* P */) continue;
    const m = /^(PHỤ LỤC|Phụ lục)(?:\s+(?<n>[\p{L}\p{N}]+))?\s*$/u.exec(t) ?? /^PHỤ LỤC\s+(?<n>[IVXLC\d]+)\b/u.exec(t);
    if (m && j >= doc.bodyEnd - 0) doc.phuLuc.headings.push(part(text, lines[j].start, lines[j].end));
    else if (m && j > bodyStart && (isAllCaps(t) || t.length < 20) && !/kèm theo/.test(t)) doc.phuLuc.headings.push(part(text, lines[j].start, lines[j].end));
  }
  {
    const re = /(?<![\p{L}\p{N}])[Pp]hụ\s+lục\s+(?<n>[IVXLC]+|\d+)(?![\p{L}\p{N}])/gu;
    let m: RegExpExecArray | null;
    const headingStarts = new Set(doc.phuLuc.headings.map((h) => h.start));
    while ((m = re.exec(text))) {
      if (headingStarts.has(m.index)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      // "Phụ lục I kèm theo Công văn số 708/…": another document's appendix
      if (/^\s*(kèm theo|của|tại)\s+[\p{L} ]{0,20}?số\s/u.test(after)) continue;
      doc.phuLuc.references.push(part(text, m.index, m.index + m[0].length));
    }
  }

  // ---- Dates, citations, diacritics ----
  doc.dates = scanDates(doc.plain);
  doc.citations = scanCitations(text, doc.soKyHieu);
  {
    const { plainWords, markedWords } = doc.words;
    doc.wordCount = plainWords;
    doc.diacriticShare = plainWords < 20 ? 1 : markedWords / plainWords;
  }

  // ---- Type and regime ----
  if (tenLoaiType) doc.type = tenLoaiType;
  else if (!qpplHeading) {
    const vv = doc.trichYeu && VV_K.test(foldKey(doc.trichYeu.text, 8));
    if (vv || (doc.kinhGui && !doc.tenLoai)) doc.type = CONG_VAN;
    else if (doc.soKyHieu?.symbol) {
      const first = doc.soKyHieu.symbol.text.split(/\s*-\s*/)[0];
      doc.type = typeByAbbrev(first) ?? null;
    }
  }
  const regime = detectRegime(doc, qpplHeading);
  doc.regime = regime.regime;
  doc.regimeEvidence = regime.evidence;
  return doc;
}

/** Index of the first line after the last recognised header part. */
function headerEnd(doc: VanBan, issuerLines: Part[], lines: Line[]): number {
  let end = 0;
  const parts = [doc.quocHieu, doc.tieuNgu, doc.soKyHieu, doc.placeDate, doc.tenLoai, doc.trichYeu, ...doc.markings, ...issuerLines];
  for (const p of parts) if (p) end = Math.max(end, p.end);
  let idx = 0;
  while (idx < lines.length && lines[idx].start < end) idx++;
  return idx;
}

function placeStartBefore(t: string, ngayIdx: number): number {
  // the place name is the run of capitalised words just before "ngày" (after two or more spaces)
  const before = t.slice(0, ngayIdx);
  const gap = before.search(/\s{2,}\S[^]*$/);
  if (gap !== -1) return gap;
  const m = /(\p{Lu}[\p{L}\p{M}.'-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'-]*|-))*\s*,?\s*)$/u.exec(before);
  return m ? ngayIdx - m[0].length : ngayIdx;
}

function readPlaceDate(text: string, line: Line, from: number): PlaceDate | null {
  const t = line.text;
  const k = foldKey(t, 200);
  const dm = DATE_K.exec(k.slice(from));
  if (dm && dm.groups) {
    const ngayIdx = from + dm.index;
    let placeFrom = from;
    if (from === 0) placeFrom = 0;
    else placeFrom = Math.max(from, placeStartBefore(t, ngayIdx));
    const placeRaw = t.slice(placeFrom, ngayIdx);
    const hasComma = /,\s*$/.test(placeRaw);
    const place = trimPart(text, lineOffset(line, placeFrom), lineOffset(line, ngayIdx));
    if (place && place.text.length > 50) return null;
    const g = dm.groups;
    const dateStart = ngayIdx;
    // spans of d, m, y inside the match
    const local = dm[0];
    const dRel = local.indexOf(g.d, 4);
    const thangRel = local.indexOf('THANG');
    const mRel = local.indexOf(g.m, thangRel + 5);
    const namRel = local.lastIndexOf('NAM');
    const yRel = local.indexOf(g.y, namRel + 3);
    const dText = g.d.replace(/[.…_]/g, '');
    const mText = g.m.replace(/[.…_]/g, '');
    const yText = g.y.replace(/[.…_]/g, '');
    const abs = (rel: number) => lineOffset(line, dateStart + rel);
    const day = dText ? part(text, abs(dRel), abs(dRel + g.d.length)) : null;
    const month = mText ? part(text, abs(mRel), abs(mRel + g.m.length)) : null;
    const year = yText ? part(text, abs(yRel), abs(yRel + g.y.length)) : null;
    const dv = day && /^\d+$/.test(dText) ? +dText : null;
    const mv = month && /^\d+$/.test(mText) ? +mText : null;
    const yv = year && /^\d{4}$/.test(yText) ? +yText : null;
    return {
      start: place ? place.start : abs(0),
      end: abs(dm[0].length),
      place,
      hasComma,
      dateRaw: part(text, abs(0), abs(dm[0].length)),
      numeric: false,
      day, month, year,
      iso: dv && mv && yv && isRealDate(dv, mv, yv) ? isoOf(dv, mv, yv) : null,
      yearValue: yv,
      monthValue: mv && mv >= 1 && mv <= 12 ? mv : null,
    };
  }
  const nm = NUMERIC_PLACE_DATE.exec(t.slice(from));
  if (nm && nm.groups && from + nm.index >= 0) {
    const base = from + nm.index;
    const place = part(text, lineOffset(line, base), lineOffset(line, base + nm.groups.place.length));
    const ds = t.indexOf(nm.groups.date, base + nm.groups.place.length);
    const [d, m, y] = nm.groups.date.split('/').map(Number);
    const dateRaw = part(text, lineOffset(line, ds), lineOffset(line, ds + nm.groups.date.length));
    return {
      start: place.start, end: dateRaw.end, place, hasComma: !!nm.groups.comma, dateRaw, numeric: true,
      day: null, month: null, year: null,
      iso: y >= 1000 && isRealDate(d, m, y) ? isoOf(d, m, y) : null,
      yearValue: y >= 1000 ? y : null, monthValue: m >= 1 && m <= 12 ? m : null,
    };
  }
  return null;
}

function collectTrichYeu(lines: Line[], from: number): Line[] {
  const out: Line[] = [lines[from]];
  for (let j = from + 1; j < Math.min(lines.length, from + 8); j++) {
    const t = lines[j].text;
    const k = foldKey(t, 20);
    if (KINH_GUI_K.test(k) || BODY_START_K.test(k) || NOI_NHAN_K.test(k)) break;
    if (isCapsLine(t) && !/\d/.test(t.slice(0, 3))) break;
    if (LABEL_LINE.test(t)) break; // "Thời gian bắt đầu: …", "Địa điểm: …" open the body of a biên bản
    if (/[.:]$/.test(out[out.length - 1].text) && !/\d$/.test(out[out.length - 1].text)) break;
    if (t.length > 160) break;
    out.push(lines[j]);
  }
  return out;
}

function readSignature(
  text: string, lines: Line[], from: number, skip: Set<number>, extra: Part[],
): Signature | null {
  const sigLines: Part[] = [...extra];
  let name: Part | null = null;
  for (let j = from; j < lines.length; j++) {
    if (skip.has(j)) continue;
    const t = lines[j].text;
    if (SKIP_SIGN.test(t) || /^\(.*\)$/.test(t)) continue;
    if (/^[-–+•]/.test(t)) continue;
    if (AUTH_RE.test(t) || isCapsLine(t)) {
      if (name) break;
      if (t.length > 90) continue;
      sigLines.push(part(text, lines[j].start, lines[j].end));
      continue;
    }
    if (sigLines.length > 0 && !name && t.split(/\s+/).length <= 7 && /^[\p{Lu}]/u.test(t) && !/[;:]$/.test(t)) {
      name = part(text, lines[j].start, lines[j].end);
      continue;
    }
    if (sigLines.length > 0 || name) break;
  }
  if (!name && sigLines.length >= 2) {
    // A name typed in capitals: the last caps line, when it holds no title word.
    const last = sigLines[sigLines.length - 1];
    const words = last.text.split(/\s+/).length;
    if (!AUTH_RE.test(last.text) && !TITLE_WORDS.test(last.text) && words >= 2 && words <= 5) {
      name = last;
      sigLines.pop();
    }
  }
  if (sigLines.length === 0 && !name) return null;
  const authority = sigLines.filter((p) => AUTH_RE.test(p.text));
  const titles = sigLines.filter((p) => !AUTH_RE.test(p.text));
  const all = name ? [...sigLines, name] : sigLines;
  return {
    start: Math.min(...all.map((p) => p.start)),
    end: Math.max(...all.map((p) => p.end)),
    authority, titles, lines: sigLines, name,
  };
}

/** Cheap first-character test before the section patterns: digits, Roman numerals, P/C/M/Đ words, điểm letters. */
const MAY_BE_SECTION = /^(?:[\dIVXLC]|Ph|PH|Ch|CH|Mụ|MỤ|Đi|ĐI|[a-zđ]\s?[).])/u;

const SECTION_LEVEL: Record<SectionKind, number> = {
  phan: 0, chuong: 1, muc: 2, roman: 3, dieu: 4, khoan: 5, sub: 6, diem: 7,
};

function readSections(text: string, lines: Line[], from: number, to: number): Section[] {
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
    } else if ((m = /^(?<l>[IVXLC]+)\s*(?<p>[.:)])(?=\s|$)/u.exec(t))) {
      kind = 'roman';
    } else if ((m = /^(Điều|ĐIỀU)\s+(?<l>\d+)\s*(?<p>[.:]?)/u.exec(t))) {
      kind = 'dieu';
    } else if ((m = /^(?<l>\d{1,2}\.\d{1,2}(?:\.\d{1,2})*)(?<p>\.?)(?=\s)/u.exec(t))) {
      kind = 'sub';
    } else if ((m = /^(?<l>\d{1,3})\s*(?<p>[.):])(?=\s)/u.exec(t))) {
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

// The three shapes of a document number, tried where a "/" is (sticky, from the start of the run).
const CIT_QPPL = /(\d+)\/(\d{4})\/(\p{Lu}[\p{L}]*)-(\p{Lu}[\p{Lu}\p{N}]*(?:-\p{Lu}[\p{Lu}\p{N}]*)*)/uy;
const CIT_PARTY = /(\d+)-(\p{Lu}[\p{L}]*)\/(\p{Lu}[\p{Lu}\p{N}]*)(?![\p{L}\/])/uy;
const CIT_ADMIN = /(\d+)\/(\p{Lu}[\p{L}]*)-(\p{Lu}[\p{Lu}\p{N}]*(?:\(\p{Lu}+\))?(?:-\p{Lu}[\p{Lu}\p{N}]*)*)/uy;
const TYPE_WORD_BEFORE = /(\p{Lu}[\p{Ll}]+(?:\s[\p{Ll}]+){0,3})\s+số\s*$/u;

/** The type word written before a citation ("Nghị quyết" in "Nghị quyết số 57-NQ/TW"), or null. Read on demand (hover). */
export function citationTypeWord(text: string, citation: Citation): string | null {
  const m = TYPE_WORD_BEFORE.exec(text.slice(Math.max(0, citation.start - 40), citation.start));
  return m ? m[1] : null;
}

function isRunChar(c: number): boolean {
  // letters, digits and "-": what a document number is made of
  return (c >= 48 && c <= 57) || c === 45 || (c < 0x2000 && WORD_TABLE[c] === 1);
}

/**
 * Citations of other documents ("Nghị quyết số 57-NQ/TW", "Nghị định số 30/2020/NĐ-CP", "Công văn số
 * 708/BKHCN-KHTC"): found from each "/" by walking back to the start of the number, so long drafts
 * are not scanned three times.
 */
function scanCitations(text: string, own: SoKyHieu | null): Citation[] {
  const out: Citation[] = [];
  let lastEnd = -1;
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    if (slash < lastEnd) continue;
    let s = slash;
    while (s > 0 && isRunChar(text.charCodeAt(s - 1)) && slash - s < 40) s--;
    while (s < slash && !(text.charCodeAt(s) >= 48 && text.charCodeAt(s) <= 57)) s++;
    if (s === slash || (s > 0 && text[s - 1] === '/')) continue;
    let m: RegExpExecArray | null = null;
    let regime: Regime = 'nd30';
    let abbrev: string | null = null;
    for (const [re, r] of [[CIT_QPPL, 'qppl'], [CIT_PARTY, 'party'], [CIT_ADMIN, 'nd30']] as const) {
      re.lastIndex = s;
      m = re.exec(text);
      if (m) {
        regime = r;
        abbrev = r === 'qppl' ? m[3] : r === 'party' ? m[2] : typeByAbbrev(m[2]) ? m[2] : null;
        break;
      }
    }
    if (!m) continue;
    const start = s;
    const end = s + m[0].length;
    if (own && start >= own.start && end <= own.end) continue;
    if (end <= slash) continue;
    lastEnd = end;
    out.push({ start, end, text: m[0], regime, abbrev });
  }
  return out;
}

function detectRegime(doc: VanBan, qpplHeading: boolean): { regime: Regime; evidence: Part | null } {
  const text = doc.text;
  const headerEnd = doc.lines[Math.min(doc.lines.length, Math.max(doc.bodyStart, 1)) - 1]?.end ?? 0;
  const head = text.slice(0, Math.max(headerEnd, 0));
  const party = /ĐẢNG CỘNG SẢN VIỆT NAM|^\s*ĐẢNG BỘ\s/mu.exec(head);
  if (party) return { regime: 'party', evidence: part(text, party.index, party.index + party[0].length) };
  const sk = doc.soKyHieu;
  if (sk) {
    const after = text.slice(sk.label.end, Math.min(text.length, sk.label.end + 40));
    const pm = /^\s*:?\s*[\d.…_ ]*-\p{Lu}[\p{L}]*\/\p{Lu}+/u.exec(after);
    if (pm) return { regime: 'party', evidence: part(text, sk.start, sk.label.end + pm[0].length) };
    const qm = /^\s*:?\s*[\d.…_ ]*\/(\d{4})\/\p{Lu}/u.exec(after);
    if (qm) return { regime: 'qppl', evidence: part(text, sk.start, sk.label.end + qm[0].length) };
  }
  if (qpplHeading && doc.tenLoai) return { regime: 'qppl', evidence: doc.tenLoai };
  if (doc.signature) {
    const t = doc.signature.authority.find((p) => /^(T\/M|K\/T|T\/L|T\/UQ)\s/.test(p.text));
    if (t && !doc.quocHieu) return { regime: 'party', evidence: t };
  }
  return { regime: 'nd30', evidence: null };
}
