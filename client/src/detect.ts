/**
 * Whether a plain-text or Markdown file looks like a văn bản hành chính, judged from its first lines:
 * a Quốc hiệu or Tiêu ngữ, a "Số: …/…" line, or a "Kính gửi" line. Pure (no `vscode` import) so the
 * mocha suite can test it. Tolerates what real drafts carry: Markdown emphasis and headings, text
 * without diacritics or with OCR slips ("HQI", "Kinh guri"), NFD, odd dashes and spacing.
 */

/** How many lines from the top are read; the header, number and Kính gửi come well before this. */
export const DETECT_LINES = 40;
/** An upper bound on the characters read, so a huge one-line file costs nothing. */
export const DETECT_CHARS = 6000;

import { KINH_GUI_K, QUOC_HIEU_K, QUOC_HIEU_PARTIAL_K, SO_LINE_K, TIEU_NGU_K, TIEU_NGU_PARTIAL_K } from '../../server/src/engine/vocab';

export type Signal = 'quoc-hieu' | 'tieu-ngu' | 'so-ky-hieu' | 'kinh-gui';

/** Folds a line to ASCII capitals: no diacritics, đ → D, no Markdown marks, single spaces. */
export function fold(line: string): string {
  return line
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .replace(/\u00d0/g, 'D') // look-alike Đ
    .toUpperCase()
    .replace(/[*_#>`|]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u200b-\u200d\ufeff]+/g, ' ')
    .trim();
}

/** The engine's vocabulary (server/src/engine/vocab): the same patterns the parser reads the header with. */
const SIGNALS: [Signal, RegExp][] = [
  ['quoc-hieu', QUOC_HIEU_K],
  ['quoc-hieu', QUOC_HIEU_PARTIAL_K],
  ['tieu-ngu', TIEU_NGU_K],
  ['tieu-ngu', TIEU_NGU_PARTIAL_K],
  ['so-ky-hieu', SO_LINE_K],
  ['kinh-gui', KINH_GUI_K],
];

/** The first signal found in the first lines of `text`, or undefined when it does not look like a văn bản. */
export function vanBanSignal(text: string): Signal | undefined {
  const head = text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text;
  let seen = 0;
  for (const raw of head.split(/\r\n|\r|\n/)) {
    const line = fold(raw).replace(/^[-+]\s+/, '');
    if (!line) continue;
    // A line may hold two parts side by side (issuer and Quốc hiệu, Số and the date), so test each.
    for (const [signal, re] of SIGNALS) if (re.test(line)) return signal;
    if (++seen >= DETECT_LINES) break;
  }
  return undefined;
}

export function looksLikeVanBan(text: string): boolean {
  return vanBanSignal(text) !== undefined;
}
