/**
 * Protocol test of the language server: spawns `node dist/server.js --stdio` (built by `npm run build`)
 * and talks LSP to it over Content-Length framed JSON-RPC, as an editor would.
 */
import * as assert from 'node:assert/strict';
import { fork, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, type Finding } from '../server/src/engine';
import { quickFixes } from '../server/src/lsp/codeActions';
import { toDiagnostic, type LintResult } from '../server/src/lsp/diagnostics';

const SERVER = resolve(__dirname, '../../dist/server.js');
const TIMEOUT_MS = 10_000;

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

/** A minimal LSP client: frames messages, matches responses, answers the server's own requests. */
class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  /** Every notification received so far, in order. */
  readonly notifications: Message[] = [];
  /** What workspace/configuration answers, per document URI (the `thethuc` section). */
  readonly settings = new Map<string, unknown>();
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: any): void; reject(e: Error): void }>();
  private readonly listeners = new Set<() => void>();

  constructor() {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
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

  private write(message: Message): void {
    this.proc.stdin.write(frame(message));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (!Number.isFinite(length)) throw new Error('message without Content-Length');
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) return;
      const message = JSON.parse(this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(bodyStart + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      this.write({ jsonrpc: '2.0', id: message.id, result: this.answer(message) });
    } else if (message.method !== undefined) {
      this.notifications.push(message);
      for (const listener of [...this.listeners]) listener();
    } else if (typeof message.id === 'number') {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiting?.resolve(message.result);
    }
  }

  /** Answers a request from the server (workspace/configuration; anything else gets null). */
  private answer(request: Message): unknown {
    if (request.method === 'workspace/configuration') {
      return (request.params.items as { scopeUri?: string; section?: string }[]).map((item) =>
        item.section === 'thethuc' ? (this.settings.get(item.scopeUri ?? '') ?? { mode: 'draft', rules: {} }) : null,
      );
    }
    return null;
  }
}

function frame(message: Message): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function diagnosticsFor(uri: string, version?: number) {
  return (m: Message): boolean =>
    m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version);
}

function assertDiagnostics(diagnostics: any[]): void {
  assert.ok(Array.isArray(diagnostics));
  for (const d of diagnostics) {
    assert.equal(d.source, 'thethuc');
    assert.equal(typeof d.code, 'string');
    assert.ok([1, 2, 3, 4].includes(d.severity), `severity ${d.severity}`);
    assert.equal(typeof d.message, 'string');
    assertRange(d.range);
  }
}

function assertRange(range: any): void {
  for (const p of [range.start, range.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0, `line ${p.line}`);
    assert.ok(Number.isInteger(p.character) && p.character >= 0, `character ${p.character}`);
  }
}

describe('language server (stdio)', function () {
  this.timeout(4 * TIMEOUT_MS);

  const uri = 'file:///tmp/thethuc-test/cong-van.vanban';
  const bigUri = 'file:///tmp/thethuc-test/qua-lon.vanban';
  // A công văn with no header at all: no Quốc hiệu, no Số line.
  const text = 'Kính gửi: Sở Nội vụ\nNội dung công văn.\n';
  let client: LspClient;

  before(function () {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
    client = new LspClient();
  });

  after(function () {
    if (client && client.proc.exitCode === null) client.proc.kill();
  });

  it('initializes', async function () {
    const result = await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
        },
      },
    });
    assert.equal(result.capabilities.textDocumentSync.change, 2, 'incremental sync');
    assert.ok(result.capabilities.codeActionProvider);
    client.notify('initialized', {});
  });

  it('publishes diagnostics when a document opens', async function () {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text } });
    const published = await client.waitFor(diagnosticsFor(uri, 1), 0, 'diagnostics on open');
    assertDiagnostics(published.params.diagnostics);
    // While the engine has no rules yet there is nothing to find; once it has, this text must give findings.
    if (RULES.length > 0) assert.ok(published.params.diagnostics.length > 0, 'a document with no header gets findings');
  });

  it('publishes new diagnostics after incremental changes, once per burst of edits', async function () {
    const from = client.notifications.length;
    const insert = (version: number, line: number, newText: string) => ({
      method: 'textDocument/didChange',
      params: {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: newText }],
      },
    });
    client.notifyAll([
      insert(2, 0, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'),
      insert(3, 1, 'Độc lập - Tự do - Hạnh phúc\n'),
      insert(4, 2, 'Số: 12/UBND-VP\n'),
    ]);
    const published = await client.waitFor(diagnosticsFor(uri, 4), from, 'diagnostics after change');
    assertDiagnostics(published.params.diagnostics);
    const intermediate = client.notifications.slice(from).filter((m) => diagnosticsFor(uri)(m) && m.params.version !== 4);
    assert.deepEqual(intermediate, [], 'edits within the debounce window are checked once');
  });

  it('answers code action requests with quick fixes that are valid edits', async function () {
    const last = [...client.notifications].reverse().find(diagnosticsFor(uri))!;
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
      context: { diagnostics: last.params.diagnostics },
    });
    assert.ok(Array.isArray(actions));
    for (const action of actions) {
      assert.equal(action.kind, 'quickfix');
      assert.equal(typeof action.title, 'string');
      assert.equal(action.isPreferred, true);
      assertDiagnostics(action.diagnostics);
      const edits = action.edit.changes[uri];
      assert.ok(Array.isArray(edits) && edits.length > 0);
      for (const edit of edits) {
        assertRange(edit.range);
        assert.equal(typeof edit.newText, 'string');
      }
    }
  });

  it('reports a file over thethuc.maxFileSize instead of checking it, and follows setting changes', async function () {
    client.settings.set(bigUri, { mode: 'draft', rules: {}, maxFileSize: 100 });
    client.notify('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'vanban', version: 1, text: text.repeat(20) } });
    const published = await client.waitFor(diagnosticsFor(bigUri, 1), 0, 'diagnostics on the large file');
    assertDiagnostics(published.params.diagnostics);
    assert.equal(published.params.diagnostics.length, 1);
    assert.equal(published.params.diagnostics[0].code, 'tep-qua-lon');
    assert.match(published.params.diagnostics[0].message, /quá lớn/);

    // Raising the limit: the server asks for settings again and checks the file.
    const from = client.notifications.length;
    client.settings.set(bigUri, { mode: 'draft', rules: {}, maxFileSize: 1_000_000 });
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const again = await client.waitFor(diagnosticsFor(bigUri), from, 'diagnostics after a settings change');
    assertDiagnostics(again.params.diagnostics);
    assert.ok(again.params.diagnostics.every((d: any) => d.code !== 'tep-qua-lon'));
  });

  it('clears diagnostics when a document closes', async function () {
    const from = client.notifications.length;
    client.notify('textDocument/didClose', { textDocument: { uri: bigUri } });
    const cleared = await client.waitFor(diagnosticsFor(bigUri), from, 'diagnostics cleared on close');
    assert.deepEqual(cleared.params.diagnostics, []);
  });

  it('shuts down and exits', async function () {
    const exited = new Promise<number | null>((resolve) => client.proc.once('exit', (code) => resolve(code)));
    assert.equal(await client.request('shutdown', null), null);
    client.notify('exit', null);
    assert.equal(await withTimeout(exited, 'the server to exit'), 0, client.stderr);
  });
});

describe('language server (IPC, as VS Code starts it)', function () {
  this.timeout(2 * TIMEOUT_MS);

  it('answers initialize over node IPC', async function () {
    const proc = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    try {
      const reply = new Promise<any>((resolve) => proc.on('message', (m: any) => m.id === 1 && resolve(m)));
      proc.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
      const answer = await withTimeout(reply, 'initialize over IPC');
      assert.equal(answer.result.serverInfo.name, 'thethuc-ls');
    } finally {
      proc.kill();
    }
  });
});

describe('quick fixes', function () {
  // "Số 12" → "Số: 12" on line 2, after text with non-BMP characters so UTF-16 columns matter.
  const text = 'Kính gửi: 𝐒ở Nội vụ\nSố 12/UBND-VP\n';
  const doc = TextDocument.create('file:///tmp/x.vanban', 'vanban', 1, text);
  const at = text.indexOf('Số 12') + 'Số'.length;
  const finding: Finding = {
    rule: 'thu-nghiem',
    severity: 'error',
    message: 'Thiếu dấu hai chấm sau "Số".',
    start: at - 2,
    end: at,
    range: { start: doc.positionAt(at - 2), end: doc.positionAt(at) },
    fix: { title: 'Thêm dấu hai chấm', edits: [{ start: at, end: at, text: ':' }] },
  };
  const plain: Finding = { ...finding, rule: 'khong-sua', fix: undefined };
  const result: LintResult = { uri: doc.uri, version: 1, findings: [finding, plain], diagnostics: [finding, plain].map((f) => toDiagnostic(f, doc)) };
  const params = (line: number, only?: string[]) => ({
    textDocument: { uri: doc.uri },
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    context: { diagnostics: [], only },
  });

  it('turns each fix into a preferred quickfix with the diagnostic attached', function () {
    const actions = quickFixes(params(1), doc, result);
    assert.equal(actions.length, 1);
    const [action] = actions;
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.title, 'Thêm dấu hai chấm');
    assert.equal(action.isPreferred, true);
    assert.deepEqual(action.diagnostics, [result.diagnostics[0]]);
    assert.deepEqual(action.edit?.changes?.[doc.uri], [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, newText: ':' }]);
    assert.equal(TextDocument.applyEdits(doc, action.edit!.changes![doc.uri]), 'Kính gửi: 𝐒ở Nội vụ\nSố: 12/UBND-VP\n');
  });

  it('offers nothing outside the diagnostic or for other kinds', function () {
    assert.deepEqual(quickFixes(params(0), doc, result), []);
    assert.deepEqual(quickFixes(params(1, ['refactor']), doc, result), []);
    assert.equal(quickFixes(params(1, ['quickfix']), doc, result).length, 1);
  });
});
