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

const SIGNALS: [Signal, RegExp][] = [
  // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, also "CONG HOA XA HQI CHU NGHIA VIET NAM" from OCR.
  ['quoc-hieu', /\bCONG HOA XA H\w{1,2}I CHU NGH\w{1,2}A VIET NAM\b|\bXA HOI CHU NGHIA VIET NAM\b/],
  // Độc lập - Tự do - Hạnh phúc (any dash, OCR "Doc 1ap").
  ['tieu-ngu', /\bD\w{2} [L1]AP ?- ?TU DO\b|\bTU DO ?- ?HANH PH/],
  // "Số: 12/UBND-VP", "Số:     /TB-VP", "So 7 /STC - QLNS", OCR "S6: 110 /VPUBND".
  // "Số: 30/2020/NĐ-CP" too; a symbol starts with a letter, so "So 2/3" is not one.
  ['so-ky-hieu', /^S[O06]\s*:?\s*[\d.…_\s]*\/\s*(?:\d{4}\s*\/\s*)?[A-Z]/],
  // "Kính gửi:" at the start of a line (OCR "Kinh guri").
  ['kinh-gui', /^KINH GU\w{0,2}I\b/],
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
