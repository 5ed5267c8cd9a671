/**
 * A minimal LSP client for protocol tests: spawns the bundled server (`node dist/server.js --stdio`,
 * built by `npm run build`) and talks Content-Length framed JSON-RPC to it, as an editor would.
 * Shared by test/server.test.ts and test/lsp-*.test.ts.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { frame, MessageReader, type Message } from '../scripts/jsonrpc';

export type { Message };

export const SERVER = resolve(__dirname, '../../dist/server.js');
export const TIMEOUT_MS = 10_000;


/** Client capabilities of a VS Code-like client. */
export const CAPABILITIES = {
  workspace: {
    configuration: true,
    applyEdit: true,
    didChangeConfiguration: { dynamicRegistration: false },
    didChangeWatchedFiles: { dynamicRegistration: true },
    executeCommand: {},
  },
  textDocument: {
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, relatedInformation: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: {},
  },
};

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  /** Every notification received so far, in order. */
  readonly notifications: Message[] = [];
  /** Requests the server sent (workspace/applyEdit, client/registerCapability …), in order. */
  readonly serverRequests: Message[] = [];
  /** What workspace/configuration answers, per document URI (the `thethuc` section). */
  readonly settings = new Map<string, unknown>();
  /** The answer to workspace/applyEdit. */
  applyEditResult = { applied: true };
  stderr = '';
  private readonly reader = new MessageReader();
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: any): void; reject(e: Error): void }>();
  private readonly listeners = new Set<() => void>();

  constructor() {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  /** initialize + initialized. */
  async start(initializationOptions?: unknown, capabilities: unknown = CAPABILITIES): Promise<any> {
    const result = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    this.notify('initialized', {});
    return result;
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    const reply = new Promise<any>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.write({ jsonrpc: '2.0', id, method, params });
    return withTimeout(reply, `answer to ${method}`);
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Several notifications in one write, so the server reads them together. */
  notifyAll(messages: { method: string; params: unknown }[]): void {
    this.proc.stdin.write(Buffer.concat(messages.map((m) => frame({ jsonrpc: '2.0', ...m }))));
  }

  /** Opens a document and returns the diagnostics published for this version. */
  async open(uri: string, text: string, version = 1, languageId = 'vanban'): Promise<any[]> {
    const from = this.notifications.length;
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    const published = await this.waitFor(diagnosticsFor(uri, version), from, `diagnostics of ${uri} v${version}`);
    return published.params.diagnostics;
  }

  /** Replaces the whole text (a full-range incremental change) and returns the new diagnostics. */
  async replace(uri: string, oldText: string, newText: string, version: number): Promise<any[]> {
    const from = this.notifications.length;
    const lines = oldText.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    this.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text: newText }],
    });
    const published = await this.waitFor(diagnosticsFor(uri, version), from, `diagnostics of ${uri} v${version}`);
    return published.params.diagnostics;
  }

  /** The next diagnostics published for `uri` after notification index `from`. */
  async nextDiagnostics(uri: string, from: number, test: (diagnostics: any[]) => boolean = () => true): Promise<any[]> {
    const m = await this.waitFor((n) => diagnosticsFor(uri)(n) && test(n.params.diagnostics), from, `new diagnostics of ${uri}`);
    return m.params.diagnostics;
  }

  /** The first notification from index `from` on that satisfies `test`, waiting for it if need be. */
  waitFor(test: (m: Message) => boolean, from = 0, what = 'notification'): Promise<Message> {
    return withTimeout(
      new Promise<Message>((resolve) => {
        const look = (): void => {
          const found = this.notifications.slice(from).find(test);
          if (found) {
            this.listeners.delete(look);
            resolve(found);
          }
        };
        this.listeners.add(look);
        look();
      }),
      what,
    );
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    assert.equal(await this.request('shutdown', null), null);
    this.notify('exit', null);
    return withTimeout(exited, 'the server to exit');
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }

  private write(message: Message): void {
    this.proc.stdin.write(frame(message));
  }

  private receive(chunk: Buffer): void {
    for (const message of this.reader.push(chunk)) this.dispatch(message);
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      this.serverRequests.push(message);
      this.write({ jsonrpc: '2.0', id: message.id, result: this.answer(message) });
    } else if (message.method !== undefined) {
      this.notifications.push(message);
      for (const listener of [...this.listeners]) listener();
    } else if (typeof message.id === 'number') {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(Object.assign(new Error(`${message.error.code}: ${message.error.message}`), { code: message.error.code }));
      else waiting?.resolve(message.result);
    }
  }

  /** Answers a request from the server. */
  private answer(request: Message): unknown {
    if (request.method === 'workspace/configuration') {
      return (request.params.items as { scopeUri?: string; section?: string }[]).map((item) =>
        item.section === 'thethuc' ? (this.settings.get(item.scopeUri ?? '') ?? { mode: 'draft', rules: {} }) : null,
      );
    }
    if (request.method === 'workspace/applyEdit') return this.applyEditResult;
    return null;
  }
}


export function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function diagnosticsFor(uri: string, version?: number) {
  return (m: Message): boolean =>
    m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version);
}

export function assertDiagnostics(diagnostics: any[]): void {
  assert.ok(Array.isArray(diagnostics));
  for (const d of diagnostics) {
    assert.equal(d.source, 'thethuc');
    assert.equal(typeof d.code, 'string');
    assert.ok([1, 2, 3, 4].includes(d.severity), `severity ${d.severity}`);
    assert.equal(typeof d.message, 'string');
    assertRange(d.range);
  }
}

export function assertRange(range: any): void {
  for (const p of [range.start, range.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0, `line ${p.line}`);
    assert.ok(Number.isInteger(p.character) && p.character >= 0, `character ${p.character}`);
  }
}

/** 0-based line and column of the first occurrence of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `text does not contain ${JSON.stringify(needle)}`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}
