import { defineRule, documentStart } from './rule';

export default defineRule({
  id: 'che-do',
  title: 'Văn bản không thuộc Nghị định 30',
  description: 'Văn bản không thuộc Nghị định 30 (văn bản của Đảng, của Đoàn, Hội, đơn, hợp đồng, bài viết) hoặc văn bản quy phạm pháp luật: một thông tin cho cả văn bản; chỉ các thành phần chung được kiểm tra.',
  citation: 'Điều 2; Điều 4 khoản 2 điểm a',
  severity: 'info',
  fixable: false,
  regimes: ['party', 'qppl', 'other'],
  docs: {
    why:
      'Nghị định 30/2020/NĐ-CP quy định thể thức của văn bản hành chính. Văn bản của Đảng và văn bản quy phạm pháp luật có quy định thể thức riêng ' +
      '(ví dụ số “242-KH/TU”, thẩm quyền “T/M”, số có năm “15/2025/QĐ-UBND”); kiểm tra chúng theo Nghị định 30 chỉ sinh ra các báo lỗi sai. ' +
      'Vì vậy khi nhận ra loại văn bản này, Thể thức báo một thông tin và các quy tắc của Nghị định 30 không chạy.',
    right: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND', base: 'quyet-dinh', note: 'Văn bản hành chính: được kiểm tra đầy đủ.' }],
    wrong: [
      {
        text: 'ĐẢNG BỘ TỈNH LẠNG SƠN\nBAN THƯỜNG VỤ TỈNH ỦY\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 242-KH/TU\nLạng Sơn, ngày 03 tháng 6 năm 2025\nKẾ HOẠCH\nThực hiện các nhiệm vụ',
        note: 'Văn bản của Đảng: một thông tin, không kiểm tra theo Nghị định 30.',
      },
      {
        text: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/2025/QĐ-UBND\nLạng Sơn, ngày 15 tháng 5 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy định quản lý',
        note: 'Số có năm ban hành: văn bản quy phạm pháp luật.',
      },
    ],
  },
  check({ doc, report }) {
    const at = doc.regimeEvidence ?? documentStart(doc);
    const message =
      doc.regime === 'party'
        ? 'Đây là văn bản của Đảng: thể thức theo quy định, hướng dẫn của Đảng, không theo Nghị định 30/2020/NĐ-CP; các quy tắc của Nghị định 30 không áp dụng.'
        : doc.regime === 'qppl'
          ? 'Đây là văn bản quy phạm pháp luật: thể thức theo pháp luật về ban hành văn bản quy phạm pháp luật; chỉ kiểm tra các thành phần chung với văn bản hành chính (Quốc hiệu, Tiêu ngữ, số, ký hiệu, địa danh và ngày ban hành, chữ ký, nơi nhận).'
          : `Đây là ${doc.regimeKind ?? 'văn bản không thuộc Nghị định 30/2020/NĐ-CP'}: không phải văn bản hành chính của cơ quan, tổ chức nhà nước theo Nghị định 30/2020/NĐ-CP; các quy tắc về thể thức không áp dụng.`;
    report({ start: at.start, end: at.end, message });
  },
});
