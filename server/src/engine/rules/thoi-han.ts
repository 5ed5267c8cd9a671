import { defineRule } from './rule';
import { issueDateOrMonth, q, showDate } from './util';

// A deadline phrase right before a date: "trước ngày", "chậm nhất (trong) ngày", "hoàn thành trước", "hạn chót".
const DEADLINE_BEFORE = /(trước\s+ngày|chậm\s+nhất\s+(?:là\s+)?(?:trong\s+)?(?:ngày)?|hoàn\s+thành\s+(?:trước|trong)\s*(?:ngày)?|hạn\s+chót(?:\s+là)?(?:\s+ngày)?|hạn\s+cuối(?:\s+là)?(?:\s+ngày)?|trước)\s*[,:]?\s*$/iu;
const MONTH_DEADLINE = /(?<![\p{L}\p{N}])(?:hoàn\s+thành\s+)?trong\s+tháng\s+(\d{1,2})(?:\s*\/\s*|\s+năm\s+)(\d{4})(?!\p{N})/giu;

export default defineRule({
  id: 'thoi-han',
  title: 'Thời hạn sau ngày ban hành',
  description: 'Thời hạn (“trước ngày”, “chậm nhất”, “hoàn thành trước”, “trong tháng”) không được sớm hơn ngày ban hành văn bản.',
  citation: 'Tính hợp lý của thời hạn; ngày ban hành theo Phụ lục I, mục II.4',
  severity: 'error',
  fixable: false,
  check({ doc, report }) {
    const issue = issueDateOrMonth(doc);
    if (!issue) return;
    const dayKnown = !!doc.placeDate?.iso;
    const issueMonth = issue.slice(0, 7);
    const shownIssue = dayKnown ? showDate(issue) : `tháng ${+issue.slice(5, 7)}/${issue.slice(0, 4)}`;
    const plain = doc.plain;
    for (const d of doc.dates) {
      if (!d.valid || !d.iso) continue;
      if (doc.placeDate && d.start >= doc.placeDate.start && d.end <= doc.placeDate.end) continue;
      const before = plain.slice(Math.max(0, d.start - 40), d.start);
      if (!DEADLINE_BEFORE.test(before)) continue;
      const late = dayKnown ? d.iso < issue : d.iso.slice(0, 7) < issueMonth;
      if (!late) continue;
      report({
        start: d.start, end: d.end,
        message: `Thời hạn ${q(doc.text.slice(d.start, d.end))} sớm hơn ngày ban hành văn bản (${shownIssue}); kiểm tra lại ngày, tháng hoặc năm.`,
      });
    }
    MONTH_DEADLINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MONTH_DEADLINE.exec(plain))) {
      const month = `${m[2]}-${String(+m[1]).padStart(2, '0')}`;
      if (+m[1] < 1 || +m[1] > 12) continue;
      if (month < issueMonth) {
        report({ start: m.index, end: m.index + m[0].length, message: `Thời hạn ${q(doc.text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' '))} đã qua so với ngày ban hành văn bản (${shownIssue}).` });
      }
    }
  },
});
