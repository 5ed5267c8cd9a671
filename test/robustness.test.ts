/**
 * Thousands of random mutations of the seeds and fixtures (deleted, swapped and duplicated lines,
 * random Unicode, truncation): the engine never throws, every range lies inside the text, and
 * applying all fixes round after round reaches a fixed point without touching text outside the
 * fixed ranges.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, applyFixes, type Finding } from '../server/src/engine';
import { CONG_VAN, QUYET_DINH } from './helpers';
import { random as rng } from '../scripts/gen-draft';

const seedDir = join(__dirname, '..', '..', 'test', 'fixtures', 'seeds');
const BASES = [CONG_VAN, QUYET_DINH, ...readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8'))];
const MUTATIONS = 2500;


const ODD = ['\u0301', '\u0309', '\u0323', '\u200B', '\uFEFF', '\u00A0', '\u00D0', '\u202E', 'ا', 'ש', '\r', '\r\n', '\t', '¹', '**', './.', 'Số:', 'Kính gửi:', '- ', 'KT. ', 'ngày 31 tháng 02 năm 2026', '29/02/2027', '\uD83D\uDE00', '\uD800', '0', '/'];

function mutate(text: string, r: () => number): string {
  const lines = text.split('\n');
  const pick = () => Math.floor(r() * lines.length);
  const steps = 1 + Math.floor(r() * 4);
  for (let s = 0; s < steps; s++) {
    const kind = Math.floor(r() * 7);
    if (kind === 0 && lines.length > 1) lines.splice(pick(), 1);
    else if (kind === 1) {
      const a = pick();
      const b = pick();
      [lines[a], lines[b]] = [lines[b], lines[a]];
    } else if (kind === 2) {
      const a = pick();
      lines.splice(a, 0, lines[a]);
    } else if (kind === 3 || kind === 4) {
      const a = pick();
      const line = lines[a] ?? '';
      const at = Math.floor(r() * (line.length + 1));
      lines[a] = line.slice(0, at) + ODD[Math.floor(r() * ODD.length)] + line.slice(at);
    } else if (kind === 5) {
      const a = pick();
      const line = lines[a] ?? '';
      lines[a] = line.slice(0, Math.floor(r() * line.length));
    } else {
      const joined = lines.join('\n');
      return joined.slice(0, Math.floor(r() * joined.length));
    }
  }
  return lines.join('\n');
}

function assertInBounds(text: string, findings: Finding[]): void {
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.rule} range ${f.start}-${f.end} of ${text.length}`);
    assert.ok(f.range.start.line <= f.range.end.line);
    for (const e of f.fix?.edits ?? []) {
      assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.rule} fix edit out of bounds`);
      assert.ok(!(text[e.start - 1] === '\r' && text[e.start] === '\n'), `${f.rule} fix splits a CRLF`);
    }
  }
}

/** The text outside the edits is kept, in order, in the fixed text. */
function assertOnlyEditsChanged(before: string, after: string, findings: Finding[]): void {
  const edits = findings.flatMap((f) => f.fix?.edits ?? []).sort((a, b) => a.start - b.start);
  let pos = 0;
  let out = 0;
  for (const e of edits) {
    if (e.start < pos) continue; // overlapping edit left for a later round
    const keep = before.slice(pos, e.start);
    const at = after.indexOf(keep, out);
    assert.ok(at !== -1, 'text outside the fixed ranges changed');
    out = at + keep.length;
    pos = e.end;
  }
  assert.ok(after.endsWith(before.slice(pos)), 'text after the last fix changed');
}

describe('robustness: random mutations of real drafts', function () {
  this.timeout(120_000);

  it(`${MUTATIONS} mutations never throw, stay in bounds and fix to a fixed point`, () => {
    const r = rng(20261123);
    let withFixes = 0;
    for (let n = 0; n < MUTATIONS; n++) {
      const base = BASES[n % BASES.length];
      const text = mutate(base, r);
      const mode = n % 2 ? 'final' : 'draft';
      let current = text;
      let rounds = 0;
      for (;;) {
        const { findings } = check(current, { mode });
        assertInBounds(current, findings);
        assert.ok(findings.every((f) => f.severity !== 'hint'), `internal rule error on mutation ${n}: ${findings.find((f) => f.severity === 'hint')?.message}`);
        const { text: next, applied } = applyFixes(current, findings);
        if (applied === 0 || next === current) break;
        if (rounds === 0) withFixes++;
        assertOnlyEditsChanged(current, next, findings);
        current = next;
        rounds++;
        assert.ok(rounds <= 10, `no fixed point after 10 rounds on mutation ${n}`);
      }
    }
    assert.ok(withFixes > MUTATIONS / 10, `mutations produced fixes (${withFixes})`);
  });

  it('empty, whitespace-only and one-character texts', () => {
    for (const t of ['', ' ', '\n', '\r\n', '\uFEFF', 'a', '/', '\u0301', '\uD800', './.', 'Số:', 'Nơi nhận:']) {
      const { findings } = check(t, { mode: 'final' });
      assertInBounds(t, findings);
    }
  });
});
