/**
 * The extension manifest and its companions agree: every %key% of package.json is translated in
 * package.nls.json (English) and package.nls.vi.json; every vscode.l10n.t string of the client has a
 * Vietnamese translation in l10n/bundle.l10n.vi.json; the commands the client registers are the ones
 * contributed; the files the manifest points at are shipped by .vscodeignore.
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

describe('client: extension manifest, translations and packaging list', () => {
  it('translates every %key% of package.json in English and Vietnamese, with no stale key', () => {
    const keys = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    assert.ok(keys.size > 10);
    for (const file of ['package.nls.json', 'package.nls.vi.json']) {
      const nls = json(file);
      for (const k of keys) assert.ok(typeof nls[k] === 'string' && nls[k].length > 0, `${file}: ${k}`);
      for (const k of Object.keys(nls)) assert.ok(keys.has(k), `${file}: unused key ${k}`);
    }
    const vi = json('package.nls.vi.json');
    assert.equal(vi['command.checkBeforeSigning'], 'Kiểm tra trước khi ký');
    assert.equal(vi['command.applyAllFixes'], 'Sửa tất cả');
    assert.equal(vi['command.toggleMode'], 'Chuyển chế độ nháp / trước khi ký');
    assert.equal(vi['command.showRuleDocs'], 'Xem tài liệu quy tắc');
    assert.equal(vi.category, 'Thể thức');
  });

  it('has a Vietnamese translation for every runtime string of the client', () => {
    const strings = new Set([...clientSources.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(.)/g, '$1')));
    assert.ok(strings.size > 10);
    const bundle = json('l10n/bundle.l10n.vi.json');
    for (const s of strings) assert.ok(typeof bundle[s] === 'string', `l10n/bundle.l10n.vi.json lacks ${JSON.stringify(s)}`);
    for (const s of Object.keys(bundle)) assert.ok(strings.has(s), `stale translation ${JSON.stringify(s)}`);
    for (const [en, vi] of Object.entries<string>(bundle)) {
      const holes = (x: string) => [...x.matchAll(/\{\d\}/g)].map((m) => m[0]).sort().join();
      assert.equal(holes(vi), holes(en), `placeholders of ${JSON.stringify(en)}`);
    }
    assert.equal(pkg.l10n, './l10n');
  });

  it('contributes exactly the commands the client registers, none clashing with the server', () => {
    const registered = new Set([...clientSources.matchAll(/^\s+(\w+): '(thethuc\.\w+)',$/gm)].map((m) => m[2]));
    const contributed = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
    assert.deepEqual([...contributed].sort(), [...registered].sort());
    for (const serverCommand of ['thethuc.fixAll', 'thethuc.ignoreFinding', 'thethuc.disableRule']) {
      assert.ok(!contributed.has(serverCommand), `${serverCommand} belongs to the server (the language client registers it)`);
    }
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
    for (const key of ['mode', 'rules', 'profile', 'maxFileSize', 'trace.server', 'autoDetect']) assert.ok(props[`thethuc.${key}`], key);
    assert.equal(props['thethuc.autoDetect'].default, true);
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
