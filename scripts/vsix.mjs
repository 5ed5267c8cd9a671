// Reads a .vsix (a zip archive) without dependencies: its entries from the central directory, and
// extraction of a subtree. Used by scripts/package.mjs (to check the package) and test/e2e/run.mjs
// (to load the packaged extension as a development extension).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip archive: name, uncompressed and compressed size, and read() for the bytes. */
export function zipEntries(file) {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip archive`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.push({
      name,
      size,
      compressed,
      read() {
        const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
        const data = buf.subarray(start, start + compressed);
        if (method === 0) return Buffer.from(data);
        if (method === 8) return inflateRawSync(data);
        throw new Error(`${name}: unsupported compression method ${method}`);
      },
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Extracts the entries under `prefix` (e.g. "extension/") into `dir`; returns how many files. */
export function extract(file, prefix, dir) {
  const target = resolve(dir);
  let n = 0;
  for (const e of zipEntries(file)) {
    if (!e.name.startsWith(prefix) || e.name.endsWith('/')) continue;
    const out = resolve(target, e.name.slice(prefix.length));
    if (!out.startsWith(target + sep)) throw new Error(`${e.name} escapes the target folder`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, e.read());
    n++;
  }
  return n;
}

