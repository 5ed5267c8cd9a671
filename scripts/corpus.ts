/**
 * npm run corpus [-- --set docs|holdout|holdout2] [-- --verbose]: runs `thethuc inspect --format json`
 * on every document of a set in test/corpus (default: docs, the development set) and scores it field
 * by field against its annotation.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreDocument, summarise, FIELDS, type Annotation } from './corpus-score';

const argv = process.argv.slice(2);
const args = new Set(argv);
const setAt = argv.indexOf('--set');
const set = setAt !== -1 ? argv[setAt + 1] : 'docs';
const dir = join('test', 'corpus', set);
const cli = join('dist', 'cli.js');
const results = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const a = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Annotation;
  const out = execFileSync(process.execPath, [cli, 'inspect', '--format', 'json', join(dir, name.replace(/\.json$/, '.txt'))], { encoding: 'utf8' });
  results.push({ id: a.id, fields: scoreDocument(JSON.parse(out), a) });
}
const s = summarise(results);
const pct = (ok: number, n: number) => (n ? ((100 * ok) / n).toFixed(1) : '–');
console.log(`corpus ${set}: ${s.docs} documents, ${s.correct}/${s.fields} fields right (${pct(s.correct, s.fields)} %)`);
// the fields issue 10 names: type, number, symbol, place, date, Quốc hiệu, Tiêu ngữ, signer
const core = ['type', 'number', 'symbol', 'place', 'date', 'quocHieu', 'tieuNgu', 'signer'];
const coreN = core.reduce((n, f) => n + (s.byField[f]?.n ?? 0), 0);
const coreOk = core.reduce((n, f) => n + (s.byField[f]?.ok ?? 0), 0);
console.log(`  issue 10's fields (${core.join(', ')}): ${coreOk}/${coreN} (${pct(coreOk, coreN)} %)`);
for (const f of FIELDS) {
  const b = s.byField[f];
  if (b) console.log(`  ${f.padEnd(9)} ${String(b.ok).padStart(4)}/${String(b.n).padEnd(4)} ${pct(b.ok, b.n).padStart(5)} %`);
}
if (args.has('--verbose') || s.misses.length <= 40) {
  for (const m of s.misses) console.log(`  ✗ ${m.id} ${m.field}: want ${JSON.stringify(m.want)}, got ${JSON.stringify(m.got)}`);
}
