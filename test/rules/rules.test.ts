import assert from 'node:assert/strict';
import { RULES, check, applyFixes } from '../../server/src/engine';
import { CASES } from './cases';

describe('rules: every rule fires where it must and stays quiet where it must not', () => {
  it('every case that fires names the text under its finding', () => {
    for (const [id, c] of Object.entries(CASES)) for (const f of c.fire) assert.ok(f.under !== undefined, `${id}: ${f.name}`);
  });

  // Rules on .docx files (input: 'docx') judge formatting, not text: their cases are in test/docx.test.ts.
  const TEXT_RULES = RULES.filter((r) => r.input !== 'docx');

  it('every rule has cases that fire and cases that pass', () => {
    for (const rule of TEXT_RULES) {
      const c = CASES[rule.id];
      assert.ok(c, `no cases for ${rule.id}`);
      assert.ok(c.fire.length >= 1 && c.pass.length >= 2, `${rule.id} needs fire and pass cases`);
    }
    assert.deepEqual(Object.keys(CASES).sort(), TEXT_RULES.map((r) => r.id).sort());
  });

  for (const rule of TEXT_RULES) {
    const cases = CASES[rule.id];
    if (!cases) continue;
    describe(rule.id, () => {
      for (const c of cases.fire) {
        it(`fires: ${c.name}`, () => {
          const all = check(c.text, { mode: c.mode }).findings;
          const mine = all.filter((f) => f.rule === rule.id);
          assert.ok(mine.length > 0, `expected ${rule.id}; got ${JSON.stringify(all.map((f) => f.rule))}`);
          if (c.count !== undefined) assert.equal(mine.length, c.count);
          if (c.severity) assert.ok(mine.some((f) => f.severity === c.severity), `severities: ${mine.map((f) => f.severity)}`);
          for (const u of c.under === undefined ? [] : Array.isArray(c.under) ? c.under : [c.under]) {
            assert.ok(mine.some((f) => c.text.slice(f.start, f.end) === u), `no finding on ${JSON.stringify(u)}; under: ${mine.map((f) => JSON.stringify(c.text.slice(f.start, f.end))).join(', ')}`);
          }
          if (c.message) assert.ok(mine.some((f) => f.message.includes(c.message!)), mine.map((f) => f.message).join('\n'));
          for (const f of mine) {
            assert.match(f.message, /[à-ỹ]/u, 'message in Vietnamese with diacritics');
            assert.ok(f.message.includes('['), 'message names its citation');
            assert.ok(f.start >= 0 && f.end <= c.text.length && f.start <= f.end);
          }
          if (c.fixed !== undefined) {
            assert.equal(applyFixes(c.text, mine).text, c.fixed);
            if (c.suggested === undefined) assert.equal(check(c.fixed, { mode: c.mode }).findings.filter((f) => f.rule === rule.id).length, 0, 'fixed text is clean');
          }
          if (c.suggested !== undefined) {
            const s = mine.find((f) => f.suggestions?.length)?.suggestions?.[0];
            assert.ok(s, 'a suggestion is offered');
            assert.equal(applyFixes(c.text, [{ ...mine[0], fix: s }]).text, c.suggested);
            assert.equal(check(c.suggested, { mode: c.mode }).findings.filter((f) => f.rule === rule.id).length, 0, 'the suggested text is clean');
          }
        });
      }
      for (const c of cases.pass) {
        it(`quiet: ${c.name}`, () => {
          const mine = check(c.text, { mode: c.mode }).findings.filter((f) => f.rule === rule.id);
          assert.deepEqual(mine.map((f) => f.message), []);
        });
      }
    });
  }
});

describe('rule metadata', () => {
  it('ids are unique kebab-case and every rule names a citation and a Vietnamese title', () => {
    const ids = new Set<string>();
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(!ids.has(r.id), r.id);
      ids.add(r.id);
      assert.ok(r.citation.length > 5, r.id);
      assert.match(r.title + r.description, /[à-ỹ]/u);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(r.severity));
    }
    assert.equal(RULES.length, 36);
  });
});
