/**
 * Checking a .docx: read it (docx/read.ts), check its text with the same engine, the real table
 * cells and the formatting handed over (the typography rules read the latter), and place each finding
 * in a paragraph, since a Word file has no lines.
 */
import { check, type CheckOptions, type CheckResult } from '../engine';
import type { Finding } from '../report/finding';
import { describeLocation, paragraphAt, readDocx, type DocxLocation, type DocxRead } from './read';

export interface DocxFindingPlace extends DocxLocation {
  /** "đoạn 12", "bảng 1, hàng 2, ô 1 (đoạn 3)". */
  where: string;
  /** The words under the finding (or the start of its paragraph), at most 80 characters. */
  excerpt: string;
}

export interface DocxCheckResult extends CheckResult {
  read: DocxRead;
  /** The text the engine read (one paragraph a line); finding offsets are in it. */
  text: string;
  place(f: Finding): DocxFindingPlace;
}

export function placeIn(read: DocxRead, f: Pick<Finding, 'start' | 'end'>): DocxFindingPlace {
  const p = paragraphAt(read, f.start);
  if (!p) return { paragraph: 0, where: 'đầu văn bản', excerpt: '' };
  const under = read.text.slice(f.start, Math.min(f.end, p.end)).trim();
  const raw = under || p.text.trim();
  const excerpt = raw.length > 80 ? `${raw.slice(0, 79)}…` : raw;
  const loc: DocxLocation = { paragraph: p.paragraph };
  if (p.table) Object.assign(loc, { table: p.table, row: p.row, cell: p.cell });
  return { ...loc, where: describeLocation(loc), excerpt };
}

/** Throws DocxError (a Vietnamese reason) for a file that is not a readable .docx. */
export function checkDocx(bytes: Uint8Array, options: CheckOptions = {}): DocxCheckResult {
  const read = readDocx(bytes);
  const result = check(read.text, { ...options, docx: read });
  return { ...result, read, text: read.text, place: (f) => placeIn(read, f) };
}
