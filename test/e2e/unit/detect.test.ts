/**
 * The client's auto-detection (client/src/detect.ts): which plain-text and Markdown files the extension
 * sends to the server. Part of `npm test` (no VS Code needed); the same behaviour is checked in a real
 * VS Code by test/e2e/run.mjs.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeVanBan, vanBanSignal, fold, DETECT_LINES } from '../../../client/src/detect';
import { ROOT } from './root';

describe('client: auto-detection of a văn bản in plain text and Markdown', () => {
  it('finds every example draft and every real seed', () => {
    for (const dir of ['examples', 'test/fixtures/seeds']) {
      for (const name of readdirSync(join(ROOT, dir))) {
        const text = readFileSync(join(ROOT, dir, name), 'utf8');
        assert.ok(looksLikeVanBan(text), `${dir}/${name} should look like a văn bản`);
      }
    }
  });

  it('names the signal it found', () => {
    assert.equal(vanBanSignal('UBND TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'), 'quoc-hieu');
    assert.equal(vanBanSignal('**Cộng hoà xã hội chủ nghĩa Việt Nam**'), 'quoc-hieu');
    assert.equal(vanBanSignal('Độc lập – Tự do – Hạnh phúc'), 'tieu-ngu');
    assert.equal(vanBanSignal('Số: 12/UBND-VP'), 'so-ky-hieu');
    assert.equal(vanBanSignal('Số:     /TB-VP'), 'so-ky-hieu');
    assert.equal(vanBanSignal('So 7 /STC - QLNS'), 'so-ky-hieu');
    assert.equal(vanBanSignal('Số: 30/2020/NĐ-CP'), 'so-ky-hieu');
    assert.equal(vanBanSignal('\n\nKính gửi: Sở Tài chính.'), 'kinh-gui');
    assert.equal(vanBanSignal('# Kính gửi\n'), 'kinh-gui');
  });

  it('reads text without diacritics, NFD, OCR slips and CRLF', () => {
    assert.ok(looksLikeVanBan('UBND TINH LAI CHAU CONG HOA XA HQI CHU NGHIA VIET NAM\r\n'));
    assert.ok(looksLikeVanBan('Kinh guri: Cac phong, ban.'));
    assert.ok(looksLikeVanBan('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'.normalize('NFD')));
    assert.ok(looksLikeVanBan('S6: 110 /VPUBND-HCQT Lai Chau, ngay 22 thang 01 nam 2026'));
    assert.equal(fold('**Độc lập - Tự do**'), 'DOC LAP - TU DO');
  });

  it('leaves ordinary text and Markdown alone', () => {
    const ordinary = [
      readFileSync(join(ROOT, 'README.md'), 'utf8'),
      '# Ghi chú họp\n\nSố người tham dự: 12/15.\nSo 2/3 of the cases pass.\n',
      'Kính thưa quý vị,\nHôm nay chúng ta bàn về việc gửi báo cáo.\n',
      'Việt Nam là một nước xã hội chủ nghĩa.\n',
      'A shopping list\n- milk;\n- eggs.\n',
      '',
    ];
    for (const text of ordinary) assert.equal(vanBanSignal(text), undefined, JSON.stringify(text.slice(0, 60)));
  });

  it('looks only at the first lines', () => {
    const late = 'dòng\n'.repeat(DETECT_LINES + 5) + 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n';
    assert.equal(looksLikeVanBan(late), false);
    const blankLines = '\n\n\n'.repeat(DETECT_LINES) + 'Kính gửi: Sở Nội vụ.\n';
    assert.equal(looksLikeVanBan(blankLines), true, 'blank lines do not count');
  });
});
