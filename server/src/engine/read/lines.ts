/**
 * Split the normalised text into content lines, masking Markdown markers and setting aside what text
 * extraction leaves inside a document: page-number lines and footnote bodies.
 */
import type { Line } from '../model/vanban';

const MASK = /\*+|_{2,}|`+|\||<br\s*\/?>|[¹²³⁰⁴⁵⁶⁷⁸⁹]+/gi;
const MAY_NEED_MASK = /[*_`|¹²³⁰⁴⁵⁶⁷⁸⁹]|<br/i;

/** "\\r\\n" written out as four characters: a scraper that escaped the line breaks. */
const ESCAPED_BREAK = /\\r\\n/g;

/**
 * The text with Markdown markers and superscript footnote digits replaced by spaces (same length).
 * Line breaks a scraper wrote out as the four characters "\r\n" become line breaks (three spaces
 * and "\n"), when there are several of them.
 */
export function maskMarkup(text: string): string {
  let out = MAY_NEED_MASK.test(text) ? text.replace(MASK, (m) => ' '.repeat(m.length)) : text;
  if (out.includes('\\r\\n') && (out.match(ESCAPED_BREAK)?.length ?? 0) >= 3) out = out.replace(ESCAPED_BREAK, '   \n');
  return out;
}
const HAS_CONTENT = /[\p{L}\p{N}]|\.\/\./u;
const PAGE_NUMBER = /^\d{1,3}$/;
const SUPERSCRIPT = /[¹²³⁰⁴⁵⁶⁷⁸⁹]/;
const FOOTNOTE = /^(?:\d{1,2}|[¹²³⁰⁴⁵⁶⁷⁸⁹]+)\s+\p{Lu}/u;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

export interface SplitLines {
  lines: Line[];
  artifacts: Line[];
}

/**
 * `plain` is the masked text (maskMarkup), `text` the unmasked one: footnote markers such as "¹" are
 * masked in `plain` but still tell a footnote body in `text`.
 */
export function splitLines(plain: string, text: string = plain): SplitLines {
  const all: Line[] = [];
  let lineNo = 0;
  let pos = 0;
  const n = plain.length;
  while (pos <= n) {
    let end = plain.indexOf('\n', pos);
    if (end === -1) end = n;
    // trim by character codes: one slice per line
    let a = pos;
    let b = end;
    while (a < b && isSpace(plain.charCodeAt(a))) a++;
    while (b > a && isSpace(plain.charCodeAt(b - 1))) b--;
    if (b > a) {
      const first = plain.charCodeAt(a);
      if (first === 35 /* # */ || first === 62 /* > */) {
        // a Markdown heading or quote marker is not part of the line
        const m = /^(#{1,6}|>)(?=\s)\s*/.exec(plain.slice(a, b));
        if (m) a += m[0].length;
      }
      const content = plain.slice(a, b);
      if (content.length > 0 && HAS_CONTENT.test(content)) all.push({ lineNo, start: a, end: b, text: content });
    }
    lineNo++;
    pos = end + 1;
  }
  const lines: Line[] = [];
  const artifacts: Line[] = [];
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    if (i > 3 && PAGE_NUMBER.test(line.text)) {
      artifacts.push(line);
      continue;
    }
    if (i > 3 && isFootnoteBody(text, line)) {
      // A footnote body runs until the page number that follows it, if one is close.
      let stop = i;
      for (let j = i + 1; j < Math.min(all.length, i + 4); j++) {
        if (PAGE_NUMBER.test(all[j].text)) {
          stop = j - 1;
          break;
        }
      }
      for (let j = i; j <= stop; j++) artifacts.push(all[j]);
      i = stop;
      continue;
    }
    lines.push(line);
  }
  return { lines, artifacts };
}

/** "1 Lưu ý: …" or "¹ Trong đó …" at the start of a line (but not a numbered khoản "1."). */
function isFootnoteBody(text: string, line: Line): boolean {
  // the unmasked line starts where a superscript may have been masked: look back over spaces
  let s = line.start;
  while (s > 0 && text[s - 1] !== '\n' && /[\s¹²³⁰⁴⁵⁶⁷⁸⁹]/.test(text[s - 1])) s--;
  const c = text.charCodeAt(s);
  if (!((c >= 48 && c <= 57) || SUPERSCRIPT.test(text[s]))) return false;
  const head = text.slice(s, s + 12);
  return FOOTNOTE.test(head) && !/^\d{1,3}[.)]/.test(head);
}
