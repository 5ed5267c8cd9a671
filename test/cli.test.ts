import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { check, inspect, RULES, type Finding } from '../server/src/engine';
import { run } from '../server/src/cli/run';
import { toJson, toSarif, type FileReport } from '../server/src/cli/formats';
import { version } from '../package.json';

/** No Quốc hiệu and no "Số:" line: error-level findings whatever the details of the rules. */
const BROKEN = 'SỞ TÀI CHÍNH\nLạng Sơn, ngày 05 tháng 02 năm 2026\nBÁO CÁO\nVề tình hình giải ngân vốn\nNội dung báo cáo.\n';

/** Findings with certain fixes: "Số" without a colon, the old-style "HOÀ", day and month without a leading zero. */
const FIXABLE =
  'UBND TỈNH LẠNG SƠN\nVĂN PHÒNG\nSố 05/QĐ-VP\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n' +
  'Lạng Sơn, ngày 5 tháng 2 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác.\n';

/** Blank number and day: the engine reports them more severely in final mode than in draft. */
const BLANKS =
  'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố:      /QĐ-UBND\n' +
  'Lạng Sơn, ngày      tháng 01 năm 2026\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n';

const ALL_OFF = { rules: Object.fromEntries(RULES.map((r) => [r.id, 'off'])) };

const CLI_JS = resolve('dist/cli.js');

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
async function cli(argv: string[], options: { cwd: string; stdin?: string | Buffer; tty?: boolean; env?: Record<string, string> }): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: options.stdin === undefined ? undefined : Readable.from([Buffer.from(options.stdin)]),
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

function hasError(text: string, config = {}): boolean {
  return check(text, { config }).findings.some((f) => f.severity === 'error');
}

describe('cli', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-cli-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, content: string | Buffer): string {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  describe('check: exit codes', () => {
    it('exits 1 when a file has an error-level finding, and lists it', async () => {
      assert.ok(hasError(BROKEN), 'fixture must have an error');
      write('bao-cao.txt', BROKEN);
      const r = await cli(['check', 'bao-cao.txt'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.equal(r.stderr, '');
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], 'bao-cao.txt');
      const first = check(BROKEN).findings[0];
      assert.ok(first.severity === 'error', 'the first finding of the fixture is an error');
      assert.equal(lines[1].trim(), `${first.range.start.line + 1}:${first.range.start.character + 1}  lỗi  ${first.message}  ${first.rule}`);
      assert.match(r.stdout, /✖ \d+ vấn đề \(\d+ lỗi/);
    });

    it('exits 0 when the config found above the file turns every rule off', async () => {
      write('.thethucrc.json', JSON.stringify(ALL_OFF));
      write('van-ban/bao-cao.txt', BROKEN);
      const r = await cli(['check', 'van-ban/bao-cao.txt'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '✔ Không có vấn đề nào (1 tệp đã kiểm tra).\n');
    });

    it('exits 0 with --exit-zero despite errors', async () => {
      write('bao-cao.txt', BROKEN);
      const r = await cli(['check', '--exit-zero', 'bao-cao.txt'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /lỗi/);
    });

    it('still exits 2 with --exit-zero when a file cannot be read', async () => {
      const r = await cli(['check', '--exit-zero', 'khong-co.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'thethuc: không đọc được tệp khong-co.txt: không tồn tại\n');
    });

    it('uses --config instead of the config found above the file', async () => {
      write('.thethucrc.json', JSON.stringify(ALL_OFF));
      write('rieng.json', '{}');
      write('bao-cao.txt', BROKEN);
      assert.equal((await cli(['check', 'bao-cao.txt'], { cwd: dir })).code, 0);
      assert.equal((await cli(['check', '--config', 'rieng.json', 'bao-cao.txt'], { cwd: dir })).code, 1);
      assert.equal((await cli(['check', '--config=rieng.json', 'bao-cao.txt'], { cwd: dir })).code, 1);
    });

    it('checks in final mode with --final, or when the config says so', async () => {
      const severities = (mode: 'draft' | 'final') => check(BLANKS, { mode }).findings.map((f) => f.severity);
      assert.notDeepEqual(severities('draft'), severities('final'), 'fixture must differ between modes');
      write('quyet-dinh.txt', BLANKS);
      const jsonSeverities = (r: Captured) => JSON.parse(r.stdout)[0].diagnostics.map((d: { severity: string }) => d.severity);

      assert.deepEqual(jsonSeverities(await cli(['check', '--format', 'json', 'quyet-dinh.txt'], { cwd: dir })), severities('draft'));
      assert.deepEqual(jsonSeverities(await cli(['check', '--final', '--format', 'json', 'quyet-dinh.txt'], { cwd: dir })), severities('final'));
      write('.thethucrc.json', '{"mode": "final"}');
      assert.deepEqual(jsonSeverities(await cli(['check', '--format', 'json', 'quyet-dinh.txt'], { cwd: dir })), severities('final'));
    });
  });

  describe('check: unreadable input and invalid config', () => {
    it('exits 2 for a binary file (NUL bytes)', async () => {
      write('anh.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
      const r = await cli(['check', 'anh.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'thethuc: không đọc được tệp anh.txt: tệp nhị phân hoặc không phải UTF-8\n');
    });

    it('exits 2 for text that is not valid UTF-8', async () => {
      write('windows-1258.txt', Buffer.from('C\xd4NG V\xc3N', 'latin1'));
      const r = await cli(['check', 'windows-1258.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'thethuc: không đọc được tệp windows-1258.txt: tệp nhị phân hoặc không phải UTF-8\n');
    });

    it('exits 2 for binary standard input', async () => {
      const r = await cli(['check', '-'], { cwd: dir, stdin: Buffer.from([0x61, 0x00, 0x62]) });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'thethuc: không đọc được đầu vào chuẩn: tệp nhị phân hoặc không phải UTF-8\n');
    });

    it('still reports the other files when one cannot be read', async () => {
      write('bao-cao.txt', BROKEN);
      const r = await cli(['check', '--format', 'json', 'khong-co.txt', 'bao-cao.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /không đọc được tệp khong-co\.txt: không tồn tại/);
      assert.deepEqual(
        JSON.parse(r.stdout).map((f: { file: string }) => f.file),
        ['bao-cao.txt'],
      );
    });

    it('exits 2 for an invalid config found above the file, naming the file and the key', async () => {
      const config = write('.thethucrc.json', JSON.stringify({ rules: { [RULES[0].id]: 'loi' } }));
      write('bao-cao.txt', BROKEN);
      const r = await cli(['check', 'bao-cao.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(
        r.stderr,
        `thethuc: Cấu hình không hợp lệ trong ${config}: khóa "rules.${RULES[0].id}" phải là một trong "off", "info", "warning", "error", "hint" (đang là "loi").\n`,
      );
    });

    it('exits 2 for an invalid --config, before checking anything', async () => {
      const config = write('rieng.json', JSON.stringify({ rules: { 'khong-ton-tai': 'off' } }));
      write('bao-cao.txt', BROKEN);
      const r = await cli(['check', '--config', 'rieng.json', 'bao-cao.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.ok(r.stderr.startsWith(`thethuc: Cấu hình không hợp lệ trong ${config}: khóa "rules.khong-ton-tai"`), r.stderr);
    });

    it('exits 2 for a --config that is not JSON', async () => {
      const config = write('rieng.json', '{ mode: final }');
      write('bao-cao.txt', BROKEN);
      const r = await cli(['check', '--config', 'rieng.json', 'bao-cao.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.ok(r.stderr.startsWith(`thethuc: Tệp cấu hình ${config} không phải JSON hợp lệ`), r.stderr);
    });
  });

  describe('check: files and folders', () => {
    it('searches folders for .txt, .md and .vanban files, skipping node_modules and dot-folders', async () => {
      for (const name of ['a.txt', 'b.md', 'c.vanban', 'd.docx', 'e.json', 'sub/f.TXT', 'sub/deeper/g.md', 'node_modules/x.txt', '.git/y.txt', '.nhap/z.md']) {
        write(join('ho-so', name), 'Nội dung.\n');
      }
      write('ngoai.txt', 'Nội dung.\n');
      const r = await cli(['check', '--format', 'json', 'ho-so'], { cwd: dir });
      const files = JSON.parse(r.stdout).map((f: { file: string }) => f.file);
      assert.deepEqual(files, ['ho-so/a.txt', 'ho-so/b.md', 'ho-so/c.vanban', 'ho-so/sub/deeper/g.md', 'ho-so/sub/f.TXT'].map((p) => join(p)));
    });

    it('checks a file named explicitly whatever its extension, and each file once', async () => {
      write('ghi-chu.text', 'Nội dung.\n');
      write('ho-so/a.txt', 'Nội dung.\n');
      const r = await cli(['check', '--format', 'json', 'ghi-chu.text', 'ho-so', 'ho-so/a.txt'], { cwd: dir });
      assert.deepEqual(
        JSON.parse(r.stdout).map((f: { file: string }) => f.file),
        ['ghi-chu.text', join('ho-so', 'a.txt')],
      );
    });

    it('exits 2 for a folder without any text file', async () => {
      write('trong/anh.png', 'x');
      const r = await cli(['check', 'trong'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'thethuc: không tìm thấy tệp .txt, .md, .vanban nào trong thư mục trong\n');
    });

    it('shows files outside the working folder by their absolute path', async () => {
      const path = write('bao-cao.txt', BROKEN);
      mkdirSync(join(dir, 'khac'));
      const r = await cli(['check', '--format', 'json', '../bao-cao.txt'], { cwd: join(dir, 'khac') });
      assert.equal(JSON.parse(r.stdout)[0].file, path);
    });
  });

  describe('check: standard input', () => {
    it('reads "-" from standard input and reports it as "-"', async () => {
      const r = await cli(['check', '--format', 'json', '-'], { cwd: dir, stdin: BROKEN });
      assert.equal(r.code, 1);
      const [report] = JSON.parse(r.stdout);
      assert.equal(report.file, '-');
      assert.equal(report.diagnostics.length, check(BROKEN).findings.length);
    });

    it('takes the config for standard input from the working folder upward', async () => {
      write('.thethucrc.json', JSON.stringify(ALL_OFF));
      mkdirSync(join(dir, 'con'));
      const r = await cli(['check', '-'], { cwd: join(dir, 'con'), stdin: BROKEN });
      assert.equal(r.code, 0);
    });

    it('prints the fixed text to standard output and the report to standard error with --fix', async () => {
      const r = await cli(['check', '--fix', '-'], { cwd: dir, stdin: FIXABLE });
      write('ban-sao.txt', FIXABLE);
      await cli(['check', '--fix', 'ban-sao.txt'], { cwd: dir });
      assert.equal(r.stdout, readFileSync(join(dir, 'ban-sao.txt'), 'utf8'));
      assert.notEqual(r.stdout, FIXABLE);
      assert.match(r.stderr, /\(đầu vào chuẩn\)/);
    });
  });

  describe('check --format json', () => {
    it('prints each file with its diagnostics, keys exactly as documented, 1-based', async () => {
      write('quyet-dinh.txt', FIXABLE);
      const r = await cli(['check', '--format', 'json', 'quyet-dinh.txt'], { cwd: dir });
      const output = JSON.parse(r.stdout);
      assert.equal(output.length, 1);
      assert.deepEqual(Object.keys(output[0]), ['file', 'diagnostics']);
      assert.equal(output[0].file, 'quyet-dinh.txt');

      const findings = check(FIXABLE).findings;
      assert.ok(findings.some((f) => f.fix), 'fixture must have fixes');
      assert.equal(output[0].diagnostics.length, findings.length);
      findings.forEach((f, i) => {
        const d = output[0].diagnostics[i];
        const keys = ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'];
        assert.deepEqual(Object.keys(d), [...keys, ...(f.fix ? ['fix'] : []), ...(f.suggestions?.length ? ['suggestions'] : [])]);
        assert.deepEqual(
          [d.rule, d.severity, d.message, d.line, d.column, d.endLine, d.endColumn],
          [f.rule, f.severity, f.message, f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1],
        );
        if (f.fix) {
          assert.deepEqual(Object.keys(d.fix), ['title', 'edits']);
          assert.equal(d.fix.title, f.fix.title);
          for (const e of d.fix.edits) assert.deepEqual(Object.keys(e), ['line', 'column', 'endLine', 'endColumn', 'text']);
        }
      });
    });

    it('places fix edits by 1-based line and UTF-16 column', () => {
      const text = 'Một\r\nSố 05/QĐ-VP\n';
      const finding: Finding = {
        rule: 'so-ky-hieu',
        severity: 'warning',
        message: 'Thiếu dấu hai chấm.',
        start: 5,
        end: 7,
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } },
        fix: { title: 'Thêm dấu hai chấm', edits: [{ start: 7, end: 7, text: ':' }] },
      };
      const report: FileReport = { file: 'a.txt', path: '/x/a.txt', text, findings: [finding], fixed: 0 };
      assert.deepEqual(toJson([report]), [
        {
          file: 'a.txt',
          diagnostics: [
            {
              rule: 'so-ky-hieu',
              severity: 'warning',
              message: 'Thiếu dấu hai chấm.',
              line: 2,
              column: 1,
              endLine: 2,
              endColumn: 3,
              fix: { title: 'Thêm dấu hai chấm', edits: [{ line: 2, column: 3, endLine: 2, endColumn: 3, text: ':' }] },
            },
          ],
        },
      ]);
    });

    it('prints an empty diagnostics list for a clean file', async () => {
      write('.thethucrc.json', JSON.stringify(ALL_OFF));
      write('bao-cao.txt', BROKEN);
      const r = await cli(['check', '--format', 'json', 'bao-cao.txt'], { cwd: dir });
      assert.deepEqual(JSON.parse(r.stdout), [{ file: 'bao-cao.txt', diagnostics: [] }]);
    });
  });

  describe('check --format sarif', () => {
    it('prints a SARIF 2.1.0 log with every rule and one result per finding', async () => {
      write('văn bản/quyết định.txt', FIXABLE);
      const r = await cli(['check', '--format', 'sarif', 'văn bản'], { cwd: dir });
      const log = JSON.parse(r.stdout);
      assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      const { driver } = log.runs[0].tool;
      assert.equal(driver.name, 'thethuc');
      assert.deepEqual(
        driver.rules.map((x: { id: string }) => x.id),
        RULES.map((x) => x.id),
      );
      const rule = driver.rules[0];
      assert.deepEqual(Object.keys(rule), ['id', 'name', 'shortDescription', 'fullDescription', 'help', 'defaultConfiguration']);
      assert.deepEqual(rule.shortDescription, { text: RULES[0].title });
      assert.deepEqual(rule.fullDescription, { text: RULES[0].description });
      assert.deepEqual(rule.help, { text: RULES[0].citation });

      const findings = check(FIXABLE).findings;
      const results = log.runs[0].results;
      assert.equal(results.length, findings.length);
      const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
      findings.forEach((f, i) => {
        const result = results[i];
        assert.equal(result.ruleId, f.rule);
        assert.equal(result.level, levels[f.severity]);
        assert.deepEqual(result.message, { text: f.message });
        const location = result.locations[0].physicalLocation;
        assert.equal(location.artifactLocation.uri, 'v%C4%83n%20b%E1%BA%A3n/quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.txt');
        assert.deepEqual(location.region, {
          startLine: f.range.start.line + 1,
          startColumn: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
        });
      });
    });

    it('maps info and hint to note, and gives files outside the working folder a file URI', () => {
      const at = (severity: Finding['severity']): Finding => ({
        rule: RULES[0].id,
        severity,
        message: 'x',
        start: 0,
        end: 1,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      });
      const report: FileReport = { file: '/ngoai/a.txt', path: '/ngoai/a.txt', text: 'x', findings: ['error', 'warning', 'info', 'hint'].map((s) => at(s as Finding['severity'])), fixed: 0 };
      const log = toSarif([report], RULES, '/trong', '1.0.0') as { runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      const results = log.runs[0].results;
      assert.deepEqual(
        results.map((x) => x.level),
        ['error', 'warning', 'note', 'note'],
      );
      assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'file:///ngoai/a.txt');
    });
  });

  describe('check --fix', () => {
    it('writes the fixes back, and a second run finds nothing more to fix', async () => {
      assert.ok(check(FIXABLE).findings.some((f) => f.fix), 'fixture must have fixes');
      const path = write('quyet-dinh.txt', FIXABLE);
      const first = await cli(['check', '--fix', 'quyet-dinh.txt'], { cwd: dir });
      const fixed = readFileSync(path, 'utf8');
      assert.notEqual(fixed, FIXABLE);
      assert.match(first.stdout, /✔ Đã tự sửa \d+ chỗ trong 1 tệp\./);

      const second = await cli(['check', '--fix', 'quyet-dinh.txt'], { cwd: dir });
      assert.equal(readFileSync(path, 'utf8'), fixed);
      assert.doesNotMatch(second.stdout, /Đã tự sửa/);
      assert.equal(second.code, first.code);
      // What is reported after --fix is what a plain check of the fixed file finds.
      const after = await cli(['check', '--format', 'json', '--fix', 'quyet-dinh.txt'], { cwd: dir });
      assert.equal(JSON.parse(after.stdout)[0].diagnostics.length, check(fixed).findings.length);
    });

    it('keeps a byte order mark and CRLF line endings', async () => {
      const crlf = '\uFEFF' + FIXABLE.replace(/\n/g, '\r\n');
      const path = write('quyet-dinh.txt', crlf);
      await cli(['check', '--fix', 'quyet-dinh.txt'], { cwd: dir });
      const bytes = readFileSync(path);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const fixed = bytes.toString('utf8');
      assert.notEqual(fixed, crlf);
      assert.equal(fixed.match(/\uFEFF/g)?.length, 1);
      assert.doesNotMatch(fixed, /[^\r]\n|\r[^\n]/);
      // Same result as fixing the LF version, line endings aside.
      const plain = write('plain.txt', FIXABLE);
      await cli(['check', '--fix', 'plain.txt'], { cwd: dir });
      assert.equal(fixed.slice(1).replace(/\r\n/g, '\n'), readFileSync(plain, 'utf8'));
    });

    it('keeps the byte order mark when a fix starts at the first character', async () => {
      // Decomposed (NFD) letters in the first word: the Unicode fix rewrites the start of the text.
      const text = '\uFEFF' + FIXABLE.replace('UBND', 'Ủy ban nhân dân'.normalize('NFD'));
      const path = write('quyet-dinh.txt', text);
      await cli(['check', '--fix', 'quyet-dinh.txt'], { cwd: dir });
      const fixed = readFileSync(path, 'utf8');
      assert.ok(fixed.startsWith('\uFEFFỦy ban nhân dân'), JSON.stringify(fixed.slice(0, 20)));
      assert.equal(fixed.match(/\uFEFF/g)?.length, 1);
    });

    it('leaves a file without fixes untouched', async () => {
      write('.thethucrc.json', JSON.stringify(ALL_OFF));
      const path = write('quyet-dinh.txt', FIXABLE);
      const r = await cli(['check', '--fix', 'quyet-dinh.txt'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.equal(readFileSync(path, 'utf8'), FIXABLE);
    });
  });

  describe('check: stylish colours', () => {
    it('colours only a terminal, and not when NO_COLOR is set', async () => {
      write('bao-cao.txt', BROKEN);
      const tty = await cli(['check', 'bao-cao.txt'], { cwd: dir, tty: true });
      assert.match(tty.stdout, /\x1b\[31mlỗi/);
      const noColor = await cli(['check', 'bao-cao.txt'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } });
      assert.doesNotMatch(noColor.stdout, /\x1b\[/);
      const pipe = await cli(['check', 'bao-cao.txt'], { cwd: dir });
      assert.doesNotMatch(pipe.stdout, /\x1b\[/);
    });
  });

  describe('inspect', () => {
    it('prints the parsed parts as JSON after the file name', async () => {
      write('quyet-dinh.txt', FIXABLE);
      const r = await cli(['inspect', '--format', 'json', 'quyet-dinh.txt'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, JSON.stringify({ file: 'quyet-dinh.txt', ...inspect(FIXABLE) }, null, 2) + '\n');
    });

    it('prints a Vietnamese summary, one line per part', async () => {
      const r = await cli(['inspect', '-'], { cwd: dir, stdin: FIXABLE });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Tệp: +\(đầu vào chuẩn\)$/m);
      assert.match(r.stdout, /^Quốc hiệu: +có$/m);
      assert.match(r.stdout, /^Ký hiệu: +QĐ-VP$/m);
      assert.match(r.stdout, /^Nơi nhận: +\(không có\)$/m);
    });

    it('exits 2 for a binary file', async () => {
      write('anh.md', Buffer.from([0xff, 0xd8, 0xff, 0x00]));
      const r = await cli(['inspect', 'anh.md'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'thethuc: không đọc được tệp anh.md: tệp nhị phân hoặc không phải UTF-8\n');
    });
  });

  describe('rules', () => {
    it('lists every rule as JSON', async () => {
      const r = await cli(['rules', '--format', 'json'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.deepEqual(
        JSON.parse(r.stdout),
        RULES.map((x) => ({ id: x.id, title: x.title, description: x.description, citation: x.citation, severity: x.severity, fixable: x.fixable })),
      );
    });

    it('lists every rule in a table', async () => {
      const r = await cli(['rules'], { cwd: dir });
      const lines = r.stdout.split('\n');
      for (const rule of RULES) {
        assert.ok(
          lines.some((l) => l.startsWith(rule.id + ' ') && l.includes(rule.title) && l.includes(rule.citation)),
          `no line for ${rule.id}`,
        );
      }
    });
  });

  describe('usage', () => {
    const bad: [string, string[], string][] = [
      ['no command', [], 'thethuc: thiếu lệnh.'],
      ['an unknown command', ['kiem-tra', 'a.txt'], 'thethuc: không rõ lệnh "kiem-tra".'],
      ['an unknown flag', ['check', '--sua', 'a.txt'], 'thethuc: không rõ tùy chọn "--sua".'],
      ['an unknown format', ['check', '--format', 'xml', 'a.txt'], 'thethuc: định dạng "xml" không được hỗ trợ; chọn một trong: stylish, json, sarif.'],
      ['a missing option value', ['check', 'a.txt', '--config'], 'thethuc: tùy chọn "--config" cần một giá trị.'],
      ['check without paths', ['check', '--final'], 'thethuc: lệnh check cần ít nhất một tệp'],
      ['inspect with two files', ['inspect', 'a.txt', 'b.txt'], 'thethuc: lệnh inspect chỉ nhận một tệp (đang có 2).'],
      ['a sarif listing of rules', ['rules', '--format', 'sarif'], 'thethuc: định dạng "sarif" không được hỗ trợ; chọn một trong: text, json.'],
    ];
    for (const [what, argv, message] of bad) {
      it(`exits 2 with the usage for ${what}`, async () => {
        const r = await cli(argv, { cwd: dir });
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        assert.ok(r.stderr.startsWith(message), r.stderr);
        assert.match(r.stderr, /Cách dùng: thethuc <lệnh>/);
      });
    }

    it('prints the usage with --help', async () => {
      for (const argv of [['--help'], ['-h'], ['check', '--help']]) {
        const r = await cli(argv, { cwd: dir });
        assert.equal(r.code, 0);
        assert.match(r.stdout, /^Cách dùng: thethuc <lệnh>/);
      }
    });

    it('prints the version of package.json with --version', async () => {
      const r = await cli(['--version'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${version}\n`);
    });
  });

  describe('dist/cli.js', () => {
    before(function () {
      assert.ok(existsSync(CLI_JS), `${CLI_JS} is missing: run "node scripts/build.mjs" first`);
    });

    it('exits 1 for a file with errors and 0 with --exit-zero', () => {
      write('bao-cao.txt', BROKEN);
      const r = spawnSync(process.execPath, [CLI_JS, 'check', 'bao-cao.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(r.status, 1);
      assert.match(r.stdout, /^bao-cao\.txt$/m);
      const zero = spawnSync(process.execPath, [CLI_JS, 'check', '--exit-zero', 'bao-cao.txt'], { cwd: dir, encoding: 'utf8' });
      assert.equal(zero.status, 0);
    });

    it('reads standard input and prints JSON', () => {
      const r = spawnSync(process.execPath, [CLI_JS, 'check', '--format', 'json', '-'], { cwd: dir, input: BROKEN, encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.equal(JSON.parse(r.stdout)[0].file, '-');
    });

    it('exits 2 for an unknown flag', () => {
      const r = spawnSync(process.execPath, [CLI_JS, 'check', '--khong-co'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /không rõ tùy chọn "--khong-co"/);
    });
  });
});

describe('cli: config overrides', () => {
  it('a rule turned off for one file by "overrides" stays on for the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thethuc-overrides-'));
    const draft = 'Kính gửi: Sở Nội vụ\nNội dung công văn.\n'; // no ./. → ket-thuc fires
    writeFileSync(join(dir, 'a.txt'), draft);
    writeFileSync(join(dir, 'b.txt'), draft);
    writeFileSync(join(dir, '.thethucrc.json'), JSON.stringify({ overrides: [{ files: ['a.txt'], rules: { 'ket-thuc': 'off' } }] }));
    let out = '';
    const io = { stdout: { write: (s: string) => { out += s; return true; } }, stderr: { write: () => true }, cwd: dir };
    await run(['check', '--format', 'json', 'a.txt', 'b.txt'], io as never);
    const reports = JSON.parse(out) as { file: string; diagnostics: { rule: string }[] }[];
    const rulesOf = (name: string) => reports.find((r) => r.file.endsWith(name))!.diagnostics.map((d) => d.rule);
    assert.ok(!rulesOf('a.txt').includes('ket-thuc'));
    assert.ok(rulesOf('b.txt').includes('ket-thuc'));
    rmSync(dir, { recursive: true, force: true });
  });
});
