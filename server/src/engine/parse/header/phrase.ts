/** A fixed phrase of the header found in the zone: exactly (folded), or within a few edits. */
import type { Part } from '../../model/vanban';
import { findPhrase } from '../../text/fuzzy';
import { isIssuerCell } from '../../read/layout';
import { overlapsTaken, takePart, type HeaderContext } from './context';

/**
 * `partial` matches the phrase's undamaged start; the part then runs to the end of its line
 * ("Độc lập - Tự do - Hạ! p!\"c" from a PDF whose font lost its letters).
 */
/** A fixed phrase inside a sentence ("… Chủ tịch Quốc hội nước Cộng hòa xã hội …") is not the header's. */
function inSentence(ctx: HeaderContext, start: number): boolean {
  let a = start;
  while (a > 0 && ctx.plain[a - 1] !== '\n' && ctx.plain[a - 1] !== '|') a--;
  // (a PDF's page marker glued to the line, "Trang 1CỘNG HÒA …", is not a sentence)
  const before = ctx.plain.slice(a, start).replace(/^\s*Trang\s*\d+\s*/u, '');
  // "… nước Cộng hòa xã hội …", "QUỐC HỘI NƯỚC CỘNG HOÀ …": the State's name inside another name
  if (/(^|\s)(NƯỚC|nước)\s*$/u.test(before)) return true;
  // a body's name typed in mixed case in the cell beside it ("Sở Tài chính Độc lập - Tự do - …")
  return /\p{Ll}/u.test(before) && !isIssuerCell(before);
}

export function findFixedPhrase(ctx: HeaderContext, exact: RegExp, letters: string, maxEdits: number, partial?: RegExp): Part | null {
  const re = new RegExp(exact.source, 'g');
  for (let m = re.exec(ctx.zone); m; m = re.exec(ctx.zone)) {
    const s = ctx.at(m.index);
    const e = ctx.endAt(m.index + m[0].length);
    if (!overlapsTaken(ctx, s, e) && !inSentence(ctx, s)) return takePart(ctx, s, e);
  }
  const f = findPhrase(ctx.zone, letters, maxEdits);
  if (!f && partial) {
    const pm = partial.exec(ctx.zone);
    if (!pm || inSentence(ctx, ctx.at(pm.index))) return null;
    const s = ctx.at(pm.index);
    const lineEnd = ctx.zone.indexOf('\n', pm.index);
    const e = ctx.endAt(Math.min(lineEnd === -1 ? ctx.zone.length : lineEnd, pm.index + letters.length + 16));
    let b = e;
    while (b > s && /\s/.test(ctx.plain[b - 1])) b--;
    return overlapsTaken(ctx, s, b) ? null : takePart(ctx, s, b);
  }
  if (!f) return null;
  const s = ctx.at(f.start);
  const e = ctx.endAt(f.end);
  return overlapsTaken(ctx, s, e) || inSentence(ctx, s) ? null : takePart(ctx, s, e);
}
