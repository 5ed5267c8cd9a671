/**
 * Disable comments in drafts (server/src/engine/suppress.ts), applied by the engine's check() so the
 * CLI and the language server both honour them:
 * <!-- thethuc-disable <id> -->, <!-- thethuc-disable-next-line <id> -->, <!-- thethuc-enable <id> -->.
 */
import * as assert from 'node:assert/strict';
import { check } from '../server/src/engine';
import { applyDirectives, maskDirectives, readDirectives } from '../server/src/engine/suppress';
import { run } from '../server/src/cli/run';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONG_VAN, QUYET_DINH, vary } from './helpers';

const rules = (text: string) => check(text).findings.map((f) => f.rule);

describe('disable comments', function () {
  it('reads the three directives, their rules and where they take effect', function () {
    const text = 'a\n<!-- thethuc-disable lap-tu, so-ky-hieu -->\nb\n<!-- thethuc-disable-next-line -->\n\n  \nc c\n<!--thethuc-enable lap-tu-->\n';
    const ds = readDirectives(text);
    assert.deepEqual(
      ds.map((d) => [d.kind, d.rules, text.slice(d.from, d.to)]),
      [
        ['disable', ['lap-tu', 'so-ky-hieu'], ''],
        ['disable-next-line', [], 'c c'],
        ['enable', ['lap-tu'], ''],
      ],
    );
    assert.equal(ds[0].from, text.indexOf('<!-- thethuc-disable '), 'from the start of the comment’s line');
    assert.deepEqual(readDirectives('no directive here'), []);
  });

  it('masks the comments without moving any offset or line', function () {
    const text = 'x <!-- thethuc-disable lap-tu -->\r\ny';
    const masked = maskDirectives(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked, 'x ' + ' '.repeat('<!-- thethuc-disable lap-tu -->'.length) + '\r\ny');
    assert.equal(maskDirectives(CONG_VAN), CONG_VAN);
  });

  it('disable-next-line silences one rule on the next non-blank line only', function () {
    const text = vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '<!-- thethuc-disable-next-line lap-tu -->\n\n1. Rà soát, tổng hợp các các kết quả'], ['2. Gửi báo cáo', '2. Gửi báo cáo báo cáo']);
    const found = check(text).findings.filter((f) => f.rule === 'lap-tu');
    assert.equal(found.length, 1, 'the repeat on the next line is silenced, the one after it is not');
    assert.equal(text.slice(found[0].start, found[0].end), 'báo cáo');
  });

  it('disable lasts to the end of the file or to enable', function () {
    const twice = vary(CONG_VAN, ['tổng hợp kết quả', 'tổng hợp các các kết quả'], ['2. Gửi báo cáo', '2. Gửi báo cáo báo cáo']);
    assert.equal(rules(twice).filter((r) => r === 'lap-tu').length, 2);
    const off = vary(twice, ['1. Rà soát', '<!-- thethuc-disable lap-tu -->\n1. Rà soát']);
    assert.equal(rules(off).filter((r) => r === 'lap-tu').length, 0);
    const onAgain = vary(off, ['2. Gửi báo cáo báo', '<!-- thethuc-enable lap-tu -->\n2. Gửi báo cáo báo']);
    assert.equal(rules(onAgain).filter((r) => r === 'lap-tu').length, 1);
    // every rule off, then one back on
    const all = vary(twice, ['1. Rà soát', '<!-- thethuc-disable -->\n1. Rà soát'], ['2. Gửi báo cáo báo', '<!-- thethuc-enable lap-tu -->\n2. Gửi báo cáo báo'], ['phối hợp thực hiện./.', 'phối hợp thực hiện.']);
    assert.deepEqual(rules(all), ['lap-tu'], 'ket-thuc stays off, lap-tu is back');
  });

  it('a comment on the first line covers findings about the document as a whole', function () {
    const noHeader = vary(CONG_VAN, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n', '']);
    assert.ok(rules(noHeader).includes('quoc-hieu'));
    assert.ok(!rules('<!-- thethuc-disable quoc-hieu -->\n' + noHeader).includes('quoc-hieu'));
  });

  it('a comment line inside a list or the header does not change how the draft is read', function () {
    const inList = vary(CONG_VAN, ['- Như trên;', '<!-- thethuc-disable-next-line nhu-tren -->\n- Như trên;']);
    assert.deepEqual(rules(inList), []);
    const inHeader = vary(QUYET_DINH, ['Số: 12/QĐ-UBND', '<!-- thethuc-disable-next-line so-ky-hieu -->\nSố: 2/QĐ-UBND']);
    assert.deepEqual(rules(inHeader), []);
    assert.deepEqual(rules(vary(QUYET_DINH, ['Số: 12/QĐ-UBND', 'Số: 2/QĐ-UBND'])), ['so-ky-hieu']);
  });

  it('leaves findings alone when the text has no directive, and ignores unknown ids', function () {
    const text = vary(CONG_VAN, ['tổng hợp kết quả', 'tổng hợp các các kết quả']);
    const findings = check(text).findings;
    assert.equal(applyDirectives(text, findings), findings);
    assert.deepEqual(rules('<!-- thethuc-disable khong-co -->\n' + text), ['lap-tu']);
  });

  it('is honoured by the CLI', async function () {
    const dir = mkdtempSync(join(tmpdir(), 'thethuc-suppress-'));
    try {
      const file = join(dir, 'du-thao.md');
      writeFileSync(file, vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '<!-- thethuc-disable-next-line lap-tu -->\n1. Rà soát, tổng hợp các các kết quả']));
      let out = '';
      const code = await run(['check', '--format', 'json', file], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: dir });
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(out)[0].diagnostics, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
