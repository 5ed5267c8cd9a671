/**
 * In-process tests of the server's pieces: quick fixes and "Sửa tất cả" against the engine's own
 * fixer, completion with an injected snippet library and without snippet support, settings and their
 * precedence over the config file, rule page links, and the per-version cache of the validator.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { applyFixes, check, parse, ruleById, type Finding } from '../server/src/engine';
import { FIX_ALL_KIND, fixAllEdit, quickFixes, wanted } from '../server/src/lsp/codeActions';
import { lint, toDiagnostic, type LintResult } from '../server/src/lsp/diagnostics';
import { abbreviate, complete, stripSnippet, titlesOf, type CompletionEnv } from '../server/src/lsp/completion';
import { DocsLinks, REPOSITORY_DOCS } from '../server/src/lsp/docsLink';
import { DEFAULT_SETTINGS, SettingsStore, effectiveConfig, parseSettings } from '../server/src/lsp/settings';
import { ProjectConfigs } from '../server/src/lsp/projectConfig';
import { documentSymbols, foldingRanges } from '../server/src/lsp/symbols';
import { Validator } from '../server/src/lsp/validator';
import { PART_DOCS, partAt, partMarkdown, type PartKey } from '../server/src/lsp/parts';
import type { SnippetContext, SnippetEntry } from '../server/src/snippets/library';
import { CONG_VAN, QUYET_DINH, vary } from './helpers';

const NO_PROJECT = { path: null, config: {}, error: null };

function result(text: string, uri = 'file:///tmp/x.vanban'): { doc: TextDocument; result: LintResult } {
  const doc = TextDocument.create(uri, 'vanban', 1, text);
  return { doc, result: lint(doc, parseSettings({}), NO_PROJECT, new DocsLinks('file:///d/')) };
}

describe('quick fixes', function () {
  // "Số 12" → "Số: 12" on line 2, after text with non-BMP characters so UTF-16 columns matter.
  const text = 'Kính gửi: 𝐒ở Nội vụ\nSố 12/UBND-VP\n';
  const doc = TextDocument.create('file:///tmp/x.vanban', 'vanban', 1, text);
  const at = text.indexOf('Số 12') + 'Số'.length;
  const finding: Finding = {
    rule: 'thu-nghiem',
    severity: 'error',
    message: 'Thiếu dấu hai chấm sau "Số".',
    start: at - 2,
    end: at,
    range: { start: doc.positionAt(at - 2), end: doc.positionAt(at) },
    fix: { title: 'Thêm dấu hai chấm', edits: [{ start: at, end: at, text: ':' }] },
  };
  const plain: Finding = { ...finding, rule: 'khong-sua', fix: undefined };
  const lintResult: LintResult = {
    uri: doc.uri,
    version: 1,
    config: {},
    doc: null,
    findings: [finding, plain],
    diagnostics: [finding, plain].map((f) => toDiagnostic(f, doc)),
  };
  const params = (line: number, only?: string[]) => ({
    textDocument: { uri: doc.uri },
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    context: { diagnostics: [], only },
  });

  it('turns each fix into a preferred quickfix with the diagnostic attached', function () {
    const actions = quickFixes(params(1), doc, lintResult);
    assert.equal(actions.length, 1);
    const [action] = actions;
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.title, 'Thêm dấu hai chấm');
    assert.equal(action.isPreferred, true);
    assert.deepEqual(action.diagnostics, [lintResult.diagnostics[0]]);
    assert.deepEqual(action.edit?.changes?.[doc.uri], [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, newText: ':' }]);
    assert.equal(TextDocument.applyEdits(doc, action.edit!.changes![doc.uri]), 'Kính gửi: 𝐒ở Nội vụ\nSố: 12/UBND-VP\n');
  });

  it('offers nothing outside the diagnostic or for other kinds', function () {
    assert.deepEqual(quickFixes(params(0), doc, lintResult), []);
    assert.deepEqual(quickFixes(params(1, ['refactor']), doc, lintResult), []);
    assert.equal(quickFixes(params(1, ['quickfix']), doc, lintResult).length, 1);
  });

  it('matches requested kinds by prefix', function () {
    assert.equal(wanted(undefined, FIX_ALL_KIND), true);
    assert.equal(wanted(['source'], FIX_ALL_KIND), true);
    assert.equal(wanted(['source.fixAll'], FIX_ALL_KIND), true);
    assert.equal(wanted(['source.fixAll.eslint'], FIX_ALL_KIND), false);
    assert.equal(wanted(['quickfix'], 'quickfix.thethuc.ignore'), true);
    assert.equal(wanted(['quickfix'], FIX_ALL_KIND), false);
  });
});

describe('"Sửa tất cả"', function () {
  const seeds = join(__dirname, '..', '..', 'test', 'fixtures', 'seeds');
  const texts: [string, string][] = [
    ['công văn with five fixable findings', vary(CONG_VAN, ['Số: 05/', 'Số 5/'], ['Độc lập - Tự do', 'Độc lập – Tự do'], ['phối hợp thực hiện./.', 'phối hợp thực hiện.'])],
    ['CRLF and NFD', vary(CONG_VAN, ['Sở Tài chính đề nghị', 'Sở Tài chính đề nghị'.normalize('NFD')], ['Số: 05/', 'Số 5/']).replace(/\n/g, '\r\n')],
    ...readdirSync(seeds).map((name): [string, string] => [`seed ${name}`, readFileSync(join(seeds, name), 'utf8')]),
  ];
  for (const [name, text] of texts) {
    it(`gives the engine's first round of fixes as one valid edit: ${name}`, function () {
      const { doc, result: r } = result(text);
      const all = fixAllEdit(doc, r);
      const expected = applyFixes(text, check(text).findings);
      if (expected.applied === 0) {
        assert.equal(all, null);
        return;
      }
      const edits = all!.edit.changes![doc.uri];
      // LSP: the edits of one TextEdit[] never overlap
      const offsets = edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]);
      for (let i = 1; i < offsets.length; i++) assert.ok(offsets[i][0] >= offsets[i - 1][1], `edits ${i - 1} and ${i} overlap`);
      assert.equal(TextDocument.applyEdits(doc, edits), expected.text);
      assert.equal(all!.count, expected.applied);
    });
  }
});

describe('completion (in process)', function () {
  const entry = (context: SnippetContext, name: string, body: string[]): SnippetEntry => ({ context, name, prefix: [name.toLowerCase()], body, description: `Mẫu ${name}` });
  const LIBRARY: SnippetEntry[] = [
    entry('document-start', 'Công văn', ['${1:ỦY BAN NHÂN DÂN TỈNH}', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
    entry('body-line', 'Giao chủ trì', ['Giao ${1:Sở Tài chính} chủ trì, phối hợp.']),
    entry('noi-nhan', 'Như trên', ['- Như trên;']),
    entry('noi-nhan', 'Thường trực Tỉnh ủy', ['- Thường trực Tỉnh ủy;']),
    entry('noi-nhan', 'Khối Nơi nhận', ['Nơi nhận:', '- Như trên;', '- Lưu: VT, ${1:VP}.']),
  ];
  const library = (context: SnippetContext) => LIBRARY.filter((e) => e.context === context);
  const env: CompletionEnv = { snippetSupport: true, library, today: '2026-05-01' };

  function at(text: string, e: CompletionEnv = env) {
    const i = text.indexOf('|');
    const { doc, result: r } = result(text.slice(0, i) + text.slice(i + 1));
    return complete(doc, r, doc.positionAt(i), e).items;
  }

  it('offers skeletons in an empty document and at its start only', function () {
    assert.deepEqual(at('|').map((i) => i.label), ['Công văn']);
    assert.deepEqual(at('\n\n  |\n').map((i) => i.label), ['Công văn']);
    assert.deepEqual(at('|\n' + CONG_VAN).map((i) => i.label), ['Công văn'], 'at the start of a document');
    assert.deepEqual(at('Cô|ng văn\n'), [], 'not in the middle of a line');
    const typed = at('  cô|');
    assert.deepEqual(typed.map((i) => i.label), ['Công văn'], 'while the first word is typed');
    assert.deepEqual((typed[0].textEdit as any).range, { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } });
    assert.ok(!at(vary(CONG_VAN, ['1. Rà soát', '|\n1. Rà soát'])).some((i) => i.label === 'Công văn'));
  });

  it('offers clauses at the start of a body line, not mid-sentence', function () {
    assert.deepEqual(at(vary(CONG_VAN, ['1. Rà soát', '|\n1. Rà soát'])).map((i) => i.label), ['Giao chủ trì']);
    assert.deepEqual(at(vary(CONG_VAN, ['1. Rà soát', 'Gi|\n1. Rà soát'])).map((i) => i.label), ['Giao chủ trì']);
    assert.deepEqual(at(vary(CONG_VAN, ['1. Rà soát, tổng hợp', '1. Rà soát, |tổng hợp'])), []);
  });

  it('keeps the library\'s Nơi nhận items but not its "Như trên" when there is no Kính gửi', function () {
    const qd = at(vary(QUYET_DINH, ['- Như Điều 3;\n', '|\n'], ['- Lưu: VT, KGVX.\n', ''])).map((i) => i.label);
    assert.deepEqual(qd, ['- Như Điều 3;', 'Thường trực Tỉnh ủy', '- Lưu: VT, …'], 'a quyết định symbol names no drafting unit: a placeholder');
    assert.ok(!qd.some((l) => /Như trên|Khối/.test(l)), JSON.stringify(qd));
    const cv = at(vary(CONG_VAN, ['- Như trên;\n', '|\n'])).map((i) => i.label);
    assert.equal(cv.filter((l) => l.includes('Như trên')).length, 1, 'one “Như trên”');
  });

  it('does not offer again what the Nơi nhận list already holds', function () {
    // a new line under "- Như trên;": neither it, nor the Lưu line below, nor a library item already there
    const cv = at(vary(CONG_VAN, ['- Như trên;\n', '- Như trên;\n|\n'], ['tỉnh;\n- Lưu', 'tỉnh;\n- Thường trực Tỉnh ủy;\n- Lưu'])).map((i) => i.label);
    assert.deepEqual(cv, [], JSON.stringify(cv));
    const qd = at(vary(QUYET_DINH, ['- Như Điều 3;\n', '- Như Điều 3;\n|\n'])).map((i) => i.label);
    assert.deepEqual(qd, ['Thường trực Tỉnh ủy'], JSON.stringify(qd));
    // the same list written without diacritics or end punctuation still counts
    const loose = at(vary(CONG_VAN, ['- Như trên;\n', '- Nhu tren\n|\n'])).map((i) => i.label);
    assert.ok(!loose.some((l) => l.includes('Như trên')), JSON.stringify(loose));
  });

  it('offers the Nơi nhận block and the signature right after the content', function () {
    const cv = vary(CONG_VAN, ['Nơi nhận:\n- Như trên;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, QLNS.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n', '|\n']);
    const labels = at(cv).map((i) => i.label);
    assert.ok(labels.includes('KT. GIÁM ĐỐC'));
    assert.ok(labels.includes('Khối Nơi nhận'), JSON.stringify(labels));
  });

  it('writes plain text for clients without snippet support', function () {
    const items = at(vary(CONG_VAN, ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n', '|\n']), { ...env, snippetSupport: false });
    const kt = items.find((i) => i.label === 'KT. GIÁM ĐỐC')!;
    assert.equal(kt.insertTextFormat, 1);
    assert.equal((kt.textEdit as any).newText, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHọ và tên');
    const start = at('|', { ...env, snippetSupport: false })[0];
    assert.equal((start.textEdit as any).newText, 'ỦY BAN NHÂN DÂN TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('falls back to built-in căn cứ when the library has none', function () {
    const labels = at(vary(QUYET_DINH, ['Theo đề nghị', '|\nTheo đề nghị'])).map((i) => i.label);
    assert.ok(labels.includes('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;'));
    assert.ok(labels.includes('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'), 'the 2025 law for a 2026 document');
    const old = at(vary(QUYET_DINH, ['năm 2026\nQUYẾT', 'năm 2024\nQUYẾT'], ['Theo đề nghị', '|\nTheo đề nghị'])).map((i) => i.label);
    assert.ok(!old.some((l) => l.includes('năm 2025')), 'not for a 2024 document');
  });

  it('uses the profile abbreviations for the symbol and the Lưu line', function () {
    const e = { ...env, abbreviations: ['SNV'] };
    assert.deepEqual(at(vary(CONG_VAN, ['Số: 05/STC-QLNS', 'Số: 05/|']), e).map((i) => i.label), ['SNV-']);
    const luu = at(vary(CONG_VAN, ['- Như trên;\n', '|\n'], ['- Lưu: VT, QLNS.\n', '']), e).map((i) => i.label);
    assert.ok(luu.includes('- Lưu: VT, QLNS.') && luu.includes('- Lưu: VT, SNV.'));
  });

  it('derives titles and abbreviations from the issuer', function () {
    assert.deepEqual(titlesOf('SỞ TÀI CHÍNH'), { head: 'GIÁM ĐỐC', headLine: 'GIÁM ĐỐC', deputyLine: 'PHÓ GIÁM ĐỐC', collective: null });
    assert.equal(titlesOf('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN').collective, 'ỦY BAN NHÂN DÂN');
    assert.equal(titlesOf('VĂN PHÒNG').head, 'CHÁNH VĂN PHÒNG');
    assert.equal(titlesOf('BỘ NỘI VỤ').deputyLine, 'THỨ TRƯỞNG');
    assert.equal(abbreviate('SỞ KHOA HỌC VÀ CÔNG NGHỆ'), 'SKHCN');
    assert.equal(abbreviate('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'), 'UBND');
    assert.equal(abbreviate('VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH'), 'VPUBND');
    assert.equal(abbreviate('BỘ NỘI VỤ'), 'BNV');
    assert.equal(abbreviate(''), null);
  });

  it('strips snippet syntax to the defaults', function () {
    assert.equal(stripSnippet('Giao ${1:Sở Tài chính} ${2|yêu cầu,đề nghị|} $3 xong.$0 \\$'), 'Giao Sở Tài chính yêu cầu  xong. $');
  });
});

describe('what the decree requires of each part (hover)', function () {
  it('names an article of the decree in every requirement, in Vietnamese with diacritics, and links existing rules', function () {
    for (const [key, p] of Object.entries(PART_DOCS)) {
      assert.match(p.citation, /^Điều \d+/, `${key}: the citation starts with its article`);
      assert.ok(p.requires.length > 0 && p.requires.every((r) => /[ạ-ỹđ]/iu.test(r) && r.endsWith('.')), `${key}: Vietnamese sentences`);
      assert.ok(p.requires.some((r) => /Điều \d+/.test(r)), `${key}: a requirement names the article`);
      for (const id of p.rules) assert.ok(ruleById(id), `${key}: rule ${id}`);
    }
  });

  it('finds the part under each offset of a clean công văn and a quyết định, and none in running text', function () {
    const seen = new Set<PartKey>();
    for (const [text, running] of [[CONG_VAN, 'Rà soát'], [QUYET_DINH, 'Tham mưu']]) {
      const vb = parse(text);
      for (let i = 0; i < text.length; i++) {
        const p = partAt(vb, i);
        if (p) seen.add(p.key);
      }
      assert.ok(text.includes(running));
      assert.equal(partAt(vb, text.indexOf(running) + 3), null, `running text: ${running}`);
    }
    for (const key of ['quocHieu', 'tieuNgu', 'coQuan', 'soKyHieu', 'placeDate', 'tenLoai', 'trichYeu', 'kinhGui', 'canCu', 'danhSo', 'ketThuc', 'noiNhan', 'chuKy'] as PartKey[]) {
      assert.ok(seen.has(key), key);
    }
    const md = partMarkdown('noiNhan', parse(CONG_VAN), new DocsLinks('file:///d/'));
    assert.match(md, /^\*\*Nơi nhận\*\* · Nghị định 30\/2020\/NĐ-CP\n\n- /);
    assert.match(md, /Quy tắc kiểm tra: \[noi-nhan\]\(file:\/\/\/d\/noi-nhan\.md\), \[nhu-tren\]\(file:\/\/\/d\/nhu-tren\.md\)$/);
  });
});

describe('outline of appendices', function () {
  it('lists each Phụ lục to the next one and folds it', function () {
    const text = vary(CONG_VAN, ['để tổng hợp, báo cáo', 'theo Phụ lục I và Phụ lục II kèm theo để tổng hợp, báo cáo']) +
      'PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n1. Nhiệm vụ một\nPHỤ LỤC II\nBIỂU MẪU BÁO CÁO\nMẫu số 01\n';
    const vb = check(text).doc;
    const symbols = documentSymbols(vb).filter((s) => s.name === 'Phụ lục');
    assert.deepEqual(symbols.map((s) => [s.detail, s.range.start.line, s.range.end.line]), [['PHỤ LỤC I', 24, 26], ['PHỤ LỤC II', 27, 29]]);
    const folds = foldingRanges(vb).map((r) => [r.startLine, r.endLine]);
    assert.ok(folds.some(([a, b]) => a === 24 && b === 26) && folds.some(([a, b]) => a === 27 && b === 29), JSON.stringify(folds));
  });
});

describe('settings and their precedence', function () {
  it('reads the thethuc section, ignoring what is malformed', function () {
    assert.deepEqual(parseSettings(undefined), { ...DEFAULT_SETTINGS, rules: {}, profile: {} });
    const s = parseSettings({
      mode: 'final',
      rules: { 'lap-tu': 'off', 'tieu-ngu': 'loi' },
      maxFileSize: -1,
      profile: { place: ' Lạng Sơn ', abbreviations: ['VP', 3, ''], allowTitlesBeforeName: 'yes' },
    });
    assert.deepEqual(s, { mode: 'final', rules: { 'lap-tu': 'off' }, maxFileSize: DEFAULT_SETTINGS.maxFileSize, profile: { place: 'Lạng Sơn', abbreviations: ['VP'] } });
  });

  it('applies the settings on top of the file: rules and profile per key, the stricter mode', function () {
    const file = { mode: 'final' as const, rules: { 'lap-tu': 'off' as const, 'tieu-ngu': 'info' as const }, profile: { place: 'Huế', abbreviations: ['VP'] }, ignore: [{ rule: 'lap-tu', text: 'x' }] };
    const s = parseSettings({ mode: 'draft', rules: { 'tieu-ngu': 'error' }, profile: { abbreviations: ['SNV'] } });
    assert.deepEqual(effectiveConfig(file, s), {
      mode: 'final',
      rules: { 'lap-tu': 'off', 'tieu-ngu': 'error' },
      profile: { place: 'Huế', abbreviations: ['SNV'] },
      ignore: [{ rule: 'lap-tu', text: 'x' }],
    });
    assert.equal(effectiveConfig({ mode: 'draft' }, parseSettings({ mode: 'final' })).mode, 'final');
    assert.equal(effectiveConfig({}, parseSettings({})).mode, 'draft');
  });
});

describe('rule page links', function () {
  it('joins the client\'s base with the rule id, and has no link for other codes', function () {
    assert.equal(new DocsLinks('file:///ext/docs/rules').href('lap-tu'), 'file:///ext/docs/rules/lap-tu.md');
    assert.equal(new DocsLinks('https://example.invalid/rules/').href('lap-tu'), 'https://example.invalid/rules/lap-tu.md');
    assert.equal(new DocsLinks('file:///ext/').href('tep-qua-lon'), undefined);
    // in the test bundle (out/test) there is no docs folder beside the code: the repository path
    assert.equal(new DocsLinks().href('lap-tu'), `${REPOSITORY_DOCS}lap-tu.md`);
  });
});

describe('validator cache', function () {
  it('parses a version once, whoever asks first, and again only when it or the config changes', async function () {
    let doc = TextDocument.create('file:///tmp/cache.vanban', 'vanban', 1, CONG_VAN);
    const sent: unknown[] = [];
    const connection = { sendDiagnostics: async (p: unknown) => void sent.push(p), console: { error() {} } } as unknown as Connection;
    const documents = { get: (uri: string) => (uri === doc.uri ? doc : undefined), all: () => [doc] } as unknown as TextDocuments<TextDocument>;
    const validator = new Validator(connection, documents, new SettingsStore(connection), new ProjectConfigs(), new DocsLinks('file:///d/'));
    const [a, b] = await Promise.all([validator.current(doc), validator.current(doc)]);
    assert.equal(a, b, 'concurrent requests share one check');
    assert.equal(validator.lintCount, 1);
    await validator.current(doc); // hover, completion, symbols …
    validator.schedule(doc, 0); // the debounced check of the same version
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(validator.lintCount, 1, 'no second parse of version 1');
    assert.equal(sent.length, 1, 'diagnostics published');
    doc = TextDocument.update(doc, [{ text: 'x' }], 2);
    await validator.current(doc);
    assert.equal(validator.lintCount, 2, 'a new version is parsed');
    validator.revalidateAll();
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(validator.lintCount, 3, 'a config change re-checks');
    await validator.inMode(doc, 'final');
    assert.equal(validator.lintCount, 4, 'another mode is checked without replacing the cache');
    await validator.inMode(doc, 'draft');
    assert.equal(validator.lintCount, 4);
  });

  it('replaces the findings with one note when checking fails, instead of leaving stale ones', async function () {
    const doc = TextDocument.create('file:///tmp/bug.vanban', 'vanban', 1, CONG_VAN);
    const logged: string[] = [];
    const connection = { sendDiagnostics: async () => undefined, console: { error: (m: string) => logged.push(m) } } as unknown as Connection;
    const documents = { get: () => doc, all: () => [doc] } as unknown as TextDocuments<TextDocument>;
    const broken = {
      get: async () => ({
        mode: 'draft',
        maxFileSize: 1e6,
        profile: {},
        get rules(): never {
          throw new Error('hỏng');
        },
      }),
      forget() {},
    } as unknown as SettingsStore;
    const validator = new Validator(connection, documents, broken, new ProjectConfigs(), new DocsLinks('file:///d/'));
    const r = await validator.current(doc);
    assert.equal(r?.doc, null);
    assert.deepEqual(r?.diagnostics.map((d) => d.code), ['loi-noi-bo']);
    assert.match(String(r?.diagnostics[0].message), /lỗi nội bộ.*hỏng/);
    assert.match(logged[0], /hỏng/);
  });
});

describe('completion: positions past the end of a line', () => {
  it('are read as the end of that line, so every edit stays inside the text', () => {
    const text = 'Kính gửi:\nNội dung.\n';
    const r = result(text);
    const list = complete(r.doc, r.result, { line: 0, character: 400 }, { snippetSupport: true });
    assert.ok(list.items.length > 0, 'recipients are offered after "Kính gửi:"');
    for (const item of list.items) {
      const edit = item.textEdit;
      if (!edit || !('range' in edit)) continue;
      assert.ok(edit.range.end.line === 0 && edit.range.end.character <= 'Kính gửi:'.length, JSON.stringify(edit.range));
    }
  });
});
