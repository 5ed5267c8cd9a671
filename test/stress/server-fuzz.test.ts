/**
 * Fuzzing the language server over stdio (issue #5): hundreds of fuzzed texts sent as full and
 * incremental changes, documents opened with odd texts, malformed bytes on the wire, and a 10 MB
 * document. After each, the server must answer the next request (a result, or an error such as
 * MethodNotFound for what it does not offer), every range it sends must lie in the text, and at the
 * end it must still shut down cleanly.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateDraft, random } from '../../scripts/gen-draft';
import { before as notAfter, checkBoth, fuzzTexts, KNOWN_BUGS, lineLengths, oddTexts, positionInBounds, seeds } from './fuzz';
import { diagnosticsFor, LspClient, type Answer } from './lsp';

/** A request must be answered within this (generous: the machine is shared and has 2 cores). */
const ANSWER_MS = 20_000;

interface Pos {
  line: number;
  character: number;
}
interface Range {
  start: Pos;
  end: Pos;
}

function assertRangeIn(text: string, range: Range, what: string): void {
  const lengths = lineLengths(text);
  assert.ok(
    range && positionInBounds(lengths, range.start) && positionInBounds(lengths, range.end) && notAfter(range.start, range.end),
    `${what}: range ${JSON.stringify(range)} outside the text (${lengths.length} lines)`,
  );
}

/** Checks the ranges in any answer we know the shape of; other answers only need to exist. */
function assertAnswerInBounds(answer: Answer, text: string, uri: string): void {
  if (answer.error) {
    assert.equal(typeof answer.error.code, 'number');
    return;
  }
  const r = answer.result;
  if (answer.method === 'textDocument/hover' && r?.range) assertRangeIn(text, r.range, 'hover');
  if (answer.method === 'textDocument/documentSymbol' && Array.isArray(r)) {
    const walk = (symbols: any[]): void => {
      for (const s of symbols) {
        const range = s.range ?? s.location?.range;
        if (range) assertRangeIn(text, range, `symbol ${s.name}`);
        if (s.selectionRange) assertRangeIn(text, s.selectionRange, `symbol ${s.name} selection`);
        if (Array.isArray(s.children)) walk(s.children);
      }
    };
    walk(r);
  }
  if (answer.method === 'textDocument/codeAction' && Array.isArray(r)) {
    for (const action of r) {
      for (const edit of action.edit?.changes?.[uri] ?? []) assertRangeIn(text, edit.range, `code action "${action.title}"`);
    }
  }
  if (answer.method === 'textDocument/completion') {
    const items = Array.isArray(r) ? r : (r?.items ?? []);
    for (const item of items) {
      const range = item.textEdit?.range ?? item.textEdit?.insert;
      if (range) assertRangeIn(text, range, `completion "${item.label}"`);
    }
  }
  if (answer.method === 'textDocument/foldingRange' && Array.isArray(r)) {
    const lines = lineLengths(text).length;
    for (const f of r) assert.ok(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lines, `folding range ${JSON.stringify(f)}`);
  }
}

/** The requests an editor sends while one types, in turn; unsupported ones must still be answered. */
const REQUESTS = ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/codeAction', 'textDocument/foldingRange', 'workspace/symbol'];

/** A valid position: a random offset of the text (never between CR and LF); now and then one past the line's end. */
function randomPosition(doc: TextDocument, r: () => number): { position: Pos; valid: boolean } {
  const text = doc.getText();
  let offset = Math.floor(r() * (text.length + 1));
  if (text[offset - 1] === '\r' && text[offset] === '\n') offset--;
  const position = doc.positionAt(offset);
  if (r() < 0.1) return { position: { line: position.line, character: position.character + 1 + Math.floor(r() * 50) }, valid: false };
  return { position, valid: true };
}

/** Params of `method` for the document; `valid` is false when the position is past the end of its line. */
function requestParams(method: string, uri: string, doc: TextDocument, r: () => number): { params: unknown; valid: boolean } {
  const lines = doc.lineCount;
  const { position, valid } = randomPosition(doc, r);
  switch (method) {
    case 'textDocument/hover':
    case 'textDocument/completion':
      return { params: { textDocument: { uri }, position }, valid };
    case 'textDocument/codeAction': {
      const end = doc.positionAt(doc.getText().length);
      return { params: { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end }, context: { diagnostics: [] } }, valid: true };
    }
    case 'workspace/symbol':
      return { params: { query: 'Điều' }, valid: true };
    default:
      return { params: { textDocument: { uri } }, valid: true };
  }
}

/** A random incremental change of `doc`: positions anywhere, even past the end or inside a CRLF. */
function randomChange(doc: TextDocument, r: () => number, insert: string): { range: Range; text: string } {
  const text = doc.getText();
  const a = Math.floor(r() * (text.length + 1));
  const b = Math.min(text.length, a + Math.floor(r() * 30));
  const range = { start: doc.positionAt(a), end: doc.positionAt(b) };
  if (r() < 0.05) range.end = { line: doc.lineCount + 3, character: 7 }; // past the end: clamped by the protocol library
  return { range, text: insert };
}

describe('stress: fuzzing the language server over stdio', function () {
  this.timeout(150_000);
  let client: LspClient;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
  /** Documents that were sent a text hitting a known engine bug: the server may log that bug for them. */
  const knownBugUris = new Set<string>();
  const noteKnownBug = (uri: string, text: string): void => {
    if (checkBoth(text).known.length > 0) knownBugUris.add(uri);
  };

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-ls-fuzz-'));
    client = new LspClient();
    const init = await client.initialize();
    assert.ok(init.capabilities.textDocumentSync, 'the server syncs documents');
  });

  after(function () {
    client?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('250 fuzzed versions of one document, full and incremental: every request answered, every range in bounds', async function () {
    const r = random(20261124);
    const uri = uriOf('nhap.vanban');
    const first = seeds()[0].text;
    let doc = TextDocument.create(uri, 'vanban', 1, first);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text: first } });
    const opened = await client.waitFor(diagnosticsFor(uri, 1), 0, ANSWER_MS, 'diagnostics on open');
    for (const d of opened.params.diagnostics) assertRangeIn(first, d.range, `diagnostic ${d.code}`);

    let n = 0;
    let published = 0;
    for (const { name, text } of fuzzTexts(250, 88)) {
      const version = doc.version + 1;
      let changes: { range?: Range; text: string }[];
      if (n % 3 === 0) {
        changes = [{ text }];
      } else {
        // Up to four edits in one notification, each placed in the text the previous ones left.
        changes = [];
        let scratch = doc;
        for (let k = 0; k <= Math.floor(r() * 4); k++) {
          const piece = text.slice(Math.floor(r() * text.length)).slice(0, Math.floor(r() * 50));
          const change = randomChange(scratch, r, piece);
          changes.push(change);
          scratch = TextDocument.update(TextDocument.create(uri, 'vanban', 0, scratch.getText()), [change], version);
        }
      }
      doc = TextDocument.update(doc, changes, version);
      noteKnownBug(uri, doc.getText());
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      const method = REQUESTS[n % REQUESTS.length];
      const { params, valid } = requestParams(method, uri, doc, r);
      const answer = await client.request(method, params, ANSWER_MS);
      assert.ok(client.alive, `the server died after ${name}\n${client.stderr}`);
      assert.notEqual(answer.error?.message, 'server exited', `${name}: ${client.stderr}`);
      // A position past the end of its line only needs an answer (the protocol lets a server clamp it).
      if (valid) {
        try {
          assertAnswerInBounds(answer, doc.getText(), uri);
        } catch (err) {
          throw new Error(`${(err as Error).message}\n${method} ${JSON.stringify(params)} on ${JSON.stringify(doc.getText().slice(0, 300))}`);
        }
      }
      if (n % 25 === 24) {
        // Let the debounce run out and read the diagnostics of this very version.
        const from = client.notifications.length;
        const diags = await client.waitFor(diagnosticsFor(uri, version), from, ANSWER_MS, `diagnostics of version ${version}`);
        for (const d of diags.params.diagnostics) assertRangeIn(doc.getText(), d.range, `${name}: diagnostic ${d.code}`);
        published++;
      }
      n++;
    }
    assert.equal(n, 250);
    assert.equal(published, 10);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('documents opened with odd texts (empty, lone CRs, lone surrogates, NUL, RTL, combining marks) get in-bounds diagnostics', async function () {
    const texts = [...oddTexts(random(5)), generateDraft({ chars: 3000, seed: 2 }).replace(/\n/g, '\r')];
    for (const [i, text] of texts.entries()) {
      const uri = uriOf(`la-${i}.txt`);
      noteKnownBug(uri, text);
      const from = client.notifications.length;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      const diags = await client.waitFor(diagnosticsFor(uri, 1), from, ANSWER_MS, `diagnostics of odd text #${i}`);
      // What the server holds is the JSON string decoded: lone surrogates survive JSON.stringify as escapes.
      for (const d of diags.params.diagnostics) assertRangeIn(text, d.range, `odd text #${i}: diagnostic ${d.code}`);
      const answer = await client.request('textDocument/documentSymbol', { textDocument: { uri } }, ANSWER_MS);
      assertAnswerInBounds(answer, text, uri);
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
  });

  it('a draft the engine cannot parse (a known engine bug, if still there) does not take the server down', async function () {
    const uri = uriOf('so-thuong.txt');
    const text = 'UBND TỈNH LẠNG SƠN\nsố: 12/UBND-VP\nKính gửi: Sở Tài chính\n';
    noteKnownBug(uri, text);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const answer = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } }, ANSWER_MS);
    assert.ok(client.alive, client.stderr);
    assertAnswerInBounds(answer, text, uri);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('raw invalid UTF-8 and binary bytes inside a didOpen, and unknown methods, leave the server answering', async function () {
    const uri = uriOf('nhi-phan.txt');
    // A JSON body whose text string carries raw bytes that are not UTF-8, and binary data as escapes.
    const head = Buffer.from(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${uri}","languageId":"plaintext","version":1,"text":"Số: 01`, 'utf8');
    const body = Buffer.concat([head, Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x80]), Buffer.from('\\u0000\\u0001\\u001b\\ud800 PNG\\r\\n"}}}', 'utf8')]);
    const from = client.notifications.length;
    client.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    const diags = await client.waitFor(diagnosticsFor(uri, 1), from, ANSWER_MS, 'diagnostics of the binary document');
    assert.ok(Array.isArray(diags.params.diagnostics));
    // What the server decoded is not known exactly (invalid bytes become U+FFFD): check lines only.
    for (const d of diags.params.diagnostics) assert.ok(d.range.start.line >= 0 && d.range.end.line <= 1, JSON.stringify(d.range));

    // An unknown request gets an error, an unknown notification nothing; the server goes on.
    const unknown = await client.request('thethuc/khongCo', { x: 1 }, ANSWER_MS);
    assert.ok(unknown.error, 'an unknown request gets an error');
    client.notify('thethuc/khongCoThongBao', { x: 1 });
    client.notify('$/cancelRequest', { id: 999_999 });
    // Requests about documents that were never opened.
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/codeAction']) {
      const answer = await client.request(method, requestParams(method, uriOf('chua-mo.txt'), TextDocument.create('x', 'x', 1, ''), random(1)).params, ANSWER_MS);
      assert.ok(client.alive);
      assert.ok(answer.error || answer.result === null || Array.isArray(answer.result) || typeof answer.result === 'object', method);
    }
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('a 10 MB document gets one "too large" diagnostic (thethuc.maxFileSize), and is checked once it shrinks', async function () {
    const uri = uriOf('muoi-mb.txt');
    let big = '';
    const chunk = seeds().map((s) => s.text).join('\n');
    while (Buffer.byteLength(big, 'utf8') < 10 * 1024 * 1024) big += chunk;
    let from = client.notifications.length;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: big } });
    await client.drain();
    const diags = await client.waitFor(diagnosticsFor(uri, 1), from, 60_000, 'diagnostics of the 10 MB document');
    assert.equal(diags.params.diagnostics.length, 1, JSON.stringify(diags.params.diagnostics.map((d: any) => d.code)));
    assert.equal(diags.params.diagnostics[0].code, 'tep-qua-lon');
    assert.match(diags.params.diagnostics[0].message, /quá lớn/);
    // Requests on it are answered too.
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol']) {
      const answer = await client.request(method, requestParams(method, uri, TextDocument.create(uri, 'plaintext', 1, big), random(2)).params, ANSWER_MS);
      assert.ok(client.alive && answer, method);
    }
    // Cut down to one seed: checked normally.
    from = client.notifications.length;
    const small = seeds()[1].text;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: small }] });
    const after = await client.waitFor(diagnosticsFor(uri, 2), from, ANSWER_MS, 'diagnostics after shrinking');
    assert.ok(after.params.diagnostics.length > 0 && after.params.diagnostics.every((d: any) => d.code !== 'tep-qua-lon'));
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('after all that, logged no internal error (but the known engine bug) and shuts down with exit code 0', async function () {
    const fromKnownBugs = (m: string) => [...knownBugUris].some((u) => m.includes(u)) && KNOWN_BUGS.some((b) => b.matches('số:', new TypeError(/TypeError: (.*)/.exec(m)?.[1] ?? '')));
    const errors = client.loggedErrors();
    const unexplained = errors.filter((m) => !fromKnownBugs(m));
    if (errors.length > unexplained.length) console.log(`      the server logged ${errors.length - unexplained.length} errors of known engine bugs, and stayed up`);
    assert.deepEqual(unexplained.map((m) => m.slice(0, 400)), []);
    assert.equal(await client.stop(), 0, client.stderr);
  });
});
