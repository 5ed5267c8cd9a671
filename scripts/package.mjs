// Builds the VS Code extension package (.vsix) with @vscode/vsce and checks what went into it.
//
//   node scripts/package.mjs [--out FILE] [--quiet]      (npm run package)
//
// vsce runs `vscode:prepublish` (the esbuild bundles) first. It packages with --no-dependencies: the
// client and the server are single bundles, so no node_modules goes in; .vscodeignore lists what does.
// Then the archive is read back and checked: the bundles, grammar, snippets, manifest strings, schema and rule docs
// are inside, nothing from node_modules, sources or tests is, and it is under 1 MB. Its contents are listed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipEntries } from './vsix.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = resolve(root, outArg >= 0 ? args[outArg + 1] : `${pkg.name}-${pkg.version}.vsix`);
const quiet = args.includes('--quiet');
const MAX_BYTES = 1_000_000;

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

// Files the manifest points at must exist before vsce runs (it would package a broken extension otherwise).
const snippets = join(root, 'snippets', 'vanban.json');
if (!existsSync(snippets)) fail('snippets/vanban.json is missing (contributes.snippets points at it).');
try {
  JSON.parse(readFileSync(snippets, 'utf8'));
} catch (err) {
  fail(`snippets/vanban.json is not valid JSON: ${err.message}`);
}
const docsDir = join(root, 'docs', 'rules');
const ruleDocs = existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith('.md')) : [];
if (ruleDocs.length === 0) console.warn('package: warning: no docs/rules/*.md yet; diagnostics will link to missing pages.');

const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
if (!existsSync(vsce)) fail('@vscode/vsce is not installed; run npm install.');
const run = spawnSync(
  process.execPath,
  [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
  { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'inherit'] : 'inherit', env: { ...process.env, npm_config_update_notifier: 'false' } },
);
if (run.status !== 0) fail(`vsce exited with ${run.status ?? run.signal}`);

const bytes = statSync(out).size;
const entries = zipEntries(out);
const names = new Set(entries.map((e) => e.name));
const problems = [];
const required = [
  'extension/package.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/syntaxes/vanban.tmLanguage.json',
  'extension/language-configuration.json',
  'extension/snippets/vanban.json',
  'extension/schemas/thethucrc.schema.json',
  'extension/package.nls.json',
  'extension/readme.md',
  'extension/LICENSE.txt',
];
for (const name of required) {
  // vsce renames README.md to readme.md and LICENSE to LICENSE.txt; accept either spelling.
  const alternatives = [name, name.replace('readme.md', 'README.md'), name.replace('LICENSE.txt', 'LICENSE')];
  if (!alternatives.some((n) => names.has(n))) problems.push(`missing ${name}`);
}
for (const doc of ruleDocs) if (!names.has(`extension/docs/rules/${doc}`)) problems.push(`missing extension/docs/rules/${doc}`);
for (const name of names) {
  if (/(^|\/)node_modules\//.test(name)) problems.push(`node_modules inside: ${name}`);
  // VS Code applies package.nls.<display language>.json; users without a Vietnamese language pack run it
  // in English, so an English file would replace the Vietnamese titles for exactly those users.
  if (/^extension\/package\.nls\.en[-.\w]*\.json$/i.test(name)) problems.push(`${name} would turn the interface English for users without a Vietnamese language pack`);
  if (/^extension\/(server|client|test|scripts|out)\//.test(name) || /\.ts$/.test(name)) problems.push(`source or test file inside: ${name}`);
}
if (bytes >= MAX_BYTES) problems.push(`${bytes} bytes, over the ${MAX_BYTES}-byte budget`);
const manifest = JSON.parse(entries.find((e) => e.name === 'extension/package.json').read().toString('utf8'));
if (manifest.engines?.vscode !== '^1.100.0') problems.push(`engines.vscode is ${manifest.engines?.vscode}, expected ^1.100.0`);

if (!quiet) {
  console.log(`\n${out}: ${bytes.toLocaleString('en')} bytes, ${entries.length} entries`);
  for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    console.log(`  ${String(e.size).padStart(9)}  ${String(e.compressed).padStart(9)}  ${e.name}`);
  }
  console.log(`  ${'size'.padStart(9)}  ${'zipped'.padStart(9)}`);
}
if (problems.length) fail(`the package is wrong:\n  ${problems.join('\n  ')}`);
console.log(`package: ${out} (${(bytes / 1024).toFixed(0)} KiB, ${ruleDocs.length} rule pages) is fine.`);
