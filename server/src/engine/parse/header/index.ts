/**
 * The header: the zone at the top of the document, cut into pieces by the layout reader, read by
 * order-free recognisers (each takes what it recognises wherever the copy put it), then assembled by
 * the decree's layout: the issuer is the capitals above "Số:" in the left column.
 *
 * Recognisers run from the most certain to the least: fixed phrases (Quốc hiệu, Tiêu ngữ, the
 * Party's header), the number, the date line, the marks, the tên loại and the trích yếu, and last
 * the issuer from what is left.
 */
import type { Item, Line, Lookalikes, Part, PlaceDate, SoKyHieu } from '../../model/vanban';
import { findLookalikes } from './lookalike';
import type { DocType } from '../../data';
import { foldKey } from '../../text/vietnamese';
import { BODY_START_K, CAN_CU_K, KINH_GUI_K, NOI_NHAN_K, VV_K } from '../../vocab';
import { piecesOf, isMetadataLine, isAnchor } from '../../read/layout';
import { headerContext } from './context';
import { findQuocHieu, findOrgHeader } from './quocHieu';
import { findTieuNgu } from './tieuNgu';
import { findSoKyHieu } from './soKyHieu';
import { findPlaceDate } from './placeDate';
import { findMarkings } from './marking';
import { findTenLoai, findVv, isHeadingLine, readTrichYeuAfter } from './tenLoai';
import { findIssuer, type Issuer } from './issuer';

export interface Header {
  quocHieu: Part | null;
  tieuNgu: Part | null;
  orgHeader: Part | null;
  soKyHieu: SoKyHieu | null;
  placeDate: PlaceDate | null;
  markings: Part[];
  tenLoai: Part | null;
  /** The type its heading names (an administrative or a legal normative type). */
  headingType: DocType | null;
  /** A heading of a text outside the decree ("ĐƠN XIN …", "BẢN TIN"). */
  otherHeading: boolean;
  trichYeu: Item | null;
  issuer: Issuer;
  lookalikes: Lookalikes;
  /** Index of the first line of the document (after a portal's chrome), and one past the header. */
  start: number;
  end: number;
}

const MAX_HEADER_LINES = 45;

/** Where the header zone ends: the first line that opens a block or the body, or a long paragraph. */
function zoneEnd(lines: Line[], start: number): number {
  const limit = Math.min(lines.length, start + MAX_HEADER_LINES);
  for (let j = start; j < limit; j++) {
    const t = lines[j].text;
    const k = foldKey(t, 30);
    if (j > start && (KINH_GUI_K.test(k) || NOI_NHAN_K.test(k) || CAN_CU_K.test(k))) return j;
    // a trích yếu may start like a body ("Triển khai …") right under its tên loại
    if (j > start + 1 && /^[\p{Lu}\d]/u.test(t) && BODY_START_K.test(k) && !isHeadingLine(lines[j - 1].text)) return j;
    if (t.length > 220 && j > start && !isAnchor(t) && !VV_K.test(k) && !isHeadingLine(lines[j - 1].text)) return j;
  }
  return limit;
}

export function readHeader(text: string, plain: string, lines: Line[], start: number, cellLines?: ReadonlySet<number>): Header {
  const end = zoneEnd(lines, start);
  const pieces = piecesOf(lines, start, end, text, plain, cellLines).filter((p) => !isMetadataLine(p.text));
  const ctx = headerContext(text, plain, pieces);
  const quocHieu = findQuocHieu(ctx);
  let orgHeader = quocHieu ? null : findOrgHeader(ctx);
  const tieuNgu = findTieuNgu(ctx);
  const soKyHieu = findSoKyHieu(ctx);
  // "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH" flattened onto one line, in a header with a number
  if (!quocHieu && !orgHeader && soKyHieu) orgHeader = findOrgHeader(ctx, false);
  const placeDate = findPlaceDate(ctx);
  const markings = findMarkings(ctx);
  // the tên loại sits under both columns: after the number and the Quốc hiệu
  const notBefore = Math.max(soKyHieu?.end ?? 0, quocHieu?.end ?? 0, orgHeader?.end ?? 0, 0);
  let tl = findTenLoai(ctx, notBefore);
  let trichYeu = tl && tl.type?.trichYeu !== false ? readTrichYeuAfter(ctx, tl) : null;
  if (!trichYeu) {
    // a công văn's "V/v …" under its number; a heading after it is body text, not a tên loại
    // (or "Về việc …" in its place when there is no tên loại: a công văn written the long way)
    const vv = findVv(ctx, !tl && !!soKyHieu);
    if (vv && (!tl || vv.start < tl.part.start)) {
      if (tl) ctx.taken = ctx.taken.filter((t) => t.start !== tl!.part.start);
      tl = null;
      trichYeu = vv;
    }
  }
  // the issuer sits above the number in the left column (or above what comes first without one)
  const issuerBefore = soKyHieu?.start ?? tl?.part.start ?? trichYeu?.start ?? placeDate?.start ?? quocHieu?.start ?? tieuNgu?.start;
  const issuer = issuerBefore === undefined ? { parent: null, name: null } : findIssuer(ctx, issuerBefore);

  const missing = new Set<keyof Lookalikes>();
  if (!quocHieu && !orgHeader) missing.add('quocHieu');
  if (!tieuNgu && !orgHeader) missing.add('tieuNgu');
  if (!soKyHieu) missing.add('soKyHieu');
  if (!placeDate) missing.add('placeDate');
  const lookalikes = findLookalikes(ctx, missing);

  // the header ends after the last part recognised
  let last = -1;
  for (const p of [quocHieu, tieuNgu, orgHeader, soKyHieu, placeDate, tl?.part, trichYeu, issuer.name, ...markings]) {
    if (p && p.end > last) last = p.end;
  }
  let endLine = start;
  if (last >= 0) {
    endLine = start;
    while (endLine < lines.length && lines[endLine].start < last) endLine++;
  }
  return {
    quocHieu, tieuNgu, orgHeader, soKyHieu, placeDate, markings,
    tenLoai: tl?.part ?? null,
    headingType: tl?.type ?? null,
    otherHeading: tl?.other ?? false,
    trichYeu, issuer, lookalikes, start, end: endLine,
  };
}
