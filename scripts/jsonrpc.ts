/** JSON-RPC framing of the Language Server Protocol, shared by the test clients and the server benchmark. */

export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  result?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  error?: { code: number; message: string; data?: unknown };
}

/** A message with its Content-Length header. */
export function frame(message: Message): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** Reads framed messages from a byte stream, chunk by chunk. */
export class MessageReader {
  private buffer: Buffer = Buffer.alloc(0);

  /** The messages completed by this chunk. */
  push(chunk: Buffer): Message[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const out: Message[] = [];
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return out;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (!Number.isFinite(length)) throw new Error('a message without Content-Length');
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return out;
      out.push(JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')) as Message);
      this.buffer = this.buffer.subarray(start + length);
    }
  }
}
