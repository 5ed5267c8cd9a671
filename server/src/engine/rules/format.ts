/**
 * What the typography rules share: each part of the document (layout/build.ts `partsOf`, the same
 * cut the export uses) with how the .docx formats it — the font, size, bold and italic most of its
 * letters have, and its paragraph's alignment. Offsets are in the text read from the .docx (the
 * engine's original text), so rules report them with `original: true`.
 */
import type { VanBan } from '../model/vanban';
import type { DocxParagraph, DocxRun } from '../docx/read';
import { paragraphAt } from '../docx/read';
import { partsOf } from '../layout/build';
import type { Align, Role } from '../layout/model';
import type { Report } from './rule';

export interface FormattedPart {
  role: Role;
  /** Offsets in the text read from the .docx. */
  start: number;
  end: number;
  text: string;
  paragraph: DocxParagraph;
  /** Other parts share its paragraph (a header written with tabs, not a table). */
  shared: boolean;
  font: string | null;
  sizePt: number;
  bold: boolean;
  italic: boolean;
  align: Align;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Letters of run `r` inside [start, end) of `text`. */
function letters(text: string, r: DocxRun, start: number, end: number): number {
  let n = 0;
  for (let i = Math.max(r.start, start); i < Math.min(r.end, end); i++) if (LETTER.test(text[i])) n++;
  return n;
}

/** The value most letters of [start, end) have. */
export function dominant<T>(text: string, runs: DocxRun[], start: number, end: number, key: (r: DocxRun) => T): T | undefined {
  const weight = new Map<T, number>();
  for (const r of runs) {
    if (r.end <= start || r.start >= end) continue;
    const n = letters(text, r, start, end);
    if (n > 0) weight.set(key(r), (weight.get(key(r)) ?? 0) + n);
  }
  let best: T | undefined;
  let most = 0;
  for (const [v, n] of weight) {
    if (n > most) {
      best = v;
      most = n;
    }
  }
  return best;
}

const cache = new WeakMap<VanBan, FormattedPart[]>();

/** Every part with letters and its formatting; [] for text not read from a .docx. */
export function formattedParts(doc: VanBan): FormattedPart[] {
  const read = doc.format;
  if (!read) return [];
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: FormattedPart[] = [];
  const text = read.text;
  const byParagraph = new Map<DocxParagraph, Role[]>();
  for (const part of partsOf(doc)) {
    const o = doc.source.spanToOriginal(part);
    const p = paragraphAt(read, o.start);
    if (!p) continue;
    const runs = p.runs;
    const size = dominant(text, runs, o.start, o.end, (r) => r.sizePt);
    if (size === undefined) continue;
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), part.role]);
    out.push({
      role: part.role, start: o.start, end: o.end, text: text.slice(o.start, o.end), paragraph: p, shared: false,
      font: dominant(text, runs, o.start, o.end, (r) => r.font) ?? null,
      sizePt: size,
      bold: dominant(text, runs, o.start, o.end, (r) => r.bold) ?? false,
      italic: dominant(text, runs, o.start, o.end, (r) => r.italic) ?? false,
      align: p.align,
    });
  }
  for (const f of out) f.shared = new Set(byParagraph.get(f.paragraph)).size > 1;
  cache.set(doc, out);
  return out;
}

/** Vietnamese for a point size: "12" or "12,5". */
export const pt = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');
export const range = ([a, b]: [number, number]) => (a === b ? pt(a) : `${pt(a)}–${pt(b)}`);

/**
 * One finding for each group of parts with the same problem (one role, one wrong value), on the
 * first of them, saying how many paragraphs have it: a body set in 12 pt is one finding, not fifty.
 */
export function reportGrouped(
  report: (r: Report) => void,
  items: { key: string; part: FormattedPart; message: (count: number) => string; citation: string }[],
): void {
  const groups = new Map<string, typeof items>();
  for (const it of items) groups.set(it.key, [...(groups.get(it.key) ?? []), it]);
  for (const g of groups.values()) {
    const first = g[0];
    const paragraphs = new Set(g.map((x) => x.part.paragraph)).size;
    report({ start: first.part.start, end: first.part.end, original: true, message: first.message(paragraphs), citation: first.citation });
  }
}

/** " (và 4 đoạn khác)" when a finding stands for several paragraphs. */
export const andOthers = (count: number) => (count > 1 ? ` (và ${count - 1} đoạn khác)` : '');

/** The span of the first paragraph with text, for findings about the whole file (page, margins). */
export function firstParagraphSpan(doc: VanBan): { start: number; end: number; original: true } {
  const p = doc.format?.paragraphs.find((x) => /\S/.test(x.text));
  return p ? { start: p.start, end: p.end, original: true } : { start: 0, end: 0, original: true };
}
