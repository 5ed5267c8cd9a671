import { defineRule, documentStart } from './rule';

export default defineRule({
  id: 'khong-dau',
  title: 'Văn bản không có dấu tiếng Việt',
  description: 'Văn bản viết không dấu (do nhận dạng ký tự OCR hoặc không dùng bộ gõ): một cảnh báo cho cả văn bản; các quy tắc dễ báo tràn lan tạm dừng.',
  citation: 'Phụ lục I, mục I.4 (phông chữ tiếng Việt Unicode theo TCVN 6909:2001)',
  severity: 'error',
  fixable: false,
  regimes: ['nd30', 'party', 'qppl', 'other'],
  check({ doc, report }) {
    if (doc.wordCount < 30 || doc.diacriticShare >= 0.3) return;
    const pct = Math.round(doc.diacriticShare * 100);
    report({
      ...documentStart(doc),
      message: `Văn bản gần như không có dấu tiếng Việt (chỉ ${pct}% số từ có dấu): có thể do nhận dạng ký tự (OCR) hoặc gõ không dùng bộ gõ. Hãy gõ lại hoặc chuyển đổi văn bản có dấu; các quy tắc về thể thức tạm dừng trên văn bản này.`,
    });
  },
});
