/** Finding the files to check and reading them as UTF-8 text (regular files only, up to a size limit). */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE, formatBytes } from '../engine/limits';
import { readRegularFile } from '../engine/readFile';

/** Extensions searched for inside folders (a file named explicitly is checked whatever its name). */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.vanban'];

/** A file to check: an absolute path, or null for standard input. */
export interface Target {
  path: string | null;
  /** How the user sees it in reports: relative to the working folder when inside it, "-" for standard input. */
  display: string;
}

export interface Targets {
  targets: Target[];
  /** Vietnamese messages for paths that could not be used. */
  errors: string[];
}

/** Expands the command-line paths into files: folders recursively, "-" once, no file twice. */
export function collectTargets(paths: string[], cwd: string): Targets {
  const targets: Target[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (path: string | null) => {
    const key = path ?? '-';
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ path, display: path === null ? '-' : displayPath(path, cwd) });
  };

  for (const given of paths) {
    if (given === '-') {
      add(null);
      continue;
    }
    const path = resolve(cwd, given);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      errors.push(`không đọc được tệp ${given}: ${describeIoError(err)}`);
      continue;
    }
    if (!isDir) {
      add(path);
      continue;
    }
    const found: string[] = [];
    walk(path, found, errors, cwd);
    if (found.length === 0) errors.push(`không tìm thấy tệp ${TEXT_EXTENSIONS.join(', ')} nào trong thư mục ${given}`);
    found.forEach(add);
  }
  return { targets, errors };
}

/** Collects text files under `dir`, skipping node_modules and folders whose names start with ".". */
function walk(dir: string, found: string[], errors: string[], cwd: string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(`không đọc được thư mục ${displayPath(dir, cwd)}: ${describeIoError(err)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path, found, errors, cwd);
    } else if (TEXT_EXTENSIONS.includes(extname(entry.name).toLowerCase()) && (entry.isFile() || isLinkToFile(path))) {
      found.push(path);
    }
  }
}

function isLinkToFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Relative to `cwd` when inside it, else absolute. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export const NOT_TEXT = 'tệp nhị phân hoặc không phải UTF-8';

/**
 * The text of UTF-8 bytes, byte order mark kept; otherwise the Vietnamese reason it is not text:
 * UTF-16 and UTF-32 (with a byte order mark, or UTF-16 without one but with the NUL bytes of its
 * ASCII characters) are named as such, anything else with NUL bytes or invalid UTF-8 is NOT_TEXT.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  const wide = wideEncoding(bytes);
  if (wide) return { error: `tệp mã hóa ${wide}, không phải UTF-8; hãy lưu lại tệp dưới dạng UTF-8` };
  if (bytes.includes(0)) return { error: NOT_TEXT };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { error: NOT_TEXT };
  }
}

/** "UTF-16 (little-endian)" and the like when the bytes are UTF-16 or UTF-32 text; null otherwise. */
export function wideEncoding(b: Uint8Array): string | null {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32 (little-endian)';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 (big-endian)';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 (big-endian)';
  // Without a byte order mark: the ASCII characters of the text (spaces, digits, Latin letters) leave
  // a NUL byte in every other place, on one side only.
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) nulEven++;
    if (b[i + 1] === 0) nulOdd++;
  }
  const pairs = n / 2;
  if (nulOdd >= pairs * 0.3 && nulEven <= pairs * 0.02) return 'UTF-16 (little-endian)';
  if (nulEven >= pairs * 0.3 && nulOdd <= pairs * 0.02) return 'UTF-16 (big-endian)';
  return null;
}

/**
 * Why `subject` ("tệp du-thao.txt", "đầu vào chuẩn") of `size` bytes (null: more than the limit) is not
 * checked, in Vietnamese: the same limit and wording as the server's `tep-qua-lon` note.
 */
export function tooLargeMessage(subject: string, size: number | null, maxBytes: number): string {
  const shown = size === null ? `hơn ${formatBytes(maxBytes)}` : formatBytes(size);
  return `${subject} quá lớn để kiểm tra (${shown}, giới hạn ${formatBytes(maxBytes)}); có thể tăng giới hạn bằng tùy chọn --max-file-size`;
}

/**
 * Reads a regular file of at most `maxBytes` bytes as text: the text, the Vietnamese reason it cannot
 * be read, or its size when it is over the limit (null: it grew past the limit while read).
 */
export function readTextFile(path: string, maxBytes = DEFAULT_MAX_FILE_SIZE): { text: string } | { error: string } | { tooLarge: number | null } {
  const read = readBinaryFile(path, maxBytes);
  return 'bytes' in read ? decodeText(read.bytes) : read;
}

/** Reads a regular file of at most `maxBytes` bytes as bytes (a Word file), like readTextFile. */
export function readBinaryFile(path: string, maxBytes = DEFAULT_MAX_FILE_SIZE): { bytes: Buffer } | { error: string } | { tooLarge: number | null } {
  const read = readRegularFile(path, maxBytes);
  if (read.ok) return { bytes: read.bytes };
  if (read.reason === 'io') return { error: describeIoError(read.error) };
  if (read.reason === 'not-file') return { error: `đây là ${read.what}, không phải tệp thông thường` };
  return { tooLarge: read.size };
}

/**
 * Reads standard input, at most `maxBytes` bytes: the bytes, or null when there were more (reading
 * stops there, so an endless stream cannot hang the CLI or fill its memory).
 */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes = DEFAULT_MAX_FILE_SIZE): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += bytes.length;
    if (total > maxBytes) return null;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

export function describeIoError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'không tồn tại';
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền truy cập';
    case 'EISDIR':
      return 'đây là một thư mục';
    default:
      return (err as Error).message;
  }
}
