/**
 * The extension manifest and its companions agree: every %key% of package.json is in package.nls.json
 * (Vietnamese: the interface users without a Vietnamese language pack see), each command has a search
 * alias without diacritics and in English, no English nls file would undo that; every runtime string of
 * the client (i18n.ts `t('…')`) has a Vietnamese translation in l10n/bundle.l10n.vi.json; the commands
 * the client registers are the ones contributed; the files the manifest points at are shipped by
 * .vscodeignore.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './root';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const json = (p: string) => JSON.parse(read(p));
const pkg = json('package.json');
const clientSources = readdirSync(join(ROOT, 'client', 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(join('client', 'src', f)))
  .join('\n');

/** Folds Vietnamese to ASCII the way a user types without an input method ("Sửa tất cả" → "sua tat ca"). */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).toLowerCase();

describe('client: extension manifest, translations and packaging list', () => {
  it('writes every %key% of package.json in Vietnamese in package.nls.json, with no stale key and no English nls file', () => {
    const keys = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    assert.ok(keys.size > 10);
    const nls = json('package.nls.json');
    for (const k of keys) assert.ok(typeof nls[k] === 'string' && nls[k].length > 0, `package.nls.json: ${k}`);
    for (const k of Object.keys(nls)) assert.ok(keys.has(k), `package.nls.json: unused key ${k}`);
    assert.equal(nls['command.checkBeforeSigning'], 'Kiểm tra trước khi ký');
    assert.equal(nls['command.applyAllFixes'], 'Sửa tất cả');
    assert.equal(nls['command.toggleMode'], 'Chuyển chế độ nháp / trước khi ký');
    assert.equal(nls['command.showRuleDocs'], 'Xem tài liệu quy tắc');
    assert.equal(nls.category, 'Thể thức');
    // VS Code applies package.nls.<display language>.json, and the English display language is what
    // users without a Vietnamese language pack run: an English file would hide the Vietnamese titles.
    const nlsFiles = readdirSync(ROOT).filter((f) => /^package\.nls\..+\.json$/.test(f));
    assert.deepEqual(nlsFiles, [], 'only package.nls.json');
    assert.equal(pkg.l10n, undefined, 'the runtime strings are bundled (client/src/i18n.ts), not read by vscode.l10n');
  });

  it('gives each command a search alias: its title without diacritics, and in English', () => {
    const nls = json('package.nls.json');
    const value = (s: string) => nls[s.replace(/^%|%$/g, '')];
    for (const c of pkg.contributes.commands) {
      assert.equal(typeof c.title, 'object', `${c.command}: title { value, original }`);
      const title = value(c.title.value);
      const alias = value(c.title.original);
      assert.ok(alias.startsWith(fold(title).replace(/^./, (ch: string) => ch.toUpperCase())), `${c.command}: alias ${JSON.stringify(alias)} starts with the folded title of ${JSON.stringify(title)}`);
      assert.match(alias, /\([A-Z][a-z -]+\)$/, `${c.command}: the English title in parentheses`);
      assert.equal(value(c.category.value), 'Thể thức');
      assert.equal(value(c.category.original), 'The thuc');
    }
  });

  it('has a Vietnamese translation for every runtime string of the client', () => {
    const strings = new Set([...clientSources.matchAll(/(?<![\w.])t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(.)/g, '$1')));
    assert.ok(strings.size > 10);
    const bundle = json('l10n/bundle.l10n.vi.json');
    for (const s of strings) assert.ok(typeof bundle[s] === 'string', `l10n/bundle.l10n.vi.json lacks ${JSON.stringify(s)}`);
    for (const s of Object.keys(bundle)) assert.ok(strings.has(s), `stale translation ${JSON.stringify(s)}`);
    for (const [en, vi] of Object.entries<string>(bundle)) {
      const holes = (x: string) => [...x.matchAll(/\{\d\}/g)].map((m) => m[0]).sort().join();
      assert.equal(holes(vi), holes(en), `placeholders of ${JSON.stringify(en)}`);
    }
    assert.doesNotMatch(clientSources, /vscode\.l10n\.t\(/, 'runtime strings follow thethuc.language (i18n.ts), not the display language');
  });

  it('contributes exactly the commands the client registers, none clashing with the server', () => {
    const registered = new Set([...clientSources.matchAll(/^\s+(\w+): '(thethuc\.\w+)',$/gm)].map((m) => m[2]));
    const contributed = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
    assert.deepEqual([...contributed].sort(), [...registered].sort());
    for (const serverCommand of ['thethuc.fixAll', 'thethuc.ignoreFinding', 'thethuc.disableRule']) {
      assert.ok(!contributed.has(serverCommand), `${serverCommand} belongs to the server (the language client registers it)`);
    }
    // the picker behind the quick-fix row "Bỏ qua lỗi hoặc tắt quy tắc…" is registered, never in the palette
    assert.match(clientSources, /registerCommand\(CHOOSE_SUPPRESSION,/);
    assert.ok(!contributed.has('thethuc.chooseSuppression'));
  });

  it('declares the language, grammar, snippets, schema validation and settings', () => {
    const c = pkg.contributes;
    assert.equal(pkg.engines.vscode, '^1.100.0');
    assert.equal(pkg.main, './dist/client.js');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces, { supported: true });
    assert.equal(c.languages[0].id, 'vanban');
    assert.deepEqual(c.languages[0].extensions, ['.vanban']);
    assert.equal(c.grammars[0].scopeName, json('syntaxes/vanban.tmLanguage.json').scopeName);
    assert.deepEqual(
      c.snippets.map((s: { language: string; path: string }) => `${s.language} ${s.path}`),
      ['vanban ./snippets/vanban.json', 'plaintext ./snippets/vanban.json', 'markdown ./snippets/vanban.json'],
    );
    assert.deepEqual(c.jsonValidation, [{ fileMatch: '.thethucrc.json', url: './schemas/thethucrc.schema.json' }]);
    const props = c.configuration.properties;
    for (const key of ['mode', 'rules', 'profile', 'maxFileSize', 'trace.server', 'autoDetect', 'language']) assert.ok(props[`thethuc.${key}`], key);
    assert.equal(props['thethuc.autoDetect'].default, true);
    assert.deepEqual(props['thethuc.language'].enum, ['vi', 'en']);
    assert.equal(props['thethuc.language'].default, 'vi');
    // the server offers the snippets that fit the cursor; VS Code's list of all of them is hidden in .vanban
    assert.deepEqual(c.configurationDefaults, { '[vanban]': { 'editor.snippetSuggestions': 'none' } });
    assert.deepEqual(Object.keys(props['thethuc.profile'].properties).sort(), ['abbreviations', 'allowTitlesBeforeName', 'place']);
    const lc = json('language-configuration.json');
    assert.ok(new RegExp(lc.wordPattern.pattern, 'gu').test('08/SKHCN-QLCN'));
  });

  it('ships every file the manifest points at, and nothing else of the sources', () => {
    const ignore = read('.vscodeignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    assert.equal(ignore[0], '**');
    const shipped = ignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    const c = pkg.contributes;
    const pointed = [
      pkg.main,
      c.languages[0].configuration,
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.snippets.map((s: { path: string }) => s.path),
      ...c.jsonValidation.map((j: { url: string }) => j.url),
      './dist/server.js',
    ].map((p: string) => p.replace(/^\.\//, ''));
    for (const p of pointed) assert.ok(shipped.includes(p), `.vscodeignore does not ship ${p}`);
    assert.ok(shipped.includes('docs/**'));
    for (const p of pointed) if (!p.startsWith('dist/') && !p.startsWith('snippets/')) assert.ok(existsSync(join(ROOT, p)), p);
  });
});
