import { defineRule } from './rule';
import { daysInMonth } from '../dates/dates';
import { q } from './util';

export default defineRule({
  id: 'ngay-hop-le',
  title: 'Ngày có thật',
  description: 'Mọi ngày tháng ghi trong văn bản là ngày có thật trên lịch (không có 31/4, 30/02, 29/02 của năm không nhuận).',
  citation: 'Phụ lục I, mục II.4.b (ngày tháng ghi bằng số)',
  severity: 'error',
  fixable: false,
  regimes: ['nd30', 'party', 'qppl'],
  docs: {
    why:
      'Mọi ngày tháng ghi trong văn bản (thời hạn, ngày của văn bản được dẫn) phải là ngày có thật trên lịch. Ngày không có thật như 31/4 hay 29/02 của năm ' +
      'không nhuận làm thời hạn không thực hiện được và thường là lỗi gõ.',
    right: [{ text: 'Gửi báo cáo về Sở Tài chính trước ngày 29/02/2028', base: 'cong-van', replaces: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026', note: 'Năm 2028 là năm nhuận.' }],
    wrong: [
      { text: 'Gửi báo cáo về Sở Tài chính trước ngày 31/4/2026', base: 'cong-van', replaces: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026', note: 'Tháng 4 chỉ có 30 ngày.' },
      { text: 'Công văn số 708/BKHCN-KHTC ngày 29/02/2026', base: 'cong-van', replaces: 'Công văn số 708/BKHCN-KHTC ngày 06/02/2026', note: 'Tháng 02/2026 chỉ có 28 ngày.' },
    ],
  },
  check({ doc, report }) {
    const pd = doc.placeDate;
    for (const d of doc.dates) {
      if (d.valid) continue;
      if (pd && d.start >= pd.start && d.end <= pd.end) continue; // dia-danh-ngay reports the issue date
      const written = doc.text.slice(d.start, d.end);
      const why = d.month === null || d.month < 1 || d.month > 12
        ? `không có tháng ${d.month}`
        : `tháng ${d.month}/${d.year} chỉ có ${daysInMonth(d.year as number, d.month)} ngày`;
      report({ start: d.start, end: d.end, message: `Ngày ${q(written)} không có thật: ${why}.` });
    }
  },
});
