/**
 * The checks that run INSIDE the real VS Code extension host (code-server's, started by test/e2e/run.mjs
 * with extensionDevelopmentPath = the unpacked .vsix and extensionTestsPath = this file, bundled).
 * They drive the extension through the VS Code API, like @vscode/test-electron would: auto-detection,
 * diagnostics, quick fixes, fix-all, the before-signing check, the mode toggle, rule docs, symbols and
 * snippets. Each check prints "[suite] ok|FAIL <name>" on the page console, which run.mjs relays.
 * Not a mocha file (no ".test.ts"): `npm test` does not run it.
 */
import * as vscode from 'vscode';

const EXTENSION_ID = 'thethuc.thethuc';
const SOURCE = 'thethuc';

interface Check {
  name: string;
  fn: () => Promise<void>;
  timeoutMs: number;
}
const checks: Check[] = [];
function check(name: string, fn: () => Promise<void>, timeoutMs = 60_000): void {
  checks.push({ name, fn, timeoutMs });
}

function log(line: string): void {
  console.log(`[suite] ${line}`);
}

class AssertionError extends Error {}
function ok(value: unknown, message: string): asserts value {
  if (!value) throw new AssertionError(message);
}
function equal<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected) throw new AssertionError(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `probe` returns a truthy value, or fails with `what` after `ms`. */
async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new AssertionError(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(100);
  }
}

function findings(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  ok(f, 'a workspace folder is open');
  return f.uri;
}

function file(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

async function revertAndClose(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The literal lines of a snippet body (no tabstop, placeholder or variable): what must appear verbatim. */
function literalLines(body: string[]): string[] {
  return body.filter((l) => l.trim() !== '' && !l.includes('$'));
}

// ---------------------------------------------------------------------------------------------------

interface ThethucApi {
  serverStarted(): boolean;
}

function api(): ThethucApi {
  const ext = vscode.extensions.getExtension<ThethucApi>(EXTENSION_ID);
  ok(ext?.isActive, 'the extension is active');
  return ext.exports;
}

check('VS Code runs in English with no language pack, as the extension’s users do', async () => {
  equal(vscode.env.language, 'en', 'display language');
  const packs = vscode.extensions.all.filter((e) => e.packageJSON?.contributes?.localizations);
  equal(packs.map((e) => e.id).join(', '), '', 'language packs');
});

check('ordinary plain text does not start the language server; typing a Quốc hiệu into it does', async () => {
  const ext = vscode.extensions.getExtension<ThethucApi>(EXTENSION_ID);
  ok(ext, `extension ${EXTENSION_ID} is present`);
  const editor = await open('ghi-nho.txt');
  equal(editor.document.languageId, 'plaintext', 'language of ghi-nho.txt');
  await waitFor('activation', () => ext.isActive, 30_000);
  await sleep(2000);
  equal(api().serverStarted(), false, 'server started for ordinary text');
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'));
  await waitFor('the server to start', () => api().serverStarted(), 30_000);
  await waitFor('diagnostics on ghi-nho.txt', () => findings(editor.document.uri).length > 0, 30_000);
  await revertAndClose();
});

check('the extension activates on a .vanban file, which gets the vanban language, and the server runs', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  ok(ext, `extension ${EXTENSION_ID} is present`);
  const editor = await open('draft.vanban');
  equal(editor.document.languageId, 'vanban', 'language of draft.vanban');
  await waitFor('activation', () => ext.isActive, 30_000);
  await waitFor('the server to start', () => api().serverStarted(), 30_000);
});

check('diagnostics from the server appear on the draft, with links to the rule pages', async () => {
  const uri = file('draft.vanban');
  const ds = await waitFor('thethuc diagnostics on draft.vanban', () => {
    const f = findings(uri);
    return f.length > 0 ? f : undefined;
  });
  const rules = new Set(ds.map(ruleOf));
  for (const rule of ['quoc-hieu', 'kinh-gui', 'noi-nhan']) ok(rules.has(rule), `a ${rule} finding (got ${[...rules].join(', ')})`);
  log(`  ${ds.length} findings: ${[...rules].join(', ')}`);
  const linked = ds.find((d) => typeof d.code === 'object');
  ok(linked && typeof linked.code === 'object', 'diagnostics carry codeDescription links');
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const href = linked.code.target.toString();
  const docs = vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules').toString();
  ok(href.startsWith(docs + '/') && href.endsWith(`/${ruleOf(linked)}.md`), `link ${href} points into ${docs}`);
  await vscode.workspace.fs.stat(linked.code.target); // the page is shipped in the .vsix
});

check('a quick fix from the server applies: "Kính gửi" gets its colon', async () => {
  const editor = await open('draft.vanban');
  const doc = editor.document;
  const line = doc.lineAt(8);
  equal(line.text, 'Kính gửi', 'line 9 before the fix');
  const d = await waitFor('the kinh-gui finding on line 9', () => findings(doc.uri).find((x) => ruleOf(x) === 'kinh-gui' && x.range.start.line === 8));
  // Resolve up to 10 actions, in case the server computes edits in codeAction/resolve.
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value, 10,
  );
  const fix = actions.find((a) => a.edit && a.title === 'Thêm dấu hai chấm');
  ok(fix?.edit, `a quick fix with an edit for kinh-gui (got: ${actions.map((a) => a.title).join(' | ')})`);
  ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
  equal(doc.lineAt(8).text, 'Kính gửi:', 'line 9 after the fix');
  await waitFor('the kinh-gui finding on line 9 to go', () => !findings(doc.uri).some((x) => ruleOf(x) === 'kinh-gui' && x.range.start.line === 8 && x.message.includes('hai chấm')), 10_000);
  await revertAndClose();
});

check('the quick-fix menu: the fixes, "Sửa tất cả lỗi … trong tệp", and one row for ignoring or turning off', async () => {
  const editor = await open('draft.vanban');
  const doc = editor.document;
  // line 5, "Số 7 /STC - QLNS": four so-ky-hieu findings, each with a fix
  const line = doc.lineAt(4);
  await waitFor('the findings of line 5', () => findings(doc.uri).filter((d) => d.range.start.line === 4).length >= 3);
  const here = findings(doc.uri).filter((d) => d.range.start.line === 4);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, line.range);
  const titles = actions.map((a) => a.title);
  log(`  ${here.length} findings on line 5 → ${titles.length} rows: ${titles.join(' | ')}`);
  const fixes = actions.filter((a) => a.edit);
  ok(fixes.length >= here.length, `a fix per finding (${fixes.length})`);
  ok(titles.includes('Sửa tất cả lỗi so-ky-hieu trong tệp (4)'), 'the rule’s fix-all row');
  const all = actions.find((a) => /^Sửa tất cả lỗi sửa được trong tệp \(\d+\)$/.test(a.title));
  ok(all?.command, 'the file’s fix-all row');
  const suppress = actions.filter((a) => a.kind?.value.startsWith('quickfix.thethuc'));
  equal(suppress.map((a) => a.title).join(' | '), 'Bỏ qua lỗi hoặc tắt quy tắc…', 'the ignore/disable rows');
  equal(titles.length, fixes.length + 3, 'rows: the fixes + two fix-all rows + one ignore/disable row');
  const choices = (suppress[0].command!.arguments![0] as { label: string }[]).map((c) => c.label);
  log(`  behind it: ${choices.join(' | ')}`);
  for (const expected of ['Tắt quy tắc so-ky-hieu cho tệp này', 'Tắt quy tắc so-ky-hieu cho cả thư mục', 'Xem giải thích quy tắc so-ky-hieu']) {
    ok(choices.includes(expected), `the choice ${JSON.stringify(expected)}`);
  }
  ok(choices.filter((c) => c.startsWith('Bỏ qua lỗi này (so-ky-hieu: “')).length >= 3, 'one "Bỏ qua lỗi này" per finding');
  // a request for the kinds themselves still gets the server's rows
  const raw = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, line.range, 'quickfix.thethuc.disable');
  equal(raw.map((a) => a.title).join(' | '), 'Tắt quy tắc so-ky-hieu cho tệp này | Tắt quy tắc so-ky-hieu cho cả thư mục', 'asked for quickfix.thethuc.disable');
  // choosing "Sửa tất cả lỗi sửa được trong tệp" fixes the whole file in one edit
  const before = doc.getText();
  await vscode.commands.executeCommand(all.command!.command, ...(all.command!.arguments ?? []));
  await waitFor('the edit', () => doc.getText() !== before, 10_000);
  for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 07/STC-QLNS', 'Kính gửi:', 'Nơi nhận:']) ok(doc.getText().includes(expected), `fixed text contains ${JSON.stringify(expected)}`);
  await revertAndClose();
});

check('thethuc.language: the client’s own texts in English on request, Vietnamese by default', async () => {
  const config = vscode.workspace.getConfiguration('thethuc');
  const editor = await open('draft.vanban');
  const doc = editor.document;
  await waitFor('the findings of line 5', () => findings(doc.uri).some((d) => d.range.start.line === 4));
  const row = async () =>
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, doc.lineAt(4).range)).find((a) => a.kind?.value === 'quickfix.thethuc.suppress')?.title;
  equal(await row(), 'Bỏ qua lỗi hoặc tắt quy tắc…', 'default');
  await config.update('language', 'en', vscode.ConfigurationTarget.Global);
  try {
    equal(await row(), 'Ignore the finding or turn off the rule…', 'thethuc.language = en');
  } finally {
    await config.update('language', undefined, vscode.ConfigurationTarget.Global);
  }
  equal(await row(), 'Bỏ qua lỗi hoặc tắt quy tắc…', 'back to the default');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

check('hover: a finding’s rule without repeating its message; a part without a finding, what the decree requires', async () => {
  const editor = await open('draft.vanban');
  const doc = editor.document;
  const d = await waitFor('the quoc-hieu finding', () => findings(doc.uri).find((x) => ruleOf(x) === 'quoc-hieu'));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, d.range.start.translate(0, 2));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  ok(text.includes('`quoc-hieu`'), `the rule's section (got ${text.slice(0, 120)})`);
  ok(!text.includes(d.message.split(' [')[0]), 'the message is the diagnostic’s, shown by VS Code above the hover, not repeated');
  const good = await vscode.workspace.openTextDocument(file('quyet-dinh.vanban'));
  await vscode.window.showTextDocument(good);
  await waitFor('the diagnostics of quyet-dinh.vanban', () => findings(good.uri).length > 0);
  const label = good.getText().split('\n').findIndex((l) => l.startsWith('Nơi nhận:'));
  ok(label >= 0, 'a Nơi nhận line');
  const part = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', good.uri, new vscode.Position(label, 2));
  const md = part.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  ok(/^\*\*Nơi nhận\*\* · Nghị định 30\/2020\/NĐ-CP/.test(md) && md.includes('Điều 8 khoản 2 điểm i'), `the part's requirements (got ${md.slice(0, 160)})`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

check('plain text that looks like a văn bản is checked; ordinary plain text is not', async () => {
  const vanban = await open('cong-van.txt');
  equal(vanban.document.languageId, 'plaintext', 'language of cong-van.txt');
  await waitFor('diagnostics on cong-van.txt', () => findings(vanban.document.uri).length > 0);
  const ordinary = await open('ghi-chu.txt');
  // The server answered the other file; give it the same time and more for this one.
  await sleep(3000);
  equal(findings(ordinary.document.uri).length, 0, 'findings on ordinary text');
});

check('typing a Quốc hiệu into ordinary plain text starts the checks', async () => {
  const editor = await open('ghi-chu.txt');
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'));
  await waitFor('diagnostics on ghi-chu.txt after the edit', () => findings(editor.document.uri).length > 0);
  await revertAndClose();
});

check('Markdown that looks like a văn bản is checked', async () => {
  const editor = await open('ke-hoach.md');
  equal(editor.document.languageId, 'markdown', 'language of ke-hoach.md');
  await waitFor('diagnostics on ke-hoach.md', () => findings(editor.document.uri).length > 0);
});

check('thethuc.autoDetect = false stops checking plain text and Markdown, not .vanban', async () => {
  const config = vscode.workspace.getConfiguration('thethuc');
  const txt = file('cong-van.txt');
  const vb = file('draft.vanban');
  await open('cong-van.txt');
  await open('draft.vanban');
  await waitFor('diagnostics on both', () => findings(txt).length > 0 && findings(vb).length > 0);
  await config.update('autoDetect', false, vscode.ConfigurationTarget.Global);
  try {
    await waitFor('cong-van.txt diagnostics to clear', () => findings(txt).length === 0, 15_000);
    await sleep(1000);
    ok(findings(vb).length > 0, '.vanban still checked');
  } finally {
    await config.update('autoDetect', undefined, vscode.ConfigurationTarget.Global);
  }
  await waitFor('cong-van.txt diagnostics to come back', () => findings(txt).length > 0, 15_000);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

check('"Kiểm tra trước khi ký" asks the server in final mode and jumps to the findings', async () => {
  const editor = await open('draft.vanban');
  const result = await vscode.commands.executeCommand<{ findings: { range: { start: { line: number; character: number } } }[]; counts: Record<string, number> }>(
    'thethuc.checkBeforeSigning',
  );
  ok(result && result.findings.length > 0, 'the command returns findings');
  const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
  equal(total, result.findings.length, 'counts add up to the findings');
  ok(result.counts.error > 0, 'errors counted');
  // The QuickPick is open; accept its first item: the cursor goes to the first finding.
  editor.selection = new vscode.Selection(20, 0, 20, 0);
  await sleep(300);
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  const first = result.findings[0].range.start;
  await waitFor('the selection to move to the first finding', () =>
    editor.selection.start.line === first.line && editor.selection.start.character === first.character ? true : undefined, 5000);
  log(`  counts ${JSON.stringify(result.counts)}`);
});

check('"Chuyển chế độ" toggles thethuc.mode and the server follows: a blank number goes from info to error', async () => {
  const config = () => vscode.workspace.getConfiguration('thethuc');
  const editor = await open('quyet-dinh.vanban');
  const uri = editor.document.uri;
  const blankNumber = (severity: vscode.DiagnosticSeverity) => () =>
    findings(uri).some((d) => ruleOf(d) === 'so-ky-hieu' && d.range.start.line === 3 && d.severity === severity);
  equal(config().get('mode'), 'draft', 'mode before');
  await waitFor('the blank number as information in draft mode', blankNumber(vscode.DiagnosticSeverity.Information));
  equal(await vscode.commands.executeCommand('thethuc.toggleMode'), 'final', 'toggle returns');
  equal(config().get('mode'), 'final', 'mode after one toggle');
  await waitFor('the blank number as an error before signing', blankNumber(vscode.DiagnosticSeverity.Error), 15_000);
  equal(await vscode.commands.executeCommand('thethuc.toggleMode'), 'draft', 'toggle back returns');
  equal(config().get('mode'), 'draft', 'mode after two toggles');
  await waitFor('the blank number back to information', blankNumber(vscode.DiagnosticSeverity.Information), 15_000);
  await config().update('mode', undefined, vscode.ConfigurationTarget.Global);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

check('"Sửa tất cả" applies every certain fix through the server', async () => {
  const editor = await open('draft.vanban');
  const before = editor.document.getText();
  await waitFor('diagnostics', () => findings(editor.document.uri).length > 0);
  const count = await vscode.commands.executeCommand<number>('thethuc.applyAllFixes');
  ok(typeof count === 'number' && count > 0, `fixes applied (got ${count})`);
  const after = editor.document.getText();
  ok(after !== before, 'the text changed');
  for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Kính gửi:', 'Nơi nhận:', '- Lưu: VT, QLNS.']) {
    ok(after.includes(expected), `fixed text contains ${JSON.stringify(expected)}`);
  }
  await revertAndClose();
});

check('"source.fixAll.thethuc" runs on save through editor.codeActionsOnSave', async () => {
  const editorConfig = vscode.workspace.getConfiguration('editor');
  await editorConfig.update('codeActionsOnSave', { 'source.fixAll.thethuc': 'explicit' }, vscode.ConfigurationTarget.Global);
  try {
    const editor = await open('save-fix.vanban');
    await waitFor('diagnostics', () => findings(editor.document.uri).length > 0);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\n'));
    ok(await editor.document.save(), 'saved');
    const text = editor.document.getText();
    for (const expected of ['Kính gửi:', 'Nơi nhận:']) ok(text.includes(expected), `saved text contains ${JSON.stringify(expected)}`);
  } finally {
    await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
});

check('"Xem tài liệu quy tắc" opens the rule page shipped in the extension', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const page = vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'kinh-gui.md');
  await vscode.workspace.fs.stat(page);
  const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('thethuc.showRuleDocs', 'kinh-gui');
  equal(opened?.toString(), page.toString(), 'the page opened');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

check('document symbols list the parts (Quốc hiệu, Kính gửi, Nơi nhận)', async () => {
  const doc = await vscode.workspace.openTextDocument(file('draft.vanban'));
  await vscode.window.showTextDocument(doc);
  const symbols = await waitFor('document symbols', async () => {
    const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    return s && s.length > 0 ? s : undefined;
  }, 15_000);
  const names: string[] = [];
  const walk = (xs: vscode.DocumentSymbol[]) => xs.forEach((x) => (names.push(x.name), walk(x.children ?? [])));
  walk(symbols);
  for (const part of ['Quốc hiệu', 'Kính gửi', 'Nơi nhận']) ok(names.some((n) => n.includes(part)), `a symbol named ${part} (got ${names.join(', ')})`);
  log(`  symbols: ${names.join(', ')}`);
});

check('the contributed snippets expand in a .vanban file', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'snippets', 'vanban.json')));
  const snippets = JSON.parse(raw) as Record<string, { prefix: string | string[]; body: string | string[] }>;
  const entries = Object.entries(snippets);
  ok(entries.length > 0, 'snippets/vanban.json has entries');
  const [name, entry] = entries.find(([, s]) => [s.prefix].flat().includes('congvan')) ?? entries[0];
  const expected = literalLines([entry.body].flat());
  ok(expected.length > 0, `snippet ${name} has literal lines`);
  const doc = await vscode.workspace.openTextDocument({ language: 'vanban', content: '' });
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'vanban', name });
  const text = doc.getText();
  for (const line of expected) ok(text.includes(line), `expanded ${name} contains ${JSON.stringify(line)}`);
  log(`  expanded "${name}" (${text.split('\n').length} lines)`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

check('"Xuất tệp Word (.docx)" writes the draft as a .docx; "Kiểm tra tệp Word" reads it back with the same findings', async () => {
  const editor = await open('quyet-dinh.vanban');
  const uri = editor.document.uri;
  const onText = await waitFor('diagnostics on quyet-dinh.vanban', () => {
    const f = findings(uri);
    return f.length > 0 ? f : undefined;
  });
  const target = file('quyet-dinh.docx');
  const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('thethuc.exportDocx', target);
  equal(written?.toString(), target.toString(), 'the file written');
  const bytes = await vscode.workspace.fs.readFile(target);
  ok(bytes[0] === 0x50 && bytes[1] === 0x4b, 'a zip (.docx) was written');
  const result = await vscode.commands.executeCommand<{ uri: vscode.Uri; diagnostics: vscode.Diagnostic[] } | undefined>('thethuc.checkDocx', target);
  ok(result, 'the .docx was checked');
  const key = (d: vscode.Diagnostic) => `${ruleOf(d)} ${d.message.replace(/ \((?:đoạn|bảng) [^)]*\)+$/, '')}`;
  equal(result.diagnostics.map(key).sort().join('\n'), onText.map(key).sort().join('\n'), 'findings of the .docx read back');
  ok(result.diagnostics.every((d) => /\((?:đoạn \d+|bảng \d+, hàng \d+, ô \d+ \(đoạn \d+\))\)$/.test(d.message)), 'each finding names its paragraph');
  const shown = vscode.window.activeTextEditor?.document;
  equal(shown?.uri.scheme, 'thethuc-docx', 'the text read from the .docx is shown');
  ok(shown!.getText().includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'the text read from the .docx');
  log(`  ${bytes.length} bytes; ${result.diagnostics.length} findings read back: ${result.diagnostics.map(ruleOf).join(', ')}`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

check('"Xem trước bản in" opens the print preview beside the editor', async () => {
  await open('quyet-dinh.vanban');
  const panel = await vscode.commands.executeCommand<{ visible: boolean; shownVersion: number } | undefined>('thethuc.showPreview');
  ok(panel?.visible, 'the preview panel is open');
  await waitFor('the preview shows the document', () => panel.shownVersion >= 0, 15_000);
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => ({ group: g.viewColumn, label: t.label, webview: t.input instanceof vscode.TabInputWebview })));
  const preview = tabs.find((t) => t.webview);
  ok(preview && preview.label.startsWith('Xem trước bản in'), `a webview tab "Xem trước bản in…" in the default language (tabs: ${tabs.map((t) => t.label).join(', ')})`);
  ok(preview.group !== vscode.ViewColumn.One, 'beside the editor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

// ---------------------------------------------------------------------------------------------------

export async function run(): Promise<void> {
  const failures: string[] = [];
  log(`start: ${checks.length} checks, VS Code ${vscode.version}`);
  for (const c of checks) {
    const t0 = Date.now();
    try {
      await Promise.race([
        c.fn(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new AssertionError(`timed out after ${c.timeoutMs} ms`)), c.timeoutMs)),
      ]);
      log(`ok   ${c.name} (${Date.now() - t0} ms)`);
    } catch (err) {
      failures.push(c.name);
      log(`FAIL ${c.name} (${Date.now() - t0} ms): ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  log(`done: ${checks.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} in-host check(s) failed: ${failures.join('; ')}`);
}
