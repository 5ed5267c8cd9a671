/**
 * Địa danh và thời gian ban hành (Phụ lục I, mục II.4): "<Địa danh>, ngày … tháng … năm …" anywhere in
 * the header zone (in column order it comes after the trích yếu of a công văn), also broken over
 * lines ("Sơn" / "La, ngày 16 tháng 11" / "năm 2018", "Tiền Giang, ngày" / "02 tháng 8 năm 2023"),
 * after the symbol on a flattened "Số:" row, with blanks in a draft, or written with numbers
 * ("Lạng Sơn, ngày 5/3/2026", "Hà Nội, 05/03/2026"): a date line with a wrong form is still the date
 * line, and the rule says what is wrong with it.
 */
import type { Part, PlaceDate } from '../../model/vanban';
import { isRealDate, isoOf } from '../../dates/dates';
import { overlapsTaken, partAt, pieceAt, remainders, type HeaderContext } from './context';

/** (an OCR'd day may be letters: "ngàyẠẠ tháng ĩ năm 2016") */
const DATE_K = /(?<![A-Z])NGAY\s*(?<d>[\d.…_]*|[^\s\d]{1,3}(?=\s*THANG))\s*THANG\s*(?<m>[^\s]*?)\s*NAM\s*(?<y>\d{1,4}|[.…_]*)/g;
const NUMERIC = /^(?<place>\p{Lu}[\p{L}\p{M} .'-]{1,40}?)?[^\S\n]*(?<comma>,)?[^\S\n]*(?<ngay>(?:ngày|Ngày|NGÀY)[^\S\n]*)?(?<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})[^\S\n]*$/u;
/** A place: capitalised words ("Hà Nội", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Phường 1"). */
const PLACE_LIKE = /^[\p{Lu}\d][\p{L}\p{M}\d.'’-]*(?:[^\S\n]+[\p{L}\p{M}\d.'’-]+){0,6}$/u;
/** The first word of a place broken off by a narrow column ("Sơn" / "La, ngày …"). */
const PLACE_FRAGMENT = /^\p{Lu}\p{Ll}*$/u;

interface Candidate {
  pd: PlaceDate;
  score: number;
}

export function findPlaceDate(ctx: HeaderContext): PlaceDate | null {
  let best: Candidate | null = null;
  DATE_K.lastIndex = 0;
  for (let m = DATE_K.exec(ctx.zone); m; m = DATE_K.exec(ctx.zone)) {
    const ngay = ctx.at(m.index);
    const end = ctx.endAt(m.index + m[0].length);
    if (overlapsTaken(ctx, ngay, end)) continue;
    const c = candidate(ctx, m, ngay);
    if (c && (!best || c.score > best.score)) best = c;
    if (best && best.score >= 3) break;
  }
  if (!best || best.score < 1) {
    const n = findNumeric(ctx);
    if (n) return take(ctx, n);
  }
  return best ? take(ctx, best.pd) : null;
}

function take(ctx: HeaderContext, pd: PlaceDate): PlaceDate {
  ctx.taken.push({ start: pd.start, end: pd.end });
  return pd;
}

/** The place before "ngày" on its cell, back to a taken part, a wide gap or the cell's start. */
function placeBefore(ctx: HeaderContext, ngay: number): { place: Part | null; hasComma: boolean; fromStart: boolean } {
  const pi = pieceAt(ctx, ngay);
  const piece = ctx.pieces[pi];
  let from = piece.start;
  for (const t of ctx.taken) if (t.end <= ngay && t.end > from) from = t.end;
  let seg = ctx.plain.slice(from, ngay);
  const gap = seg.search(/\s{2,}\S[^]*$/);
  if (gap !== -1) {
    from += gap;
    seg = seg.slice(gap);
  }
  const hasComma = /,\s*$/.test(seg);
  let a = from;
  let b = ngay;
  while (a < b && /[\s,:]/.test(ctx.plain[a])) a++;
  while (b > a && /[\s,]/.test(ctx.plain[b - 1])) b--;
  let fromStart = a === piece.start || b === a;
  // "Sơn" / "La, ngày …", "Thành" / "phố Hồ Chí Minh, ngày …": the place's first word on the line above
  const prev = pi > 0 ? ctx.pieces[pi - 1] : null;
  let joined = false;
  if (prev && a === piece.start && piece.brk === 'line' && !overlapsTaken(ctx, prev.start, prev.end)) {
    const seg = ctx.plain.slice(a, b);
    const one = b > a && !/\s/.test(seg);
    if (((one || /^\p{Ll}/u.test(seg)) && PLACE_FRAGMENT.test(prev.text)) || (b === a && /^\p{Lu}[\p{L}\s.]{1,40},$/u.test(prev.text))) {
      a = prev.start;
      if (b === a || b < a) b = prev.end;
      joined = true;
    }
  }
  // what else the copy glued before the place on its line ("… The Law No. 91/2015/QH13 Hà Nội",
  // "ĐOÀN TNCS HỒ CHÍ MINH Hà Nội"): the place is the run of capitalised words before the comma
  if (!joined && b > a) {
    const seg = ctx.plain.slice(a, b);
    if (!PLACE_LIKE.test(seg) || (/(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(seg) && /\p{Lu}\p{Ll}/u.test(seg))) {
      a = b - placeSuffix(seg);
      fromStart = false;
    }
  }
  if (b <= a) return { place: null, hasComma, fromStart };
  return { place: partAt(ctx.plain, a, b), hasComma: hasComma || /,\s*$/.test(ctx.plain.slice(b, ngay)), fromStart };
}

/**
 * Length of the place at the end of `seg`: title-case words ("Hà Nội"), with the lower-case words of
 * a unit's name after its first ("Thành phố Hồ Chí Minh"); capitals before them are another cell.
 */
function placeSuffix(seg: string): number {
  const words = [...seg.matchAll(/\S+/g)];
  let from = seg.length;
  let n = 0;
  for (let i = words.length - 1; i >= 0 && n < 6; i--) {
    const w = words[i][0];
    const title = /^\p{Lu}[\p{Ll}\p{M}.'’]*(?:-\p{Lu}?[\p{Ll}\p{M}.'’]*)*$/u.test(w);
    const unitWord = /^(phố|xã|trấn|khu)$/u.test(w) && i > 0 && /^(Thành|Thị|Đặc)$/u.test(words[i - 1][0]);
    if (!title && !unitWord) break;
    from = words[i].index!;
    n++;
  }
  return seg.length - from;
}

function candidate(ctx: HeaderContext, m: RegExpExecArray, ngay: number): Candidate | null {
  const { place, hasComma, fromStart } = placeBefore(ctx, ngay);
  let score = 0;
  if (place) {
    if (!PLACE_LIKE.test(place.text.replace(/\n/g, ' '))) return null; // "… ban hành ngày …": narrative
    score += 2;
    if (hasComma) score += 1;
  } else if (fromStart) score += 1;
  else return null;
  const g = m.groups!;
  const local = m[0];
  const abs = (rel: number) => ctx.at(m.index + rel);
  const absEnd = (rel: number) => ctx.endAt(m.index + rel);
  const dRel = local.indexOf(g.d, 4);
  const thangRel = local.indexOf('THANG');
  const mRel = local.indexOf(g.m, thangRel + 5);
  const namRel = local.lastIndexOf('NAM');
  const yRel = local.indexOf(g.y, namRel + 3);
  const dText = g.d.replace(/[.…_]/g, '');
  const mText = g.m.replace(/[.…_]/g, '');
  const yText = g.y.replace(/[.…_]/g, '');
  const day = dText ? partAt(ctx.plain, abs(dRel), absEnd(dRel + g.d.length)) : null;
  const month = mText ? partAt(ctx.plain, abs(mRel), absEnd(mRel + g.m.length)) : null;
  const year = yText ? partAt(ctx.plain, abs(yRel), absEnd(yRel + g.y.length)) : null;
  const dv = day && /^\d+$/.test(dText) ? +dText : null;
  const mv = month && /^\d+$/.test(mText) ? +mText : null;
  const yv = year && /^\d{4}$/.test(yText) ? +yText : null;
  return {
    score,
    pd: {
      start: place ? place.start : ngay,
      end: absEnd(local.length),
      place, hasComma,
      dateRaw: partAt(ctx.plain, ngay, absEnd(local.length)),
      numeric: false,
      day, month, year,
      iso: dv && mv && yv && isRealDate(dv, mv, yv) ? isoOf(dv, mv, yv) : null,
      yearValue: yv,
      monthValue: mv && mv >= 1 && mv <= 12 ? mv : null,
    },
  };
}

/** "Lạng Sơn, ngày 5/3/2026", "Hà Nội, 05/03/2026": a date line written with numbers. */
function findNumeric(ctx: HeaderContext): PlaceDate | null {
  for (const piece of ctx.pieces) {
    for (const r of remainders(ctx, piece)) {
      const nm = NUMERIC.exec(r.text);
      if (!nm || !nm.groups) continue;
      const g = nm.groups;
      if (!g.place && !g.ngay) continue;
      const place = g.place ? partAt(ctx.plain, r.start, r.start + g.place.trimEnd().length) : null;
      const ds = r.start + r.text.lastIndexOf(g.date);
      const rawStart = g.ngay ? r.start + r.text.lastIndexOf(g.ngay, ds - r.start) : ds;
      const [d, mo, y] = g.date.split(/[/.-]/).map(Number);
      const dateRaw = partAt(ctx.plain, rawStart, ds + g.date.length);
      return {
        start: place ? place.start : rawStart, end: dateRaw.end, place, hasComma: !!g.comma, dateRaw, numeric: true,
        day: null, month: null, year: null,
        iso: y >= 1000 && isRealDate(d, mo, y) ? isoOf(d, mo, y) : null,
        yearValue: y >= 1000 ? y : null, monthValue: mo >= 1 && mo <= 12 ? mo : null,
      };
    }
  }
  return null;
}
