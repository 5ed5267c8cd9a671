/**
 * The footer: "Nơi nhận:" with its "- …;" items (Phụ lục I, mục II.9) and the signature (mục II.7):
 * authority ("TM.", "KT.", "TL.", "TUQ.", "Q."), titles, the signer's name. A flattened two-column
 * footer ("- Như Điều 3;        KT. CHỦ TỊCH", or cells split by "|") is read cell by cell: the
 * left cells are Nơi nhận, the right cells the signature.
 */
import type { Line, Part, Signature } from '../../model/vanban';
import { foldKey, isAllCaps, capsRatio } from '../../text/vietnamese';
import { AUTHORITY_RE, NOI_NHAN_K, TITLE_WORDS_RE } from '../../vocab';
import { readItems, readLabelLine } from './items';
import type { VanBan } from '../../model/vanban';

/** One to three capitalised words: the rest of a signer's name. */
const NAME_PART = /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,2}$/u;
const words = (s: string) => s.trim().split(/\s+/).length;

const SKIP_SIGN = /^\(?\s*(đã ký|ký|ký tên|ký, ghi rõ|chữ ký|dấu|\[?đã ký\]?)/iu;

function isCapsLine(t: string): boolean {
  return isAllCaps(t) || (capsRatio(t) > 0.85 && t.length > 3);
}

/** A line cut at "|" or at a wide gap before a capital: [left, ...right]. */
function cells(text: string, plain: string, line: Line): Line[] {
  const raw = text.slice(line.start, line.end);
  const shown = plain.slice(line.start, line.end);
  const out: Line[] = [];
  const re = /\s*\|\s*|\s{3,}(?=[\p{Lu}(])/gu;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(shown[a])) a++;
    while (b > a && /\s/.test(shown[b - 1])) b--;
    if (b > a) out.push({ lineNo: line.lineNo, start: line.start + a, end: line.start + b, text: shown.slice(a, b) });
  };
  let from = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  if (from === 0) {
    const cut = singleSpaceCut(shown);
    if (cut > 0) {
      push(0, cut);
      from = cut;
    }
  }
  push(from, raw.length);
  return out.length ? out : [line];
}

/**
 * A signature line (an authority, a title in capitals) standing between Nơi nhận items: the label or a
 * finished item ("…;", "….") above it, and an item ("- …") on one of the next two lines.
 */
function isInterleavedTitle(t: string, above: string | null, lines: Line[], j: number): boolean {
  if (/^[-–+•]/u.test(t) || (above !== null && !/[;.:]$/u.test(above))) return false;
  if (!AUTHORITY_RE.test(t) && !(isCapsLine(t) && !/[;,.:]/u.test(t) && TITLE_WORDS_RE.test(t))) return false;
  return lines.slice(j + 1, j + 3).some((l) => /^[-–+•]/u.test(l.text));
}

/** A name of two to five capitalised words ("Nguyễn Văn A"), nothing after it. */
const SIGNER_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;

/**
 * Where a Nơi nhận item flattened with the signature column by a single space starts its right cell:
 * "- Như trên; PHÓ GIÁM ĐỐC", "- Như Điều 3; KT. CHỦ TỊCH", "- Lưu: VT, TH. Nguyễn Văn A". Only
 * after an item's own end (";" or "."), and only before a signature line: an authority, a title in
 * capitals, or (after the closing ".") a name. 0 when there is none.
 */
function singleSpaceCut(t: string): number {
  if (!/^\s*[-–+•]/u.test(t)) return 0;
  const re = /[;.]\s+(?=\S)/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const at = m.index + m[0].length;
    const rest = t.slice(at).trim();
    if (AUTHORITY_RE.test(rest)) return at;
    if (isAllCaps(rest) && !/[;,.:]$/u.test(rest) && words(rest) >= 2 && TITLE_WORDS_RE.test(rest)) return at;
    if (t[m.index] === '.' && SIGNER_NAME.test(rest)) return at;
  }
  return 0;
}

export interface Footer {
  noiNhan: VanBan['noiNhan'];
  signature: Signature | null;
  /** The "./." closing the content. */
  endMarker: Part | null;
  /** Index of the first footer line (the body ends there). */
  start: number;
}

/** The line of the last "./." before line `before`, from `from` on, or -1. */
function findEndMarker(lines: Line[], from: number, before: number): { line: number; at: number } {
  for (let j = Math.min(lines.length, before) - 1; j >= from; j--) {
    const idx = lines[j].text.lastIndexOf('./.');
    if (idx !== -1) return { line: j, at: lines[j].start + idx };
  }
  return { line: -1, at: -1 };
}

/** Reads the footer of lines [bodyStart, end). */
export function readFooter(text: string, plain: string, lines: Line[], bodyStart: number): Footer {
  let footerStart = lines.length;
  let noiNhanIdx = -1;
  for (let j = lines.length - 1; j >= bodyStart; j--) {
    const first = lines[j].text.charCodeAt(0);
    if ((first === 78 || first === 110) && NOI_NHAN_K.test(foldKey(lines[j].text, 12))) {
      noiNhanIdx = j;
      break;
    }
  }
  const skip = new Set<number>();
  const extra: Part[] = [];
  let noiNhan: Footer['noiNhan'] = null;
  if (noiNhanIdx >= 0) {
    const labelLine = cells(text, plain, lines[noiNhanIdx]);
    const { label, hasColon, rest: after } = readLabelLine(text, labelLine[0], NOI_NHAN_K);
    // "Nơi nhận: KT. CHỦ TỊCH": the signature column beside the label
    if (after && (AUTHORITY_RE.test(after.text) || isCapsLine(after.text))) extra.push(after);
    for (const c of labelLine.slice(1)) extra.push(c);
    // the left cells of the lines below are the list; right cells go to the signature
    const left: Line[] = [];
    const leftIdx: number[] = [];
    for (let j = noiNhanIdx + 1; j < lines.length; j++) {
      const cs = cells(text, plain, lines[j]);
      // the two columns copied one line each ("Nơi nhận:" / "TM. ỦY BAN NHÂN DÂN" / "- Như trên;" /
      // "KT. CHỦ TỊCH" / "- Lưu: VT."): a signature line between finished items is left to the signature
      if (cs.length === 1 && isInterleavedTitle(cs[0].text, left.length ? left[left.length - 1].text : null, lines, j)) continue;
      left.push(cs[0]);
      leftIdx.push(j);
      for (const c of cs.slice(1)) extra.push(c);
    }
    // a signer's name is not the wrapped end of an unfinished item ("- Lưu VT, QLNS" / "" / "Nguyễn Văn B")
    // when a blank line stands between them or the item is "Lưu"
    const nameAfter = (t: string, item: Line[], line: Line) =>
      SIGNER_NAME.test(t) && (line.lineNo > item[item.length - 1].lineNo + 1 || /^[-–+•]\s*Lưu\b/u.test(item[0].text));
    const list = readItems(left, 0, (t, item, line) => !AUTHORITY_RE.test(t) && !(isCapsLine(t) && !/[;,.]$/.test(t)) && !nameAfter(t, item, line));
    for (let j = 0; j < list.next; j++) skip.add(leftIdx[j]);
    // right cells of lines beyond the list are read as whole lines by the signature reader
    const inList = new Set(leftIdx.slice(0, list.next));
    for (let x = extra.length - 1; x >= 0; x--) {
      const li = lines.findIndex((l) => l.start <= extra[x].start && extra[x].end <= l.end);
      if (li >= 0 && !inList.has(li) && li !== noiNhanIdx) extra.splice(x, 1);
    }
    noiNhan = { label, hasColon, items: list.items };
    footerStart = noiNhanIdx;
    skip.add(noiNhanIdx);
  }
  const em = findEndMarker(lines, bodyStart, footerStart);
  const endMarker = em.line >= 0 ? { start: em.at, end: em.at + 3, text: './.' } : null;
  if (em.line >= 0 && (footerStart === lines.length || em.line + 1 < footerStart)) {
    // the signature may sit between the end marker and Nơi nhận, or after both
    footerStart = Math.min(footerStart, em.line + 1);
  }
  let sigFrom = footerStart;
  if (footerStart === lines.length) {
    // No Nơi nhận and no end marker: an authority line near the end.
    for (let j = lines.length - 1; j >= Math.max(bodyStart, lines.length - 8); j--) {
      if (AUTHORITY_RE.test(lines[j].text)) {
        sigFrom = j;
        footerStart = j;
      }
    }
  }
  return { noiNhan, signature: readSignature(text, lines, sigFrom, skip, extra), endMarker, start: footerStart };
}

function readSignature(text: string, lines: Line[], from: number, skip: Set<number>, extra: Part[]): Signature | null {
  const sigLines: Part[] = [];
  let name: Part | null = null;
  const take = (p: Part): 'more' | 'stop' | 'skip' => {
    const t = p.text.trim();
    if (SKIP_SIGN.test(t) || /^\(.*\)$/.test(t) || /^\[.*\]$/.test(t)) return 'skip';
    if (/^[-–+•]/.test(t)) return 'skip';
    if (AUTHORITY_RE.test(t) || isCapsLine(t)) {
      if (name) return 'stop';
      if (t.length > 90) return 'skip';
      sigLines.push(p);
      return 'more';
    }
    if (sigLines.length > 0 && !name && t.split(/\s+/).length <= 7 && /^[\p{Lu}]/u.test(t) && !/[;:]$/.test(t)) {
      name = p;
      return 'more';
    }
    return sigLines.length > 0 || name ? 'stop' : 'skip';
  };
  let stopped = false;
  let nameLine = -1;
  for (const p of extra) {
    if (take(p) === 'stop') {
      stopped = true;
      break;
    }
  }
  for (let j = from; j < lines.length && !stopped; j++) {
    if (skip.has(j)) continue;
    const hadName = !!name;
    const line = lines[j];
    // a name a narrow column broke over two lines ("Bùi" / "Xuân Cường")
    if (hadName && nameLine === j - 1 && NAME_PART.test(line.text) && words(name!.text) + words(line.text) <= 5 && !text.slice(lines[j - 1].end, line.start).includes('|')) {
      name = { start: name!.start, end: line.end, text: `${name!.text} ${line.text}`, broken: true };
      continue;
    }
    const r = take({ start: line.start, end: line.end, text: line.text });
    if (!hadName && name) nameLine = j;
    if (r === 'stop') break;
  }
  if (!name && sigLines.length >= 2) {
    // A name typed in capitals: the last caps line, when it holds no title word.
    const last = sigLines[sigLines.length - 1];
    const words = last.text.split(/\s+/).length;
    if (!AUTHORITY_RE.test(last.text) && !TITLE_WORDS_RE.test(last.text) && words >= 2 && words <= 5) {
      name = last;
      sigLines.pop();
    }
  }
  if (sigLines.length === 0 && !name) return null;
  const all: Part[] = name ? [...sigLines, name] : sigLines;
  let start = Infinity;
  let end = -Infinity;
  for (const p of all) {
    if (p.start < start) start = p.start;
    if (p.end > end) end = p.end;
  }
  const authority = sigLines.filter((p) => AUTHORITY_RE.test(p.text));
  const titles = sigLines.filter((p) => !AUTHORITY_RE.test(p.text));
  return { start, end, authority, titles, lines: sigLines, name };
}
