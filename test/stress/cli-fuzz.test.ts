/**
 * Fuzzing the engine and the CLI (issue #5): mutated seeds, examples and generated drafts, random
 * Unicode with combining marks and right-to-left text, CR/LF/CRLF mixes, empty files, a 10 MB file, a
 * binary file and invalid UTF-8 — in-process through check() and run(), and as a user runs it,
 * `node dist/cli.js check --format json`. Nothing throws or hangs, every range lies in the text, and
 * unreadable input gets exit 2 with a Vietnamese message.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { run } from '../../server/src/cli/run';
import { ConfigError, validateConfig } from '../../server/src/engine/config/load';
import { generateDraft, random } from '../../scripts/gen-draft';
import { check } from '../../server/src/engine';
import { checkBoth, fuzzTexts, hostileTexts, KNOWN_BUGS, lineLengths, ROOT, seeds } from './fuzz';

const CLI = join(ROOT, 'dist/cli.js');
/** Vietnamese reason the CLI gives for a file that is not UTF-8 text (UTF-16 and UTF-32 named as such). */
const NOT_TEXT = /không đọc được tệp .*: (tệp nhị phân hoặc không phải UTF-8|tệp mã hóa UTF-(16|32) \((little|big)-endian\), không phải UTF-8)/;

interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the bundled CLI; kills it and fails after `timeoutMs`. */
function cli(args: string[], cwd: string, timeoutMs = 60_000, stdin?: Buffer): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const proc = spawn(process.execPath, [CLI, ...args], { cwd, stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    if (stdin) proc.stdin!.end(stdin);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    proc.stdout!.on('data', (c: Buffer) => out.push(c));
    proc.stderr!.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`thethuc ${args.join(' ')} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - t0 });
    });
  });
}

/** Runs the CLI in-process with captured output. */
async function cliInProcess(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Every diagnostic of the JSON report lies in the text (1-based lines, 1-based UTF-16 columns). */
function assertJsonInBounds(file: string, text: string, diagnostics: JsonDiagnostic[]): void {
  const lengths = lineLengths(text);
  const inside = (line: number, column: number) => Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lengths.length && column >= 1 && column <= lengths[line - 1] + 1;
  for (const d of diagnostics) {
    assert.ok(inside(d.line, d.column) && inside(d.endLine, d.endColumn), `${file}: ${d.rule} at ${d.line}:${d.column}-${d.endLine}:${d.endColumn} is outside the text (${lengths.length} lines)`);
    assert.ok(d.line < d.endLine || (d.line === d.endLine && d.column <= d.endColumn), `${file}: ${d.rule} ends before it starts`);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity), `${file}: severity ${d.severity}`);
    assert.ok(d.message.length > 0, `${file}: empty message`);
  }
}

/**
 * Writes `count` fuzzed texts as files (NUL bytes dropped: those make a file binary, tested apart) and
 * returns what each file holds (a lone surrogate is written as U+FFFD). A text that hits a known engine
 * bug is left out (the in-process CLI would throw), and counted.
 */
function writeFuzzFiles(folder: string, count: number, seed: number, name: (i: number) => string): Map<string, string> {
  mkdirSync(folder);
  const texts = new Map<string, string>();
  let i = 0;
  let left = 0;
  for (const { text } of fuzzTexts(count, seed)) {
    const file = name(i++);
    writeFileSync(join(folder, file), text.replace(/\0/g, ''), 'utf8');
    const held = readFileSync(join(folder, file), 'utf8');
    if (checkBoth(held).known.length > 0) {
      rmSync(join(folder, file));
      left++;
      continue;
    }
    texts.set(file, held);
  }
  if (left > 0) console.log(`      ${left} fuzzed files left out: they hit a known engine bug`);
  return texts;
}

describe('stress: fuzzing the engine and the CLI', function () {
  this.timeout(120_000);
  let dir: string;

  before(function () {
    assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
    dir = mkdtempSync(join(tmpdir(), 'thethuc-fuzz-'));
  });
  after(function () {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('check() never throws and keeps every range and fix inside the text, in draft and final mode (1,200 fuzzed texts)', function () {
    const problems: string[] = [];
    const known = new Map<string, number>();
    let n = 0;
    for (const { name, text } of fuzzTexts(1_200, 5_2026)) {
      n++;
      const outcome = checkBoth(text);
      for (const p of outcome.problems) problems.push(`${name}: ${p}`);
      for (const id of outcome.known) known.set(id, (known.get(id) ?? 0) + 1);
    }
    assert.equal(n, 1_200);
    for (const [id, count] of known) console.log(`      known engine bug "${id}" hit ${count} times: ${KNOWN_BUGS.find((b) => b.id === id)?.description}`);
    assert.deepEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });

  it('regression: a lower-case "số:" line (found by this fuzzing) parses and is corrected to "Số:"', function () {
    for (const text of ['số: 12/UBND-VP\n', 'UBND TỈNH LẠNG SƠN\nso: 05/STC-QLNS\n', 'sô\n', '  số:\n']) {
      const { findings } = check(text);
      const label = findings.find((f) => f.rule === 'so-ky-hieu' && f.fix?.edits.some((e) => e.text === 'Số'));
      assert.ok(label, `${JSON.stringify(text)}: ${findings.map((f) => f.rule + ' ' + f.message).join(' | ')}`);
    }
  });

  it('run() checks 300 fuzzed files in one call, in json, sarif and stylish, each file reported with in-bounds ranges', async function () {
    const folder = join(dir, 'in-process');
    const texts = writeFuzzFiles(folder, 300, 777, (i) => `f${String(i).padStart(3, '0')}${['.txt', '.md', '.vanban'][i % 3]}`);
    const json = await cliInProcess(['check', '--format', 'json', '.'], folder);
    assert.ok(json.code === 0 || json.code === 1, `exit ${json.code}: ${json.stderr}`);
    assert.equal(json.stderr, '');
    const reports = JSON.parse(json.stdout) as { file: string; diagnostics: JsonDiagnostic[] }[];
    assert.deepEqual(reports.map((r) => r.file).sort(), [...texts.keys()].sort());
    for (const r of reports) assertJsonInBounds(r.file, texts.get(r.file)!, r.diagnostics);

    for (const format of ['sarif', 'stylish']) {
      const out = await cliInProcess(['check', '--format', format, '.'], folder);
      assert.ok(out.code === 0 || out.code === 1, `${format}: exit ${out.code}: ${out.stderr}`);
      assert.ok(out.stdout.length > 0);
      if (format === 'sarif') assert.equal(JSON.parse(out.stdout).runs[0].artifacts?.length ?? reports.length, reports.length);
    }
  });

  it('--fix on 60 fuzzed files writes UTF-8 text, and a second --fix changes nothing', async function () {
    const folder = join(dir, 'fix');
    writeFuzzFiles(folder, 60, 4242, (i) => `f${i}.txt`);
    const first = await cliInProcess(['check', '--fix', '--format', 'json', '.'], folder);
    assert.ok(first.code === 0 || first.code === 1, `exit ${first.code}: ${first.stderr}`);
    const after = new Map(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f))]));
    for (const [f, bytes] of after) assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), `${f} is not UTF-8 after --fix`);
    const second = await cliInProcess(['check', '--fix', '--format', 'json', '.'], folder);
    assert.ok(second.code === 0 || second.code === 1, `exit ${second.code}: ${second.stderr}`);
    const changed = readdirSync(folder).filter((f) => !readFileSync(join(folder, f)).equals(after.get(f)!));
    assert.deepEqual(changed, [], 'a second --fix changed files the first had fixed to a fixed point');
  });

  it('the bundled CLI checks 80 fuzzed files in one run: exit 0 or 1, one JSON report per file, ranges in bounds', async function () {
    const folder = join(dir, 'spawned');
    const texts = writeFuzzFiles(folder, 80, 99, (i) => `g${String(i).padStart(2, '0')}.txt`);
    const r = await cli(['check', '--format', 'json', '.'], folder);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code} ${r.signal ?? ''}: ${r.stderr}`);
    assert.equal(r.stderr, '');
    const reports = JSON.parse(r.stdout) as { file: string; diagnostics: JsonDiagnostic[] }[];
    assert.equal(reports.length, texts.size);
    for (const rep of reports) assertJsonInBounds(rep.file, texts.get(rep.file)!, rep.diagnostics);
  });

  it('an empty file is checked (its missing parts reported), not refused', async function () {
    writeFileSync(join(dir, 'rong.txt'), '');
    const r = await cli(['check', '--format', 'json', 'rong.txt'], dir);
    assert.equal(r.code, 1, r.stderr);
    const [report] = JSON.parse(r.stdout) as { file: string; diagnostics: JsonDiagnostic[] }[];
    assert.equal(report.file, 'rong.txt');
    assert.ok(report.diagnostics.some((d) => d.rule === 'quoc-hieu'), 'an empty draft lacks its Quốc hiệu');
    assertJsonInBounds('rong.txt', '', report.diagnostics);
  });

  const BAD_FILES: [string, Buffer][] = [
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['text with one NUL byte', Buffer.concat([Buffer.from('Số: 01/UBND-VP\n', 'utf8'), Buffer.from([0]), Buffer.from('Kính gửi: Sở Tài chính\n', 'utf8')])],
    ['Windows-1258 (a legacy Vietnamese code page)', Buffer.from([0x53, 0xf4, 0x3a, 0x20, 0x30, 0x31, 0x0a, 0x4b, 0xed, 0x6e, 0x68, 0x20, 0x67, 0xfd, 0x69])],
    ['a lone continuation byte', Buffer.from([0x53, 0x6f, 0x80, 0x0a])],
    ['a truncated sequence at the end', Buffer.concat([Buffer.from('Kính gửi', 'utf8'), Buffer.from([0xe1, 0xbb])])],
    ['an overlong "/"', Buffer.from([0x31, 0xc0, 0xaf, 0x32])],
    ['an encoded surrogate (CESU-8)', Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x62])],
    ['a code point above U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80])],
    ['UTF-16 with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Số: 01', 'utf16le')])],
    ['UTF-16 big-endian with its byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Số: 01', 'utf16le').swap16()])],
    ['UTF-16 without a byte order mark', Buffer.from('Số: 01/UBND-VP\nKính gửi: Sở Tài chính\n', 'utf16le')],
    ['UTF-32 with its byte order mark', Buffer.from([0xff, 0xfe, 0, 0, 0x53, 0, 0, 0, 0xd1, 0x1e, 0, 0])],
  ];
  /** The encoding the message must name, when it is one. */
  const NAMED: Record<string, string> = {
    'UTF-16 with its byte order mark': 'UTF-16 (little-endian)',
    'UTF-16 big-endian with its byte order mark': 'UTF-16 (big-endian)',
    'UTF-16 without a byte order mark': 'UTF-16 (little-endian)',
    'UTF-32 with its byte order mark': 'UTF-32 (little-endian)',
  };

  it('binary files and invalid UTF-8 exit 2 with a Vietnamese message, and still report the readable files', async function () {
    const folder = join(dir, 'bad');
    mkdirSync(folder);
    writeFileSync(join(folder, 'tot.txt'), seeds()[0].text);
    const names: string[] = [];
    for (const [i, [what, bytes]] of BAD_FILES.entries()) {
      const name = `hong${i}.txt`;
      names.push(name);
      writeFileSync(join(folder, name), bytes);
      const r = await cli(['check', '--format', 'json', name], folder);
      assert.equal(r.code, 2, `${what}: exit ${r.code}`);
      assert.match(r.stderr, NOT_TEXT, `${what}: ${r.stderr}`);
      assert.ok(r.stderr.includes(name), `${what}: the message names the file`);
      // issue 12: a UTF-16 file is named as such, not as "binary"
      if (NAMED[what]) assert.ok(r.stderr.includes(`tệp mã hóa ${NAMED[what]}, không phải UTF-8`), `${what}: ${r.stderr}`);
      else assert.ok(!r.stderr.includes('UTF-16'), `${what}: ${r.stderr}`);
      assert.deepEqual(JSON.parse(r.stdout), [], `${what}: no report for an unreadable file`);
    }
    // All at once, with a good file among them: exit 2, one message per bad file, the good file reported.
    const all = await cli(['check', '--format', 'json', '.'], folder);
    assert.equal(all.code, 2);
    assert.equal(all.stderr.split('\n').filter((l) => NOT_TEXT.test(l)).length, BAD_FILES.length, all.stderr);
    assert.deepEqual((JSON.parse(all.stdout) as { file: string }[]).map((r) => r.file), ['tot.txt']);
    // Standard input too.
    const piped = await cli(['check', '--format', 'json', '-'], folder, 30_000, Buffer.concat(BAD_FILES.map(([, b]) => b)));
    assert.equal(piped.code, 2);
    assert.match(piped.stderr, /không đọc được đầu vào chuẩn: tệp nhị phân hoặc không phải UTF-8/);
  });

  it('a 10 MB draft is declined at the default size limit (exit 2, in Vietnamese), and checked within a generous bound with --max-file-size', async function () {
    // A real-shaped 10 MB draft: generated sections, then the seeds, CRLF half of the way.
    let text = generateDraft({ chars: 3_000_000, seed: 3 });
    const seedTexts = seeds().map((s) => s.text).join('\n');
    while (Buffer.byteLength(text, 'utf8') < 10 * 1024 * 1024) text += seedTexts;
    text = text.slice(0, text.length >> 1) + text.slice(text.length >> 1).replace(/\n/g, '\r\n');
    const file = join(dir, 'muoi-mb.txt');
    writeFileSync(file, text, 'utf8');
    const bytes = Buffer.byteLength(text, 'utf8');
    assert.ok(bytes >= 10 * 1024 * 1024);
    // The server's limit (thethuc.maxFileSize, 2 MB) is the CLI's too.
    const declined = await cli(['check', '--format', 'json', 'muoi-mb.txt'], dir, 30_000);
    assert.equal(declined.code, 2, declined.stderr);
    const mb = (bytes / 1e6).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    assert.equal(declined.stderr, `thethuc: tệp muoi-mb.txt quá lớn để kiểm tra (${mb} MB, giới hạn 2 MB); có thể tăng giới hạn bằng tùy chọn --max-file-size\n`);
    assert.deepEqual(JSON.parse(declined.stdout), []);
    const r = await cli(['check', '--format', 'json', '--max-file-size', '11000000', 'muoi-mb.txt'], dir, 90_000);
    console.log(`      10 MB (${text.length.toLocaleString('en-US')} chars): declined in ${(declined.ms / 1000).toFixed(1)} s; with --max-file-size exit ${r.code} in ${(r.ms / 1000).toFixed(1)} s, ${r.stdout.length.toLocaleString('en-US')} bytes of JSON`);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code} ${r.signal ?? ''}: ${r.stderr.slice(0, 500)}`);
    assert.equal(r.stderr, '');
    const [report] = JSON.parse(r.stdout) as { file: string; diagnostics: JsonDiagnostic[] }[];
    assert.equal(report.file, 'muoi-mb.txt');
    assertJsonInBounds('muoi-mb.txt', text, report.diagnostics);
  });

  it('random bytes: either checked as text or refused with exit 2, never a crash (40 files)', async function () {
    const r = random(31337);
    const folder = join(dir, 'bytes');
    mkdirSync(folder);
    for (let i = 0; i < 40; i++) {
      const n = Math.floor(r() * 4000);
      const bytes = Buffer.alloc(n);
      // Half of them: printable ASCII with a few high bytes, so some decode and most do not.
      for (let k = 0; k < n; k++) bytes[k] = i % 2 ? Math.floor(r() * 256) : r() < 0.98 ? 0x20 + Math.floor(r() * 0x5f) : 0x80 + Math.floor(r() * 0x80);
      writeFileSync(join(folder, `b${i}.txt`), bytes);
    }
    const out = await cli(['check', '--format', 'json', '.'], folder);
    assert.ok(out.code === 1 || out.code === 2 || out.code === 0, `exit ${out.code} ${out.signal ?? ''}`);
    assert.ok(!/lỗi nội bộ|at .*\.js:\d+/.test(out.stderr), `internal error: ${out.stderr.slice(0, 500)}`);
    const reported = (JSON.parse(out.stdout) as { file: string; diagnostics: JsonDiagnostic[] }[]).map((x) => x.file);
    const refused = out.stderr.split('\n').filter((l) => NOT_TEXT.test(l)).length;
    assert.equal(reported.length + refused, 40, 'every file is either reported or refused');
  });
});

/** A FIFO at `path` (mkfifo); false where there is none (then the FIFO cases are skipped). */
function mkfifo(path: string): boolean {
  return process.platform !== 'win32' && spawnSync('mkfifo', [path]).status === 0;
}

describe('stress: hostile input and limits (issue 12): no hang, no crash, no silent default', function () {
  // each case is bounded well under 10 s; the bound is for a loaded CI machine
  this.timeout(15_000);
  let dir: string;
  const hostile = new Map(hostileTexts().map((h) => [h.name, h]));

  before(function () {
    assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
    dir = mkdtempSync(join(tmpdir(), 'thethuc-hostile-'));
  });
  after(function () {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const shape of ['a zero-width space after every letter', 'a run of 173,000 zero-width spaces']) {
    it(`--fix on ${shape} (520 KB) removes them in one round, no stack overflow`, async function () {
      const { text, note } = hostile.get(shape)!;
      const file = join(dir, `zw-${text.length}.txt`);
      writeFileSync(file, text);
      const t0 = performance.now();
      const r = await cliInProcess(['check', '--fix', '--format', 'json', file], dir);
      const ms = performance.now() - t0;
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr.slice(0, 300)}`);
      const fixed = readFileSync(file, 'utf8');
      assert.ok(!/[\u200B]/.test(fixed), 'no zero-width character left');
      assert.equal(fixed, text.replace(/\u200B/g, ''));
      console.log(`      ${shape} (${note}): --fix in ${ms.toFixed(0)} ms`);
      assert.ok(ms < 10_000, `${ms} ms`);
    });
  }

  it('a signature block followed by 130,000 title lines: check and the stylish output report 130,000 findings, no stack overflow', async function () {
    const { text } = hostile.get('a signature block followed by 130,000 title lines')!;
    const file = join(dir, 'chu-ky.txt');
    writeFileSync(file, text);
    const t0 = performance.now();
    const stylish = await cliInProcess(['check', '--max-file-size', '5000000', file], dir);
    const ms = performance.now() - t0;
    assert.ok(stylish.code === 0 || stylish.code === 1, `exit ${stylish.code}: ${stylish.stderr.slice(0, 300)}`);
    assert.equal(stylish.stderr, '');
    const total = Number(/✖ (\d+) vấn đề/.exec(stylish.stdout)?.[1]);
    assert.ok(total >= 130_000, `${total} findings`);
    // every row aligned on the widest position ("130135:1")
    const rows = stylish.stdout.split('\n').filter((l) => /^ {2}\s*\d+:\d+ /.test(l));
    assert.equal(rows.length, total);
    assert.equal(new Set(rows.map((l) => /^ *\d+:\d+/.exec(l)![0].length)).size, 1, 'positions right-aligned');
    console.log(`      130,000 title lines: ${total.toLocaleString('en-US')} findings, stylish in ${ms.toFixed(0)} ms`);
  });

  it('a file over the size limit (a sparse 60 MB file) exits 2 with the limit in Vietnamese, without reading it', async function () {
    const file = join(dir, 'sau-muoi-mb.txt');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 60_000_000);
    closeSync(fd);
    writeFileSync(join(dir, 'nho.txt'), seeds()[0].text);
    const r = await cli(['check', '--format', 'json', 'sau-muoi-mb.txt', 'nho.txt'], dir, 10_000);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr, 'thethuc: tệp sau-muoi-mb.txt quá lớn để kiểm tra (60 MB, giới hạn 2 MB); có thể tăng giới hạn bằng tùy chọn --max-file-size\n');
    assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file), ['nho.txt'], 'the file beside it is still checked');
    const inspect = await cli(['inspect', 'sau-muoi-mb.txt'], dir, 10_000);
    assert.equal(inspect.code, 2);
    assert.match(inspect.stderr, /quá lớn để kiểm tra \(60 MB, giới hạn 2 MB\)/);
    // the limit is an option, checked like any other
    const small = await cliInProcess(['check', '--max-file-size', '100', 'nho.txt'], dir);
    assert.equal(small.code, 2);
    assert.match(small.stderr, /tệp nho.txt quá lớn để kiểm tra \([\d,]+ kB, giới hạn 100 byte\)/);
    for (const bad of ['abc', '-1', '1.5', '1e9']) {
      const usage = await cliInProcess(['check', '--max-file-size', bad, 'nho.txt'], dir);
      assert.equal(usage.code, 2, bad);
      assert.match(usage.stderr, /tùy chọn "--max-file-size" cần một số nguyên byte không âm/, bad);
    }
  });

  it('standard input over the limit, or endless, stops at the limit: exit 2, no hang', async function () {
    const chunk = Buffer.alloc(1 << 20, 0x61); // "aaa…", 1 MiB
    let produced = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) {
        produced++;
        yield chunk;
      }
    }
    let stderr = '';
    const code = await run(['check', '-'], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, stdin: endless(), cwd: dir, env: {} });
    assert.equal(code, 2);
    assert.equal(stderr, 'thethuc: đầu vào chuẩn quá lớn để kiểm tra (hơn 2 MB, giới hạn 2 MB); có thể tăng giới hạn bằng tùy chọn --max-file-size\n');
    assert.ok(produced <= 3, `read ${produced} MiB of an endless input`);
  });

  it('a FIFO given as a file or as --config is refused at once (exit 2), not waited on', async function () {
    const fifo = join(dir, 'ong.txt');
    if (!mkfifo(fifo)) this.skip();
    writeFileSync(join(dir, 'tot.txt'), seeds()[0].text);
    const asFile = await cli(['check', '--format', 'json', 'ong.txt', 'tot.txt'], dir, 10_000);
    assert.equal(asFile.code, 2, asFile.stderr);
    assert.equal(asFile.stderr, 'thethuc: không đọc được tệp ong.txt: đây là một FIFO (ống có tên), không phải tệp thông thường\n');
    assert.deepEqual((JSON.parse(asFile.stdout) as { file: string }[]).map((x) => x.file), ['tot.txt']);
    const asConfig = await cli(['check', '--config', 'ong.txt', 'tot.txt'], dir, 10_000);
    assert.equal(asConfig.code, 2);
    assert.equal(asConfig.stderr, `thethuc: Tệp cấu hình ${fifo} không phải tệp thông thường: đó là một FIFO (ống có tên).\n`);
    const inspect = await cli(['inspect', 'ong.txt'], dir, 10_000);
    assert.equal(inspect.code, 2);
    // in a folder it is passed over like any file that is not text
    const folder = join(dir, 'co-ong');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), seeds()[0].text);
    assert.ok(mkfifo(join(folder, 'b.txt')));
    const walked = await cli(['check', '--format', 'json', 'co-ong'], dir, 10_000);
    assert.ok(walked.code === 0 || walked.code === 1, walked.stderr);
    assert.deepEqual((JSON.parse(walked.stdout) as { file: string }[]).map((x) => x.file), [join('co-ong', 'a.txt')]);
  });

  it('a .thethucrc.json that links to a folder, a FIFO or nothing is an error naming it: the search does not move on', async function () {
    const project = join(dir, 'du-an');
    const inner = join(project, 'du-thao');
    mkdirSync(inner, { recursive: true });
    // a valid config above: a silent skip would use it and exit 0
    writeFileSync(join(project, '.thethucrc.json'), JSON.stringify({ rules: {} }));
    writeFileSync(join(inner, 'a.txt'), seeds()[0].text);
    mkdirSync(join(project, 'thu-muc'));
    const fifo = join(project, 'ong');
    const targets: [string, string, RegExp][] = [
      ['a folder', join(project, 'thu-muc'), /không phải tệp thông thường: đó là một thư mục\./],
      ['nothing', join(project, 'khong-co.json'), /liên kết tượng trưng trỏ tới một tệp không tồn tại\./],
    ];
    if (mkfifo(fifo)) targets.push(['a FIFO', fifo, /không phải tệp thông thường: đó là một FIFO \(ống có tên\)\./]);
    const link = join(inner, '.thethucrc.json');
    for (const [what, target, message] of targets) {
      rmSync(link, { force: true });
      symlinkSync(target, link);
      const r = await cli(['check', '--format', 'json', join('du-an', 'du-thao', 'a.txt')], dir, 10_000);
      assert.equal(r.code, 2, `${what}: exit ${r.code} ${r.stderr}`);
      assert.ok(r.stderr.includes(link), `${what}: the message names the config: ${r.stderr}`);
      assert.match(r.stderr, message, what);
    }
    // a real folder named .thethucrc.json is not a config: the search goes on to the one above
    rmSync(link, { force: true });
    mkdirSync(link);
    const passed = await cli(['check', '--format', 'json', join('du-an', 'du-thao', 'a.txt')], dir, 10_000);
    assert.ok(passed.code === 0 || passed.code === 1, passed.stderr);
  });

  it('a .thethucrc.json linking to a file outside the project: an error that quotes none of that file', async function () {
    const outside = mkdtempSync(join(tmpdir(), 'thethuc-outside-'));
    const project = join(dir, 'du-an-2');
    mkdirSync(project);
    writeFileSync(join(project, 'a.txt'), seeds()[0].text);
    try {
      const secrets = [
        'root:x:0:0:SECRET-TOKEN-1234:/root:/bin/bash\n',
        '{\n  "token": "SECRET-TOKEN-1234",\n  oops\n}\n',
        '# SECRET-TOKEN-1234\n',
        'SECRET-TOKEN-1234 '.repeat(200_000), // 3.6 MB: over the config limit, not read
      ];
      for (const [i, secret] of secrets.entries()) {
        const target = join(outside, `bi-mat-${i}`);
        writeFileSync(target, secret);
        rmSync(join(project, '.thethucrc.json'), { force: true });
        symlinkSync(target, join(project, '.thethucrc.json'));
        const r = await cli(['check', join('du-an-2', 'a.txt')], dir, 10_000);
        assert.equal(r.code, 2, r.stderr);
        assert.ok(r.stderr.includes(join(project, '.thethucrc.json')), r.stderr);
        assert.ok(!/SECRET|TOKEN|root:x/.test(r.stderr), `quoted the foreign file: ${r.stderr}`);
        assert.match(r.stderr, /không phải JSON hợp lệ \((dòng \d+, cột \d+|hết tệp giữa chừng)\)\.|quá lớn \(3,6 MB, giới hạn 1 MB\)/);
      }
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('override globs that backtracked ("*a*a…b" by a long file name, "**/" ten times on a deep path) match at once', async function () {
    const project = join(dir, 'glob');
    const deep = join(project, ...Array.from({ length: 40 }, (_, i) => `thu-muc-${i}`));
    mkdirSync(deep, { recursive: true });
    const longName = 'a'.repeat(240) + '.txt';
    writeFileSync(join(project, longName), seeds()[0].text);
    writeFileSync(join(deep, 'b.txt'), seeds()[0].text);
    const overrides = [
      { files: ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'], rules: { 'quoc-hieu': 'off' } },
      { files: ['**/'.repeat(10) + 'x.txt'], rules: { 'quoc-hieu': 'off' } },
      { files: ['**/'.repeat(10) + 'b.txt'], rules: { 'so-ky-hieu': 'off' } },
    ];
    writeFileSync(join(project, '.thethucrc.json'), JSON.stringify({ overrides }));
    const t0 = performance.now();
    const r = await cli(['check', '--format', 'json', 'glob'], dir, 10_000);
    const ms = performance.now() - t0;
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const reports = JSON.parse(r.stdout) as { file: string; diagnostics: JsonDiagnostic[] }[];
    assert.equal(reports.length, 2);
    const deepReport = reports.find((x) => x.file.endsWith('b.txt'))!;
    assert.ok(!deepReport.diagnostics.some((d) => d.rule === 'so-ky-hieu'), 'the "**/" × 10 pattern matches the deep file');
    console.log(`      hostile globs on a ${longName.length}-character name and a ${deep.length - project.length}-character path: ${ms.toFixed(0)} ms`);
    assert.ok(ms < 10_000);
  });

  it('a 5 MB unknown rule id is answered at once, and the message stays short', async function () {
    const id = 'x'.repeat(5_000_000);
    const t0 = performance.now();
    let message = '';
    try {
      validateConfig({ rules: { [id]: 'off' } }, '.thethucrc.json');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      message = err.message;
    }
    const ms = performance.now() - t0;
    assert.match(message, /không có quy tắc nào mang mã "x{59}…"/);
    assert.ok(message.length < 400, `${message.length} characters`);
    assert.ok(ms < 2_000, `${ms} ms (it took 7 s)`);
    // through the CLI: a config just under its size limit, holding a 900,000-character unknown id
    const file = join(dir, 'dai.thethucrc.json');
    writeFileSync(file, JSON.stringify({ rules: { ['lap-tu' + 'u'.repeat(900_000)]: 'off' } }));
    writeFileSync(join(dir, 'tot2.txt'), seeds()[0].text);
    const t1 = performance.now();
    const c = await cliInProcess(['check', '--config', file, 'tot2.txt'], dir);
    assert.equal(c.code, 2);
    assert.ok(c.stderr.length < 500, `${c.stderr.length} characters`);
    assert.ok(performance.now() - t1 < 3_000);
  });
});
