/** Labelled lists ("Kính gửi:", "Nơi nhận:") and their "- …;" items, possibly wrapped over lines. */
import type { Item, Line, Part } from '../../model/vanban';
import { foldKey } from '../../text/vietnamese';

export function part(text: string, start: number, end: number): Part {
  return { start, end, text: text.slice(start, end) };
}

export function trimPart(text: string, start: number, end: number): Part | null {
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s,;]/.test(text[end - 1])) end--;
  return end > start ? part(text, start, end) : null;
}

export function joinItem(lines: Line[]): Item {
  return {
    start: lines[0].start,
    end: lines[lines.length - 1].end,
    text: lines.map((l) => l.text).join(' '),
    lines,
  };
}

/**
 * "Kính gửi: …", "Nơi nhận: …": the label as `labelK` (a vocabulary pattern on folded text) reads it,
 * so "Kínhgửi: Sở …" keeps "Sở" and OCR's "Kinh guri:" is one label; whether a colon follows; and
 * the rest of the line.
 */
export function readLabelLine(text: string, line: Line, labelK: RegExp): { label: Part; hasColon: boolean; rest: Part | null } {
  const t = line.text;
  const m = labelK.exec(foldKey(t, 20));
  let p = m ? m[0].length : (/^\S+\s+[^\s:]+/u.exec(t)?.[0].length ?? t.length);
  const labelEnd = p;
  const colon = /^\s*:/.exec(t.slice(p));
  if (colon) p += colon[0].length;
  return {
    label: part(text, line.start, line.start + labelEnd),
    hasColon: !!colon,
    rest: trimPart(text, line.start + p, line.end),
  };
}

/**
 * A list of "- …" items from line `from` on: a line not starting with a dash continues the item
 * above until that item ends with ";" or "."; `continues(text, item so far, line)` may refuse a
 * continuation.
 * Returns the items and the index of the first line after the list.
 */
export function readItems(lines: Line[], from: number, continues: (t: string, item: Line[], line: Line) => boolean): { items: Item[]; next: number } {
  const items: Item[] = [];
  let current: Line[] | null = null;
  let j = from;
  for (; j < lines.length; j++) {
    const lt = lines[j].text;
    if (/^[-–+•]/.test(lt)) {
      if (current) items.push(joinItem(current));
      current = [lines[j]];
      continue;
    }
    if (current && !/[;.]$/.test(current[current.length - 1].text) && continues(lt, current, lines[j])) {
      current.push(lines[j]);
      continue;
    }
    break;
  }
  if (current) items.push(joinItem(current));
  return { items, next: j };
}
