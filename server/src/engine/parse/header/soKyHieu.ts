/**
 * Số, ký hiệu (Phụ lục I, mục II.3): the "Số:" label at the start of a cell (also "SỐ", "Sô", OCR
 * "S6", "Sé"), then the number and the symbol: "05/BNV-VP", a draft's blank "     /VP-KGVX", a
 * legal normative document's "30/2018/QĐ-UBND", the Party's "57-NQ/TW". The number may sit in the
 * next cell ("Số:" / "15/2023/QĐ-UBND"); a flattened row goes on with the date after the symbol.
 */
import type { Part, SoKyHieu } from '../../model/vanban';
import { overlapsTaken, partAt, type HeaderContext } from './context';

const LABEL_K = /(?:^|\s)(S[O0E6]?)[^\S\n]*(:)?/g;
/** number (digits, or the blanks of a draft), "/", an optional year and "/", the symbol's groups. */
const NUMBER_SYMBOL =
  /^[^\S\n]*(?<num>[\d.…_ ]*?)[^\S\n]*(?<slash>\/)[^\S\n]*(?:(?<year>\d{4})[^\S\n]*\/[^\S\n]*)?(?<sym>-?[\p{L}\p{N}&()]+(?:\.[\p{L}\p{N}&()]+)*(?:(?:[^\S\n]*-[^\S\n]*|\/(?=\p{L}))[\p{L}\p{N}&()]+(?:\.[\p{L}\p{N}&()]+)*)*)/u;
/** The Party's (and Đoàn's) "57-NQ/TW", "238-KH/TU", "26-CTr/TWĐTN-VP", a draft's "   -HD/TWĐTN". */
const PARTY_NUMBER = /^[^\S\n]*(?<num>[\d.…_ ]*?)[^\S\n]*-[^\S\n]*(?<sym>\p{Lu}[\p{L}]*[^\S\n]*\/[^\S\n]*\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*)/u;
/** "Luật số:", "Nghị quyết số:" (a legal normative or Party document names its type before "số"). */
const TYPE_WORD_BEFORE = /(?:^|\s)((?:Bộ\s)?[Ll]uật|Pháp lệnh|Lệnh|Nghị quyết(?:\sliên tịch)?)[^\S\n]+$/u;

interface Read {
  number: Part | null;
  slash: Part | null;
  year: Part | null;
  symbol: Part | null;
  party: boolean;
  end: number;
}

/** Number and symbol at `at` in the masked text, or null. */
function readNumberSymbol(plain: string, at: number, limit: number): Read | null {
  const s = plain.slice(at, limit);
  const pm = PARTY_NUMBER.exec(s);
  if (pm && pm.groups) {
    const num = pm.groups.num.trim();
    const numStart = at + s.indexOf(pm.groups.num) + pm.groups.num.indexOf(num);
    const symStart = at + pm[0].length - pm.groups.sym.length;
    return {
      number: /\d/.test(num) ? partAt(plain, numStart, numStart + num.length) : null,
      slash: null, year: null,
      symbol: partAt(plain, symStart, at + pm[0].length),
      party: true,
      end: at + pm[0].length,
    };
  }
  const m = NUMBER_SYMBOL.exec(s);
  if (!m || !m.groups) return null;
  const g = m.groups;
  const slashAt = at + m[0].indexOf('/');
  const num = g.num.trim();
  let number: Part | null = null;
  if (/\d/.test(num)) {
    const ns = at + m[0].indexOf(num);
    number = partAt(plain, ns, ns + num.length);
  }
  let year: Part | null = null;
  if (g.year) {
    const ys = at + m[0].indexOf(g.year, slashAt - at);
    year = partAt(plain, ys, ys + 4);
  }
  const symEnd = at + m[0].length;
  return {
    number,
    slash: partAt(plain, slashAt, slashAt + 1),
    year,
    symbol: partAt(plain, symEnd - g.sym.length, symEnd),
    party: false,
    end: symEnd,
  };
}

export function findSoKyHieu(ctx: HeaderContext): SoKyHieu | null {
  for (let i = 0; i < ctx.pieces.length; i++) {
    const piece = ctx.pieces[i];
    const key = ctx.keys[i];
    LABEL_K.lastIndex = 0;
    for (let m = LABEL_K.exec(key); m; m = LABEL_K.exec(key)) {
      const labelOff = m.index + m[0].indexOf(m[1]);
      // at the start of the cell, after a wide gap, or after capitals (a flattened issuer)
      const before = piece.text.slice(0, labelOff);
      const tw = labelOff > 0 && /^s/.test(piece.text.slice(labelOff)) ? TYPE_WORD_BEFORE.exec(before) : null;
      // mid-line only with its colon and after no sentence: "… ————— Luật số: 91/2015/QH13 …", not
      // "(Ban hành kèm theo Quyết định số: 59/QĐ-UBND …)"
      // what stands before the type word and after the last part taken or rule line on this line
      const twStart = piece.start + (tw?.index ?? 0);
      let leadFrom = piece.start;
      for (const t of ctx.taken) if (t.end <= twStart && t.end > leadFrom) leadFrom = t.end;
      const lead = ctx.plain.slice(leadFrom, twStart).replace(/^[^]*[—–\-_=*~]{3,}/, '');
      const typeWord = !!tw && (tw.index === 0 || (!!m[2] && !/\p{Ll}/u.test(lead)));
      // or right after a part already taken on this line (a whole header flattened onto one line)
      const afterTaken = m[2] && ctx.taken.some((t) => t.end <= piece.start + labelOff && t.end >= piece.start && !/\S/.test(ctx.plain.slice(t.end, piece.start + labelOff)));
      if (labelOff > 0 && !typeWord && !afterTaken && !/\s{2,}$/.test(before) && !(/^[^\p{Ll}]+\s$/u.test(before) && m[2])) continue;
      const labelStart = piece.start + (typeWord ? tw!.index + tw![0].indexOf(tw![1]) : labelOff);
      const labelEnd = piece.start + labelOff + m[1].length;
      if (overlapsTaken(ctx, labelStart, labelEnd)) continue;
      const hasColon = !!m[2];
      // "S:" — a font that dropped the letter "ố" — counts only with a number after it
      const bare = m[1].length === 1;
      const afterLabel = piece.start + m.index + m[0].length;
      let read = readNumberSymbol(ctx.plain, afterLabel, piece.end);
      // "Số:" alone in its cell: the number in the next one
      // (or a few cells further in a column-order copy: "Số:" / Quốc hiệu / Tiêu ngữ / "/TTr-VPCP")
      if (!read && hasColon && !/[\p{L}\p{N}]/u.test(ctx.plain.slice(afterLabel, piece.end))) {
        for (let j = i + 1; j < Math.min(ctx.pieces.length, i + 5) && !read; j++) {
          const next = ctx.pieces[j];
          if (overlapsTaken(ctx, next.start, next.end)) continue;
          read = readNumberSymbol(ctx.plain, next.start, next.end);
          if (!read) break;
        }
      }
      // "Số 15/QĐ-BNV" (no colon) only counts with a number and symbol after it
      // ("Số" alone on its line is an unfinished number line)
      const alone = labelOff === 0 && !bare && piece.text.trim().length === m[1].length;
      if (!read && (!hasColon || bare) && !alone) continue;
      if (bare && !hasColon) continue;
      const label = partAt(ctx.plain, labelStart, labelEnd);
      const end = read ? read.end : afterLabel;
      ctx.taken.push({ start: labelStart, end });
      return {
        start: labelStart, end, label, hasColon,
        number: read?.number ?? null, slash: read?.slash ?? null, year: read?.year ?? null,
        symbol: read?.symbol ?? null, party: read?.party ?? false,
      };
    }
  }
  return null;
}
