/**
 * Fixes never lose text (issue #5). For every fixable rule, on every seed, example, generated draft and
 * every draft of test/rules/cases.ts made to carry that rule's mistakes (also with CRLF line endings and
 * a byte order mark, so fixes go through the offset mapping): applying the rule's fixes changes only the
 * fixed ranges; applied round after round (at most 10) they reach a text where the rule has nothing
 * left to fix (and nothing at all to report where the case says what the fixed text is); one more
 * round changes nothing. Then the same for all rules' fixes together.
 */
import assert from 'node:assert/strict';
import { applyFixes, check, RULES, type Finding, type Mode } from '../../server/src/engine';
import { CASES } from '../rules/cases';
import { drafts, examples, KNOWN_BUGS, realDocuments, seeds, type Input } from './fuzz';

const MAX_ROUNDS = 10;

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface FixInput extends Input {
  mode: Mode;
  /** The rule whose case this is, when the case says the fixed text has no finding of it left. */
  cleanFor?: string;
}

function edits(findings: Finding[]): Edit[] {
  return findings.flatMap((f) => f.fix?.edits ?? []);
}

/** The two edits cannot both be applied (the same rule as applyFixes: overlap, or two insertions at one point). */
function clash(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return (a.start < b.end && b.start < a.end) || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

/** Every text the span [start, end) of `original` can become when any compatible subset of `group` is applied. */
function outcomes(original: string, start: number, end: number, group: Edit[]): Set<string> {
  const results = new Set<string>();
  const pick = (i: number, chosen: Edit[]): void => {
    if (i === group.length) {
      let s = original.slice(start, end);
      for (const e of [...chosen].sort((a, b) => b.start - a.start || b.end - a.end)) s = s.slice(0, e.start - start) + e.text + s.slice(e.end - start);
      results.add(s);
      return;
    }
    pick(i + 1, chosen);
    if (!chosen.some((c) => clash(c, group[i]))) pick(i + 1, [...chosen, group[i]]);
  };
  pick(0, []);
  return results;
}

/**
 * `after` is `before` with some of `all` edits applied and nothing else changed: the text between the
 * (merged) edit spans is kept exactly, in place, and each span became the original or what some
 * compatible subset of its edits makes of it. Returns a description of the first difference, or null.
 */
function textOutsideEditsChanged(before: string, after: string, all: Edit[]): string | null {
  const sorted = [...all].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: { start: number; end: number; edits: Edit[] }[] = [];
  for (const e of sorted) {
    const last = groups[groups.length - 1];
    if (last && e.start <= last.end) {
      last.end = Math.max(last.end, e.end);
      last.edits.push(e);
    } else groups.push({ start: e.start, end: e.end, edits: [e] });
  }
  const gaps = groups.map((g, i) => before.slice(i === 0 ? 0 : groups[i - 1].end, g.start));
  const tail = before.slice(groups.length ? groups[groups.length - 1].end : 0);
  const candidates = groups.map((g) => (g.edits.length <= 10 ? [...outcomes(before, g.start, g.end, g.edits)] : null));

  // Depth-first: gap 0, span 0, gap 1, span 1, …, tail — each span tried with each of its outcomes.
  const match = (i: number, pos: number): boolean => {
    if (i === groups.length) return after.length - pos === tail.length && after.endsWith(tail);
    if (!after.startsWith(gaps[i], pos)) return false;
    const at = pos + gaps[i].length;
    const next = i + 1 < groups.length ? gaps[i + 1] : tail;
    const options = candidates[i];
    if (options === null) {
      // Too many edits to enumerate: the span may have become anything; the rest must still be kept.
      for (let k = after.indexOf(next, at); k !== -1; k = after.indexOf(next, k + 1)) if (match(i + 1, k)) return true;
      return false;
    }
    return options.some((x) => after.startsWith(x, at) && match(i + 1, at + x.length));
  };
  if (match(0, 0)) return null;
  let p = 0;
  while (p < before.length && before[p] === after[p]) p++;
  return `first difference at ${p}: before ${JSON.stringify(before.slice(Math.max(0, p - 30), p + 30))}, after ${JSON.stringify(after.slice(Math.max(0, p - 30), p + 30))}`;
}

/** Inputs for a rule: the corpus, its cases, and both again with CRLF line endings and a byte order mark. */
function inputsFor(ruleId: string | null): FixInput[] {
  const corpus = [...seeds(), ...examples(), ...drafts()].flatMap((i): FixInput[] => [
    { ...i, mode: 'draft' },
    { ...i, mode: 'final', name: `${i.name} (final)` },
  ]);
  const cases: FixInput[] = [];
  for (const [id, rc] of Object.entries(CASES)) {
    if (ruleId !== null && id !== ruleId) continue;
    for (const c of rc.fire) cases.push({ name: `case ${id}: ${c.name}`, text: c.text, mode: c.mode ?? 'draft', cleanFor: c.fixed !== undefined && c.suggested === undefined ? id : undefined });
  }
  const messy = [...corpus.filter((i) => i.mode === 'draft'), ...cases].map((i) => ({
    ...i,
    name: `${i.name} (CRLF + BOM)`,
    text: '\uFEFF' + i.text.replace(/\r?\n/g, '\r\n'),
  }));
  return [...corpus, ...cases, ...messy];
}

interface Outcome {
  /** Fixes applied over all rounds. */
  applied: number;
  rounds: number;
  problems: string[];
}

/** Fixes `input` with the fixes of the findings `select` keeps, round after round, checking every round. */
function fixToFixedPoint(input: FixInput, select: (f: Finding) => boolean, label: string): Outcome {
  const problems: string[] = [];
  let text = input.text;
  let applied = 0;
  let rounds = 0;
  for (;;) {
    const mine = check(text, { mode: input.mode }).findings.filter(select);
    const fixes = mine.filter((f) => f.fix);
    if (fixes.length === 0) break;
    if (rounds === MAX_ROUNDS) {
      problems.push(`${label} on ${input.name}: still ${fixes.length} fixes after ${MAX_ROUNDS} rounds (${fixes.slice(0, 3).map((f) => `${f.rule}: ${f.fix!.title}`).join('; ')})`);
      return { applied, rounds, problems };
    }
    const result = applyFixes(text, mine);
    const changed = textOutsideEditsChanged(text, result.text, edits(mine));
    if (changed) problems.push(`${label} on ${input.name}, round ${rounds + 1}: text outside the fixed ranges changed — ${changed}`);
    if (result.applied === 0 || result.text === text) {
      problems.push(`${label} on ${input.name}, round ${rounds + 1}: ${fixes.length} fixes offered, none changes the text (${fixes.slice(0, 3).map((f) => f.fix!.title).join('; ')})`);
      break;
    }
    applied += result.applied;
    text = result.text;
    rounds++;
  }
  // A fixed point: one more round changes nothing.
  const again = check(text, { mode: input.mode }).findings.filter(select);
  const once = applyFixes(text, again);
  if (once.text !== text) problems.push(`${label} on ${input.name}: a round after the fixed point still changes the text`);
  if (input.cleanFor && again.some((f) => f.rule === input.cleanFor)) {
    problems.push(`${label} on ${input.name}: the fixed text still has ${input.cleanFor}: ${again.filter((f) => f.rule === input.cleanFor).map((f) => f.message).join(' | ')}`);
  }
  return { applied, rounds, problems };
}

/** Inputs on which check() throws because of a known engine bug cannot be fixed; they are left out. */
function checkable(input: FixInput): boolean {
  try {
    check(input.text);
    return true;
  } catch (err) {
    if (KNOWN_BUGS.some((b) => b.matches(input.text, err as Error))) return false;
    throw err;
  }
}

describe('stress: fixes never lose text', function () {
  this.timeout(120_000);
  const fixable = RULES.filter((r) => r.fixable);

  it('there are fixable rules, and each has cases whose fixed text is known', function () {
    // fixes only where right in every context; the rest are suggestions (issue 11)
    assert.ok(fixable.length >= 15, `${fixable.length} fixable rules`);
    for (const r of fixable) assert.ok(CASES[r.id]?.fire.length, `${r.id} has fire cases`);
  });

  it('the check of the text outside the edits is not vacuous: it catches a lost, moved or extra character', function () {
    const before = 'Số 05/STC-QLNS\nKính gửi Sở Tài chính\n';
    const fixes: Edit[] = [{ start: 2, end: 2, text: ':' }, { start: 23, end: 23, text: ':' }];
    assert.equal(textOutsideEditsChanged(before, 'Số: 05/STC-QLNS\nKính gửi: Sở Tài chính\n', fixes), null);
    assert.equal(textOutsideEditsChanged(before, 'Số: 05/STC-QLNS\nKính gửi Sở Tài chính\n', fixes), null, 'a fix left for a later round');
    assert.notEqual(textOutsideEditsChanged(before, 'Số: 05/STC-QLNS\nKính gửi: Sở Tài chín\n', fixes), null, 'a lost character');
    assert.notEqual(textOutsideEditsChanged(before, 'Số: 05/STC-QLNS\r\nKính gửi: Sở Tài chính\n', fixes), null, 'an extra character');
    assert.notEqual(textOutsideEditsChanged(before, 'Số:: 05/STC-QLNS\nKính gửi Sở Tài chính\n', fixes), null, 'an edit applied twice');
    assert.notEqual(textOutsideEditsChanged(before, 'Số: 5/STC-QLNS\nKính gửi: Sở Tài chính\n', fixes), null, 'a change outside every edit');
  });

  const multiRound: string[] = [];
  for (const rule of fixable) {
    it(`${rule.id}: its fixes change only the fixed ranges, reach a fixed point and leave nothing of it to fix`, function () {
      const problems: string[] = [];
      let applied = 0;
      let inputs = 0;
      for (const input of inputsFor(rule.id).filter(checkable)) {
        inputs++;
        const outcome = fixToFixedPoint(input, (f) => f.rule === rule.id, rule.id);
        applied += outcome.applied;
        problems.push(...outcome.problems);
        if (outcome.rounds > 1) multiRound.push(`${rule.id} on ${input.name}: ${outcome.rounds} rounds`);
      }
      assert.deepEqual(problems.slice(0, 8), [], `${problems.length} problems over ${inputs} inputs`);
      assert.ok(applied > 0, `no input exercised a fix of ${rule.id}`);
    });
  }

  it('all rules\' fixes together: only the fixed ranges change, and a fixed point is reached', function () {
    const problems: string[] = [];
    let applied = 0;
    const real = realDocuments().flatMap((i): FixInput[] => [{ ...i, mode: 'draft' }, { ...i, mode: 'final', name: `${i.name} (final)` }]);
    for (const input of [...inputsFor(null), ...real].filter(checkable)) {
      const outcome = fixToFixedPoint(input, () => true, 'all rules');
      applied += outcome.applied;
      problems.push(...outcome.problems.filter((p) => !p.includes('still has')));
    }
    assert.deepEqual(problems.slice(0, 8), [], `${problems.length} problems`);
    assert.ok(applied > 100, `${applied} fixes applied`);
    console.log(`      ${applied} fixes applied by all rules together; ${multiRound.length} rule × input pairs needed more than one round${multiRound.length ? `, e.g. ${multiRound.slice(0, 3).join('; ')}` : ''}`);
  });
});

describe('stress: applying many fixes at once', function () {
  this.timeout(30_000);

  it('100,000 zero-width characters are removed in one pass (found by fuzzing: fixes were applied in quadratic time)', function () {
    const text = 'a\u200B'.repeat(100_000);
    const { findings } = check(text);
    const { text: fixed } = applyFixes(text, findings.filter((f) => f.rule === 'unicode'));
    assert.equal(fixed, 'a'.repeat(100_000));
  });
});
