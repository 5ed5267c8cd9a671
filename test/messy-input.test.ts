/**
 * Real drafts come from Word, PDF and web pages: the same draft saved with CRLF, a BOM, decomposed
 * (NFD) diacritics, non-breaking spaces, tabs or blank lines between all lines gives the same findings.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../server/src/engine';
import { CONG_VAN, QUYET_DINH, vary } from './helpers';

const seedDir = join(__dirname, '..', '..', 'test', 'fixtures', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));

/** Findings as rule, line, severity and message; the unicode rule is left out (NFD is its business). */
function summary(text: string, mode: 'draft' | 'final' = 'draft'): string[] {
  return check(text, { mode }).findings
    .filter((f) => f.rule !== 'unicode')
    .map((f) => `${f.rule}|${f.range.start.line}|${f.severity}|${f.message}`);
}

const VARIANTS: [string, (t: string) => string][] = [
  ['CRLF line endings', (t) => t.replace(/\n/g, '\r\n')],
  ['a byte order mark', (t) => '\uFEFF' + t],
  ['decomposed (NFD) diacritics', (t) => t.normalize('NFD')],
  ['non-breaking spaces', (t) => t.replace(/ /g, '\u00A0')],
  ['all of them together', (t) => '\uFEFF' + t.normalize('NFD').replace(/ /g, '\u00A0').replace(/\n/g, '\r\n')],
];

describe('messy input gives the same findings', () => {
  const docs: [string, string][] = [
    ['clean công văn', CONG_VAN],
    ['công văn with mistakes', vary(CONG_VAN, ['Số: 05/', 'Số 5/'], ['ngày 09 tháng 3', 'ngày 9 tháng 03'], ['Kính gửi:', 'Kính gửi'], ['thực hiện./.', 'thực hiện.'])],
    ['quyết định', QUYET_DINH],
    ...seeds.map((s, i): [string, string] => [`seed ${i}`, s]),
  ];
  for (const [name, text] of docs) {
    const base = summary(text);
    for (const [variant, transform] of VARIANTS) {
      it(`${name} with ${variant}`, () => {
        assert.deepEqual(summary(transform(text)), base);
      });
    }
  }

  it('the same findings sit on the same words in the original text (CRLF + BOM + NFD)', () => {
    const text = vary(CONG_VAN, ['Số: 05/', 'Số: 5/']);
    const messy = '\uFEFF' + text.normalize('NFD').replace(/\n/g, '\r\n');
    const a = check(text).findings;
    const b = check(messy).findings.filter((f) => f.rule !== 'unicode');
    assert.equal(a.length, b.length);
    for (let i = 0; i < a.length; i++) {
      assert.equal(messy.slice(b[i].start, b[i].end).normalize('NFC'), text.slice(a[i].start, a[i].end));
    }
  });

  it('tabs and two-column rows flattened onto one line', () => {
    const flat = vary(CONG_VAN,
      ['SỞ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Số: 05/STC-QLNS\nLạng Sơn', 'Số: 05/STC-QLNS\t\tLạng Sơn'],
    );
    assert.deepEqual(summary(flat), []);
  });

  it('blank lines between every line', () => {
    const spaced = CONG_VAN.split('\n').join('\n\n');
    assert.deepEqual(summary(spaced), []);
    assert.deepEqual(summary(spaced, 'final'), []);
  });

  it('Markdown emphasis and headings', () => {
    const md = vary(QUYET_DINH, ['QUYẾT ĐỊNH\nVề việc', '# QUYẾT ĐỊNH\n**Về việc'], ['tỉnh Lạng Sơn\nCHỦ', 'tỉnh Lạng Sơn**\nCHỦ'], ['Điều 2.', '**Điều 2.**'], ['Đoàn Thanh Sơn', '**Đoàn Thanh Sơn**']);
    assert.deepEqual(summary(md), []);
  });
});
