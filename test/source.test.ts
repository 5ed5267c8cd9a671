/** The normalised twin of the user's text, and the map of its offsets back to the original. */
import assert from 'node:assert/strict';
import { SourceText } from '../server/src/engine';

/** Every normalised character maps back to an original range that normalises to it. */
function assertRoundTrip(original: string): SourceText {
  const s = new SourceText(original);
  for (let i = 0; i < s.text.length; i++) {
    const span = s.spanToOriginal({ start: i, end: i + 1 });
    assert.ok(span.start >= 0 && span.end <= original.length && span.start < span.end, `char ${i}`);
    const back = original.slice(span.start, span.end).normalize('NFC').replace(/\r\n?/g, '\n').replace(/[\u00A0\t]/g, ' ').replace(/[\u00D0]/g, 'Đ');
    assert.ok(back.includes(s.text[i]), `char ${i} ${JSON.stringify(s.text[i])} from ${JSON.stringify(back)}`);
  }
  assert.equal(s.toOriginal(s.text.length), original.length);
  return s;
}

describe('SourceText', () => {
  it('leaves clean text as it is', () => {
    const s = assertRoundTrip('Số: 05/STC-QLNS\nLạng Sơn, ngày 09 tháng 3 năm 2026');
    assert.equal(s.text, s.original);
  });

  it('removes a BOM and maps offset 0 after it', () => {
    const s = assertRoundTrip('\uFEFFSố: 05');
    assert.equal(s.text, 'Số: 05');
    assert.equal(s.toOriginal(0), 1);
    assert.equal(s.quirks.bom, true);
  });

  it('reads CRLF and lone CR as line breaks, keeping spans before the whole break', () => {
    const s = assertRoundTrip('a;\r\nb.\rc');
    assert.equal(s.text, 'a;\nb.\nc');
    assert.deepEqual(s.spanToOriginal({ start: 0, end: 2 }), { start: 0, end: 2 });
    assert.equal(s.toOriginal(2), 2); // an insertion at the end of line 1 goes before "\r\n"
    assert.deepEqual(s.position(s.toOriginal(3)), { line: 1, character: 0 });
    assert.deepEqual(s.position(s.toOriginal(6)), { line: 2, character: 0 });
  });

  it('composes NFD clusters and maps them to the whole cluster', () => {
    const nfd = 'Sở Tài chính'.normalize('NFD');
    const s = assertRoundTrip(nfd);
    assert.equal(s.text, 'Sở Tài chính');
    assert.ok(s.quirks.nonNfc.length > 0);
    const word = s.spanToOriginal({ start: 0, end: 2 });
    assert.equal(nfd.slice(word.start, word.end).normalize('NFC'), 'Sở');
  });

  it('turns NBSP and tabs into spaces, drops zero-width characters, reads Ð as Đ', () => {
    const s = assertRoundTrip('Số:\u00A005\t/Q\u00D0-UB\u200BND');
    assert.equal(s.text, 'Số: 05 /QĐ-UBND');
    assert.deepEqual(s.quirks.zeroWidth, [{ start: 13, end: 14 }]);
    assert.equal(s.quirks.zeroWidthCount, 1);
    assert.equal(s.quirks.lookAlikeD.length, 1);
  });

  it('keeps zero-width characters as runs: one span per run, however long', () => {
    const s = assertRoundTrip('a\u200B\u200C\u200Db\u2060\n' + '\u200B'.repeat(1000) + '\n\u00AD\u200B');
    assert.equal(s.text, 'ab\n\n');
    assert.deepEqual(s.quirks.zeroWidth, [{ start: 1, end: 4 }, { start: 5, end: 6 }, { start: 7, end: 1007 }, { start: 1009, end: 1010 }]);
    assert.equal(s.quirks.zeroWidthCount, 1005);
  });

  it('keeps surrogate pairs and marks after them whole', () => {
    assertRoundTrip('a\uD83D\uDE00\u0301b\u0301');
  });

  it('positions are 0-based lines and UTF-16 columns of the original', () => {
    const s = new SourceText('\uFEFFab\r\ncd');
    assert.deepEqual(s.position(5), { line: 1, character: 0 });
    assert.equal(s.offsetAt({ line: 1, character: 1 }), 6);
  });
});
