/**
 * The user's text and its normalised twin.
 *
 * Rules match against `text`: BOM removed, line breaks as "\n", NFC, non-breaking spaces and tabs as
 * plain spaces, zero-width characters removed, look-alike Đ (U+00D0) read as Đ (U+0110). Every offset
 * in `text` maps back to the user's original text, so findings and fixes land on what the user wrote.
 */

import type { Span } from '../types';

export type { Span };

/** What normalisation had to change: the `unicode` rule reports these. */
export interface SourceQuirks {
  bom: boolean;
  crlf: boolean;
  /** Spans (in `text`) whose original was decomposed (NFD) or otherwise not NFC. */
  nonNfc: Span[];
  /**
   * Runs of zero-width characters that were removed, as spans of the original text (one span per
   * run, so a line of them costs one span, not one entry per character); BOM and soft hyphens aside.
   */
  zeroWidth: Span[];
  /** How many zero-width characters those runs hold. */
  zeroWidthCount: number;
  /** Spans (in `text`) holding a look-alike Đ (U+00D0 or U+0189). */
  lookAlikeD: Span[];
}

export interface Position {
  /** 0-based line in the original text. */
  line: number;
  /** 0-based column in UTF-16 code units in the original text. */
  character: number;
}

const NEEDS_WORK = /[\uFEFF\r\u200B-\u200D\u2060\u00AD\u00A0\u202F\u2007\t\u00D0\u0189\u0300-\u036F\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;

/** Combining marks (U+0300–036F, 1DC0–1DFF, 20D0–20FF, FE20–FE2F). */
function isCombining(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

/** Zero-width characters (and the soft hyphen, removed but not reported). */
function isZeroWidth(c: number): boolean {
  return c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0x00ad;
}

/** Spaces read as a plain space. */
function isSpaceLike(c: number): boolean {
  return c === 0x00a0 || c === 0x202f || c === 0x2007 || c === 0x09;
}

/** What normalisation changes (NEEDS_WORK, one character code): tested by code, not by a regular expression per character. */
function isSpecial(c: number): boolean {
  if (c < 0x80) return c === 0x0d || c === 0x09;
  return isZeroWidth(c) || isSpaceLike(c) || c === 0x00d0 || c === 0x0189 || isCombining(c);
}

/**
 * Offset map from the normalised text to the original as segments: normalised offsets from
 * norm[k] map linearly to original offsets from orig[k]. Clean runs are one segment each, so
 * building and looking up stay cheap on long drafts.
 */
class OffsetMap {
  // typed arrays grown by doubling: 8 bytes a segment (a draft with a zero-width character after every
  // letter has as many segments as letters)
  private norm = new Int32Array(64);
  private orig = new Int32Array(64);
  private size = 0;
  constructor(private readonly originalLength: number) {}

  add(normStart: number, origStart: number): void {
    if (this.size === this.norm.length) {
      const norm = new Int32Array(this.size * 2);
      const orig = new Int32Array(this.size * 2);
      norm.set(this.norm);
      orig.set(this.orig);
      this.norm = norm;
      this.orig = orig;
    }
    this.norm[this.size] = normStart;
    this.orig[this.size] = origStart;
    this.size++;
  }

  get(i: number): number {
    const norm = this.norm;
    let lo = 0;
    let hi = this.size - 1;
    if (hi < 0) return Math.min(i, this.originalLength);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (norm[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return Math.min(this.orig[lo] + (i - norm[lo]), this.originalLength);
  }
}

export class SourceText {
  readonly original: string;
  readonly text: string;
  readonly quirks: SourceQuirks;
  /** Normalised offset → original offset; null when the original needed no normalisation. */
  private readonly map: OffsetMap | null;
  private originalLineStarts: number[] | undefined;
  private textLineStarts: number[] | undefined;

  constructor(original: string) {
    this.original = original;
    const quirks: SourceQuirks = { bom: false, crlf: false, nonNfc: [], zeroWidth: [], zeroWidthCount: 0, lookAlikeD: [] };
    this.quirks = quirks;
    if (!NEEDS_WORK.test(original)) {
      this.text = original;
      this.map = null;
      return;
    }
    const out: string[] = [];
    const map = new OffsetMap(original.length);
    const n = original.length;
    let outLen = 0;
    let o = 0; // next original offset to read
    /** Emit text that maps to the original from `origStart` on, one to one. */
    const emit = (t: string, origStart: number) => {
      if (t.length === 0) return;
      map.add(outLen, origStart);
      out.push(t);
      outLen += t.length;
    };
    for (let k = 0; k < n; k++) {
      const code = original.charCodeAt(k);
      if (!isSpecial(code)) continue;
      if (isCombining(code)) {
        // The cluster starts at the base character just before the mark (a surrogate pair counts as one).
        let base = k - 1;
        if (base > o && /[\uDC00-\uDFFF]/.test(original[base]) && /[\uD800-\uDBFF]/.test(original[base - 1])) base--;
        if (base < o || original[base] === '\n') base = k;
        emit(original.slice(o, base), o);
        let j = k + 1;
        while (j < n && isCombining(original.charCodeAt(j))) j++;
        const cluster = original.slice(base, j);
        const nfc = cluster.normalize('NFC');
        if (nfc !== cluster) quirks.nonNfc.push({ start: outLen, end: outLen + nfc.length });
        for (let x = 0; x < nfc.length; x++) emit(nfc[x], x === 0 ? base : Math.min(base + x, j - 1));
        o = j;
        k = j - 1;
        continue;
      }
      emit(original.slice(o, k), o);
      if (code === 0x0d) {
        // "\r\n" and a lone "\r" both become "\n", mapped to the "\r" so that a span ending at the
        // end of a line, or an insertion there, stays before the whole line break.
        emit('\n', k);
        if (original.charCodeAt(k + 1) === 0x0a) {
          quirks.crlf = true;
          k++;
        }
      } else if (isZeroWidth(code)) {
        if (k === 0 && code === 0xfeff) quirks.bom = true;
        else if (code !== 0x00ad) {
          const runs = quirks.zeroWidth;
          const last = runs[runs.length - 1];
          if (last && last.end === k) last.end = k + 1;
          else runs.push({ start: k, end: k + 1 });
          quirks.zeroWidthCount++;
        }
      } else if (isSpaceLike(code)) {
        emit(' ', k);
      } else {
        // look-alike Đ (U+00D0 Eth, U+0189 African D)
        quirks.lookAlikeD.push({ start: outLen, end: outLen + 1 });
        emit('\u0110', k);
      }
      o = k + 1;
    }
    emit(original.slice(o), o);
    map.add(outLen, n); // the end of the text
    this.text = out.join('');
    this.map = map;
    // Merge adjacent non-NFC spans into words, so one finding covers one word.
    quirks.nonNfc = mergeSpans(quirks.nonNfc);
  }

  /** Offset in the original text of offset `i` in the normalised text. */
  toOriginal(i: number): number {
    if (!this.map) return Math.max(0, Math.min(i, this.original.length));
    return this.map.get(Math.max(0, Math.min(i, this.text.length)));
  }

  /** A span of the normalised text as a span of the original text. */
  spanToOriginal(span: Span): Span {
    const start = this.toOriginal(span.start);
    const end = span.end <= span.start ? start : this.endToOriginal(span.end);
    return { start, end };
  }

  private endToOriginal(end: number): number {
    if (!this.map) return end;
    // The end of a span is just after its last character: map that character and step over it.
    const last = this.toOriginal(end - 1);
    const next = this.toOriginal(end);
    return Math.max(last + 1, Math.min(next, this.original.length));
  }

  /** 0-based line and UTF-16 column of an original offset. */
  position(originalOffset: number): Position {
    const starts = this.getOriginalLineStarts();
    const off = Math.max(0, Math.min(originalOffset, this.original.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: off - starts[lo] };
  }

  /** Original offset of a 0-based line and column (clamped to the text). */
  offsetAt(pos: Position): number {
    const starts = this.getOriginalLineStarts();
    if (pos.line < 0) return 0;
    if (pos.line >= starts.length) return this.original.length;
    const lineEnd = pos.line + 1 < starts.length ? starts[pos.line + 1] : this.original.length;
    return Math.min(starts[pos.line] + Math.max(0, pos.character), lineEnd);
  }

  /** Start offsets of the lines of the normalised text. */
  lineStarts(): number[] {
    if (!this.textLineStarts) {
      const s = [0];
      const t = this.text;
      for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) s.push(i + 1);
      this.textLineStarts = s;
    }
    return this.textLineStarts;
  }

  private getOriginalLineStarts(): number[] {
    if (!this.map) return this.lineStarts(); // the original is the normalised text
    if (!this.originalLineStarts) this.originalLineStarts = lineStartsOf(this.original);
    return this.originalLineStarts;
  }
}

/** Start offsets of the lines of a text, where LF, CRLF and a lone CR each end a line (as LSP counts). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start - last.end <= 0) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
