/**
 * Golden fixtures of the layouts real documents come in (test/parse/<layout>.txt, one real document
 * shape each, its source in <layout>.json) and of the five seeds: the parts the parser must read
 * (scored like the corpus, every field must be right) and what the rules must and must not say.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, inspect, parse } from '../server/src/engine';
import { scoreDocument, type Annotation } from '../scripts/corpus-score';

const dir = join(__dirname, '..', '..', 'test', 'parse');

interface Golden extends Annotation {
  /** The text lives elsewhere (a seed): path relative to test/parse. */
  file?: string;
  expect?: {
    trichYeu?: string;
    /** Rules that must report nothing. */
    noFinding?: string[];
    /** [rule, the exact text under one of its findings]. */
    finding?: [string, string][];
    /** No rule reports a header part as missing ("Thiếu …"). */
    noMissing?: boolean;
    /** No header part holds a "|" of a table copy. */
    noBarInParts?: boolean;
    /** No finding falls on a portal's chrome around the document. */
    noFindingInChrome?: boolean;
    /** rule → the text its fix writes. */
    fixes?: Record<string, string>;
    /** The only rules that report anything (besides unicode and khong-dau). */
    onlyRules?: string[];
  };
}

const HEADER_RULES = ['quoc-hieu', 'tieu-ngu', 'so-ky-hieu', 'dia-danh-ngay', 'co-quan'];

describe('parser: golden fixtures of real layouts', () => {
  const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  it('covers the layouts of issue 10 and the seeds', () => {
    assert.ok(names.length >= 20, `${names.length} fixtures`);
  });
  for (const name of names) {
    const g = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Golden;
    const text = readFileSync(join(dir, g.file ?? name.replace(/\.json$/, '.txt')), 'utf8');
    describe(g.id, () => {
      it('reads every annotated part', () => {
        const wrong = scoreDocument(inspect(text), g).filter((f) => !f.ok);
        assert.deepEqual(wrong, []);
      });
      const e = g.expect;
      if (!e) return;
      const findings = () => check(text).findings;
      if (e.trichYeu) it('reads the trích yếu whole', () => assert.equal(inspect(text).trichYeu, e.trichYeu));
      if (e.noFinding) {
        it(`no finding of ${e.noFinding.join(', ')}`, () => {
          const got = findings().filter((f) => e.noFinding!.includes(f.rule));
          assert.deepEqual(got.map((f) => `${f.rule}: ${f.message}`), []);
        });
      }
      if (e.finding) {
        it('reports what is wrong on the line itself', () => {
          for (const [rule, under] of e.finding!) {
            const got = findings().filter((f) => f.rule === rule);
            assert.ok(got.some((f) => text.slice(f.start, f.end) === under), `${rule} on ${JSON.stringify(under)}; got ${got.map((f) => JSON.stringify(text.slice(f.start, f.end))).join(', ')}`);
          }
        });
      }
      if (e.noMissing) {
        it('reports no header part as missing', () => {
          const got = findings().filter((f) => HEADER_RULES.includes(f.rule) && /^Thiếu/.test(f.message));
          assert.deepEqual(got.map((f) => `${f.rule}: ${f.message}`), []);
        });
      }
      if (e.noBarInParts) {
        it('no "|" inside a part', () => {
          const i = inspect(text);
          for (const v of [i.issuer.name, i.issuer.parent, i.number, i.symbol, i.place, i.trichYeu, i.date?.raw]) {
            assert.ok(!v || !v.includes('|'), JSON.stringify(v));
          }
        });
      }
      if (e.noFindingInChrome) {
        it('nothing is reported or fixed on the portal chrome', () => {
          const doc = parse(text);
          assert.ok(doc.chrome.length > 0, 'chrome recognised');
          for (const f of findings()) {
            for (const c of doc.chrome) assert.ok(f.end <= c.start || f.start >= c.end, `${f.rule} on chrome ${JSON.stringify(c.text)}`);
          }
        });
      }
      if (e.fixes) {
        it('fixes the line in place', () => {
          for (const [rule, want] of Object.entries(e.fixes!)) {
            const f = findings().find((x) => x.rule === rule && x.fix);
            assert.ok(f, `a fix of ${rule}`);
            assert.ok(f!.fix!.edits.some((ed) => ed.text === want), JSON.stringify(f!.fix));
          }
        });
      }
      if (e.onlyRules) {
        it(`only ${e.onlyRules.join(', ')} report`, () => {
          const extra = findings().filter((f) => !e.onlyRules!.includes(f.rule) && f.rule !== 'unicode' && f.rule !== 'khong-dau');
          assert.deepEqual(extra.map((f) => `${f.rule}: ${f.message}`), []);
        });
      }
    });
  }
});
