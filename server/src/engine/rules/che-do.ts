import { defineRule, documentStart } from './rule';

export default defineRule({
  id: 'che-do',
  title: 'Văn bản không thuộc Nghị định 30',
  description: 'Văn bản của Đảng hoặc văn bản quy phạm pháp luật: báo một thông tin; các quy tắc của Nghị định 30 không áp dụng.',
  citation: 'Điều 2; Điều 4 khoản 2 điểm a',
  severity: 'info',
  fixable: false,
  regimes: ['party', 'qppl'],
  check({ doc, report }) {
    const at = doc.regimeEvidence ?? documentStart(doc);
    report({
      start: at.start, end: at.end,
      message: doc.regime === 'party'
        ? 'Đây là văn bản của Đảng: thể thức theo quy định, hướng dẫn của Đảng, không theo Nghị định 30/2020/NĐ-CP; các quy tắc của Nghị định 30 không áp dụng.'
        : 'Đây là văn bản quy phạm pháp luật: thể thức theo pháp luật về ban hành văn bản quy phạm pháp luật, không theo Nghị định 30/2020/NĐ-CP; các quy tắc của Nghị định 30 không áp dụng.',
    });
  },
});
