/**
 * The language server under load (issue #5): 2,000 incremental edits written as fast as the pipe takes
 * them, with completion and hover requests among them. Every request is answered within a generous
 * bound, the last diagnostics equal a fresh check of the final text by the engine, and the server's
 * memory (VmRSS) settles. Prints the figures.
 *
 * And under attack (issue 12): "Sửa tất cả" with 150,000 edits, a million zero-width characters, a
 * document version going backwards, a hostile .thethucrc.json, the shapes that overflowed the stack.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../server/src/engine';
import { generateDraft, random } from '../../scripts/gen-draft';
import { hostileTexts, KNOWN_BUGS, seeds } from './fuzz';
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

describe('stress: the language server under attack (issue 12)', function () {
  // each case is bounded well under 10 s; the bound is for a loaded CI machine
  this.timeout(20_000);
  let client: LspClient;
  let dir: string;
  const hostile = new Map(hostileTexts().map((h) => [h.name, h]));
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
  const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

  async function open(name: string, text: string, timeoutMs = 15_000) {
    const uri = uriOf(name);
    const from = client.notifications.length;
    const t0 = Date.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const published = await client.waitFor(diagnosticsFor(uri, 1), from, timeoutMs, `diagnostics of ${name}`);
    return { uri, diagnostics: published.params.diagnostics as any[], ms: Date.now() - t0 };
  }

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-ls-attack-'));
    client = new LspClient();
    // 3 MB drafts are checked here (the default limit is 2 MB)
    client.defaultSettings = { mode: 'draft', rules: {}, maxFileSize: 10_000_000 };
    await client.initialize();
  });

  after(function () {
    client?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('1,000,000 zero-width characters in lines: checked and fixed with bounded memory', async function () {
    const text = ('\u200B'.repeat(99) + '\n').repeat(10_101);
    const { uri, ms } = await open('zw-1m.txt', text);
    const answer = await client.request('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } }, 15_000);
    assert.equal(answer.error, undefined);
    assert.equal((answer.result?.[0]?.edit?.changes?.[uri] as any[]).length, 10_101, 'one deletion a run');
    const rss = client.rssMiB();
    console.log(`      1,000,000 zero-width characters: diagnostics after ${ms} ms, "Sửa tất cả" after ${answer.ms.toFixed(0)} ms, server VmRSS ${rss?.toFixed(0) ?? 'n/a'} MiB`);
    // a fresh server: it was ~300 bytes a character (454 MB), and "Sửa tất cả" gave no answer
    if (rss !== null) assert.ok(rss < 200, `${rss.toFixed(0)} MiB`);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('"Sửa tất cả" is linear in its edits: 5,000 / 20,000 / 150,000 zero-width characters (one a line) all answered, the server still answering meanwhile', async function () {
    const times: string[] = [];
    for (const n of [5_000, 20_000, 150_000]) {
      const { uri } = await open(`zw-${n}.txt`, 'a\u200B\n'.repeat(n));
      const fix = client.request('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } }, 15_000);
      // another request behind it is answered too
      const hover = client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }, 15_000);
      const [answer, after] = await Promise.all([fix, hover]);
      assert.equal(answer.error, undefined, answer.error?.message);
      assert.ok(after.error === undefined || after.error.code === METHOD_NOT_FOUND);
      const edits = answer.result?.[0]?.edit?.changes?.[uri] as any[];
      assert.equal(edits.length, n, 'one deletion a line');
      assert.match(answer.result[0].title, /^Sửa tất cả \(1 lỗi sửa được\)$/);
      times.push(`${n.toLocaleString('en-US')}: ${answer.ms.toFixed(0)} ms`);
      // quadratic, 150,000 edits gave no answer in 15 s; linear, a few hundred milliseconds
      assert.ok(answer.ms < 10_000, `${n} edits: ${answer.ms} ms`);
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    console.log(`      "Sửa tất cả" answered after ${times.join(', ')}`);
  });

  it('a version going backwards (or repeated) is ignored with a warning; the next one is applied', async function () {
    const uri = uriOf('phien-ban.txt');
    const seed = seeds()[0].text;
    const typo = seed.replace('Kính gửi:', 'Kính gửi'); // a finding only this text has
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: seed } });
    client.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: typo }] });
    const from = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: seed }] });
    client.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: 'rỗng' }] });
    const checked = await client.request('thethuc/checkDocument', { uri, mode: 'draft' }, 15_000);
    assert.equal(checked.error, undefined, checked.error?.message);
    const rules = (checked.result.findings as { rule: string; message: string }[]).filter((f) => f.rule === 'kinh-gui');
    assert.ok(rules.length > 0, 'the text of version 5 is kept (its missing colon is reported)');
    const warnings = client.notifications.slice(from).filter((m) => m.method === 'window/logMessage' && m.params.type === 2).map((m) => String(m.params.message));
    assert.ok(warnings.some((w) => w.includes('phiên bản 3 không mới hơn phiên bản 5')), warnings.join('\n'));
    assert.ok(warnings.some((w) => w.includes('phiên bản 5 không mới hơn phiên bản 5')), warnings.join('\n'));
    const next = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 6 }, contentChanges: [{ text: seed }] });
    const published = await client.waitFor(diagnosticsFor(uri, 6), next, 15_000, 'diagnostics of version 6');
    assert.ok(!(published.params.diagnostics as any[]).some((d) => d.code === 'kinh-gui' && /dấu hai chấm/.test(d.message)), 'version 6 applied');
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('a hostile .thethucrc.json beside the document (a backtracking glob, a link to a FIFO) does not block the server', async function () {
    writeFileSync(join(dir, '.thethucrc.json'), JSON.stringify({ overrides: [{ files: ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', '**/'.repeat(10) + 'x.txt'], rules: { 'so-ky-hieu': 'off' } }] }));
    const long = await open('a'.repeat(240) + '.txt', seeds()[0].text);
    assert.ok(long.ms < 10_000, `${long.ms} ms`);
    assert.ok(long.diagnostics.some((d) => d.code === 'so-ky-hieu'), 'no pattern matches: the rule stays on');
    const fifoDir = join(dir, 'ong');
    mkdirSync(fifoDir);
    if (process.platform !== 'win32' && spawnSync('mkfifo', [join(fifoDir, 'fifo')]).status === 0) {
      symlinkSync(join(fifoDir, 'fifo'), join(fifoDir, '.thethucrc.json'));
      const { diagnostics, ms } = await open(join('ong', 'b.txt'), seeds()[0].text);
      const note = diagnostics.find((d) => d.code === 'cau-hinh');
      assert.ok(note, `a config note: ${diagnostics.map((d) => d.code).join(' ')}`);
      assert.ok(note.message.includes(join(fifoDir, '.thethucrc.json')) && /FIFO/.test(note.message), note.message);
      assert.ok(ms < 10_000, `${ms} ms`);
    }
  });

  for (const shape of ['Kính gửi with 200,000 recipients', 'a signature block followed by 130,000 title lines']) {
    it(`${shape}: completion, hover, symbols and code actions answered`, async function () {
      const { text } = hostile.get(shape)!;
      const { uri, ms } = await open(shape.startsWith('Kính gửi') ? 'kinh-gui.txt' : 'chu-ky.txt', text);
      const doc = TextDocument.create(uri, 'plaintext', 1, text);
      const body = doc.positionAt(text.indexOf('Thực hiện Công văn'));
      const times: string[] = [`diagnostics ${ms} ms`];
      for (const [method, params] of [
        ['textDocument/completion', { textDocument: { uri }, position: body }],
        ['textDocument/hover', { textDocument: { uri }, position: body }],
        ['textDocument/documentSymbol', { textDocument: { uri } }],
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: body, end: body }, context: { diagnostics: [] } }],
      ] as const) {
        const answer = await client.request(method, params, 15_000);
        assert.ok(answer.error === undefined || answer.error.code === METHOD_NOT_FOUND, `${method}: ${answer.error?.message}`);
        times.push(`${method.split('/')[1]} ${answer.ms.toFixed(0)} ms`);
      }
      console.log(`      ${shape}: ${times.join(', ')}`);
      client.notify('textDocument/didClose', { textDocument: { uri } });
    });
  }

  it('after all that, logged no error and shuts down with exit code 0', async function () {
    assert.deepEqual(client.loggedErrors().map((m) => m.slice(0, 300)), []);
    assert.equal(await client.stop(), 0, client.stderr);
  });
});
