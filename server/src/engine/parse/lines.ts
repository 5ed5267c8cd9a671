/**
 * Split the normalised text into content lines, masking Markdown markers and setting aside what text
 * extraction leaves inside a document: page-number lines and footnote bodies.
 */
import type { Line } from '../model/vanban';

const MASK = /\*+|_{2,}|`+|\||[¹²³⁰⁴⁵⁶⁷⁸⁹]+/g;
const MAY_NEED_MASK = /[*_`|¹²³⁰⁴⁵⁶⁷⁸⁹]/;

/** The text with Markdown markers and superscript footnote digits replaced by spaces (same length). */
export function maskMarkup(text: string): string {
  return MAY_NEED_MASK.test(text) ? text.replace(MASK, (m) => ' '.repeat(m.length)) : text;
}
const HAS_CONTENT = /[\p{L}\p{N}]|\.\/\./u;
const PAGE_NUMBER = /^\d{1,3}$/;
const FOOTNOTE = /^(?:\d{1,2}|[¹²³⁰⁴⁵⁶⁷⁸⁹]+)\s+\p{Lu}/u;

export interface SplitLines {
  lines: Line[];
  artifacts: Line[];
}

/** `text` must already be masked (maskMarkup). */
export function splitLines(text: string): SplitLines {
  const all: { line: Line; rawTrimmed: string }[] = [];
  let lineNo = 0;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    const raw = text.slice(pos, end);
    if (HAS_CONTENT.test(raw)) {
      const first = raw.trimStart().charCodeAt(0);
      const masked = first === 35 /* # */ || first === 62 /* > */ ? raw.replace(/^(\s*)(#{1,6}|>)(?=\s)/, (m) => ' '.repeat(m.length)) : raw;
      const lead = masked.length - masked.trimStart().length;
      const content = masked.trim();
      if (content.length > 0) {
        all.push({
          line: { lineNo, start: pos + lead, end: pos + lead + content.length, text: content },
          rawTrimmed: raw.trim(),
        });
      }
    }
    lineNo++;
    pos = end + 1;
  }
  const lines: Line[] = [];
  const artifacts: Line[] = [];
  for (let i = 0; i < all.length; i++) {
    const { line, rawTrimmed } = all[i];
    if (PAGE_NUMBER.test(line.text) && i > 3) {
      artifacts.push(line);
      continue;
    }
    if (i > 3 && FOOTNOTE.test(rawTrimmed) && !/^\d{1,3}[.)]/.test(rawTrimmed)) {
      // A footnote body runs until the page number that follows it, if one is close.
      let stop = i;
      for (let j = i + 1; j < Math.min(all.length, i + 4); j++) {
        if (PAGE_NUMBER.test(all[j].line.text)) {
          stop = j - 1;
          break;
        }
      }
      for (let j = i; j <= stop; j++) artifacts.push(all[j].line);
      i = stop;
      continue;
    }
    lines.push(line);
  }
  return { lines, artifacts };
}
