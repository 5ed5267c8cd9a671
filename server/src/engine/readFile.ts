/**
 * Reading a file the user (or a workspace) named, safely: only a regular file, never more than a
 * given number of bytes. The file is opened without blocking (O_NONBLOCK), so a FIFO, a socket or a
 * device — named directly or through a symbolic link — is refused at once instead of blocking the
 * CLI or the server forever, and the type is checked on the opened file itself (no race between a
 * check and the read).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';

export type ReadResult =
  | { ok: true; bytes: Buffer }
  /** The file cannot be opened or read (err.code: ENOENT, EACCES …). */
  | { ok: false; reason: 'io'; error: NodeJS.ErrnoException }
  /** Not a regular file; `what` says what it is, in Vietnamese ("một thư mục", "một FIFO (ống có tên)" …). */
  | { ok: false; reason: 'not-file'; what: string }
  /** Larger than the limit; `size` is its size in bytes, or null when it kept growing past the limit. */
  | { ok: false; reason: 'too-large'; size: number | null };

const CHUNK = 1 << 16;

/** Reads the regular file at `path` (symbolic links followed), at most `maxBytes` bytes. */
export function readRegularFile(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { ok: false, reason: 'io', error: err as NodeJS.ErrnoException };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: 'not-file', what: describeKind(stats) };
    if (stats.size > maxBytes) return { ok: false, reason: 'too-large', size: stats.size };
    // Read to the end (files such as those of /proc report size 0), never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { ok: false, reason: 'too-large', size: null };
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (err) {
    return { ok: false, reason: 'io', error: err as NodeJS.ErrnoException };
  } finally {
    closeSync(fd);
  }
}

/** Whether `path` itself (not what it points to) is a symbolic link. */
export function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** What a file system entry that is not a regular file is, in Vietnamese. */
export function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return 'một thư mục';
  if (stats.isFIFO()) return 'một FIFO (ống có tên)';
  if (stats.isSocket()) return 'một socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'một thiết bị';
  return 'không phải tệp thông thường';
}
