import { defineRule } from './rule';
import type { Edit } from './rule';

const MAX_SEPARATE = 20;

export default defineRule({
  id: 'unicode',
  title: 'Mã ký tự Unicode',
  description: 'Chữ tiếng Việt ở dạng tổ hợp (NFD) hoặc lẫn dạng dựng sẵn, chữ Đ giả (U+00D0), ký tự vô hình: chuẩn hóa về Unicode dựng sẵn (NFC).',
  citation: 'Phụ lục I, mục I.4 (bộ mã Unicode theo TCVN 6909:2001)',
  severity: 'warning',
  fixable: true,
  regimes: ['nd30', 'party', 'qppl', 'other'],
  docs: {
    why:
      'Văn bản dùng bộ mã Unicode theo TCVN 6909:2001 (Phụ lục I, mục I.4). Cùng một chữ “ở” có thể được lưu ở dạng dựng sẵn (NFC) hoặc tổ hợp ' +
      '(NFD: “o” + dấu móc + dấu hỏi); hai dạng nhìn giống hệt nhau nhưng tìm kiếm, sắp xếp, so khớp tên cơ quan đều sai. Chữ “Ð” (U+00D0, chữ Eth) ' +
      'trông như “Đ” nhưng là ký tự khác, làm sai ký hiệu “QĐ”, “HĐND”. Ký tự vô hình (zero-width) chen giữa chữ cũng vậy. Sửa tự động đưa về dạng dựng sẵn.',
    right: [{ text: 'Sở Tài chính đề nghị các cơ quan, đơn vị', base: 'cong-van' }],
    wrong: [
      {
        text: 'Sở Tài chính đề nghị'.normalize('NFD'),
        base: 'cong-van',
        replaces: 'Sở Tài chính đề nghị',
        note: 'Các chữ “ở”, “à”, “í”, “ề”, “ị” ở dạng tổ hợp (NFD): nhìn như nhau, mã khác nhau.',
      },
      { text: 'Số: 12/Q\u00D0-UBND', base: 'quyet-dinh', replaces: 'Số: 12/QĐ-UBND', note: 'Chữ “Ð” là U+00D0 (Eth), không phải “Đ” (U+0110).' },
    ],
  },
  check({ doc, report }) {
    const { source } = doc;
    const quirks = source.quirks;
    const nfd = quirks.nonNfc;
    if (nfd.length > MAX_SEPARATE) {
      const edits: Edit[] = nfd.map((s) => ({ ...source.spanToOriginal(s), text: doc.text.slice(s.start, s.end) }));
      const first = source.spanToOriginal(nfd[0]);
      report({
        ...first,
        original: true,
        message: `Có ${nfd.length} chữ ở dạng Unicode tổ hợp (NFD): tìm kiếm và sao chép dễ sai; nên chuẩn hóa cả văn bản về dạng dựng sẵn (NFC).`,
        fix: { title: 'Chuẩn hóa Unicode cả văn bản (NFC)', edits },
      });
    } else {
      for (const s of nfd) {
        const o = source.spanToOriginal(s);
        // widen to the whole word for a readable finding
        let ws = s.start;
        let we = s.end;
        while (ws > 0 && /[\p{L}\p{M}]/u.test(doc.text[ws - 1])) ws--;
        while (we < doc.text.length && /[\p{L}\p{M}]/u.test(doc.text[we])) we++;
        const word = source.spanToOriginal({ start: ws, end: we });
        report({
          ...word,
          original: true,
          message: `Chữ “${doc.text.slice(ws, we)}” ở dạng Unicode tổ hợp (NFD): chuẩn hóa về dạng dựng sẵn (NFC).`,
          fix: { title: 'Chuẩn hóa Unicode (NFC)', edits: [{ ...o, text: doc.text.slice(s.start, s.end) }] },
        });
      }
    }
    for (const s of quirks.lookAlikeD) {
      const o = source.spanToOriginal(s);
      report({ ...o, original: true, message: 'Ký tự “Ð” (U+00D0, chữ Eth) trông giống chữ Đ nhưng là ký tự khác: dùng chữ Đ (U+0110).', fix: { title: 'Thay bằng chữ Đ', edits: [{ ...o, text: 'Đ' }] } });
    }
    const zw = quirks.zeroWidth; // runs: one edit removes a whole run
    if (zw.length) {
      report({
        start: zw[0].start, end: zw[0].start + 1,
        original: true,
        message: `Có ${quirks.zeroWidthCount} ký tự vô hình (khoảng trắng độ rộng 0) trong văn bản: nên xóa.`,
        fix: { title: 'Xóa ký tự vô hình', edits: zw.map((run) => ({ start: run.start, end: run.end, text: '' })) },
      });
    }
  },
});
