/**
 * The user's text and its normalised twin.
 *
 * Rules match against `text`: BOM removed, line breaks as "\n", NFC, non-breaking spaces and tabs as
 * plain spaces, zero-width characters removed, look-alike Đ (U+00D0) read as Đ (U+0110). Every offset
 * in `text` maps back to the user's original text, so findings and fixes land on what the user wrote.
 */

export interface Span {
  start: number;
  end: number;
}

/** What normalisation had to change: the `unicode` rule reports these. */
export interface SourceQuirks {
  bom: boolean;
  crlf: boolean;
  /** Spans (in `text`) whose original was decomposed (NFD) or otherwise not NFC. */
  nonNfc: Span[];
  /** Offsets in the original text of zero-width characters that were removed. */
  zeroWidth: number[];
  /** Spans (in `text`) holding a look-alike Đ (U+00D0 or U+0189). */
  lookAlikeD: Span[];
}

export interface Position {
  /** 0-based line in the original text. */
  line: number;
  /** 0-based column in UTF-16 code units in the original text. */
  character: number;
}

const NEEDS_WORK = /[\uFEFF\r\u200B-\u200D\u2060\u00AD\u00A0\u202F\u2007\t\u00D0\u0189\u0300-\u036F\u1DC0-\u1DFF]/;
const ZERO_WIDTH = /[\uFEFF\u200B-\u200D\u2060\u00AD]/;
const SPACE_LIKE = /[\u00A0\u202F\u2007\t]/;
const COMBINING = /[\u0300-\u036F\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;

export class SourceText {
  readonly original: string;
  readonly text: string;
  readonly quirks: SourceQuirks;
  /** map[i] = offset in `original` of normalised code unit i; map[text.length] = original.length. */
  private readonly map: Int32Array | null;
  private originalLineStarts: number[] | undefined;
  private textLineStarts: number[] | undefined;

  constructor(original: string) {
    this.original = original;
    const quirks: SourceQuirks = { bom: false, crlf: false, nonNfc: [], zeroWidth: [], lookAlikeD: [] };
    this.quirks = quirks;
    if (!NEEDS_WORK.test(original)) {
      this.text = original;
      this.map = null;
      return;
    }
    const out: string[] = [];
    const map: number[] = [];
    let outLen = 0;
    const n = original.length;
    let i = 0;
    while (i < n) {
      const ch = original[i];
      if (ch === '\r') {
        // "\r\n" and a lone "\r" both become "\n", mapped to the "\r" so that a span ending at the
        // end of a line, or an insertion there, stays before the whole line break.
        out.push('\n');
        map.push(i);
        outLen++;
        if (original[i + 1] === '\n') {
          quirks.crlf = true;
          i++;
        }
        i++;
        continue;
      }
      if (ZERO_WIDTH.test(ch)) {
        if (i === 0 && ch === '\uFEFF') quirks.bom = true;
        else if (ch !== '\u00AD') quirks.zeroWidth.push(i);
        i++;
        continue;
      }
      if (SPACE_LIKE.test(ch)) {
        out.push(' ');
        map.push(i);
        outLen++;
        i++;
        continue;
      }
      if (ch === '\u00D0' || ch === '\u0189') {
        quirks.lookAlikeD.push({ start: outLen, end: outLen + 1 });
        out.push('\u0110');
        map.push(i);
        outLen++;
        i++;
        continue;
      }
      // A cluster: one base character (or surrogate pair) and the combining marks after it.
      let j = i + 1;
      const code = ch.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
      const baseEnd = j;
      while (j < n && COMBINING.test(original[j])) j++;
      if (j === baseEnd) {
        out.push(original.slice(i, j));
        for (let k = i; k < j; k++) map.push(k);
        outLen += j - i;
        i = j;
        continue;
      }
      const cluster = original.slice(i, j);
      const nfc = cluster.normalize('NFC');
      if (nfc !== cluster) quirks.nonNfc.push({ start: outLen, end: outLen + nfc.length });
      out.push(nfc);
      for (let k = 0; k < nfc.length; k++) map.push(k === 0 ? i : Math.min(i + k, j - 1));
      outLen += nfc.length;
      i = j;
    }
    map.push(n);
    this.text = out.join('');
    this.map = Int32Array.from(map);
    // Merge adjacent non-NFC spans into words, so one finding covers one word.
    quirks.nonNfc = mergeSpans(quirks.nonNfc);
  }

  /** Offset in the original text of offset `i` in the normalised text. */
  toOriginal(i: number): number {
    if (!this.map) return i;
    if (i <= 0) return this.map[0];
    if (i >= this.map.length - 1) return this.map[this.map.length - 1];
    return this.map[i];
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
    if (!this.originalLineStarts) {
      const s = [0];
      const t = this.original;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) s.push(i + 1);
        else if (c === 13) {
          if (t.charCodeAt(i + 1) === 10) i++;
          s.push(i + 1);
        }
      }
      this.originalLineStarts = s;
    }
    return this.originalLineStarts;
  }
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
