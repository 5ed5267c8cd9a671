#!/usr/bin/env node
// End-to-end tests of the packaged extension in a real VS Code (npm run test:e2e).
//
// VS Code's own test runners download VS Code from Microsoft, which this project's machines cannot
// reach, so this uses what /work/shared/reference/real-vscode.md established: code-server 4.100.3
// (VS Code 1.100.3) from npm, Debian's chromium, and playwright-core to drive it. Steps:
//
//  1. system packages (apt-get, needs root; skipped when present): chromium, ripgrep, fonts, and the
//     kerberos headers + pkg-config that code-server's install builds against;
//  2. code-server + playwright-core into a tools folder OUTSIDE the project (default
//     ~/.cache/thethuc-e2e/tools, THETHUC_E2E_TOOLS to change), reused when already there;
//  3. `scripts/package.mjs` builds the .vsix, which is installed into code-server with fresh user-data
//     and extensions folders; code-server listens on 127.0.0.1 only, auth none;
//  4. phase A, inside the extension host: test/e2e/suite/index.ts runs as extensionTestsPath with the
//     unpacked .vsix as extensionDevelopmentPath (auto-detection, diagnostics, quick fix, commands,
//     symbols, snippets through the VS Code API);
//  5. phase B, through the UI of the installed .vsix, in VS Code's default English display language
//     with no language pack (what the extension's users run): no server for ordinary plain text,
//     squiggles and the Problems panel, the status bar item in Vietnamese (its icon following the worst
//     severity, English with thethuc.language), the command palette found without diacritics ("sua tat
//     ca"), the quick-fix menu ("Sửa tất cả lỗi … trong tệp", one row for ignoring), hover on a finding
//     and on a part, completion in Nơi nhận, a snippet typed and accepted, the Outline view,
//     and the print preview webview (its frames are reached through playwright: A4 pages, CSP, live
//     update while typing, scroll in step both ways, a click on a mark selecting the finding);
//     screenshots go to test/e2e/artifacts/.
//
// Chromium resolves no host but 127.0.0.1 (--host-resolver-rules), every step has a time limit, the
// whole run has one (THETHUC_E2E_TIMEOUT_MIN, default 25), and code-server's process group and the
// browser are ended on exit. --keep keeps the temporary run folder for debugging; --only=host or
// --only=ui runs one phase.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../scripts/vsix.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = join(ROOT, 'test', 'e2e', 'artifacts');
const CODE_SERVER_VERSION = '4.100.3';
const PLAYWRIGHT_VERSION = '1.65.1';
const RIPGREP_CACHE = `vscode-ripgrep-cache-1.15.11`; // @vscode/ripgrep's version in code-server 4.100.3
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const TOOLS = resolve(process.env.THETHUC_E2E_TOOLS || join(homedir(), '.cache', 'thethuc-e2e', 'tools'));
const CHROMIUM = '/usr/bin/chromium';
const KEEP = process.argv.includes('--keep');
/** --only=host or --only=ui runs one phase (for debugging); both run by default. */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const TOTAL_MS = Number(process.env.THETHUC_E2E_TIMEOUT_MIN || 25) * 60_000;

const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s`;
const log = (msg) => console.log(`[e2e ${since()}] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every assertion of the run, printed at the end (and written to artifacts/results.json). */
const results = [];
const children = new Set();
let browser;
let server; // code-server's child process (leader of its own process group)
let runDir;
let currentPage; // the page of phase B, for screenshots of failures

// ---------------------------------------------------------------------------------------- helpers

/** Runs a command; resolves with its output, rejects on a non-zero exit or after `timeoutMs` (killing its group). */
function sh(cmd, args, { timeoutMs = 120_000, env = process.env, cwd = ROOT, quiet = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    const onData = (d) => {
      out += d;
      if (!quiet) process.stdout.write(d.toString().replace(/^/gm, '      '));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`${cmd} ${args.join(' ')}: timed out after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      children.delete(child);
      reject(err);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      if (code === 0) resolvePromise(out);
      else reject(new Error(`${cmd} ${args.join(' ')}: exit ${code ?? signal}\n${out.slice(-3000)}`));
    });
  });
}

function killGroup(child, signal = 'SIGTERM') {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

async function withTimeout(promise, ms, what) {
  let timer;
  try {
    return await Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** A setup step: logged with its duration; a failure ends the run. */
async function step(name, fn, ms) {
  log(`${name} …`);
  const start = Date.now();
  const value = await withTimeout(fn(), ms, name);
  log(`${name}: done in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return value;
}

/** An assertion of phase B: recorded, a failure does not stop the others. */
async function assertion(name, fn, ms = 60_000) {
  const start = Date.now();
  if (currentPage) for (let i = 0; i < 2; i++) await currentPage.keyboard.press('Escape').catch(() => {});
  try {
    const detail = await withTimeout(fn(), ms, name);
    results.push({ phase: 'ui', name, ok: true, ms: Date.now() - start, detail });
    log(`ok   ${name}${detail ? ` — ${detail}` : ''}`);
    return true;
  } catch (err) {
    // Playwright appends its call log to messages; keep the first lines.
    const detail = String(err.message).split('\nCall log:')[0].trim();
    results.push({ phase: 'ui', name, ok: false, ms: Date.now() - start, detail });
    log(`FAIL ${name}: ${detail}`);
    if (currentPage) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const shot = join(ARTIFACTS, `failure-${results.length}.png`);
      await currentPage.screenshot({ path: shot }).then(() => log(`     screenshot ${shot}`), () => {});
    }
    return false;
  }
}

/** The command lines of running Thể thức language servers started from `extDir` (the installed extension). */
function serverProcesses(extDir) {
  const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return (ps.stdout || '').split('\n').filter((l) => l.includes(`${extDir}/thethuc.thethuc-`) && l.includes('dist/server.js'));
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePromise(port));
    });
  });
}

// ---------------------------------------------------------------------------------------- setup

async function ensureSystemPackages() {
  const wanted = [
    [CHROMIUM, 'chromium'],
    ['/usr/bin/rg', 'ripgrep'],
    ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'fonts-dejavu-core'],
  ];
  if (!toolsReady()) wanted.push(['/usr/include/krb5.h', 'libkrb5-dev'], ['/usr/bin/pkg-config', 'pkg-config']);
  const missing = wanted.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
  if (missing.length === 0) return 'already installed';
  if (process.getuid?.() !== 0) throw new Error(`needs root to apt-get install ${missing.join(' ')} (or install them first)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await sh('apt-get', ['update', '-qq'], { timeoutMs: 300_000, env, quiet: true });
  await sh('apt-get', ['install', '-y', '-qq', ...missing], { timeoutMs: 900_000, env, quiet: true });
  return `installed ${missing.join(' ')}`;
}

function toolsReady() {
  try {
    const cs = JSON.parse(readFileSync(join(TOOLS, 'node_modules', 'code-server', 'package.json'), 'utf8'));
    const pw = JSON.parse(readFileSync(join(TOOLS, 'node_modules', 'playwright-core', 'package.json'), 'utf8'));
    // The postinstall's work: VS Code's own modules, node-pty built, ripgrep in place.
    const vscodeModules = join(TOOLS, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
    return (
      cs.version === CODE_SERVER_VERSION &&
      pw.version === PLAYWRIGHT_VERSION &&
      existsSync(join(vscodeModules, 'node-pty', 'build', 'Release', 'pty.node')) &&
      existsSync(join(vscodeModules, '@vscode', 'ripgrep', 'bin', 'rg'))
    );
  } catch {
    return false;
  }
}

async function ensureTools() {
  if (toolsReady()) return `reusing ${TOOLS}`;
  mkdirSync(TOOLS, { recursive: true });
  // @vscode/ripgrep's postinstall downloads rg from GitHub; seed its cache with Debian's rg instead.
  const cache = join(process.env.TMPDIR || '/tmp', RIPGREP_CACHE);
  mkdirSync(cache, { recursive: true });
  await sh('tar', ['czf', join(cache, RIPGREP_ASSET), '-C', '/usr/bin', 'rg'], { quiet: true });
  writeFileSync(join(TOOLS, 'package.json'), JSON.stringify({ name: 'thethuc-e2e-tools', private: true, description: 'code-server and playwright-core for the Thể thức end-to-end tests' }, null, 2));
  // As root, code-server's postinstall needs unsafe_perm; node-pty's runs `npx node-gyp` and needs yes.
  const env = { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_update_notifier: 'false' };
  await sh('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_VERSION}`], {
    cwd: TOOLS,
    env,
    timeoutMs: 1_200_000,
    quiet: true,
  });
  if (!toolsReady()) throw new Error(`code-server's install in ${TOOLS} is incomplete (its postinstall failed?)`);
  return `installed into ${TOOLS}`;
}

function writeWorkspaces() {
  const draft = readFileSync(join(ROOT, 'examples', 'cong-van-loi.txt'), 'utf8');
  const host = join(runDir, 'ws-host');
  const ui = join(runDir, 'ws-ui');
  mkdirSync(host, { recursive: true });
  mkdirSync(ui, { recursive: true });
  writeFileSync(join(host, 'draft.vanban'), draft);
  writeFileSync(join(host, 'cong-van.txt'), draft);
  writeFileSync(join(host, 'save-fix.vanban'), draft);
  copyFileSync(join(ROOT, 'examples', 'ke-hoach.md'), join(host, 'ke-hoach.md'));
  copyFileSync(join(ROOT, 'examples', 'quyet-dinh.vanban'), join(host, 'quyet-dinh.vanban'));
  writeFileSync(join(host, 'ghi-chu.txt'), 'Ghi chú cuộc họp\n\nSố người tham dự: 12/15.\nCần gửi báo cáo trước thứ Sáu.\n');
  writeFileSync(join(host, 'ghi-nho.txt'), 'Việc cần làm trong tuần\n\n- Gọi điện cho phòng Tổ chức.\n- Chuẩn bị tài liệu họp.\n');
  writeFileSync(join(ui, 'draft.vanban'), draft);
  writeFileSync(join(ui, 'moi.vanban'), '');
  writeFileSync(join(ui, 'ghi-chu.txt'), 'Ghi chú cuộc họp\n\nSố người tham dự: 12/15.\nCần gửi báo cáo trước thứ Sáu.\n');
  // only information findings in draft mode (the blank number and day)
  copyFileSync(join(ROOT, 'examples', 'quyet-dinh.vanban'), join(ui, 'quyet-dinh.vanban'));
  // no finding at all
  copyFileSync(join(ROOT, 'examples', 'cong-van-dung.txt'), join(ui, 'cong-van.vanban'));
  // a draft over three pages, for the print preview's pages and scrolling
  const good = readFileSync(join(ROOT, 'examples', 'cong-van-dung.txt'), 'utf8');
  const body = good.slice(good.indexOf('1. Rà soát'), good.indexOf('Trong quá trình'));
  let extra = '';
  for (let k = 3; k < 14; k++) extra += body.replace(/^1\. /m, `${k}. `).replace(/^2\. /m, `${k}a. `);
  writeFileSync(join(ui, 'dai.vanban'), good.replace('Trong quá trình', `${extra}Trong quá trình`).replace('Số: 08/SKHCN-QLCN', 'Số: 8/SKHCN-QLCN'));
  return { host, ui, draft };
}

function writeUserSettings(userDir) {
  mkdirSync(join(userDir, 'User'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'files.hotExit': 'off',
    'git.enabled': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'chat.commandCenter.enabled': false,
    'editor.minimap.enabled': false,
    'window.commandCenter': false,
    'workbench.colorTheme': 'Default Dark Modern',
  };
  writeFileSync(join(userDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

function codeServerEnv() {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
    XDG_DATA_HOME: join(runDir, 'xdg-data'),
    XDG_CACHE_HOME: join(runDir, 'xdg-cache'),
  };
}

async function startCodeServer(bin, port, userDir, extDir) {
  const logFile = join(runDir, 'code-server.log');
  const fd = openSync(logFile, 'a');
  const args = [
    '--user-data-dir', userDir, '--extensions-dir', extDir, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy',
  ];
  server = spawn(bin, args, { env: codeServerEnv(), detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  server.on('exit', (code, signal) => log(`code-server exited (${code ?? signal})`));
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    if (server.exitCode !== null) throw new Error(`code-server exited early; see ${logFile}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return `pid ${server.pid}, port ${port}`;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error('code-server did not answer /healthz within 60 s');
}

async function launchBrowser() {
  const require = createRequire(join(TOOLS, 'package.json'));
  const { chromium } = require('playwright-core');
  const home = join(runDir, 'browser-home');
  mkdirSync(home, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-dev-shm-usage',
      // Loopback only: every other host name fails to resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'), XDG_DATA_HOME: join(home, '.local/share') },
  });
  return browser.newContext({ viewport: { width: 1500, height: 950 }, locale: 'en-US' });
}

// ---------------------------------------------------------------------------------------- phase A

async function phaseA(context, base, devPath, suitePath, folder) {
  const page = await context.newPage();
  let settle;
  const exited = new Promise((r) => (settle = r));
  await page.exposeFunction('codeAutomationExit', (code) => settle(code));
  page.on('console', (msg) => {
    const text = msg.text();
    const m = /\[suite\] (.*)$/s.exec(text);
    if (!m) return;
    const line = m[1].replace(/%c/g, '').trim();
    log(`  host: ${line}`);
    const r = /^(ok|FAIL)\s+(.*?) \((\d+) ms\)(?::\s*(.*))?$/s.exec(line);
    if (r) results.push({ phase: 'extension host', name: r[2], ok: r[1] === 'ok', ms: Number(r[3]), detail: r[4] });
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${new URL(base).port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(suitePath)], ['skipWelcome', 'true']];
  const url = `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const code = await withTimeout(exited, 300_000, 'the extension-host suite');
  await page.close();
  const hostResults = results.filter((r) => r.phase === 'extension host');
  if (hostResults.length === 0) throw new Error(`the suite reported nothing (exit code ${code})`);
  return code;
}

// ---------------------------------------------------------------------------------------- phase B

async function phaseB(context, base, folder, files) {
  const page = await context.newPage();
  currentPage = page;
  page.setDefaultTimeout(30_000);
  await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });

  const openFromExplorer = async (name) => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
    await page.waitForSelector(`.tab.active[aria-label*="${name}"], .tab.active:has-text("${name}")`, { timeout: 30_000 });
    await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 30_000 });
  };
  const editorLines = () => page.locator('.editor-instance .monaco-editor .view-lines .view-line').allInnerTexts();
  const nbsp = (s) => s.replace(/\u00a0/g, ' ');
  const draftPath = join(folder, 'draft.vanban');
  const shot = async (name) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, name) });
    return `screenshot test/e2e/artifacts/${name}`;
  };
  const statusItem = () => page.locator('.statusbar-item', { has: page.locator('[aria-label^="Thể thức:"]') }).first();
  const statusText = async () => nbsp(await statusItem().innerText()).replace(/\s+/g, ' ').trim();
  const gotoLine = async (n) => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
    await page.keyboard.type(String(n));
    await page.keyboard.press('Enter');
    await sleep(400);
  };
  /** Moves the mouse over the first view line containing `text`, `dx` pixels from its left edge; answers the hover's text. */
  const hoverOn = async (text, dx = 12) => {
    await page.mouse.move(5, 5);
    await sleep(300);
    const line = page.locator('.editor-instance .view-line', { hasText: text }).first();
    const box = await line.boundingBox();
    if (!box) throw new Error(`no line "${text}" in view`);
    await page.mouse.move(box.x + dx, box.y + box.height / 2);
    await page.waitForSelector('.monaco-hover .hover-contents', { timeout: 15_000 });
    await sleep(1200);
    return nbsp((await page.locator('.monaco-hover').allInnerTexts()).join('\n').trim());
  };

  await assertion('server: opening ordinary plain text starts no language server', async () => {
    await openFromExplorer('ghi-chu.txt');
    await sleep(4000);
    const running = serverProcesses(files.extDir);
    if (running.length) throw new Error(`a language server runs: ${running[0]}`);
    if ((await page.locator('.statusbar-item [aria-label^="Thể thức:"]').count()) > 0) throw new Error('the Thể thức status item shows for plain text');
    return `no dist/server.js process, no status item; ${await shot('plain-text-no-server.png')}`;
  });

  await assertion('diagnostics: squiggles appear in the editor for draft.vanban (the server starts for it)', async () => {
    await openFromExplorer('draft.vanban');
    await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', { timeout: 90_000 });
    await sleep(500);
    const errors = await page.locator('.monaco-editor .squiggly-error').count();
    const warnings = await page.locator('.monaco-editor .squiggly-warning').count();
    if (errors === 0) throw new Error('no error squiggle');
    const running = serverProcesses(files.extDir);
    if (running.length !== 1) throw new Error(`${running.length} language server processes`);
    return `${errors} error and ${warnings} warning squiggles; one language server now`;
  }, 120_000);

  await assertion('diagnostics: the Problems panel lists the thethuc findings', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
    await sleep(1000);
    const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(nbsp);
    const ours = rows.filter((r) => r.includes('thethuc'));
    if (ours.length < 10) throw new Error(`only ${ours.length} rows with "thethuc": ${rows.slice(0, 5).join(' | ')}`);
    const quocHieu = ours.find((r) => r.includes('Quốc hiệu') && r.includes('quoc-hieu'));
    if (!quocHieu) throw new Error('no Quốc hiệu finding (thethuc(quoc-hieu)) in the Problems panel');
    await shot('editor-problems.png');
    await page.keyboard.press('Control+Shift+M'); // close the panel again
    return `${ours.length} rows, e.g. "${quocHieu.replace(/\s+/g, ' ').slice(0, 90)}…"; screenshot test/e2e/artifacts/editor-problems.png`;
  });

  await assertion('status bar: in Vietnamese with no language pack ("Nháp", the error icon, the count); clicking it toggles the mode', async () => {
    const item = statusItem();
    await item.waitFor({ timeout: 15_000 });
    const before = await statusText();
    if (!/^Nháp \d+$/.test(before)) throw new Error(`status text "${before}"`);
    if ((await item.locator('.codicon-error').count()) !== 1) throw new Error('no error icon (the draft has errors)');
    const detail = await shot('status-bar-vi.png');
    await item.click();
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /Trước khi ký/.test(e.textContent ?? '')), null, { timeout: 15_000 });
    const after = await statusText();
    await item.click();
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /Nháp/.test(e.textContent ?? '')), null, { timeout: 15_000 });
    return `"${before}" (error icon) → "${after}" → back; ${detail}`;
  });

  await assertion('command palette: "sua tat ca" (no diacritics) finds "Thể thức: Sửa tất cả"; "fix all" too', async () => {
    const found = {};
    for (const query of ['sua tat ca', 'kiem tra truoc khi ky', 'fix all']) {
      await page.keyboard.press('Control+Shift+P');
      await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
      await page.keyboard.type(query, { delay: 15 });
      await sleep(1200);
      const rows = (await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()).map((r) => nbsp(r).replace(/\s+/g, ' ').trim());
      found[query] = rows;
      if (query === 'sua tat ca') await shot('palette-sua-tat-ca.png');
      await page.keyboard.press('Escape');
      await sleep(200);
    }
    const want = { 'sua tat ca': 'Thể thức: Sửa tất cả', 'kiem tra truoc khi ky': 'Thể thức: Kiểm tra trước khi ký', 'fix all': 'Thể thức: Sửa tất cả' };
    for (const [query, label] of Object.entries(want)) {
      if (!found[query].some((r) => r.startsWith(label))) throw new Error(`"${query}" → ${JSON.stringify(found[query].slice(0, 5))}`);
    }
    return `${Object.entries(want).map(([q, label]) => `"${q}" → "${found[q].find((r) => r.startsWith(label))}"`).join('; ')}; screenshot test/e2e/artifacts/palette-sua-tat-ca.png`;
  });

  await assertion('quick fix: "Sửa Quốc hiệu theo mẫu" from the lightbulb menu rewrites line 3', async () => {
    const original = readFileSync(draftPath, 'utf8').split('\n');
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await sleep(500);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ timeout: 15_000 });
    await menu.locator('.monaco-list-row', { hasText: 'Sửa Quốc hiệu theo mẫu' }).first().waitFor({ timeout: 10_000 });
    const offered = (await menu.locator('.monaco-list-row').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    // The menu is keyboard-driven (a pointer block covers it for mouse clicks): move to the fix, Enter.
    const focused = async () => (await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '')).trim();
    for (let i = 0; i < offered.length + 2 && !(await focused()).includes('Sửa Quốc hiệu theo mẫu'); i++) await page.keyboard.press('ArrowDown');
    if (!(await focused()).includes('Sửa Quốc hiệu theo mẫu')) throw new Error(`could not select the fix among: ${offered.join(' | ')}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => [...document.querySelectorAll('.editor-instance .view-line')].some((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ').trim() === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      null,
      { timeout: 15_000 },
    );
    await page.keyboard.press('Control+S');
    const end = Date.now() + 15_000;
    let saved;
    while (Date.now() < end) {
      saved = readFileSync(draftPath, 'utf8').split('\n');
      if (saved[2] === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') break;
      await sleep(200);
    }
    if (saved[2] !== 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') throw new Error(`line 3 on disk is "${saved[2]}"`);
    const otherChanges = saved.map((l, i) => (i !== 2 && l !== original[i] ? i + 1 : 0)).filter(Boolean);
    if (saved.length !== original.length || otherChanges.length) throw new Error(`other lines changed: ${otherChanges.join(', ')}`);
    return `"${original[2]}" → "${saved[2]}" (saved; no other line touched); menu offered: ${offered.slice(0, 4).join(' | ')}`;
  });

  await assertion('quick-fix menu: on a line with four findings, their fixes, "Sửa tất cả lỗi … trong tệp" and ONE row for ignoring', async () => {
    await gotoLine(5); // "Số 7 /STC - QLNS": four so-ky-hieu findings
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ timeout: 15_000 });
    await menu.locator('.monaco-list-row', { hasText: 'Sửa tất cả lỗi sửa được trong tệp' }).first().waitFor({ timeout: 10_000 });
    const rows = (await menu.locator('.monaco-list-row').allInnerTexts()).map((t) => nbsp(t).trim()).filter(Boolean);
    const detail = await shot('quick-fix-menu.png');
    const ignoreRows = rows.filter((r) => /^(Bỏ qua|Tắt quy tắc)/.test(r));
    if (ignoreRows.length !== 1 || ignoreRows[0] !== 'Bỏ qua lỗi hoặc tắt quy tắc…') throw new Error(`ignore/disable rows: ${JSON.stringify(ignoreRows)}`);
    if (!rows.includes('Sửa tất cả lỗi so-ky-hieu trong tệp (4)')) throw new Error(`no per-rule row among ${JSON.stringify(rows)}`);
    const fixes = rows.filter((r) => r !== 'Quick Fix' && !r.startsWith('Sửa tất cả') && !ignoreRows.includes(r));
    if (fixes.length < 4) throw new Error(`only ${fixes.length} fixes: ${JSON.stringify(rows)}`);
    // the one row opens a picker with the choices (left without choosing: it would write .thethucrc.json)
    const focused = async () => nbsp(await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '')).trim();
    for (let i = 0; i < rows.length + 2 && (await focused()) !== 'Bỏ qua lỗi hoặc tắt quy tắc…'; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10_000 });
    await sleep(500);
    const choices = (await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()).map((t) => nbsp(t).replace(/\s+/g, ' ').trim());
    await shot('quick-fix-ignore-choices.png');
    await page.keyboard.press('Escape');
    if (!choices.some((c) => c.startsWith('Tắt quy tắc so-ky-hieu cho tệp này'))) throw new Error(`choices: ${JSON.stringify(choices)}`);
    return `${rows.length - 1} rows: ${rows.filter((r) => r !== 'Quick Fix').join(' | ')}; behind the last: ${choices.length} choices; ${detail}, quick-fix-ignore-choices.png`;
  });

  await assertion('hover on a finding: the message once (VS Code’s diagnostic), then the rule, not the message again', async () => {
    const text = await hoverOn('Số 7 /STC', 6);
    const message = 'Sau từ “Số” có dấu hai chấm';
    const times = text.split(message).length - 1;
    const detail = await shot('hover-finding.png');
    if (times !== 1) throw new Error(`the message appears ${times} times in: ${text.slice(0, 300)}`);
    if (!text.includes('so-ky-hieu') || !text.includes('Căn cứ: Nghị định 30/2020/NĐ-CP')) throw new Error(`no rule section: ${text.slice(0, 300)}`);
    return `"${message}" once, then the rule's section; ${detail}`;
  });

  await assertion('status bar: an information-only document shows the information icon, not the warning', async () => {
    await page.mouse.move(5, 5);
    await openFromExplorer('quyet-dinh.vanban');
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /Nháp\s*2/.test((e.textContent ?? '').replace(/\u00a0/g, ' '))), null, { timeout: 30_000 });
    const item = statusItem();
    const icons = await item.locator('.codicon').evaluateAll((els) => els.map((e) => [...e.classList].find((c) => c.startsWith('codicon-') && c !== 'codicon-law')));
    const label = await item.locator('[aria-label]').first().getAttribute('aria-label');
    const detail = await shot('status-info-only.png');
    if (!icons.includes('codicon-info') || icons.includes('codicon-warning')) throw new Error(`icons ${JSON.stringify(icons)}`);
    if (!/2 thông tin/.test(label ?? '') || /lỗi|errors/.test(label ?? '')) throw new Error(`label "${label}"`);
    return `"${await statusText()}" with ${icons.filter(Boolean).join(', ')}; "${label}"; ${detail}`;
  });

  await assertion('hover on a part with no finding ("Nơi nhận:"): what the decree requires, with the article', async () => {
    const text = await hoverOn('Nơi nhận:', 10);
    const detail = await shot('hover-part.png');
    for (const expected of ['Nơi nhận · Nghị định 30/2020/NĐ-CP', 'Điều 8 khoản 2 điểm i', 'Lưu: VT', 'Quy tắc kiểm tra: noi-nhan']) {
      if (!text.includes(expected)) throw new Error(`no "${expected}" in: ${text.slice(0, 300)}`);
    }
    return `${text.split('\n')[0]} …; ${detail}`;
  });

  await assertion('completion in Nơi nhận: the missing recipients; no "- Như trên;" already there, no skeleton, nothing twice', async () => {
    await page.mouse.move(5, 5);
    await openFromExplorer('cong-van.vanban');
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /Nháp\s*0/.test((e.textContent ?? '').replace(/\u00a0/g, ' '))), null, { timeout: 30_000 });
    const lines = readFileSync(join(folder, 'cong-van.vanban'), 'utf8').split('\n');
    await gotoLine(lines.indexOf('- Như trên;') + 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter'); // the list continues: "- "
    await sleep(300);
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.suggest-widget.visible');
    await widget.locator('.monaco-list-row').first().waitFor({ timeout: 15_000 });
    await sleep(800);
    const seen = [];
    const size = Number(await widget.locator('.monaco-list-row').first().getAttribute('aria-setsize'));
    for (let i = 0; i < 20; i++) {
      for (const t of await widget.locator('.monaco-list-row').allInnerTexts()) {
        const row = nbsp(t).replace(/\s+/g, ' ').trim();
        if (!seen.includes(row)) seen.push(row);
      }
      if (seen.length >= size) break;
      await page.keyboard.press('PageDown');
      await sleep(100);
    }
    const detail = await shot('completion-noi-nhan.png');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    if (seen.length === 0) throw new Error('no completion');
    if (seen.some((r) => r.includes('Như trên'))) throw new Error(`"- Như trên;" offered again: ${JSON.stringify(seen)}`);
    if (seen.some((r) => /Mẫu 1\.|congvan|côngvăn|baocao|quyetdinh/.test(r))) throw new Error(`a skeleton in Nơi nhận: ${JSON.stringify(seen)}`);
    if (seen.length !== size) throw new Error(`${size} items listed, ${seen.length} different: ${JSON.stringify(seen)}`);
    if (seen.length > 12) throw new Error(`${seen.length} items: ${JSON.stringify(seen.slice(0, 15))}`);
    return `${seen.length} items (set size ${size}): ${seen.join(' | ')}; ${detail}`;
  });

  await assertion('thethuc.language = "en" (chosen in the Settings editor): the status bar in English; back to Vietnamese', async () => {
    await openFromExplorer('draft.vanban');
    await statusItem().waitFor({ timeout: 15_000 });
    const vi = await statusText();
    const choose = async (value) => {
      await page.keyboard.press('Control+Comma');
      await page.waitForSelector('.settings-editor .suggest-input-container .monaco-editor', { timeout: 15_000 });
      await sleep(300);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('thethuc.language', { delay: 15 });
      const select = page.locator('.settings-editor .setting-item-enum select').first();
      await select.waitFor({ state: 'attached', timeout: 15_000 });
      await sleep(500);
      await select.selectOption(value);
      await sleep(500);
    };
    const back = async () => {
      await page.locator('.tabs-container .tab', { hasText: 'draft.vanban' }).first().click();
      await statusItem().waitFor({ timeout: 15_000 });
    };
    try {
      await choose('en');
      const settingsShot = await shot('settings-language.png');
      await back();
      await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /Draft/.test(e.textContent ?? '')), null, { timeout: 20_000 });
      await sleep(300);
      const en = await statusText();
      const detail = await shot('status-bar-en.png');
      await page.locator('.tabs-container .tab', { hasText: 'Settings' }).first().click();
      await choose('vi');
      await back();
      await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /Nháp/.test(e.textContent ?? '')), null, { timeout: 20_000 });
      return `"${vi}" → "${en}" → "${await statusText()}"; ${detail}, ${settingsShot.replace('screenshot ', '')}`;
    } finally {
      await page.keyboard.press('Escape');
      for (const tab of await page.locator('.tabs-container .tab', { hasText: 'Settings' }).all()) await tab.locator('.codicon-close').click().catch(() => {});
    }
  });

  await assertion(`snippet: typing "${files.snippet.prefix}" and accepting expands "${files.snippet.name}"`, async () => {
    await openFromExplorer('moi.vanban');
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.type(files.snippet.prefix, { delay: 60 });
    const widget = page.locator('.suggest-widget.visible');
    try {
      await widget.waitFor({ timeout: 8_000 });
    } catch {
      await page.keyboard.press('Control+Space');
      await widget.waitFor({ timeout: 10_000 });
    }
    // Move to the snippet's row (the language server may offer items of its own too).
    const rows = widget.locator('.monaco-list-row');
    await rows.first().waitFor({ timeout: 10_000 });
    const labels = (await rows.allInnerTexts()).map((t) => nbsp(t).replace(/\s+/g, ' ').trim());
    const focused = async () => nbsp((await widget.locator('.monaco-list-row.focused').first().innerText().catch(() => '')) || '');
    for (let i = 0; i < 12 && !(await focused()).includes(files.snippet.prefix); i++) await page.keyboard.press('ArrowDown');
    const chosen = (await focused()).replace(/\s+/g, ' ').trim();
    if (!chosen.includes(files.snippet.prefix)) throw new Error(`no "${files.snippet.prefix}" item among: ${labels.join(' | ')}`);
    // once: the server's item; VS Code's own list (one row per prefix) is off in .vanban files
    const same = labels.filter((l) => l.includes(files.snippet.name)).length;
    if (same !== 1) throw new Error(`"${files.snippet.name}" offered ${same} times: ${labels.join(' | ')}`);
    await page.keyboard.press('Enter');
    await sleep(500);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const shown = (await editorLines()).map(nbsp);
    const firstLiteral = files.snippet.literal[0];
    if (!shown.some((l) => l.includes(firstLiteral))) throw new Error(`the editor does not show "${firstLiteral}"`);
    await page.keyboard.press('Control+S');
    const path = join(folder, 'moi.vanban');
    const end = Date.now() + 15_000;
    let text = '';
    while (Date.now() < end && !(text = readFileSync(path, 'utf8')).includes(firstLiteral)) await sleep(200);
    const missing = files.snippet.literal.filter((l) => !text.includes(l));
    if (missing.length) throw new Error(`the saved file lacks: ${missing.join(' | ')}`);
    return `accepted "${chosen.slice(0, 60)}"; ${text.split('\n').length} lines saved, with all ${files.snippet.literal.length} literal lines of the body (e.g. "${firstLiteral}")`;
  });

  await assertion('outline: the Outline view lists the parts of draft.vanban', async () => {
    await page.locator('.tabs-container .tab', { hasText: 'draft.vanban' }).first().click();
    await sleep(500);
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { timeout: 10_000 });
    await page.keyboard.type('Explorer: Focus on Outline View', { delay: 10 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Focus on Outline View' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    const pane = page.locator('.outline-pane');
    await pane.waitFor({ timeout: 15_000 });
    const want = ['Quốc hiệu', 'Kính gửi', 'Nơi nhận'];
    // The tree is virtualised (only the rows in view exist): page through it with the keyboard.
    const seen = new Set();
    const collect = async () => {
      for (const t of await pane.locator('.monaco-list-row').allInnerTexts()) seen.add(nbsp(t).replace(/\s+/g, ' ').trim());
    };
    const end = Date.now() + 30_000;
    while (Date.now() < end) {
      await collect();
      if (seen.size > 0) {
        await pane.locator('.monaco-list-row').first().click();
        for (let i = 0; i < 8; i++) {
          await page.keyboard.press('PageDown');
          await sleep(150);
          await collect();
        }
        await page.keyboard.press('Home');
      }
      if (want.every((w) => [...seen].some((n) => n.includes(w)))) break;
      await sleep(300);
    }
    const names = [...seen];
    const missing = want.filter((w) => !names.some((n) => n.includes(w)));
    await page.screenshot({ path: join(ARTIFACTS, 'outline.png') });
    if (missing.length) throw new Error(`the Outline view lacks ${missing.join(', ')}; it shows: ${names.join(' | ') || '(nothing)'}`);
    return `${names.length} rows: ${names.slice(0, 8).join(' | ')}; screenshot test/e2e/artifacts/outline.png`;
  }, 60_000);

  // ------------------------------------------------------------------ the print preview (webview)
  const runCommand = async (title) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { timeout: 10_000 });
    await page.keyboard.type(title, { delay: 5 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^.*?: /, '') }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  };
  /** The webview's inner frame (playwright reaches the webview's iframes). */
  const previewFrame = async (ms = 30_000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      for (const f of page.frames()) {
        const found = await f.evaluate(() => !!document.querySelector('#pages .page')).catch(() => false);
        if (found) return f;
      }
      await sleep(200);
    }
    throw new Error('no webview frame with #pages .page');
  };
  const firstEditorLine = async () => {
    const nums = (await page.locator('.editor-instance .monaco-editor .margin .line-numbers').allInnerTexts()).map(Number).filter((n) => n > 0);
    return Math.min(...nums);
  };
  let frame;

  await assertion('print preview: "Thể thức: Xem trước bản in" shows dai.vanban on A4 pages beside the editor, with a strict CSP', async () => {
    await openFromExplorer('dai.vanban');
    await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', { timeout: 60_000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    if (await page.locator('.markers-panel').isVisible().catch(() => false)) await page.keyboard.press('Control+J'); // hide the Problems panel
    await page.keyboard.press('Control+Home');
    await runCommand('Thể thức: Xem trước bản in');
    frame = await previewFrame();
    await frame.waitForFunction(() => document.querySelectorAll('#pages .page').length >= 3, null, { timeout: 15_000 });
    const info = await frame.evaluate(() => {
      const pages = [...document.querySelectorAll('#pages .page')];
      const r = pages[0].getBoundingClientRect();
      return {
        pages: pages.length,
        ratio: r.height / r.width,
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
        external: [...document.querySelectorAll('link, img, iframe, [src]')].map((e) => e.outerHTML.slice(0, 80)),
        styleAttrs: document.querySelectorAll('#measure [style]').length,
        numbers: pages.map((p) => p.querySelector('.num')?.textContent ?? ''),
        marks: document.querySelectorAll('#pages mark.f').length,
        text: document.getElementById('pages').textContent,
      };
    });
    if (Math.abs(info.ratio - 297 / 210) > 0.01) throw new Error(`page ratio ${info.ratio}`);
    if (!/default-src 'none'/.test(info.csp) || !/script-src 'nonce-[A-Za-z0-9]+'/.test(info.csp) || !/style-src 'nonce-/.test(info.csp)) throw new Error(`CSP "${info.csp}"`);
    if (info.external.length) throw new Error(`resources in the webview: ${info.external.join(' | ')}`);
    if (info.numbers[0] !== '' || info.numbers[1] !== '2') throw new Error(`page numbers ${JSON.stringify(info.numbers)}`);
    if (!info.text.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') || !info.text.includes('Độc lập - Tự do - Hạnh phúc')) throw new Error('the header is not in the preview');
    if (info.marks === 0) throw new Error('no finding marked in the preview');
    const editors = await page.locator('.editor-group-container').count();
    if (editors < 2) throw new Error('the preview is not beside the editor');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'preview.png') });
    return `${info.pages} A4 pages (numbers ${info.numbers.map((n) => n || '–').join(', ')}), ${info.marks} marks; CSP "${info.csp}"; screenshot test/e2e/artifacts/preview.png`;
  }, 90_000);

  await assertion('print preview: updated as the user types (median ≤ 500 ms after the last key)', async () => {
    const times = [];
    const words = ['XEMTRUOCMOT', 'XEMTRUOCHAI', 'XEMTRUOCBA', 'XEMTRUOCBON', 'XEMTRUOCNAM'];
    for (const word of words) {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
      await page.keyboard.type('15');
      await page.keyboard.press('Enter');
      await page.keyboard.press('End');
      await page.keyboard.type(` ${word}`, { delay: 20 });
      const start = Date.now();
      await frame.waitForFunction((w) => document.getElementById('pages').textContent.includes(w), word, { timeout: 10_000, polling: 10 });
      times.push(Date.now() - start);
    }
    for (let i = 0; i < words.length; i++) await page.keyboard.press('Control+Z');
    // the target is 500 ms; one slow round on a loaded machine is tolerated up to 1 s, the median is not
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    if (median > 500 || Math.max(...times) > 1000) throw new Error(`the preview followed the typing after ${times.join(', ')} ms`);
    return `shown ${times.join(', ')} ms after the last key (median ${median} ms)`;
  }, 60_000);

  await assertion('print preview: scroll kept in step with the editor, both ways', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await sleep(600);
    const top0 = await frame.evaluate(() => window.scrollY);
    await page.keyboard.press('Control+End');
    await frame.waitForFunction((y) => window.scrollY > y + 200, top0, { timeout: 10_000 });
    const top1 = await frame.evaluate(() => window.scrollY);
    await sleep(600);
    const before = await firstEditorLine();
    await frame.evaluate(() => window.scrollTo(0, 0));
    const end = Date.now() + 10_000;
    let after = before;
    while (Date.now() < end && (after = await firstEditorLine()) >= before) await sleep(100);
    if (after >= before) throw new Error(`the editor stayed at line ${before} when the preview went to its top`);
    return `editor to the end → preview scrollY ${top0} → ${Math.round(top1)}; preview to its top → editor's first line ${before} → ${after}`;
  }, 60_000);

  await assertion('print preview: a click on a mark selects the finding\'s range in the editor', async () => {
    const mark = frame.locator('#pages mark.f').first();
    const text = (await mark.innerText()).trim();
    await mark.click();
    const item = '[id="status.editor.selection"]';
    await page.waitForFunction((sel) => /selected/.test(document.querySelector(sel)?.textContent ?? ''), item, { timeout: 10_000 });
    const status = nbsp(await page.locator(item).first().innerText());
    const selected = await page.evaluate(() => document.querySelector('.editor-instance .monaco-editor .selected-text') !== null);
    if (!selected) throw new Error('no selection drawn in the editor');
    return `clicked the mark on “${text.slice(0, 40)}”: status “${status}”`;
  }, 30_000);

  await page.close();
}

// ---------------------------------------------------------------------------------------- main

async function cleanup() {
  if (browser) await withTimeout(browser.close(), 15_000, 'closing the browser').catch((e) => log(`browser: ${e.message}`));
  browser = undefined;
  if (server && server.exitCode === null && server.signalCode === null) {
    killGroup(server, 'SIGTERM');
    const end = Date.now() + 5_000;
    while (Date.now() < end && server.exitCode === null && server.signalCode === null) await sleep(100);
    killGroup(server, 'SIGKILL'); // the file watcher child lingers otherwise
  }
  for (const c of children) killGroup(c, 'SIGKILL');
  if (runDir && existsSync(join(runDir, 'code-server.log'))) {
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(join(runDir, 'code-server.log'), join(ARTIFACTS, 'code-server.log'));
  }
  if (runDir && !KEEP) rmSync(runDir, { recursive: true, force: true });
  else if (runDir) log(`kept ${runDir}`);
}

function report() {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'results.json'), JSON.stringify({ seconds: (Date.now() - t0) / 1000, results }, null, 2));
  console.log('\nEnd-to-end results (real VS Code 1.100.3 via code-server, packaged .vsix):');
  for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} [${r.phase}] ${r.name}${r.detail && !r.ok ? `\n         ${r.detail}` : ''}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`  ${results.length - failed} passed, ${failed} failed, ${((Date.now() - t0) / 1000).toFixed(0)} s in all\n`);
  return failed;
}

async function main() {
  await step('system packages', ensureSystemPackages, 1_200_000).then((m) => log(`  ${m}`));
  await step('code-server and playwright-core', ensureTools, 1_500_000).then((m) => log(`  ${m}`));
  const bin = join(TOOLS, 'node_modules', '.bin', 'code-server');

  runDir = mkdtempSync(join(tmpdir(), 'thethuc-e2e-'));
  const vsix = join(runDir, 'thethuc.vsix');
  await step('package the .vsix', () => sh(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out', vsix, '--quiet'], { timeoutMs: 300_000, quiet: true }), 300_000);
  const devPath = join(runDir, 'dev');
  const n = extract(vsix, 'extension/', devPath);
  log(`  unpacked ${n} files for the extension-host phase`);
  const snippets = JSON.parse(readFileSync(join(devPath, 'snippets', 'vanban.json'), 'utf8'));
  const entries = Object.entries(snippets);
  if (entries.length === 0) throw new Error('snippets/vanban.json in the package has no entries');
  const [name, entry] = entries.find(([, s]) => [s.prefix].flat().includes('congvan')) ?? entries[0];
  const literal = [entry.body].flat().filter((l) => l.trim() !== '' && !l.includes('$'));
  const snippet = { name, prefix: [entry.prefix].flat()[0], literal };
  log(`  snippet under test: "${name}" (prefix ${snippet.prefix})`);

  await step('bundle the in-host suite', async () => {
    const { build } = await import('esbuild');
    await build({ entryPoints: [join(ROOT, 'test', 'e2e', 'suite', 'index.ts')], outfile: join(runDir, 'suite', 'index.js'), bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' });
  }, 60_000);
  const ws = writeWorkspaces();
  const userDir = join(runDir, 'user');
  const extDir = join(runDir, 'ext');
  writeUserSettings(userDir);

  await step('install the .vsix into code-server', async () => {
    await sh(bin, ['--user-data-dir', userDir, '--extensions-dir', extDir, '--install-extension', vsix], { env: codeServerEnv(), timeoutMs: 180_000, quiet: true });
    const list = await sh(bin, ['--user-data-dir', userDir, '--extensions-dir', extDir, '--list-extensions', '--show-versions'], { env: codeServerEnv(), timeoutMs: 120_000, quiet: true });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const id = `${pkg.publisher}.${pkg.name}@${pkg.version}`;
    if (!list.split('\n').some((l) => l.trim() === id)) throw new Error(`${id} not listed: ${list}`);
    log(`  installed ${id}`);
  }, 300_000);

  const port = await freePort();
  await step('start code-server on 127.0.0.1', () => startCodeServer(bin, port, userDir, extDir), 90_000).then(() => log(`  http://127.0.0.1:${port}`));
  const base = `http://127.0.0.1:${port}`;
  const context = await step('launch chromium', launchBrowser, 90_000);

  if (ONLY !== 'ui') {
    const code = await step('phase A: checks inside the extension host', () => phaseA(context, base, devPath, join(runDir, 'suite', 'index.js'), ws.host), 360_000);
    log(`  extension-host suite exit code ${code}`);
    if (code !== 0 && !results.some((r) => r.phase === 'extension host' && !r.ok)) {
      results.push({ phase: 'extension host', name: 'suite exit code', ok: false, detail: `exit code ${code}` });
    }
  }
  if (ONLY !== 'host') await step('phase B: checks through the UI', () => phaseB(context, base, ws.ui, { snippet, extDir }), 600_000);
}

const watchdog = setTimeout(async () => {
  log(`the whole run exceeded ${TOTAL_MS / 60_000} min; stopping`);
  results.push({ phase: 'run', name: 'time limit', ok: false, detail: `over ${TOTAL_MS / 60_000} min` });
  await cleanup();
  report();
  process.exit(1);
}, TOTAL_MS);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    log(`${signal}: cleaning up`);
    await cleanup();
    process.exit(130);
  });
}

let failed = 1;
try {
  await main();
  failed = report();
} catch (err) {
  log(`ERROR ${err.stack || err.message}`);
  results.push({ phase: 'run', name: 'setup', ok: false, detail: err.message });
  report();
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
log(failed ? 'end-to-end tests FAILED' : 'end-to-end tests passed');
process.exit(failed ? 1 : 0);
