/**
 * The limits that keep oversized or hostile input from hanging or crashing the CLI and the server.
 * Each limit is enforced with a Vietnamese message that names it (never a silent default); README,
 * "Robustness and peers", lists them with the measured figures.
 */

/**
 * Drafts larger than this (UTF-8 bytes) are not checked: the server shows one `tep-qua-lon` note
 * (setting `thethuc.maxFileSize`), the CLI exits 2 (option `--max-file-size`). Same default for both.
 */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

/** A `.thethucrc.json` larger than this (bytes) is an error: a config is a few hundred bytes. */
export const MAX_CONFIG_FILE_SIZE = 1_000_000;

/** `overrides[].files`: at most this many patterns in one config, all overrides together … */
export const MAX_GLOBS = 1_000;
/** … each at most this many characters … */
export const MAX_GLOB_LENGTH = 1_000;
/**
 * … and those with a wildcard (`*`, `?`, `{…}`) at most this many characters together: matching one
 * costs at most (path length × pattern length), a few milliseconds for a 1,000-character pattern against
 * a 4,000-character path; a pattern without a wildcard is compared as a string.
 */
export const MAX_WILDCARD_GLOB_CHARS = 10_000;

/** A value of the user's quoted in a message is cut to this many characters. */
export const MAX_QUOTED = 60;

/** `s` cut to `max` characters (never inside a surrogate pair), with "…" when cut. */
export function clip(s: string, max = MAX_QUOTED): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + '…';
}

/** "2 MB", "1,5 kB", "900 byte": sizes in Vietnamese number style. */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} byte`;
  const [value, unit] = n < 1_000_000 ? [n / 1000, 'kB'] : [n / 1_000_000, 'MB'];
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ${unit}`;
}
