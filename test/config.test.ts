import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES, check, type Config } from '../server/src/engine';
import { ConfigError, configForFile, findConfig, globMatch, jsonErrorOffset, loadConfig, validateConfig } from '../server/src/engine/config/load';
import { random } from '../scripts/gen-draft';
import schema from '../schemas/thethucrc.schema.json';

const SETTINGS = ['off', 'info', 'warning', 'error', 'hint'];

describe('config', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Writes `.thethucrc.json` (an object is written as JSON, a string as is) and returns its path. */
  function writeConfig(content: unknown, folder = dir): string {
    const path = join(folder, '.thethucrc.json');
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  }

  describe('findConfig', () => {
    it('finds the config in a folder above the file', () => {
      const config = writeConfig({});
      mkdirSync(join(dir, 'a', 'b'), { recursive: true });
      assert.equal(findConfig(join(dir, 'a', 'b', 'cong-van.txt')), config);
    });

    it('prefers the nearest config', () => {
      writeConfig({});
      mkdirSync(join(dir, 'a'));
      const nearer = writeConfig({}, join(dir, 'a'));
      assert.equal(findConfig(join(dir, 'a', 'cong-van.txt')), nearer);
    });

    it('starts in the folder itself when given a folder', () => {
      mkdirSync(join(dir, 'a'));
      const config = writeConfig({}, join(dir, 'a'));
      assert.equal(findConfig(join(dir, 'a')), config);
    });

    it('returns null when no folder above has a config', () => {
      mkdirSync(join(dir, 'a'));
      assert.equal(findConfig(join(dir, 'a', 'cong-van.txt')), null);
    });

    it('ignores a folder named .thethucrc.json', () => {
      mkdirSync(join(dir, '.thethucrc.json'));
      assert.equal(findConfig(join(dir, 'cong-van.txt')), null);
    });

    it('stops at a .thethucrc.json that links to a folder, a FIFO or nothing: loadConfig then names it (issue 12)', () => {
      writeConfig({}); // above: a silent skip would find this one
      const inner = join(dir, 'a');
      mkdirSync(inner);
      mkdirSync(join(dir, 'thu-muc'));
      const link = join(inner, '.thethucrc.json');
      const cases: [string, string, string][] = [
        ['a folder', join(dir, 'thu-muc'), `Tệp cấu hình ${link} (một liên kết tượng trưng) không phải tệp thông thường: đó là một thư mục.`],
        ['nothing', join(dir, 'khong-co'), `Không đọc được tệp cấu hình ${link}: liên kết tượng trưng trỏ tới một tệp không tồn tại.`],
      ];
      if (process.platform !== 'win32' && spawnSync('mkfifo', [join(dir, 'ong')]).status === 0) {
        cases.push(['a FIFO', join(dir, 'ong'), `Tệp cấu hình ${link} (một liên kết tượng trưng) không phải tệp thông thường: đó là một FIFO (ống có tên).`]);
      }
      for (const [what, target, message] of cases) {
        rmSync(link, { force: true });
        symlinkSync(target, link);
        assert.equal(findConfig(join(inner, 'cong-van.txt')), link, what);
        assert.throws(() => loadConfig(link), (err: unknown) => err instanceof ConfigError && err.file === link && err.message === message, what);
      }
    });
  });

  describe('loadConfig', () => {
    it('reads every supported key', () => {
      const [first, second] = RULES.map((r) => r.id);
      const path = writeConfig({
        $schema: './node_modules/thethuc/schemas/thethucrc.schema.json',
        mode: 'final',
        rules: { [first]: 'off', [second]: 'warning' },
        profile: { place: 'Lạng Sơn', abbreviations: ['VP', 'KGVX'], allowTitlesBeforeName: true },
        ignore: [{ rule: first, text: 'CỘNG HOÀ' }],
      });
      assert.deepEqual(loadConfig(path), {
        mode: 'final',
        rules: { [first]: 'off', [second]: 'warning' },
        profile: { place: 'Lạng Sơn', abbreviations: ['VP', 'KGVX'], allowTitlesBeforeName: true },
        ignore: [{ rule: first, text: 'CỘNG HOÀ' }],
      });
    });

    it('reads overrides', () => {
      const [first, second] = RULES.map((r) => r.id);
      const overrides = [
        { files: ['du-thao/cong-van.txt'], rules: { [first]: 'off' } },
        { files: ['du-thao/**', '*.md'], rules: { [second]: 'info' } },
      ];
      assert.deepEqual(loadConfig(writeConfig({ overrides })), { overrides });
    });

    it('reads an empty object as an empty config', () => {
      assert.deepEqual(loadConfig(writeConfig({})), {});
    });

    it('accepts a byte order mark before the JSON', () => {
      assert.deepEqual(loadConfig(writeConfig('\uFEFF{"mode": "draft"}')), { mode: 'draft' });
    });

    it('names the file, the key and the bad value for an unknown severity', () => {
      const id = RULES[0].id;
      const path = writeConfig({ rules: { [id]: 'loi' } });
      assert.throws(
        () => loadConfig(path),
        (err: unknown) => {
          assert.ok(err instanceof ConfigError);
          assert.equal(
            err.message,
            `Cấu hình không hợp lệ trong ${path}: khóa "rules.${id}" phải là một trong "off", "info", "warning", "error", "hint" (đang là "loi").`,
          );
          assert.equal(err.file, path);
          return true;
        },
      );
    });

    it('suggests the closest rule id for a misspelt one', () => {
      const id = RULES[0].id;
      const misspelt = id.slice(0, -1);
      const path = writeConfig({ rules: { [misspelt]: 'off' } });
      assert.throws(() => loadConfig(path), (err: Error) => err instanceof ConfigError && err.message.includes(`có phải "${id}"?`));
    });

    const invalid: [string, unknown, string][] = [
      ['an unknown rule id', { rules: { 'khong-ton-tai': 'off' } }, 'khóa "rules.khong-ton-tai": không có quy tắc nào mang mã "khong-ton-tai"'],
      ['a severity that is not a string', { rules: { RULE: 2 } }, 'khóa "rules.RULE" phải là một trong "off", "info", "warning", "error", "hint" (đang là 2)'],
      ['rules that are not an object', { rules: ['RULE'] }, 'khóa "rules" phải là một đối tượng (đang là một mảng)'],
      ['an unknown top-level key', { rule: {} }, 'khóa "rule" không được hỗ trợ'],
      ['an unknown mode', { mode: 'chinh-thuc' }, 'khóa "mode" phải là một trong "draft", "final" (đang là "chinh-thuc")'],
      ['a $schema that is not a string', { $schema: true }, 'khóa "$schema" phải là một chuỗi (đang là true)'],
      ['a place that is not a string', { profile: { place: 5 } }, 'khóa "profile.place" phải là một chuỗi (đang là 5)'],
      ['an abbreviation that is not a string', { profile: { abbreviations: ['VP', null] } }, 'khóa "profile.abbreviations[1]" phải là một chuỗi (đang là null)'],
      ['abbreviations that are not an array', { profile: { abbreviations: 'VP' } }, 'khóa "profile.abbreviations" phải là một mảng chuỗi (đang là "VP")'],
      ['allowTitlesBeforeName that is not a boolean', { profile: { allowTitlesBeforeName: 'yes' } }, 'khóa "profile.allowTitlesBeforeName" phải là true hoặc false (đang là "yes")'],
      ['an unknown profile key', { profile: { city: 'Huế' } }, 'khóa "profile.city" không được hỗ trợ'],
      ['ignore that is not an array', { ignore: {} }, 'khóa "ignore" phải là một mảng (đang là một đối tượng)'],
      ['an ignore entry without text', { ignore: [{ rule: 'RULE' }] }, 'khóa "ignore[0]" thiếu "text"'],
      ['an ignore entry for an unknown rule', { ignore: [{ rule: 'khong-ton-tai', text: 'x' }] }, 'khóa "ignore[0].rule": không có quy tắc nào mang mã "khong-ton-tai"'],
      ['an ignore entry with an unknown key', { ignore: [{ rule: 'RULE', text: 'x', note: 'y' }] }, 'khóa "ignore[0].note" không được hỗ trợ'],
      ['a top level that is not an object', ['RULE'], 'nội dung phải là một đối tượng JSON (đang là một mảng)'],
      ['overrides that are not an array', { overrides: {} }, 'khóa "overrides" phải là một mảng (đang là một đối tượng)'],
      ['an override without files', { overrides: [{ rules: { RULE: 'off' } }] }, 'khóa "overrides[0]" thiếu "files"'],
      ['an override without rules', { overrides: [{ files: ['a.txt'] }] }, 'khóa "overrides[0]" thiếu "rules"'],
      ['an override with no pattern', { overrides: [{ files: [], rules: {} }] }, 'khóa "overrides[0].files" phải là một mảng không rỗng'],
      ['an override pattern that is not a string', { overrides: [{ files: [3], rules: {} }] }, 'khóa "overrides[0].files[0]" phải là một chuỗi (đang là 3)'],
      ['an empty override pattern', { overrides: [{ files: [' '], rules: {} }] }, 'khóa "overrides[0].files[0]" không được để trống'],
      ['an absolute override pattern', { overrides: [{ files: ['/etc/x.txt'], rules: {} }] }, 'khóa "overrides[0].files[0]" phải là đường dẫn tương đối'],
      ['an override pattern leaving the folder', { overrides: [{ files: ['../x/**'], rules: {} }] }, 'không dùng ".."'],
      ['an override for an unknown rule', { overrides: [{ files: ['a.txt'], rules: { 'khong-ton-tai': 'off' } }] }, 'khóa "overrides[0].rules.khong-ton-tai": không có quy tắc nào mang mã'],
      ['an override with a bad severity', { overrides: [{ files: ['a.txt'], rules: { RULE: 'tat' } }] }, 'khóa "overrides[0].rules.RULE" phải là một trong "off"'],
      ['an override with an unknown key', { overrides: [{ files: ['a.txt'], rules: {}, mode: 'final' }] }, 'khóa "overrides[0].mode" không được hỗ trợ'],
    ];
    for (const [what, content, expected] of invalid) {
      it(`rejects ${what}, naming the file and the key`, () => {
        // "RULE" stands for a real rule id, read at run time.
        const id = RULES[0].id;
        const path = writeConfig(JSON.parse(JSON.stringify(content).replace(/RULE/g, id)));
        assert.throws(
          () => loadConfig(path),
          (err: unknown) => {
            assert.ok(err instanceof ConfigError, 'a ConfigError');
            assert.ok(err.message.startsWith(`Cấu hình không hợp lệ trong ${path}: `), err.message);
            assert.ok(err.message.includes(expected.replace(/RULE/g, id)), err.message);
            return true;
          },
        );
      });
    }

    it('rejects invalid JSON, naming the file', () => {
      const path = writeConfig('{ "mode": "final", }');
      assert.throws(
        () => loadConfig(path),
        (err: unknown) => err instanceof ConfigError && err.message.startsWith(`Tệp cấu hình ${path} không phải JSON hợp lệ`),
      );
    });

    it('rejects a file that does not exist, naming it', () => {
      const path = join(dir, 'khong-co.json');
      assert.throws(
        () => loadConfig(path),
        (err: unknown) => err instanceof ConfigError && err.message === `Không đọc được tệp cấu hình ${path}: tệp không tồn tại.`,
      );
    });
  });

  describe('configForFile', () => {
    it('merges the rules of the overrides matching the file, later ones winning', () => {
      const configPath = join(dir, '.thethucrc.json');
      const config: Config = {
        mode: 'final',
        rules: { 'lap-tu': 'warning', 'tieu-ngu': 'info' },
        overrides: [
          { files: ['du-thao/**'], rules: { 'lap-tu': 'off' } },
          { files: ['du-thao/cong-van.txt'], rules: { 'lap-tu': 'error', 'ket-thuc': 'off' } },
          { files: ['*.md'], rules: { 'tieu-ngu': 'off' } },
        ],
      };
      assert.deepEqual(configForFile(config, configPath, join(dir, 'du-thao', 'cong-van.txt')), {
        mode: 'final',
        rules: { 'lap-tu': 'error', 'tieu-ngu': 'info', 'ket-thuc': 'off' },
      });
      assert.deepEqual(configForFile(config, configPath, join(dir, 'du-thao', 'sub', 'khac.txt')).rules, { 'lap-tu': 'off', 'tieu-ngu': 'info' });
      assert.deepEqual(configForFile(config, configPath, join(dir, 'ghi-chu.md')).rules, { 'lap-tu': 'warning', 'tieu-ngu': 'off' });
      assert.deepEqual(configForFile(config, configPath, join(dir, 'sub', 'ghi-chu.md')).rules, { 'lap-tu': 'warning', 'tieu-ngu': 'info' }, '"*" stays in one folder');
      // outside the config's folder nothing matches; without a config path neither
      assert.deepEqual(configForFile(config, configPath, join(dir, '..', 'du-thao', 'cong-van.txt')).rules, config.rules);
      assert.deepEqual(configForFile(config, null, join(dir, 'du-thao', 'cong-van.txt')), { mode: 'final', rules: config.rules });
      assert.ok(!('overrides' in configForFile(config, configPath, join(dir, 'x.txt'))));
    });

    it('applies to the engine: a rule off for one file only', () => {
      const path = writeConfig({ overrides: [{ files: ['a.txt'], rules: { 'lap-tu': 'off' } }] });
      const config = loadConfig(path);
      const text = 'Rà soát các các kết quả.\n';
      assert.ok(!check(text, { config: configForFile(config, path, join(dir, 'a.txt')) }).findings.some((f) => f.rule === 'lap-tu'));
      assert.ok(check(text, { config: configForFile(config, path, join(dir, 'b.txt')) }).findings.some((f) => f.rule === 'lap-tu'));
    });
  });

  describe('limits (issue 12)', () => {
    const many = (n: number, pattern: (i: number) => string) => ({ overrides: [{ files: Array.from({ length: n }, (_, i) => pattern(i)), rules: {} }] });
    const cases: [string, unknown, string][] = [
      ['more than 1,000 patterns', many(1001, (i) => `a${i}.txt`), 'khóa "overrides[0].files" có 1001 mẫu đường dẫn, nhiều hơn giới hạn 1000.'],
      [
        'more than 1,000 patterns over several overrides',
        { overrides: Array.from({ length: 3 }, (_, k) => ({ files: Array.from({ length: 400 }, (_, i) => `${k}/${i}.txt`), rules: {} })) },
        'các khóa "overrides[].files" có tổng cộng 1200 mẫu đường dẫn, nhiều hơn giới hạn 1000.',
      ],
      ['a pattern over 1,000 characters', many(1, () => 'a'.repeat(1001)), 'khóa "overrides[0].files[0]" dài 1001 ký tự, nhiều hơn giới hạn 1000 ký tự của một mẫu đường dẫn.'],
      [
        'wildcard patterns over 10,000 characters together',
        many(11, (i) => '*a'.repeat(499) + i),
        'các mẫu đường dẫn có ký tự đại diện (*, ?, {…}) trong "overrides[].files" dài tổng cộng 10990 ký tự, nhiều hơn giới hạn 10000.',
      ],
    ];
    for (const [name, data, message] of cases) {
      it(`refuses ${name} with a clear error`, () => {
        assert.throws(() => validateConfig(data, 'x.json'), (err: unknown) => err instanceof ConfigError && err.message === `Cấu hình không hợp lệ trong x.json: ${message}`);
      });
    }

    it('accepts 1,000 plain file patterns (what "Tắt quy tắc … cho tệp này" writes), compared as strings', () => {
      const config = validateConfig(many(1000, (i) => `du-thao/quy-${i % 4}/cong-van-so-${i}-ve-viec-trien-khai.txt`), 'x.json');
      const t0 = performance.now();
      for (let i = 0; i < 100; i++) configForFile(config, join(dir, '.thethucrc.json'), join(dir, 'du-thao', 'quy-3', 'cong-van-so-999-ve-viec-trien-khai.txt'));
      assert.ok(performance.now() - t0 < 2_000);
    });

    it('refuses a config file over 1 MB without parsing it', () => {
      const path = writeConfig(`{"mode": "draft", "x": "${'a'.repeat(1_100_000)}"}`);
      assert.throws(() => loadConfig(path), (err: unknown) => err instanceof ConfigError && err.message === `Tệp cấu hình ${path} quá lớn (1,1 MB, giới hạn 1 MB).`);
    });

    it('a 5 MB unknown rule id: answered at once, quoted cut short', () => {
      const t0 = performance.now();
      assert.throws(
        () => validateConfig({ rules: { ['x'.repeat(5_000_000)]: 'off' } }, 'x.json'),
        (err: unknown) => err instanceof ConfigError && err.message.length < 400 && /mang mã "x{59}…"/.test(err.message),
      );
      assert.throws(() => validateConfig({ ['k'.repeat(5_000_000)]: 1 }, 'x.json'), (err: unknown) => err instanceof ConfigError && err.message.length < 400);
      assert.throws(() => validateConfig({ mode: 'm'.repeat(5_000_000) }, 'x.json'), (err: unknown) => err instanceof ConfigError && err.message.length < 400);
      assert.ok(performance.now() - t0 < 2_000, 'it took 7 s');
      // a near miss still gets its suggestion
      assert.throws(() => validateConfig({ rules: { 'lap-tuu': 'off' } }, 'x.json'), /có phải "lap-tu"\?/);
    });

    it('a JSON syntax error says where, never what the file holds', () => {
      const texts: [string, string][] = [
        ['root:x:0:0:SECRET:/root:/bin/bash\n', '(dòng 1, cột 1)'],
        ['{\n  "mode": "draft",\n  SECRET\n}\n', '(dòng 3, cột 3)'],
        ['\uFEFF{"mode": "draft", "token": "SECRET"', '(hết tệp giữa chừng)'],
        ['{"a": tru, "SECRET": 1}', '(dòng 1, cột 7)'],
      ];
      for (const [text, where] of texts) {
        const path = writeConfig(text);
        assert.throws(() => loadConfig(path), (err: unknown) => err instanceof ConfigError && err.message === `Tệp cấu hình ${path} không phải JSON hợp lệ ${where}.`, text);
      }
    });

    it('jsonErrorOffset agrees with JSON.parse on 3,000 mutated configs', () => {
      const base = JSON.stringify({ $schema: 'x', mode: 'final', rules: { 'lap-tu': 'off' }, profile: { place: 'Lạng Sơn', abbreviations: ['UBND'], allowTitlesBeforeName: true }, ignore: [{ rule: 'lap-tu', text: 'a\\"b\u00e9' }], n: [-1.5e3, 0, null, false] }, null, 2);
      const r = random(12);
      const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', 'u', '0', '-', 'e', '.', ' ', '\n', 'tru', 'nul', '\u0001', 'x'];
      for (let n = 0; n < 3_000; n++) {
        let t = base;
        for (let k = 0; k < 1 + Math.floor(r() * 3); k++) {
          const at = Math.floor(r() * (t.length + 1));
          t = r() < 0.5 ? t.slice(0, at) + pieces[Math.floor(r() * pieces.length)] + t.slice(at) : t.slice(0, at) + t.slice(at + 1);
        }
        let valid = true;
        try {
          JSON.parse(t);
        } catch {
          valid = false;
        }
        assert.equal(jsonErrorOffset(t) === -1, valid, JSON.stringify(t));
      }
      // deep nesting: no stack overflow
      assert.equal(jsonErrorOffset('['.repeat(1_000_000) + ']'.repeat(1_000_000)), -1);
    });
  });

  describe('globMatch', () => {
    it('"*a*a…b" by a long name and "**/" ten times on a deep path: no backtracking (issue 12)', () => {
      const t0 = performance.now();
      assert.equal(globMatch('*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(250) + '.txt'), false);
      assert.equal(globMatch('**/'.repeat(10) + 'x.txt', 'd/'.repeat(2000) + 'y.txt'), false);
      assert.equal(globMatch('**/'.repeat(10) + 'x.txt', 'd/'.repeat(2000) + 'x.txt'), true);
      assert.equal(globMatch('*a'.repeat(499) + 'b', 'a'.repeat(4000)), false);
      assert.ok(performance.now() - t0 < 2_000, `${performance.now() - t0} ms`);
    });

    const cases: [string, string, boolean][] = [
      ['cong-van.txt', 'cong-van.txt', true],
      ['cong-van.txt', 'du-thao/cong-van.txt', false],
      ['./cong-van.txt', 'cong-van.txt', true],
      ['du-thao/**', 'du-thao/a.txt', true],
      ['du-thao/**', 'du-thao/x/y/a.txt', true],
      ['du-thao/**', 'du-thao-2/a.txt', false],
      ['du-thao/', 'du-thao/a.txt', true],
      ['**', 'a/b/c.md', true],
      ['**/*.md', 'a.md', true],
      ['**/*.md', 'a/b/c.md', true],
      ['**/*.md', 'a/b/c.txt', false],
      ['*.md', 'a/b.md', false],
      ['du-thao/*.txt', 'du-thao/a.txt', true],
      ['du-thao/*.txt', 'du-thao/x/a.txt', false],
      ['cv-??.txt', 'cv-01.txt', true],
      ['*.{md,txt}', 'a.txt', true],
      ['*.{md,txt}', 'a.vanban', false],
      ['văn bản/*.md', 'văn bản/dự thảo.md', true],
      ['a+b (1).txt', 'a+b (1).txt', true],
      ['a/**/b.txt', 'a/b.txt', true],
      ['a/**/b.txt', 'a/x/y/b.txt', true],
      ['a/**/b.txt', 'a/xb.txt', false],
      ['**/x/**', 'p/q/x/r/s.md', true],
      ['{du-thao,ban-chinh}/**', 'ban-chinh/a.txt', true],
      ['{du-thao,ban-chinh}/**', 'khac/a.txt', false],
      ['{a/b,c}.txt', 'a/b.txt', true],
      ['a{,-cu}.txt', 'a.txt', true],
      ['a{,-cu}.txt', 'a-cu.txt', true],
      ['?.txt', '𝐒.txt', true],
      ['**', '', true],
      ['x**y.txt', 'xaby.txt', true],
      ['x**y.txt', 'xa/by.txt', false],
      ['a{b.txt', 'a{b.txt', true],
      ['*.TXT', 'a.txt', false],
    ];
    for (const [pattern, path, expected] of cases) {
      it(`${JSON.stringify(pattern)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(path)}`, () => {
        assert.equal(globMatch(pattern, path), expected);
      });
    }
  });

  describe('schema', () => {
    it('enumerates exactly the rule ids of RULES', () => {
      assert.deepEqual([...schema.definitions.ruleId.enum].sort(), RULES.map((r) => r.id).sort());
    });

    it('describes the same keys and severities as loadConfig accepts', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema.additionalProperties, false);
      assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'ignore', 'mode', 'overrides', 'profile', 'rules']);
      const override = schema.properties.overrides.items;
      assert.deepEqual(override.required, ['files', 'rules']);
      assert.equal(override.additionalProperties, false);
      assert.deepEqual(Object.keys(override.properties).sort(), ['files', 'rules']);
      assert.equal(override.properties.rules.propertyNames.$ref, '#/definitions/ruleId');
      assert.equal(override.properties.rules.additionalProperties.$ref, '#/definitions/ruleSetting');
      const pattern = new RegExp(override.properties.files.items.pattern);
      for (const ok of ['cong-van.txt', 'du-thao/**', '*.md', 'a..b.txt']) assert.ok(pattern.test(ok), ok);
      for (const bad of ['/etc/x', 'C:/x', '../x', 'a/../b']) assert.ok(!pattern.test(bad), bad);
      assert.deepEqual(schema.properties.mode.enum, ['draft', 'final']);
      assert.deepEqual(schema.definitions.ruleSetting.enum, SETTINGS);
      assert.deepEqual(Object.keys(schema.properties.profile.properties).sort(), ['abbreviations', 'allowTitlesBeforeName', 'place']);
      assert.deepEqual(schema.properties.ignore.items.required, ['rule', 'text']);
    });
  });
});
