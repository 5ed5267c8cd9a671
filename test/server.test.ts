/**
 * Protocol test of the language server: spawns `node dist/server.js --stdio` (built by `npm run build`)
 * and talks LSP to it over Content-Length framed JSON-RPC, as an editor would. Diagnostics (with rule
 * page links), incremental edits, settings, the size limit, thethuc/checkDocument, shutdown; the IPC
 * transport VS Code uses.
 */
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../server/src/engine';
import { CONG_VAN, vary } from './helpers';
import { LspClient, SERVER, TIMEOUT_MS, assertDiagnostics, diagnosticsFor, withTimeout } from './lsp-harness';

const DOCS_BASE = 'file:///opt/thethuc/docs/rules/';

describe('language server (stdio)', function () {
  this.timeout(4 * TIMEOUT_MS);

  const uri = 'file:///tmp/thethuc-test/cong-van.vanban';
  const bigUri = 'file:///tmp/thethuc-test/qua-lon.vanban';
  const draftUri = 'file:///tmp/thethuc-test/du-thao.vanban';
  // A công văn with no header at all: no Quốc hiệu, no Số line.
  const text = 'Kính gửi: Sở Nội vụ\nNội dung công văn.\n';
  // A clean công văn whose number is still blank, as in a draft.
  const draft = vary(CONG_VAN, ['Số: 05/', 'Số:      /']);
  let client: LspClient;

  before(function () {
    client = new LspClient();
  });

  after(function () {
    client?.kill();
  });

  it('initializes with every capability', async function () {
    const result = await client.start({ docsBaseUri: DOCS_BASE.replace(/\/$/, '') });
    const caps = result.capabilities;
    assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.thethuc', 'quickfix.thethuc.ignore', 'quickfix.thethuc.disable']);
    assert.deepEqual(caps.executeCommandProvider.commands, ['thethuc.ignoreFinding', 'thethuc.disableRule', 'thethuc.fixAll']);
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.completionProvider.triggerCharacters.includes('/'));
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(result.serverInfo.name, 'thethuc-ls');
  });

  it('registers a watcher for .thethucrc.json when the client allows dynamic registration', async function () {
    const deadline = Date.now() + TIMEOUT_MS;
    while (!client.serverRequests.some((r) => r.method === 'client/registerCapability') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const registration = client.serverRequests.find((r) => r.method === 'client/registerCapability');
    assert.ok(registration, 'client/registerCapability');
    const [reg] = registration.params.registrations;
    assert.equal(reg.method, 'workspace/didChangeWatchedFiles');
    assert.deepEqual(reg.registerOptions.watchers, [{ globPattern: '**/.thethucrc.json' }]);
  });

  it('publishes diagnostics when a document opens, each linked to its rule page', async function () {
    const diagnostics = await client.open(uri, text);
    assertDiagnostics(diagnostics);
    assert.ok(diagnostics.length > 0, 'a document with no header gets findings');
    assert.ok(diagnostics.some((d) => d.code === 'quoc-hieu'), 'missing Quốc hiệu');
    for (const d of diagnostics) {
      assert.ok(RULES.some((r) => r.id === d.code), d.code);
      assert.equal(d.codeDescription?.href, `${DOCS_BASE}${d.code}.md`);
    }
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
    const diagnostics = published.params.diagnostics;
    assertDiagnostics(diagnostics);
    const intermediate = client.notifications.slice(from).filter((m) => diagnosticsFor(uri)(m) && m.params.version !== 4);
    assert.deepEqual(intermediate, [], 'edits within the debounce window are checked once');
    assert.ok(!diagnostics.some((d: any) => d.code === 'quoc-hieu'), 'the inserted Quốc hiệu is seen');
    assert.ok(!diagnostics.some((d: any) => d.code === 'tieu-ngu'), 'the inserted Tiêu ngữ is seen');
    assert.ok(!diagnostics.some((d: any) => d.code === 'so-ky-hieu' && /Thiếu số/.test(d.message)), 'the inserted Số line is seen');
  });

  it('places a diagnostic on the text it is about after an edit in the middle of a line', async function () {
    // v4 text: QH, TN, "Số: 12/UBND-VP", "Kính gửi: Sở Nội vụ", "Nội dung công văn."
    const from = client.notifications.length;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 5 },
      contentChanges: [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 6 } }, text: '5' }],
    });
    const diagnostics = await client.nextDiagnostics(uri, from);
    const zero = diagnostics.find((d: any) => d.code === 'so-ky-hieu' && /số 0/.test(d.message));
    assert.ok(zero, JSON.stringify(diagnostics.map((d: any) => d.message)));
    assert.deepEqual(zero.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 5 } });
  });

  it('answers code action requests with quick fixes that are valid edits', async function () {
    const last = [...client.notifications].reverse().find(diagnosticsFor(uri))!;
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
      context: { diagnostics: last.params.diagnostics, only: ['quickfix'] },
    });
    assert.ok(Array.isArray(actions) && actions.length > 0);
    const fixes = actions.filter((a: any) => a.kind === 'quickfix');
    assert.ok(fixes.length > 0, 'some quick fixes');
    for (const action of fixes) {
      assert.equal(typeof action.title, 'string');
      assert.equal(action.isPreferred, true);
      assertDiagnostics(action.diagnostics);
      const edits = action.edit.changes[uri];
      assert.ok(Array.isArray(edits) && edits.length > 0);
      for (const edit of edits) assert.equal(typeof edit.newText, 'string');
    }
    const zero = fixes.find((a: any) => a.title === 'Thêm số 0');
    assert.deepEqual(zero?.edit.changes[uri], [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 5 } }, newText: '05' }]);
  });

  it('turns the blank number from info into an error when the mode setting becomes final', async function () {
    const before = await client.open(draftUri, draft);
    const blank = before.find((d) => d.code === 'so-ky-hieu');
    assert.equal(blank?.severity, 3, 'info while drafting');
    const from = client.notifications.length;
    client.settings.set(draftUri, { mode: 'final', rules: {} });
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const after = await client.nextDiagnostics(draftUri, from);
    assert.equal(after.find((d) => d.code === 'so-ky-hieu')?.severity, 1, 'error before signing');
    // back to draft, and a rule set to off by the settings
    const from2 = client.notifications.length;
    client.settings.set(draftUri, { mode: 'draft', rules: { 'so-ky-hieu': 'off' } });
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const off = await client.nextDiagnostics(draftUri, from2);
    assert.ok(!off.some((d) => d.code === 'so-ky-hieu'), 'rule off in settings');
    client.settings.delete(draftUri);
  });

  it('answers thethuc/checkDocument in the mode asked for, with counts', async function () {
    const from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.nextDiagnostics(draftUri, from);
    const draftResult = await client.request('thethuc/checkDocument', { uri: draftUri, mode: 'draft' });
    const finalResult = await client.request('thethuc/checkDocument', { uri: draftUri, mode: 'final' });
    for (const r of [draftResult, finalResult]) {
      assert.ok(Array.isArray(r.findings));
      for (const f of r.findings) {
        assert.equal(typeof f.rule, 'string');
        assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity));
        assert.equal(typeof f.message, 'string');
        assert.ok(Number.isInteger(f.range.start.line));
      }
      const counted = { error: 0, warning: 0, info: 0, hint: 0 } as Record<string, number>;
      for (const f of r.findings) counted[f.severity]++;
      assert.deepEqual(r.counts, counted);
    }
    assert.equal(draftResult.findings.find((f: any) => f.rule === 'so-ky-hieu')?.severity, 'info');
    assert.equal(finalResult.findings.find((f: any) => f.rule === 'so-ky-hieu')?.severity, 'error');
    assert.ok(finalResult.counts.error > draftResult.counts.error);
    assert.deepEqual(finalResult.findings.find((f: any) => f.rule === 'so-ky-hieu').range, { start: { line: 4, character: 0 }, end: { line: 4, character: 10 } });
    await assert.rejects(client.request('thethuc/checkDocument', { uri: 'file:///khong/mo.txt', mode: 'final' }), /chưa được mở/);
    await assert.rejects(client.request('thethuc/checkDocument', { uri: draftUri, mode: 'chinh-thuc' }), /draft/);
  });

  it('reports a file over thethuc.maxFileSize instead of checking it, and follows setting changes', async function () {
    client.settings.set(bigUri, { mode: 'draft', rules: {}, maxFileSize: 100 });
    const diagnostics = await client.open(bigUri, text.repeat(20));
    assertDiagnostics(diagnostics);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'tep-qua-lon');
    assert.match(diagnostics[0].message, /quá lớn/);
    assert.equal(diagnostics[0].codeDescription, undefined, 'no rule page for the size note');
    const summary = await client.request('thethuc/checkDocument', { uri: bigUri, mode: 'final' });
    assert.deepEqual(summary.findings.map((f: any) => f.rule), ['tep-qua-lon']);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: bigUri } }), []);

    // Raising the limit: the server asks for settings again and checks the file.
    const from = client.notifications.length;
    client.settings.set(bigUri, { mode: 'draft', rules: {}, maxFileSize: 1_000_000 });
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const again = await client.nextDiagnostics(bigUri, from);
    assertDiagnostics(again);
    assert.ok(again.length > 0 && again.every((d: any) => d.code !== 'tep-qua-lon'));
  });

  it('clears diagnostics when a document closes', async function () {
    const from = client.notifications.length;
    client.notify('textDocument/didClose', { textDocument: { uri: bigUri } });
    const cleared = await client.waitFor(diagnosticsFor(bigUri), from, 'diagnostics cleared on close');
    assert.deepEqual(cleared.params.diagnostics, []);
  });

  it('shuts down and exits', async function () {
    assert.equal(await client.shutdown(), 0, client.stderr);
  });
});

describe('language server (IPC, as VS Code starts it)', function () {
  this.timeout(2 * TIMEOUT_MS);

  it('answers initialize over node IPC and links diagnostics to the docs shipped beside the server', async function () {
    const proc = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    try {
      const messages: any[] = [];
      proc.on('message', (m: any) => messages.push(m));
      const waitFor = (test: (m: any) => boolean, what: string) =>
        withTimeout(
          new Promise<any>((resolve) => {
            const look = () => {
              const found = messages.find(test);
              if (found) resolve(found);
              else setTimeout(look, 10);
            };
            look();
          }),
          what,
        );
      proc.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
      const answer = await waitFor((m) => m.id === 1, 'initialize over IPC');
      assert.equal(answer.result.serverInfo.name, 'thethuc-ls');
      proc.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
      const uri = 'file:///tmp/thethuc-ipc/cong-van.txt';
      proc.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'Kính gửi: Sở Nội vụ\nNội dung.\n' } } });
      const published = await waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 'diagnostics over IPC');
      const d = published.params.diagnostics.find((x: any) => x.code === 'quoc-hieu');
      // No docsBaseUri: the docs/rules folder beside dist/ (the repository's, as packaged).
      assert.equal(d.codeDescription.href, pathToFileURL(resolve(SERVER, '../../docs/rules/quoc-hieu.md')).href);
      // a client without hierarchical symbol support gets a flat list
      proc.send({ jsonrpc: '2.0', id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } });
      const symbols = (await waitFor((m) => m.id === 2, 'document symbols over IPC')).result;
      assert.ok(symbols.some((x: any) => x.name === 'Kính gửi'));
      for (const x of symbols) assert.equal(x.location.uri, uri);
    } finally {
      proc.kill();
    }
  });
});
