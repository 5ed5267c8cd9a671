/**
 * The five real documents (test/fixtures/seeds, copied from shared/corpus/seeds): their findings were
 * reviewed by hand; each expected finding carries the reason it is right. Lines are 1-based lines of
 * the files as stored (they have a blank line between most lines).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, inspect } from '../server/src/engine';

const dir = join(__dirname, '..', '..', 'test', 'fixtures', 'seeds');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

type Expect = [rule: string, line: number, severity: string];

const EXPECTED: Record<string, Expect[]> = {
  // Công văn of VP UBND tỉnh Lạng Sơn, 02/2026, a draft: correct apart from the blanks left for registration.
  '000_375c99a2844e2691.txt': [
    ['so-ky-hieu', 10, 'info'], // "Số:          /VP-KGVX": number left blank in a draft (Điều 15) – fine while drafting
    ['dia-danh-ngay', 10, 'info'], // "ngày       tháng 02 năm 2026": day blank in a draft; tháng 02 correctly zero-padded
  ],
  // Thông báo kết luận, 05/2026: the extraction lost the header table.
  '001_a08d4ed0bea06e35.txt': [
    ['co-quan', 3, 'error'], // no issuing body above "Số:" (header lost)
    ['quoc-hieu', 3, 'error'], // the real defect: no Quốc hiệu
    ['tieu-ngu', 3, 'error'], // and no Tiêu ngữ
    ['so-ky-hieu', 3, 'info'], // "Số: /TB-VP": blank number in a draft
    ['dia-danh-ngay', 5, 'info'], // "ngày tháng 5 năm 2026": blank day in a draft
    ['trich-yeu', 9, 'info'], // a 73-word trích yếu, far from "một câu ngắn gọn"
    ['danh-so', 35, 'info'], // "2.1." … "2.5.": multi-level numbering outside the decree's scheme
    ['danh-so', 39, 'info'],
    ['danh-so', 47, 'info'],
    ['danh-so', 49, 'info'],
    ['danh-so', 53, 'info'],
  ],
  // Công văn, 06/2025: correct but for the old tone placement of the Quốc hiệu and two NFD words.
  '002_3b01705570a36975.txt': [
    ['quoc-hieu', 5, 'info'], // "CỘNG HOÀ": old tone placement, tolerated as info
    // (thanh-dieu stays quiet on that HOÀ: one message per defect, quoc-hieu's)
    ['so-ky-hieu', 9, 'info'], // blank number in a draft
    ['dia-danh-ngay', 9, 'info'], // blank day in a draft
    ['unicode', 67, 'warning'], // "giúp" stored decomposed (u + U+0301)
    ['unicode', 73, 'warning'], // "trúc" stored decomposed
  ],
  // Kế hoạch of UBND tỉnh Lạng Sơn, ≈06/2025: the extraction starts at the Tiêu ngữ.
  '003_988dab5c6e9df1f6.txt': [
    ['co-quan', 1, 'error'], // header lost: no issuing body,
    ['dia-danh-ngay', 1, 'error'], // no place and date,
    ['quoc-hieu', 1, 'error'], // no Quốc hiệu above the Tiêu ngữ,
    ['so-ky-hieu', 1, 'error'], // and no "Số:" line
    ['trich-yeu', 4, 'info'], // a 49-word trích yếu
    ['lap-tu', 4, 'warning'], // the real defect: "thực hiện thực hiện"
    ['unicode', 32, 'warning'], // "sở" decomposed (ơ + U+0309)
    ['unicode', 96, 'warning'], // "Sở" decomposed
    ['khoang-trang', 110, 'info'], // "về  kết quả": a double space (shared/reference notes it too)
    ['thanh-dieu', 146, 'info'], // "TM. UỶ BAN" (old) while the body writes "Tỉnh ủy" (new)
  ],
  // Công văn of VP UBND tỉnh Lai Châu, 01/2026: OCR output without diacritics.
  '004_80b3cead375c9c1c.txt': [
    ['khong-dau', 1, 'error'], // the real defect: diacritics lost; the other format rules stay quiet
    ['thoi-han', 27, 'warning'], // "trước ngày 23/01/2025": before the 19/01/2026 guidance it implements (should be 2026)
  ],
};

describe('seed documents: reviewed findings', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      const text = read(name);
      const got = check(text).findings.map((f) => [f.rule, f.range.start.line + 1, f.severity]);
      const key = (e: (string | number)[]) => e.join(':');
      assert.deepEqual(got.map(key).sort(), expected.map(key).sort());
    });
  }

  it('before signing, the blanks of the drafts become errors', () => {
    const final = check(read('000_375c99a2844e2691.txt'), { mode: 'final' }).findings;
    assert.deepEqual(final.map((f) => `${f.rule}:${f.severity}`).sort(), ['dia-danh-ngay:error', 'so-ky-hieu:error']);
  });

  it('reads the parts of seed 000', () => {
    const p = inspect(read('000_375c99a2844e2691.txt'));
    assert.equal(p.regime, 'nd30');
    assert.deepEqual(p.type, { name: 'Công văn', abbrev: null });
    assert.deepEqual(p.issuer, { name: 'VĂN PHÒNG', parent: 'UBND TỈNH LẠNG SƠN' });
    assert.equal(p.quocHieu, true);
    assert.equal(p.tieuNgu, true);
    assert.equal(p.number, null);
    assert.equal(p.symbol, 'VP-KGVX');
    assert.equal(p.place, 'Lạng Sơn');
    assert.deepEqual(p.date, { raw: 'ngày tháng 02 năm 2026', iso: null });
    assert.equal(p.trichYeu, 'V/v thực hiện các nhiệm vụ, dự án triển khai Nghị quyết số 57-NQ/TW');
    assert.deepEqual(p.kinhGui, ['Các sở, ban, ngành', 'UBND các xã, phường']);
    assert.deepEqual(p.noiNhan, ['Như trên', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh', 'C, PCVP UBND tỉnh, các Phòng: KGVX, TH, KTTH, TTTT', 'Lưu: VT, KGVX(HTHT)']);
    assert.deepEqual(p.signature, { authority: ['KT. CHÁNH VĂN PHÒNG'], titles: ['PHÓ CHÁNH VĂN PHÒNG'], name: 'Vi Thiện Việt' });
  });

  it('reads the parts of seeds 001, 003 and 004', () => {
    const p1 = inspect(read('001_a08d4ed0bea06e35.txt'));
    assert.deepEqual(p1.type, { name: 'Thông báo', abbrev: 'TB' });
    assert.equal(p1.quocHieu, false);
    assert.equal(p1.symbol, 'TB-VP');
    assert.equal(p1.kinhGui, null);
    assert.equal(p1.noiNhan?.length, 4);
    assert.equal(p1.noiNhan?.[2], 'C, PVP UBND tỉnh, các Phòng: KGVX, KTCN, NC, TTTT'); // wrapped item joined
    assert.deepEqual(p1.signature?.authority, ['KT. CHÁNH VĂN PHÒNG']); // Markdown ** stripped
    const p3 = inspect(read('003_988dab5c6e9df1f6.txt'));
    assert.deepEqual(p3.type, { name: 'Kế hoạch', abbrev: 'KH' });
    assert.deepEqual(p3.signature, { authority: ['TM. UỶ BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], titles: ['PHÓ CHỦ TỊCH'], name: 'Dương Xuân Huyên' });
    const p4 = inspect(read('004_80b3cead375c9c1c.txt'));
    assert.equal(p4.quocHieu, true); // read through the lost diacritics and OCR's "HQI"
    assert.equal(p4.symbol, 'VPUBND-HCQT');
    assert.equal(p4.place, 'Lai Chau');
  });

  it('Party and VBQPPL numbers cited in the seeds are recognised as citations', () => {
    for (const name of Object.keys(EXPECTED)) {
      const { doc } = check(read(name));
      for (const c of doc.citations) {
        if (/^\d+-/.test(c.text)) assert.equal(c.regime, 'party', c.text);
        if (/^\d+\/\d{4}\//.test(c.text)) assert.equal(c.regime, 'qppl', c.text);
      }
      assert.ok(doc.citations.length > 0);
    }
  });
});
