/**
 * A small LSP client for the stress tests: spawns `node dist/server.js --stdio`, frames JSON-RPC with
 * Content-Length, matches every response to its request (results and errors alike), answers the
 * server's own requests, and reads the server's memory from /proc.
 *
 * It relies only on what any LSP server must do: answer every request (a result or an error such as
 * MethodNotFound) and publish diagnostics. The server's feature set grows; these tests do not care.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { frame, MessageReader, type Message } from '../../scripts/jsonrpc';

export type { Message };

export const SERVER = resolve(__dirname, '../../../dist/server.js');


/** A response: the result or the error, and how long it took to come. */
export interface Answer {
  method: string;
  result?: any;
  error?: { code: number; message: string };
  ms: number;
}

export const METHOD_NOT_FOUND = -32601;

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly notifications: Message[] = [];
  /** What workspace/configuration answers for the `thethuc` section, per document URI (default below). */
  readonly settings = new Map<string, unknown>();
  defaultSettings: unknown = { mode: 'draft', rules: {} };
  stderr = '';
  /** Requests the server sent us, by method. */
  readonly serverRequests = new Map<string, number>();
  private readonly reader = new MessageReader();
  private nextId = 1;
  private readonly pending = new Map<number, { method: string; sent: number; resolve(a: Answer): void }>();
  private readonly listeners = new Set<() => void>();
  private exited = false;

  constructor(args: string[] = ['--stdio']) {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    this.proc = spawn(process.execPath, [SERVER, ...args], { stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.proc.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) p.resolve({ method: p.method, error: { code: -1, message: 'server exited' }, ms: performance.now() - p.sent });
      this.pending.clear();
      for (const l of [...this.listeners]) l();
    });
    // A server that dies mid-write must fail the test, not crash mocha with EPIPE.
    this.proc.stdin.on('error', () => undefined);
  }

  get alive(): boolean {
    return !this.exited && this.proc.exitCode === null;
  }

  /** Sends a request; resolves with its answer (result or error), rejects after `timeoutMs` without one. */
  request(method: string, params: unknown, timeoutMs = 20_000): Promise<Answer> {
    const id = this.nextId++;
    const answer = new Promise<Answer>((resolve) => this.pending.set(id, { method, sent: performance.now(), resolve }));
    this.write({ jsonrpc: '2.0', id, method, params });
    return withTimeout(answer, timeoutMs, `the answer to ${method} #${id}`);
  }

  notify(method: string, params: unknown): boolean {
    return this.write({ jsonrpc: '2.0', method, params });
  }

  /** Writes raw bytes (for malformed input); returns false when the pipe asks to wait for 'drain'. */
  writeRaw(bytes: Buffer): boolean {
    return this.proc.stdin.write(bytes);
  }

  /** Resolves when the pipe to the server has room again. */
  drain(): Promise<void> {
    return this.proc.stdin.writableNeedDrain ? new Promise((r) => this.proc.stdin.once('drain', () => r())) : Promise.resolve();
  }

  /** The first notification from index `from` on satisfying `test`. */
  waitFor(test: (m: Message) => boolean, from = 0, timeoutMs = 20_000, what = 'a notification'): Promise<Message> {
    let look: () => void = () => undefined;
    const found = new Promise<Message>((resolve, reject) => {
      look = () => {
        const hit = this.notifications.slice(from).find(test);
        if (hit) resolve(hit);
        else if (this.exited) reject(new Error(`the server exited while waiting for ${what}\n${this.stderr}`));
      };
      this.listeners.add(look);
      look();
    });
    return withTimeout(found, timeoutMs, what).finally(() => this.listeners.delete(look));
  }

  async initialize(capabilities: unknown = defaultCapabilities()): Promise<any> {
    const answer = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities });
    if (answer.error) throw new Error(`initialize failed: ${answer.error.message}`);
    this.notify('initialized', {});
    return answer.result;
  }

  /** shutdown + exit; resolves with the exit code. */
  async stop(timeoutMs = 10_000): Promise<number | null> {
    if (!this.alive) return this.proc.exitCode;
    const exited = new Promise<number | null>((r) => this.proc.once('exit', (code) => r(code)));
    await this.request('shutdown', null, timeoutMs);
    this.notify('exit', null);
    return withTimeout(exited, timeoutMs, 'the server to exit');
  }

  kill(): void {
    if (this.alive) this.proc.kill();
  }

  /** Resident memory of the server process in MiB (Linux /proc), or null elsewhere. */
  rssMiB(): number | null {
    try {
      const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
      return Number.isFinite(kb) ? kb / 1024 : null;
    } catch {
      return null;
    }
  }

  /** Error-level window/logMessage notifications (the server logs engine exceptions there). */
  loggedErrors(): string[] {
    return this.notifications.filter((m) => m.method === 'window/logMessage' && m.params?.type === 1).map((m) => String(m.params.message));
  }

  private write(message: Message): boolean {
    if (!this.alive) return false;
    return this.proc.stdin.write(frame(message));
  }

  private receive(chunk: Buffer): void {
    for (const message of this.reader.push(chunk)) this.dispatch(message);
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      this.serverRequests.set(message.method, (this.serverRequests.get(message.method) ?? 0) + 1);
      this.write({ jsonrpc: '2.0', id: message.id, result: this.answer(message) });
    } else if (message.method !== undefined) {
      this.notifications.push(message);
      for (const l of [...this.listeners]) l();
    } else if (typeof message.id === 'number') {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      p?.resolve({ method: p.method, result: message.result, error: message.error, ms: performance.now() - p.sent });
    }
  }

  private answer(request: Message): unknown {
    if (request.method === 'workspace/configuration') {
      return (request.params.items as { scopeUri?: string; section?: string }[]).map((item) =>
        item.section === 'thethuc' ? (this.settings.get(item.scopeUri ?? '') ?? this.defaultSettings) : null,
      );
    }
    return null; // client/registerCapability, window/workDoneProgress/create, …
  }
}

export function defaultCapabilities(): unknown {
  return {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
    textDocument: {
      synchronization: { didSave: false },
      publishDiagnostics: { versionSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true } },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
    },
  };
}

export function diagnosticsFor(uri: string, version?: number) {
  return (m: Message): boolean =>
    m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version);
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
