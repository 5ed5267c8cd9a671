/**
 * The language server under load (issue #5): 2,000 incremental edits written as fast as the pipe takes
 * them, with completion and hover requests among them. Every request is answered within a generous
 * bound, the last diagnostics equal a fresh check of the final text by the engine, and the server's
 * memory (VmRSS) settles. Prints the figures.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../server/src/engine';
import { generateDraft, random } from '../../scripts/gen-draft';
import { KNOWN_BUGS, seeds } from './fuzz';
import { diagnosticsFor, LspClient, METHOD_NOT_FOUND, type Answer } from './lsp';

const EDITS = 2_000;
/** Every request must be answered within this, however busy the server (generous: 2 shared cores). */
const ANSWER_MS = 30_000;
/** The server's resident memory must stay under this. */
const RSS_BOUND_MIB = 500;

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

const TYPED = [...'aăâeêioôơuưyđ nhtcgmk,.ạảấờữỹ'];

/** What typing looks like: characters at a moving cursor, backspaces, new lines, pasted lines, cuts. */
function edit(doc: TextDocument, cursor: number, r: () => number, pastes: string[]): { change: { range: any; text: string }; cursor: number } {
  const text = doc.getText();
  const k = r();
  let start = Math.min(cursor, text.length);
  let end = start;
  let insert = '';
  if (k < 0.6) insert = TYPED[Math.floor(r() * TYPED.length)].normalize(r() < 0.05 ? 'NFD' : 'NFC');
  else if (k < 0.75) start = Math.max(0, start - 1); // backspace
  else if (k < 0.82) insert = r() < 0.5 ? '\n' : '\r\n';
  else if (k < 0.9) insert = pastes[Math.floor(r() * pastes.length)];
  else if (k < 0.95) end = Math.min(text.length, start + Math.floor(r() * 200)); // cut
  else start = end = Math.floor(r() * (text.length + 1)); // click elsewhere and type
  // Never split a CRLF or a surrogate pair: an editor does not.
  const fix = (o: number) => (o > 0 && o < text.length && ((text[o - 1] === '\r' && text[o] === '\n') || /[\uD800-\uDBFF]/.test(text[o - 1])) ? o - 1 : o);
  start = fix(start);
  end = Math.max(start, fix(end));
  return { change: { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert }, cursor: start + insert.length };
}

/** The diagnostics the server must publish for `text`: the engine's findings, placed as the server places them. */
function expectedDiagnostics(uri: string, text: string) {
  const doc = TextDocument.create(uri, 'vanban', 0, text);
  return check(text, { config: { mode: 'draft', rules: {} } }).findings.map((f) => ({
    code: f.rule,
    severity: SEVERITY[f.severity],
    message: f.message,
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
  }));
}

const key = (d: { code: unknown; severity?: number; message: string; range: any }) =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`;

describe('stress: the language server under load', function () {
  this.timeout(180_000);
  let client: LspClient;
  let dir: string;

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-ls-load-'));
    client = new LspClient();
    await client.initialize();
  });

  after(function () {
    client?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`${EDITS.toLocaleString('en-US')} incremental edits as fast as the pipe takes them, with completion and hover: all answered, final diagnostics exact, memory settles`, async function () {
    const uri = pathToFileURL(join(dir, 'ke-hoach.vanban')).href;
    // A 40,000-character kế hoạch: long enough that every check costs something.
    const start = generateDraft({ chars: 40_000, seed: 21 });
    let doc = TextDocument.create(uri, 'vanban', 1, start);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text: start } });
    await client.waitFor(diagnosticsFor(uri, 1), 0, ANSWER_MS, 'diagnostics on open');
    const rssOpen = client.rssMiB();

    const r = random(4_2026);
    const pastes = [...seeds().flatMap((s) => s.text.split('\n').slice(0, 40)), 'Số: 12/KH-UBND\n', 'Kính gửi:\n- Sở Tài chính;\n', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n'].filter((l) => l.length > 0);
    const answers: Promise<Answer>[] = [];
    let cursor = Math.floor(start.length / 2);
    let backpressure = 0;
    const t0 = Date.now();
    for (let n = 0; n < EDITS; n++) {
      const version = doc.version + 1;
      const step = edit(doc, cursor, r, pastes);
      cursor = step.cursor;
      doc = TextDocument.update(doc, [step.change], version);
      const room = client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [step.change] });
      if (n % 10 === 9) {
        // Completion where the cursor is, hover somewhere: what an editor asks while one types.
        const position = doc.positionAt(Math.min(cursor, doc.getText().length));
        const method = n % 20 === 9 ? 'textDocument/completion' : 'textDocument/hover';
        answers.push(client.request(method, { textDocument: { uri }, position }, ANSWER_MS));
      }
      // As fast as the pipe takes them: wait only when the pipe asks to.
      if (!room) {
        backpressure++;
        await client.drain();
      }
    }
    const sentMs = Date.now() - t0;
    const finalText = doc.getText();
    const finalVersion = doc.version;

    const settled = await Promise.all(answers);
    const answeredMs = Date.now() - t0;
    assert.equal(settled.length, EDITS / 10);
    for (const a of settled) {
      assert.ok(a.error === undefined || a.error.code === METHOD_NOT_FOUND || a.error.code === -32801 /* ContentModified */ || a.error.code === -32800 /* RequestCancelled */, `${a.method}: ${a.error?.code} ${a.error?.message}`);
      assert.ok(a.ms < ANSWER_MS, `${a.method} took ${a.ms} ms`);
    }
    const slowest = Math.max(...settled.map((a) => a.ms));
    const median = settled.map((a) => a.ms).sort((a, b) => a - b)[settled.length >> 1];

    // The last diagnostics are those of the final version, and equal a fresh check of the final text.
    const last = await client.waitFor(diagnosticsFor(uri, finalVersion), 0, ANSWER_MS, `diagnostics of version ${finalVersion}`);
    const rssAfter = client.rssMiB();
    const knownBug = KNOWN_BUGS.some((b) => {
      try {
        check(finalText);
        return false;
      } catch (err) {
        return b.matches(finalText, err as Error);
      }
    });
    if (!knownBug) {
      const got = (last.params.diagnostics as any[]).map(key).sort();
      const want = expectedDiagnostics(uri, finalText).map(key).sort();
      assert.deepEqual(got, want, 'the final diagnostics differ from a fresh check of the final text');
    }
    // Nothing published after the final version's diagnostics is for an older version.
    const published = client.notifications.filter(diagnosticsFor(uri));
    const lastIndex = published.indexOf(last);
    assert.ok(published.slice(lastIndex + 1).every((m) => m.params.version === finalVersion), 'stale diagnostics after the final ones');

    // Memory: after a pause the server gives back what the burst took, or at least stays bounded.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const rssRest = client.rssMiB();
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }, ANSWER_MS);
    assert.ok(hover.error === undefined || hover.error.code === METHOD_NOT_FOUND, 'still answering after the burst');

    const mib = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(1)} MiB`);
    console.log(
      `      ${EDITS} edits + ${settled.length} requests written in ${sentMs} ms (pipe full ${backpressure} times), all answered after ${answeredMs} ms; ` +
        `answer median ${median.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms; ${published.length} diagnostics publications; ` +
        `final text ${finalText.length.toLocaleString('en-US')} chars, ${(last.params.diagnostics as any[]).length} diagnostics`,
    );
    console.log(`      server VmRSS: after open ${mib(rssOpen)}, after the burst ${mib(rssAfter)}, after a 3 s pause ${mib(rssRest)} (bound ${RSS_BOUND_MIB} MiB)`);
    for (const v of [rssOpen, rssAfter, rssRest]) if (v !== null) assert.ok(v < RSS_BOUND_MIB, `server RSS ${v.toFixed(1)} MiB`);
    // Settles: idle, it does not keep growing.
    if (rssAfter !== null && rssRest !== null) assert.ok(rssRest <= rssAfter + 32, `RSS grew while idle: ${mib(rssAfter)} → ${mib(rssRest)}`);
    assert.equal(client.loggedErrors().length, knownBug ? client.loggedErrors().length : 0, client.loggedErrors().join('\n'));
    assert.equal(await client.stop(), 0, client.stderr);
  });
});
