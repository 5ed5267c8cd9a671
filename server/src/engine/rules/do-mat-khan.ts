import { defineRule } from './rule';
import { replaceFix, q } from './util';
import { foldKey, viUpper } from '../text/vietnamese';

const ALLOWED = ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC', 'HOẢ TỐC'];

export default defineRule({
  id: 'do-mat-khan',
  title: 'Dấu độ mật, mức độ khẩn',
  description: 'Độ mật chỉ là MẬT, TỐI MẬT, TUYỆT MẬT; mức độ khẩn chỉ là KHẨN, THƯỢNG KHẨN, HỎA TỐC, viết in hoa.',
  citation: 'Phụ lục I, mục III.2; Điều 4 khoản 2 điểm c',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  docs: {
    why:
      'Độ mật chỉ có ba mức MẬT, TỐI MẬT, TUYỆT MẬT; mức độ khẩn chỉ có KHẨN, THƯỢNG KHẨN, HỎA TỐC; viết in hoa (Phụ lục I, mục III.2). ' +
      'Các cách ghi khác (“KHẨN CẤP”, “RẤT KHẨN”, “Mật”) không được văn thư và hệ thống quản lý văn bản nhận biết đúng mức.',
    right: [{ text: 'Số: 05/STC-QLNS\nTHƯỢNG KHẨN', base: 'cong-van', replaces: 'Số: 05/STC-QLNS' }],
    wrong: [
      { text: 'Số: 05/STC-QLNS\nKHẨN CẤP', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Không có mức “KHẨN CẤP”.' },
      { text: 'Số: 05/STC-QLNS\nMật', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Viết in hoa: MẬT.' },
    ],
  },
  check({ doc, report }) {
    for (const m of doc.markings) {
      const t = m.text.replace(/\s+/g, ' ');
      if (ALLOWED.includes(t)) continue;
      const bare = t.replace(/[!.]+$/, '');
      const up = viUpper(bare);
      if (ALLOWED.includes(up)) {
        report({ ...m, message: `Dấu ${q(up)} viết in hoa, không thêm dấu câu.`, fix: replaceFix(`Sửa thành “${up}”`, m, up) });
        continue;
      }
      const k = foldKey(bare);
      const isSecret = /MAT/.test(k);
      report({
        ...m,
        message: isSecret
          ? `${q(t)} không phải độ mật theo quy định: chỉ dùng ${q('MẬT')}, ${q('TỐI MẬT')} hoặc ${q('TUYỆT MẬT')}.`
          : `${q(t)} không phải mức độ khẩn theo quy định: chỉ dùng ${q('KHẨN')}, ${q('THƯỢNG KHẨN')} hoặc ${q('HỎA TỐC')}.`,
      });
    }
  },
});
