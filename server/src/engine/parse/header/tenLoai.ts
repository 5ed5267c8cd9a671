/**
 * Tên loại (Điều 7; Phụ lục I, mục II.5.a) and the trích yếu under it, and the "V/v" trích yếu of a
 * công văn under its number (mục II.5.b).
 */
import type { Item, Line, Part } from '../../model/vanban';
import { DOC_TYPES, QPPL_TYPES, type DocType } from '../../data';
import { foldKey, isAllCaps, capsRatio } from '../../text/vietnamese';
import { BODY_START_K, CAN_CU_K, KINH_GUI_K, NOI_NHAN_K, VV_K } from '../../vocab';
import { overlapsTaken, remainders, takePart, type HeaderContext } from './context';
import type { Piece } from '../../read/layout';

const HEADINGS = new Map<string, DocType>();
for (const t of [...DOC_TYPES, ...QPPL_TYPES]) if (t.heading) HEADINGS.set(foldKey(t.heading), t);
/** Headings of texts outside the decree: a citizen's đơn, a newsletter. */
const OTHER_HEADING_K = /^(DON(?: XIN| DE NGHI| KIEN NGHI| TO CAO| KHIEU NAI| DE XUAT| DANG KY)?|BAN TIN|THU MOI|THU NGO|BAN CAM KET|GIAY CAM KET|SO YEU LY LICH)(?![A-Z])/;
/** A line under the trích yếu that names who decides: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …". */
const AUTHORITY_HEAD_K =
  /^(CHU TICH|PHO CHU TICH|BO TRUONG|THU TRUONG|GIAM DOC|PHO GIAM DOC|UY BAN|HOI DONG|THU TUONG|CHINH PHU|QUOC HOI|TONG GIAM DOC|TONG CUC TRUONG|CUC TRUONG|CHANH|VIEN TRUONG|HIEU TRUONG|TRUONG BAN|TRUONG|BAN CHAP HANH|BAN THUONG VU|THONG DOC|TONG KIEM TOAN|CHANH AN|VIEN TRUONG|BO|SO|BAN|CUC|TONG CUC|VAN PHONG)(?![A-Z])/;
/** "Thời gian bắt đầu: …", "Địa điểm: …" open the body of a biên bản or giấy mời. */
const LABEL_LINE = /^\p{Lu}[\p{L} ]{1,30}:/u;

export interface TenLoai {
  part: Part;
  type: DocType | null;
  /** A heading of a text outside the decree ("ĐƠN XIN …", "BẢN TIN"). */
  other: boolean;
  piece: number;
}

function headingOf(t: string): { type: DocType | null; other: boolean } | null {
  if (t.length > 60) return null;
  const k = foldKey(t).replace(/[:.]\s*$/, '').replace(/\s+/g, ' ').trim();
  const type = HEADINGS.get(k);
  if (type) return { type, other: false };
  if (isAllCaps(t) && OTHER_HEADING_K.test(k)) return { type: null, other: true };
  return null;
}

/** A line that is a tên loại heading ("QUYẾT ĐỊNH", "KẾ HOẠCH", "THÔNG TƯ" …). */
export function isHeadingLine(t: string): boolean {
  return !!headingOf(t);
}

/** "QUY CHẾ LÀM VIỆC …", "KẾ HOẠCH TỔ CHỨC …": a heading with the start of its trích yếu on its line. */
function headingPrefix(t: string): { type: DocType; length: number } | null {
  if (!isAllCaps(t)) return null;
  const k = foldKey(t);
  let best: { type: DocType; length: number } | null = null;
  for (const [h, type] of HEADINGS) {
    if (k.startsWith(h + ' ') && (!best || h.length > best.length)) best = { type, length: h.length };
  }
  return best;
}

export function findTenLoai(ctx: HeaderContext, notBefore: number): TenLoai | null {
  for (let i = 0; i < ctx.pieces.length; i++) {
    const p = ctx.pieces[i];
    if (p.end <= notBefore) continue;
    for (const r of remainders(ctx, p)) {
      const h = headingOf(r.text);
      if (!h) continue;
      return { part: takePart(ctx, r.start, r.end), type: h.type, other: h.other, piece: i };
    }
  }
  // no heading alone on its line: a heading followed on its line by the trích yếu's first words
  for (let i = 0; i < ctx.pieces.length; i++) {
    const p = ctx.pieces[i];
    if (p.end <= notBefore) continue;
    const r = remainders(ctx, p)[0];
    const h = r && headingPrefix(r.text);
    if (!h) continue;
    return { part: takePart(ctx, r.start, r.start + h.length), type: h.type, other: false, piece: i };
  }
  return null;
}

function asLine(p: Piece | Part, lineNo: number): Line {
  return { lineNo, start: p.start, end: p.end, text: p.text };
}

function joinLines(lines: Line[]): Item {
  return { start: lines[0].start, end: lines[lines.length - 1].end, text: lines.map((l) => l.text).join(' '), lines };
}

function isCaps(t: string): boolean {
  return isAllCaps(t) || (capsRatio(t) > 0.85 && t.length > 3);
}

function opensBody(t: string, k: string): boolean {
  // "- Căn cứ …", "-Căn cứ …": a dash before the opening words
  if (/^[-–+•]\s*/.test(t)) {
    const cut = /^[-–+•]\s*/.exec(t)![0].length;
    t = t.slice(cut);
    k = k.slice(cut);
  }
  if (KINH_GUI_K.test(k) || NOI_NHAN_K.test(k) || CAN_CU_K.test(k)) return true;
  return /^[\p{Lu}\d]/u.test(t) && BODY_START_K.test(k);
}

/** The trích yếu under the tên loại: lines in capitals (portal copies) or in sentence case. */
export function readTrichYeuAfter(ctx: HeaderContext, tl: TenLoai): Item | null {
  const out: Line[] = [];
  let caps = false;
  for (let j = tl.piece + 1; j < Math.min(ctx.pieces.length, tl.piece + 10); j++) {
    const p = ctx.pieces[j];
    if (overlapsTaken(ctx, p.start, p.end)) break;
    const t = p.text;
    const k = ctx.keys[j];
    const lineCaps = isCaps(t);
    // the first line may start like a body ("Triển khai …"); Kính gửi, căn cứ, Điều or a number may not
    if (out.length === 0 && (KINH_GUI_K.test(k) || /^(CAN CU|DIEU \d|[IVX]+\.\s|\d{1,3}\.\s)/.test(k))) break;
    if (out.length > 0 && opensBody(t, k)) break;
    if (LABEL_LINE.test(t) || (out.length > 0 && t.length > 200)) break;
    if (out.length === 0) {
      if (lineCaps && AUTHORITY_HEAD_K.test(k) && !/^(VE|BAN HANH|PHE DUYET|QUY DINH)\s/.test(k)) break;
      caps = lineCaps;
    } else {
      const prev = out[out.length - 1].text;
      if (lineCaps !== caps && !(caps && !lineCaps && /^[\p{Ll}\d(]/u.test(t))) break;
      if (caps && AUTHORITY_HEAD_K.test(k)) break;
      if (!caps && /[.:]$/.test(prev) && !/\d$/.test(prev)) break;
    }
    out.push(asLine(p, p.lineNo));
  }
  if (out.length === 0) return null;
  for (const l of out) ctx.taken.push({ start: l.start, end: l.end });
  return joinLines(out);
}

/** A công văn's "V/v …", over as many lines as it runs, up to the next part or a table cell's end. */
export function findVv(ctx: HeaderContext, orVeViec = false): Item | null {
  for (let i = 0; i < ctx.pieces.length; i++) {
    const p = ctx.pieces[i];
    const r = remainders(ctx, p).find((x) => VV_K.test(foldKey(x.text, 8)) || (orVeViec && /^V[eề] việc\s/u.test(x.text)));
    if (!r) continue;
    // from "V/v" to the end of its cell, punctuation kept ("V/v thực hiện các nhiệm vụ,")
    let e = p.end;
    for (const t of ctx.taken) if (t.start >= r.start && t.start < e) e = t.start;
    while (e > r.start && /\s/.test(ctx.plain[e - 1])) e--;
    const out: Line[] = [{ lineNo: p.lineNo, start: r.start, end: e, text: ctx.plain.slice(r.start, e) }];
    for (let j = i + 1; j < Math.min(ctx.pieces.length, i + 9); j++) {
      const q = ctx.pieces[j];
      if (q.brk === 'cell' || overlapsTaken(ctx, q.start, q.end)) break;
      const t = q.text;
      const k = ctx.keys[j];
      const prev = out[out.length - 1].text;
      if (opensBody(t, k) || LABEL_LINE.test(t) || t.length > 160) break;
      if (isCaps(t) && !/\d/.test(t.slice(0, 3))) break;
      if (/[.:]$/.test(prev) && !/\d$/.test(prev)) break;
      out.push(asLine(q, q.lineNo));
    }
    for (const l of out) ctx.taken.push({ start: l.start, end: l.end });
    return joinLines(out);
  }
  return null;
}
