/** Finding the files to check and reading them as UTF-8 text. */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

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

/** The text of UTF-8 bytes, byte order mark kept; null for binary data (NUL bytes) or invalid UTF-8. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads a file as text, or returns the Vietnamese reason it cannot be read. */
export function readTextFile(path: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { error: describeIoError(err) };
  }
  const text = decodeText(bytes);
  return text === null ? { error: NOT_TEXT } : { text };
}

/** Reads all of standard input. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
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
