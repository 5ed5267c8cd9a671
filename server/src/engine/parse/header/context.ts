/**
 * What the header recognisers share: the pieces of the header zone, their folded keys, and the spans
 * already taken by a recogniser (a piece may hold two parts: "SỞ TÀI CHÍNH CỘNG HÒA XÃ HỘI …",
 * "Số: 318/STC-QLNS Yên Bái, ngày 09 tháng 5 năm 2023").
 */
import type { Part } from '../../model/vanban';
import type { Span } from '../../types';
import type { Piece } from '../../read/layout';
import { foldKey } from '../../text/vietnamese';
import { lastStartingAt } from '../../text/spans';

export interface HeaderContext {
  /** The normalised text and its masked twin (Markdown and "|" as spaces). */
  text: string;
  plain: string;
  pieces: Piece[];
  /** foldKey of each piece's text. */
  keys: string[];
  /** The zone [start, end) in the text. */
  start: number;
  end: number;
  /**
   * The zone's masked text folded, without the Markdown markers (so "n**ă**m" reads "NAM"); `at(i)`
   * and `endAt(i)` map its offsets back to the text.
   */
  zone: string;
  at(i: number): number;
  endAt(i: number): number;
  taken: Span[];
}

export function headerContext(text: string, plain: string, pieces: Piece[]): HeaderContext {
  const start = pieces.length ? pieces[0].start : 0;
  const end = pieces.length ? pieces[pieces.length - 1].end : 0;
  const slice = plain.slice(start, end);
  let zone = foldKey(slice);
  let at = (i: number) => start + i;
  let endAt = (i: number) => start + i;
  if (/[*_`]/.test(text.slice(start, end))) {
    // drop the masked markers; keep a map from the squeezed offsets to the text's
    const map: number[] = [];
    let out = '';
    for (let i = 0; i < slice.length; i++) {
      const c = text.charCodeAt(start + i);
      if (slice.charCodeAt(i) === 32 && (c === 42 || c === 95 || c === 96)) continue; // * _ `
      map.push(start + i);
      out += zone[i];
    }
    zone = out;
    at = (i: number) => (i < map.length ? map[i] : end);
    endAt = (i: number) => (i === 0 ? (map.length ? map[0] : start) : i <= map.length ? map[i - 1] + 1 : end);
  }
  return {
    text, plain, pieces, start, end,
    keys: pieces.map((p) => foldKey(p.text)),
    zone, at, endAt,
    taken: [],
  };
}

export function overlapsTaken(ctx: HeaderContext, start: number, end: number): boolean {
  return ctx.taken.some((t) => t.start < end && start < t.end);
}

/**
 * A part from start to end. A part that a copy broke over lines ("CỘNG" / "HÒA XÃ HỘI …") is read
 * with its line breaks joined by one space, and marked `broken` (never fixed across the break).
 */
export function partAt(plain: string, start: number, end: number): Part {
  const raw = plain.slice(start, end);
  if (!raw.includes('\n')) return { start, end, text: raw };
  return { start, end, text: raw.replace(/[ ]*\n\s*/g, ' '), broken: true };
}

/** Take [start, end) for a recogniser and return it as a part. */
export function takePart(ctx: HeaderContext, start: number, end: number): Part {
  ctx.taken.push({ start, end });
  return partAt(ctx.plain, start, end);
}

/** The stretches of a piece no recogniser took, trimmed of spaces and stray punctuation. */
export function remainders(ctx: HeaderContext, piece: Piece): Part[] {
  const cuts = ctx.taken.filter((t) => t.start < piece.end && piece.start < t.end).sort((a, b) => a.start - b.start);
  const out: Part[] = [];
  let from = piece.start;
  const push = (a: number, b: number) => {
    // spaces, stray punctuation and rule characters glued to a cell ("TỈNH AN GIANG--------")
    while (a < b && /[\s,;:|\-–—_*=~]/.test(ctx.plain[a])) a++;
    while (b > a && /[\s,;|\-–—_*=~]/.test(ctx.plain[b - 1])) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(ctx.plain.slice(a, b))) out.push({ start: a, end: b, text: ctx.plain.slice(a, b) });
  };
  for (const c of cuts) {
    push(from, Math.max(from, c.start));
    from = Math.max(from, c.end);
  }
  push(from, piece.end);
  return out;
}

/** Index of the piece holding offset `pos` (or the last piece starting before it). */
export function pieceAt(ctx: HeaderContext, pos: number): number {
  return lastStartingAt(ctx.pieces, pos);
}
