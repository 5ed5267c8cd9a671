/**
 * The development corpus (test/corpus/docs: real published documents, annotated by hand) read field
 * by field: a guard against regressions. `npm run corpus` prints the same score per field.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, inspect } from '../server/src/engine';
import { scoreDocument, summarise, type Annotation } from '../scripts/corpus-score';

const root = join(__dirname, '..', '..', 'test', 'corpus');

function load(set: string): { a: Annotation; text: string }[] {
  const dir = join(root, set);
  return readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => ({
    a: JSON.parse(readFileSync(join(dir, n), 'utf8')) as Annotation,
    text: readFileSync(join(dir, n.replace(/\.json$/, '.txt')), 'utf8'),
  }));
}

describe('corpus: real published documents', () => {
  const docs = load('docs');
  it('has at least 40 annotated documents', () => assert.ok(docs.length >= 40, `${docs.length}`));
  it('reads at least 95 % of the annotated fields right', () => {
    const s = summarise(docs.map(({ a, text }) => ({ id: a.id, fields: scoreDocument(inspect(text), a) })));
    const share = s.correct / s.fields;
    assert.ok(share >= 0.95, `${(share * 100).toFixed(1)} %: ${s.misses.slice(0, 20).map((m) => `${m.id} ${m.field}`).join(', ')}`);
  });
  it('checks every document without a rule failing, and with findings in bounds', () => {
    for (const { a, text } of docs) {
      const { findings } = check(text);
      for (const f of findings) {
        assert.ok(!/lỗi nội bộ/.test(f.message), `${a.id}: ${f.message}`);
        assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, a.id);
      }
    }
  });
});
