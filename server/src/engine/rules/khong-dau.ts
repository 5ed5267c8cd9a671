import { defineRule, documentStart } from './rule';

export default defineRule({
  id: 'khong-dau',
  title: 'Văn bản không có dấu tiếng Việt',
  description: 'Văn bản viết không dấu (do nhận dạng ký tự OCR hoặc không dùng bộ gõ) hoặc gõ bằng bảng mã cũ (TCVN3, VNI): một lỗi cho cả văn bản; các quy tắc dễ báo tràn lan tạm dừng.',
  citation: 'Phụ lục I, mục I.4 (phông chữ tiếng Việt Unicode theo TCVN 6909:2001)',
  severity: 'error',
  fixable: false,
  regimes: ['nd30', 'party', 'qppl', 'other'],
  docs: {
    why:
      'Văn bản hành chính dùng phông chữ tiếng Việt Unicode (Phụ lục I, mục I.4). Văn bản mất dấu (bản nhận dạng OCR, gõ không có bộ gõ) vừa khó đọc, ' +
      'vừa dễ hiểu sai (“ngay” là “ngày” hay “ngay”?). Khi phần lớn các từ không có dấu, Thể thức báo một lỗi cho cả văn bản và tạm dừng các quy tắc ' +
      'dễ báo tràn lan, để người soạn gõ lại hoặc nhận dạng lại văn bản trước.',
    right: [{ text: 'Thực hiện Công văn số 708/BKHCN-KHTC ngày 06/02/2026 của Bộ Khoa học và Công nghệ', base: 'cong-van' }],
    wrong: [
      {
        text:
          'UBND TINH LAI CHAU CONG HOA XA HOI CHU NGHIA VIET NAM\nVAN PHONG Doc lap - Tu do - Hanh phuc\nSo: 110/VPUBND-HCQT Lai Chau, ngay 22 thang 01 nam 2026\n' +
          'V/v trien khai thuc hien cac nhiem vu Nghi quyet so 57-NQ/TW\nKinh gui: Cac phong, ban, trung tam.\n' +
          'Thuc hien Cong van so 591-CV/TU, ngay 15/01/2026 cua Ban Thuong vu Tinh uy ve viec trien khai thuc hien cac nhiem vu Nghi quyet so 57-NQ/TW cua Bo Chinh tri trong nam 2026, ' +
          'Van phong UBND tinh yeu cau cac phong, ban, trung tam dang ky sang kien, hoan thanh truoc ngay 25/01/2026./.',
        note: 'Bản nhận dạng OCR mất dấu: một lỗi cho cả văn bản.',
      },
    ],
  },
  check({ doc, report }) {
    if (doc.legacyEncoding) {
      report({
        ...documentStart(doc),
        message: `Văn bản được gõ bằng bảng mã cũ (${doc.legacyEncoding}${doc.legacyEncoding === 'TCVN3' ? ', phông “.Vn…”' : ', phông “VNI-…”'}) nhưng đọc như Unicode nên chữ bị sai (ví dụ “NghÞ ®Þnh”): hãy chuyển mã văn bản sang Unicode (TCVN 6909:2001); các quy tắc về thể thức tạm dừng trên văn bản này.`,
      });
      return;
    }
    if (doc.wordCount < 30 || doc.diacriticShare >= 0.3) return;
    const pct = Math.round(doc.diacriticShare * 100);
    report({
      ...documentStart(doc),
      message: `Văn bản gần như không có dấu tiếng Việt (chỉ ${pct}% số từ có dấu): có thể do nhận dạng ký tự (OCR) hoặc gõ không dùng bộ gõ. Hãy gõ lại hoặc chuyển đổi văn bản có dấu; các quy tắc về thể thức tạm dừng trên văn bản này.`,
    });
  },
});
