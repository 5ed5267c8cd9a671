/**
 * Reading entries of a .docx (a zip archive) with a cap on what is inflated: the central directory
 * is read here, each entry inflated with fflate's streaming Inflate, counting the bytes as they come,
 * so a zip bomb is stopped at the cap whatever sizes its directory declares.
 */
import { Inflate } from 'fflate';

/** The reason a file cannot be read as a .docx, in Vietnamese (the CLI exits 2 with it). */
export class DocxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxError';
  }
}

/** Most a .docx may inflate to, over the entries we read (text, styles, headers): 64 MiB. */
export const MAX_INFLATED = 64 * 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export class ZipReader {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(private readonly buf: Uint8Array, private readonly cap = MAX_INFLATED) {
    if (buf.length >= 8 && OLE2.every((b, i) => buf[i] === b)) {
      throw new DocxError('đây là tệp Word 97–2003 (.doc) hoặc tệp Office cũ, không phải .docx; hãy mở trong Word và lưu lại dưới dạng .docx');
    }
    if (buf.length < 22 || buf[0] !== 0x50 || buf[1] !== 0x4b) {
      throw new DocxError('không phải tệp .docx (tệp .docx là một tệp nén zip)');
    }
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new DocxError('tệp .docx bị hỏng: không tìm thấy mục lục của tệp nén');
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    const decoder = new TextDecoder();
    for (let n = 0; n < count; n++) {
      if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) throw new DocxError('tệp .docx bị hỏng: mục lục của tệp nén không đọc được');
      const nameLen = view.getUint16(p + 28, true);
      const entry: Entry = {
        method: view.getUint16(p + 10, true),
        compressed: view.getUint32(p + 20, true),
        size: view.getUint32(p + 24, true),
        offset: view.getUint32(p + 42, true),
        name: decoder.decode(buf.subarray(p + 46, p + 46 + nameLen)),
      };
      this.entries.set(entry.name.replace(/^\/+/, ''), entry);
      p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, or null when absent. Throws DocxError past the cap or on corrupt data. */
  read(name: string): Uint8Array | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    if (e.offset + 30 > this.buf.length || view.getUint32(e.offset, true) !== 0x04034b50) {
      throw new DocxError(`tệp .docx bị hỏng: không đọc được ${name}`);
    }
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const data = this.buf.subarray(start, start + e.compressed);
    if (data.length < e.compressed) throw new DocxError(`tệp .docx bị hỏng: ${name} bị cắt cụt`);
    const tooBig = () =>
      new DocxError(`tệp .docx giải nén ra quá lớn (hơn ${Math.round(this.cap / 1024 / 1024)} MB; có thể là tệp nén độc hại)`);
    if (e.method === 0) {
      this.inflated += data.length;
      if (this.inflated > this.cap) throw tooBig();
      return data;
    }
    if (e.method !== 8) throw new DocxError(`tệp .docx bị hỏng: ${name} nén theo cách không hỗ trợ (${e.method})`);
    if (this.inflated + e.size > this.cap) throw tooBig();
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (this.inflated + total > this.cap) throw tooBig();
      chunks.push(chunk);
    });
    try {
      // feed in slices so the cap is checked while inflating, not after
      const STEP = 16 * 1024; // deflate expands at most ~1032×: ≤ 17 MB per step
      for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, Math.min(data.length, at + STEP)), at + STEP >= data.length);
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof DocxError) throw err;
      throw new DocxError(`tệp .docx bị hỏng: không giải nén được ${name}`);
    }
    this.inflated += total;
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /** The entry as UTF-8 text, or null when absent. */
  text(name: string): string | null {
    const bytes = this.read(name);
    return bytes === null ? null : new TextDecoder('utf-8').decode(bytes);
  }
}
