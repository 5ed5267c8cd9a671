/**
 * Protocol test of the code actions and commands, on files in a temporary folder: quick fixes,
 * "Sửa tất cả" (source.fixAll.thethuc and the thethuc.fixAll command), "Bỏ qua lỗi này" and
 * "Tắt quy tắc … cho tệp này / cho cả thư mục" writing .thethucrc.json, an invalid config, config
 * file changes, and the precedence of the config file and the settings.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, check } from '../server/src/engine';
import { findConfig } from '../server/src/engine/config/load';
import { CONG_VAN, vary } from './helpers';
import { LspClient, TIMEOUT_MS, positionOf } from './lsp-harness';

// A công văn with fixable findings (tieu-ngu, so-ky-hieu ×2, ket-thuc), one with only a suggestion
// (lap-tu: never applied in bulk) and one with neither (thoi-han).
const TEXT = vary(
  CONG_VAN,
  ['Số: 05/', 'Số 5/'],
  ['Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc'],
  ['Rà soát, tổng hợp kết quả', 'Rà soát, tổng hợp các các kết quả'],
  ['phối hợp thực hiện./.', 'phối hợp thực hiện.'],
  ['trước ngày 20/3/2026', 'trước ngày 20/3/2025'],
);

const codes = (diagnostics: any[]) => diagnostics.map((d) => d.code);

describe('language server: code actions and commands', function () {
  this.timeout(4 * TIMEOUT_MS);

  let root: string;
  let client: LspClient;
  let uri: string;
  let folder: string;
  let diagnostics: any[];

  before(async function () {
    root = mkdtempSync(join(tmpdir(), 'thethuc-ls-'));
    assert.equal(findConfig(root), null, `a .thethucrc.json above ${root} would change these tests`);
    folder = join(root, 'du-thao');
    mkdirSync(folder);
    const file = join(folder, 'cong-van.txt');
    writeFileSync(file, TEXT);
    uri = pathToFileURL(file).href;
    client = new LspClient();
    await client.start();
  });

  after(function () {
    client?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  const actionsAt = (docUri: string, range: any, only?: string[]) =>
    client.request('textDocument/codeAction', { textDocument: { uri: docUri }, range, context: { diagnostics: [], only } });

  it('publishes the findings of the draft', async function () {
    diagnostics = await client.open(uri, TEXT);
    for (const rule of ['tieu-ngu', 'so-ky-hieu', 'lap-tu', 'thoi-han', 'ket-thuc']) assert.ok(codes(diagnostics).includes(rule), rule);
  });

  it('offers each fix as a preferred quick fix with its edit', async function () {
    const line = positionOf(TEXT, 'Số 5/').line;
    const actions = await actionsAt(uri, { start: { line, character: 0 }, end: { line, character: 12 } }, ['quickfix']);
    const fixes = actions.filter((a: any) => a.kind === 'quickfix' && a.edit);
    assert.deepEqual(fixes.map((a: any) => a.title).sort(), ['Thêm dấu hai chấm', 'Thêm số 0']);
    const doc = TextDocument.create(uri, 'vanban', 1, TEXT);
    for (const a of fixes) {
      assert.equal(a.isPreferred, true);
      assert.equal(a.diagnostics[0].code, 'so-ky-hieu');
    }
    const colon = fixes.find((a: any) => a.title === 'Thêm dấu hai chấm');
    assert.ok(TextDocument.applyEdits(doc, colon.edit.changes[uri]).includes('\nSố: 5/STC-QLNS\n'));
    const zero = fixes.find((a: any) => a.title === 'Thêm số 0');
    assert.ok(TextDocument.applyEdits(doc, zero.edit.changes[uri]).includes('\nSố 05/STC-QLNS\n'));
    // the source action is not a quick fix
    assert.ok(!actions.some((a: any) => a.kind === 'source.fixAll.thethuc'));
  });

  it('offers a suggestion as a quick fix that is not preferred (never applied by auto fix)', async function () {
    const line = positionOf(TEXT, 'các các').line;
    const actions = await actionsAt(uri, { start: { line, character: 0 }, end: { line, character: 40 } }, ['quickfix']);
    const s = actions.find((a: any) => a.kind === 'quickfix' && a.diagnostics[0].code === 'lap-tu');
    assert.ok(s, 'lap-tu offers its suggestion');
    assert.equal(s.title, 'Bỏ phần lặp');
    assert.ok(!s.isPreferred);
    const doc = TextDocument.create(uri, 'vanban', 1, TEXT);
    assert.ok(TextDocument.applyEdits(doc, s.edit.changes[uri]).includes('tổng hợp các kết quả'));
  });

  it('offers "Sửa tất cả" as source.fixAll.thethuc: every compatible fix in one edit', async function () {
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const only of [['source.fixAll'], ['source'], ['source.fixAll.thethuc']]) {
      const actions = await actionsAt(uri, whole, only);
      assert.equal(actions.length, 1, `only ${only}`);
      assert.equal(actions[0].kind, 'source.fixAll.thethuc');
    }
    const [action] = await actionsAt(uri, whole, ['source.fixAll']);
    assert.match(action.title, /^Sửa tất cả \(4 lỗi sửa được\)$/);
    const doc = TextDocument.create(uri, 'vanban', 1, TEXT);
    const fixed = TextDocument.applyEdits(doc, action.edit.changes[uri]);
    // the same fixes as the CLI's first round
    assert.equal(fixed, applyFixes(TEXT, check(TEXT).findings).text);
    for (const part of ['Số: 05/STC-QLNS', 'Độc lập - Tự do - Hạnh phúc', 'tổng hợp các các kết quả', 'phối hợp thực hiện./.']) assert.ok(fixed.includes(part), part);
    const left = check(fixed).findings.map((f) => f.rule);
    assert.deepEqual(left, ['lap-tu', 'thoi-han'], 'only the findings without a fix are left (a suggestion is not applied in bulk)');
  });

  it('offers "Sửa tất cả lỗi … trong tệp" in the quick-fix menu, as vscode-eslint does: per rule and for the whole file', async function () {
    const line = positionOf(TEXT, 'Số 5/').line;
    const actions = await actionsAt(uri, { start: { line, character: 0 }, end: { line, character: 12 } });
    const all = actions.filter((a: any) => a.command?.command === 'thethuc.fixAll');
    assert.deepEqual(
      all.map((a: any) => [a.kind, a.title, a.command.arguments[0]]),
      [
        ['quickfix', 'Sửa tất cả lỗi so-ky-hieu trong tệp (2)', { uri, rule: 'so-ky-hieu' }],
        ['quickfix', 'Sửa tất cả lỗi sửa được trong tệp (4)', { uri }],
      ],
    );
    for (const a of all) {
      assert.ok(!a.isPreferred, 'never preferred: auto fix applies one fix, not all');
      assert.equal(a.diagnostics, undefined, 'not tied to one finding (listed after the fixes)');
      assert.equal(a.edit, undefined, 'computed when chosen, not on every cursor move');
    }
    // the fixes come first, then "Sửa tất cả …", then the ignore/disable rows
    const order = actions.map((a: any) => (a.edit ? 'fix' : a.command?.command === 'thethuc.fixAll' ? 'all' : a.kind.startsWith('quickfix.thethuc') ? 'ignore' : 'other'));
    assert.deepEqual([...new Set(order)], ['fix', 'all', 'ignore'], JSON.stringify(order));
    // only where a fix is: not on the finding with a suggestion alone, not on the one with neither
    for (const needle of ['các các', 'trước ngày 20/3/2025']) {
      const l = positionOf(TEXT, needle).line;
      const here = await actionsAt(uri, { start: { line: l, character: 0 }, end: { line: l, character: 0 } }, ['quickfix']);
      assert.ok(!here.some((a: any) => a.command?.command === 'thethuc.fixAll'), needle);
    }
    // a rule with a single fix in the file gets no per-rule row; the file's row stays
    const dash = positionOf(TEXT, 'Độc lập –').line;
    const tieuNgu = await actionsAt(uri, { start: { line: dash, character: 0 }, end: { line: dash, character: 0 } }, ['quickfix']);
    assert.deepEqual(tieuNgu.filter((a: any) => a.command?.command === 'thethuc.fixAll').map((a: any) => a.title), ['Sửa tất cả lỗi sửa được trong tệp (4)']);
  });

  it('applies one rule\'s fixes with thethuc.fixAll { uri, rule }', async function () {
    const before = client.serverRequests.length;
    const result = await client.request('workspace/executeCommand', { command: 'thethuc.fixAll', arguments: [{ uri, rule: 'so-ky-hieu' }] });
    assert.deepEqual(result, { applied: true, count: 2 });
    const apply = client.serverRequests.slice(before).find((r) => r.method === 'workspace/applyEdit');
    assert.ok(apply, 'workspace/applyEdit sent');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'vanban', 1, TEXT), apply.params.edit.changes[uri]);
    assert.ok(fixed.includes('\nSố: 05/STC-QLNS\n'), 'both so-ky-hieu fixes');
    assert.ok(fixed.includes('Độc lập – Tự do') && fixed.includes('phối hợp thực hiện.\n'), 'no other rule touched');
    await assert.rejects(client.request('workspace/executeCommand', { command: 'thethuc.fixAll', arguments: [{ uri, rule: 'khong-co' }] }), /không có quy tắc/i);
  });

  it('applies "Sửa tất cả" through workspace/applyEdit with the thethuc.fixAll command', async function () {
    const before = client.serverRequests.length;
    const result = await client.request('workspace/executeCommand', { command: 'thethuc.fixAll', arguments: [{ uri }] });
    assert.deepEqual(result, { applied: true, count: 4 });
    const apply = client.serverRequests.slice(before).find((r) => r.method === 'workspace/applyEdit');
    assert.ok(apply, 'workspace/applyEdit sent');
    assert.equal(apply.params.label, 'Sửa tất cả');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'vanban', 1, TEXT), apply.params.edit.changes[uri]);
    assert.equal(fixed, applyFixes(TEXT, check(TEXT).findings).text);
    await assert.rejects(client.request('workspace/executeCommand', { command: 'thethuc.fixAll', arguments: [{ uri: 'file:///khong/mo.txt' }] }), /chưa được mở/);
  });

  it('"Bỏ qua lỗi này" writes {rule, text} to a new .thethucrc.json in the document\'s folder, and the finding goes', async function () {
    const d = diagnostics.find((x) => x.code === 'thoi-han');
    const actions = await actionsAt(uri, d.range);
    const ignore = actions.find((a: any) => a.kind === 'quickfix.thethuc.ignore' && a.title.startsWith('Bỏ qua lỗi này'));
    assert.ok(ignore, JSON.stringify(actions.map((a: any) => a.title)));
    assert.equal(ignore.title, 'Bỏ qua lỗi này (thoi-han: “20/3/2025”)');
    assert.equal(ignore.command.command, 'thethuc.ignoreFinding');
    assert.deepEqual(ignore.command.arguments, [{ uri, rule: 'thoi-han', text: '20/3/2025' }]);
    assert.equal(ignore.edit, undefined, 'nothing is written into the draft');

    const from = client.notifications.length;
    const result = await client.request('workspace/executeCommand', ignore.command);
    const configPath = join(folder, '.thethucrc.json');
    assert.deepEqual(result, { path: configPath, created: true, changed: true });
    assert.deepEqual(JSON.parse(readFileSync(configPath, 'utf8')), { ignore: [{ rule: 'thoi-han', text: '20/3/2025' }] });
    const after = await client.nextDiagnostics(uri, from);
    assert.ok(!codes(after).includes('thoi-han'), 'ignored finding gone');
    assert.ok(codes(after).includes('lap-tu'), 'other findings stay');
    // the same choice twice changes nothing
    assert.deepEqual(await client.request('workspace/executeCommand', ignore.command), { path: configPath, created: false, changed: false });
  });

  it('"Tắt quy tắc … cho tệp này" adds an override for the file to that config', async function () {
    const d = diagnostics.find((x) => x.code === 'ket-thuc');
    const actions = await actionsAt(uri, d.range, ['quickfix']);
    const titles = actions.map((a: any) => a.title);
    assert.ok(titles.includes('Tắt quy tắc ket-thuc cho tệp này'), JSON.stringify(titles));
    assert.ok(titles.includes('Tắt quy tắc ket-thuc cho cả thư mục'));
    const disable = actions.find((a: any) => a.title === 'Tắt quy tắc ket-thuc cho tệp này');
    assert.equal(disable.kind, 'quickfix.thethuc.disable');
    assert.deepEqual(disable.command.arguments, [{ uri, rule: 'ket-thuc', scope: 'file' }]);

    const from = client.notifications.length;
    const result = await client.request('workspace/executeCommand', disable.command);
    assert.equal(result.pattern, 'cong-van.txt');
    assert.equal(result.created, false);
    const config = JSON.parse(readFileSync(join(folder, '.thethucrc.json'), 'utf8'));
    assert.deepEqual(config, { ignore: [{ rule: 'thoi-han', text: '20/3/2025' }], overrides: [{ files: ['cong-van.txt'], rules: { 'ket-thuc': 'off' } }] });
    const after = await client.nextDiagnostics(uri, from);
    assert.ok(!codes(after).includes('ket-thuc'));
    assert.ok(codes(after).includes('lap-tu'));
  });

  it('"Tắt quy tắc … cho cả thư mục" adds a folder pattern to the nearest config above, keeping its keys', async function () {
    const other = join(root, 'khac');
    mkdirSync(other);
    writeFileSync(join(root, '.thethucrc.json'), '{\n    "mode": "draft"\n}\n');
    const otherUri = pathToFileURL(join(other, 'cv2.txt')).href;
    const opened = await client.open(otherUri, TEXT);
    assert.ok(codes(opened).includes('tieu-ngu'));
    const d = opened.find((x) => x.code === 'tieu-ngu');
    const actions = await actionsAt(otherUri, d.range);
    const disable = actions.find((a: any) => a.title === 'Tắt quy tắc tieu-ngu cho cả thư mục');
    assert.deepEqual(disable.command.arguments, [{ uri: otherUri, rule: 'tieu-ngu', scope: 'folder' }]);

    const from = client.notifications.length;
    const result = await client.request('workspace/executeCommand', disable.command);
    assert.deepEqual(result, { path: join(root, '.thethucrc.json'), created: false, changed: true, pattern: 'khac/**' });
    const raw = readFileSync(join(root, '.thethucrc.json'), 'utf8');
    assert.deepEqual(JSON.parse(raw), { mode: 'draft', overrides: [{ files: ['khac/**'], rules: { 'tieu-ngu': 'off' } }] });
    assert.match(raw, /^\{\n {4}"mode"/, 'the file keeps its indentation');
    const after = await client.nextDiagnostics(otherUri, from, (ds) => !codes(ds).includes('tieu-ngu'));
    assert.ok(codes(after).includes('lap-tu'));
    // the draft in du-thao/ has its own, nearer config: still reports tieu-ngu
    const mine = await client.request('thethuc/checkDocument', { uri, mode: 'draft' });
    assert.ok(mine.findings.some((f: any) => f.rule === 'tieu-ngu'));
  });

  it('reports an invalid .thethucrc.json once, checks with the defaults, and re-checks when the file changes', async function () {
    const broken = join(root, 'hong');
    mkdirSync(broken);
    const configPath = join(broken, '.thethucrc.json');
    writeFileSync(configPath, JSON.stringify({ rules: { 'khong-co': 'off' } }));
    const brokenUri = pathToFileURL(join(broken, 'cv3.txt')).href;
    const opened = await client.open(brokenUri, TEXT);
    const notes = opened.filter((d) => d.code === 'cau-hinh');
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /^Tệp cấu hình không hợp lệ, đang kiểm tra với cấu hình mặc định\. Cấu hình không hợp lệ trong .*: khóa "rules\.khong-co"/);
    assert.deepEqual(notes[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(notes[0].relatedInformation[0].location.uri, pathToFileURL(configPath).href);
    assert.ok(codes(opened).includes('tieu-ngu'), 'checked with the defaults meanwhile');
    // the ignore action refuses to touch a file that is not JSON
    writeFileSync(configPath, '{ "rules": ');
    await assert.rejects(
      client.request('workspace/executeCommand', { command: 'thethuc.ignoreFinding', arguments: [{ uri: brokenUri, rule: 'lap-tu', text: 'các' }] }),
      /không phải JSON hợp lệ/,
    );
    assert.equal(readFileSync(configPath, 'utf8'), '{ "rules": ', 'the broken file is left alone');
    assert.ok(client.notifications.some((m) => m.method === 'window/showMessage' && /Không ghi được cấu hình/.test(m.params.message)));

    const from = client.notifications.length;
    writeFileSync(configPath, JSON.stringify({ rules: { 'tieu-ngu': 'off' } }));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).href, type: 2 }] });
    const after = await client.nextDiagnostics(brokenUri, from, (ds) => !codes(ds).includes('cau-hinh'));
    assert.ok(!codes(after).includes('tieu-ngu'), 'the fixed config applies');
  });

  it('applies the config file first and the settings on top', async function () {
    const dir = join(root, 'thu-tu');
    mkdirSync(dir);
    writeFileSync(join(dir, '.thethucrc.json'), JSON.stringify({ mode: 'final', rules: { 'tieu-ngu': 'off', 'lap-tu': 'info' } }));
    const docUri = pathToFileURL(join(dir, 'cv4.txt')).href;
    client.settings.set(docUri, { mode: 'draft', rules: { 'lap-tu': 'error' } });
    const text = vary(TEXT, ['Số 5/', 'Số:      /']);
    const ds = await client.open(docUri, text);
    assert.ok(!codes(ds).includes('tieu-ngu'), 'off in the file');
    assert.equal(ds.find((d) => d.code === 'lap-tu')?.severity, 1, 'the setting wins over the file');
    assert.equal(ds.find((d) => d.code === 'so-ky-hieu')?.severity, 1, 'mode: the file says final, and a draft setting does not relax it');
  });

  it('offers no ignore or disable action for an untitled draft, and refuses such commands', async function () {
    const untitled = 'untitled:Untitled-1';
    const ds = await client.open(untitled, TEXT);
    const d = ds.find((x: any) => x.code === 'lap-tu');
    const actions = await actionsAt(untitled, d.range);
    assert.ok(actions.some((a: any) => a.kind === 'quickfix'), 'fixes still offered');
    assert.ok(!actions.some((a: any) => a.kind.startsWith('quickfix.thethuc')));
    await assert.rejects(
      client.request('workspace/executeCommand', { command: 'thethuc.ignoreFinding', arguments: [{ uri: untitled, rule: 'lap-tu', text: 'các' }] }),
      /chưa đặt tên/,
    );
    await assert.rejects(client.request('workspace/executeCommand', { command: 'thethuc.disableRule', arguments: [{ uri, rule: 'khong-co', scope: 'file' }] }), /không có quy tắc/i);
    await assert.rejects(client.request('workspace/executeCommand', { command: 'thethuc.disableRule', arguments: [{ uri, rule: 'lap-tu', scope: 'dong' }] }), /scope/);
  });
});
