import { defineRule, documentStart } from './rule';

export default defineRule({
  id: 'che-do',
  title: 'Văn bản không thuộc Nghị định 30',
  description: 'Văn bản không thuộc Nghị định 30 (văn bản của Đảng, của Đoàn, Hội, đơn, hợp đồng, bài viết) hoặc văn bản quy phạm pháp luật: một thông tin cho cả văn bản; chỉ các thành phần chung được kiểm tra.',
  citation: 'Điều 2; Điều 4 khoản 2 điểm a',
  severity: 'info',
  fixable: false,
  regimes: ['party', 'qppl', 'other'],
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
