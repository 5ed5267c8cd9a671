/**
 * Which fixes are applied together (issue 12): the CLI's rounds (selectFixes, under applyFixes), where
 * `push(...edits)` overflowed the stack, and the server's "Sửa tất cả" (compatibleFixes), which was
 * quadratic in the number of edits — both now a sort and one pass; and the server's coalescing of edits.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, check, selectFixes, type Finding, type OriginalEdit } from '../server/src/engine';
import { coalesce, compatibleFixes, fixAllEdit } from '../server/src/lsp/codeActions';
import { random } from '../scripts/gen-draft';
import { lint } from '../server/src/lsp/diagnostics';
import { parseSettings } from '../server/src/lsp/settings';

function finding(start: number, edits: OriginalEdit[]): Finding {
  return { rule: 'thu', severity: 'warning', message: 'm', start, end: start, range: { start: { line: 0, character: start }, end: { line: 0, character: start } }, fix: { title: 't', edits } };
}

const cpuMs = (f: () => void): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

describe('selectFixes and applyFixes', function () {
  this.timeout(20_000);

  it('takes fixes in order of position, leaves overlapping ones for the next round', () => {
    const text = 'abcdefghij';
    const findings = [
      finding(4, [{ start: 4, end: 6, text: 'X' }]),
      finding(0, [{ start: 0, end: 2, text: 'Y' }]),
      finding(5, [{ start: 5, end: 7, text: 'Z' }]), // overlaps the first
      finding(8, [{ start: 8, end: 8, text: '1' }]),
      finding(8, [{ start: 8, end: 8, text: '2' }]), // a second insertion at one point
    ];
    const { edits, findings: taken } = selectFixes(findings);
    assert.deepEqual(edits.map((e) => e.text), ['Y', 'X', '1']);
    assert.equal(taken.length, 3);
    assert.deepEqual(applyFixes(text, findings), { text: 'YcdXgh1ij', applied: 3 });
  });

  it('leaves out a fix whose own edits overlap (it would garble the text)', () => {
    const bad = finding(0, [{ start: 2, end: 5, text: 'A' }, { start: 0, end: 3, text: 'B' }]);
    const twice = finding(6, [{ start: 6, end: 6, text: 'C' }, { start: 6, end: 6, text: 'D' }]);
    const inside = finding(7, [{ start: 7, end: 9, text: 'E' }, { start: 8, end: 8, text: 'F' }]);
    const fine = finding(9, [{ start: 9, end: 10, text: 'G' }, { start: 10, end: 10, text: 'H' }]);
    assert.deepEqual(applyFixes('0123456789', [bad, twice, inside, fine]), { text: '012345678GH', applied: 1 });
  });

  it('one fix with 130,000 edits: applied without a stack overflow', () => {
    const text = 'a\u200B'.repeat(130_000);
    const { findings } = check(text);
    assert.equal(applyFixes(text, findings).text.includes('\u200B'), false);
  });

  it('is linear: 16 times the edits cost far less than 256 times the time (quadratic)', () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => finding(3 * i, [{ start: 3 * i, end: 3 * i + 1, text: '' }, { start: 3 * i + 1, end: 3 * i + 2, text: 'x' }]));
    const small = make(10_000);
    const big = make(160_000);
    selectFixes(small); // warm up
    const a = Math.max(1, cpuMs(() => selectFixes(small)));
    const b = cpuMs(() => selectFixes(big));
    assert.ok(b / a < 60, `10,000 fixes: ${a.toFixed(0)} ms, 160,000: ${b.toFixed(0)} ms`);
  });
});

/** The fixes "Sửa tất cả" took before issue 12, by brute force: in order, each fix none of whose edits clashes with one taken. */
function naiveCompatible(findings: Finding[]): Finding[] {
  const clash = (a: OriginalEdit, b: OriginalEdit): boolean => {
    if (a.start === a.end && b.start === b.end) return a.start === b.start;
    if (a.start === a.end) return a.start > b.start && a.start < b.end;
    if (b.start === b.end) return b.start > a.start && b.start < a.end;
    return a.start < b.end && b.start < a.end;
  };
  const taken: OriginalEdit[] = [];
  const out: Finding[] = [];
  for (const f of findings) {
    const edits = f.fix?.edits ?? [];
    if (edits.length === 0) continue;
    if (edits.some((e, i) => edits.some((o, j) => j < i && clash(e, o)))) continue;
    if (edits.some((e) => taken.some((t) => clash(e, t)))) continue;
    taken.push(...edits);
    out.push(f);
  }
  return out;
}

describe('"Sửa tất cả" edits (server)', function () {
  this.timeout(20_000);

  it('takes fixes whose edits interleave together (one click does more than one CLI round)', () => {
    const nfd = finding(0, [{ start: 0, end: 1, text: 'A' }, { start: 4, end: 5, text: 'B' }]);
    const zw = finding(2, [{ start: 2, end: 3, text: '' }, { start: 6, end: 7, text: '' }]);
    const { edits, findings } = compatibleFixes([nfd, zw]);
    assert.equal(findings.length, 2);
    assert.deepEqual(edits.map((e) => e.start), [0, 2, 4, 6]);
    assert.equal(applyFixes('abcdefgh', [nfd, zw]).applied, 1, 'the CLI leaves the second for its next round');
  });

  it('takes exactly the fixes the brute force takes (2,000 random sets of fixes)', () => {
    const r = random(77);
    for (let n = 0; n < 2_000; n++) {
      const findings: Finding[] = [];
      for (let i = 0; i < 1 + Math.floor(r() * 8); i++) {
        const edits: OriginalEdit[] = [];
        for (let k = 0; k < 1 + Math.floor(r() * 3); k++) {
          const start = Math.floor(r() * 20);
          edits.push({ start, end: start + (r() < 0.3 ? 0 : Math.floor(r() * 4)), text: 'x' });
        }
        findings.push(finding(edits[0].start, edits));
      }
      assert.deepEqual(compatibleFixes(findings).findings, naiveCompatible(findings), JSON.stringify(findings.map((f) => f.fix!.edits)));
    }
  });

  it('is linear: 16 times the edits cost far less than 256 times the time (quadratic)', () => {
    // one fix with every other edit, then one fix per remaining place (the shape of zero-width characters and NFD words)
    const make = (n: number) => [
      finding(0, Array.from({ length: n }, (_, i) => ({ start: 4 * i, end: 4 * i + 1, text: '' }))),
      ...Array.from({ length: n }, (_, i) => finding(4 * i + 2, [{ start: 4 * i + 2, end: 4 * i + 3, text: 'y' }])),
    ];
    const small = make(10_000);
    const big = make(160_000);
    compatibleFixes(small); // warm up
    const a = Math.max(1, cpuMs(() => compatibleFixes(small)));
    const b = cpuMs(() => assert.equal(compatibleFixes(big).findings.length, 160_001));
    assert.ok(b / a < 60, `10,000 fixes: ${a.toFixed(0)} ms, 160,000: ${b.toFixed(0)} ms`);
  });

  it('coalesce: edits on one line and close together become one, the same change', () => {
    const text = 'a\u200Bb\u200Bc\n\u200Bd' + ' '.repeat(40) + '\u200Be';
    const edits = [1, 3, 6, 48].map((i) => ({ start: i, end: i + 1, text: '' }));
    assert.equal(text[48], '\u200B');
    const merged = coalesce(text, edits);
    assert.deepEqual(merged, [{ start: 1, end: 4, text: 'b' }, { start: 6, end: 7, text: '' }, { start: 48, end: 49, text: '' }]);
    const apply = (es: OriginalEdit[]) => TextDocument.applyEdits(TextDocument.create('x', 'x', 1, text), es.map((e) => ({ range: { start: pos(text, e.start), end: pos(text, e.end) }, newText: e.text })));
    assert.equal(apply(merged), apply(edits));
  });

  it('a zero-width space after every letter of 20 lines: one edit a line, the same text as --fix', () => {
    const text = ('a\u200B'.repeat(50) + '\n').repeat(20);
    const doc = TextDocument.create('file:///tmp/zw.txt', 'plaintext', 1, text);
    const result = lint(doc, parseSettings({}), { path: null, config: {}, error: null });
    const all = fixAllEdit(doc, result)!;
    const edits = all.edit.changes![doc.uri];
    assert.equal(edits.length, 20);
    assert.equal(TextDocument.applyEdits(doc, edits), applyFixes(text, check(text).findings).text);
    assert.equal(fixAllEdit(doc, result)!.count, all.count, 'computed once per version');
  });
});

function pos(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
