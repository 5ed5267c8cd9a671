import { defineRule } from './rule';
import { issueDateOrMonth, q, showDate } from './util';
import { foldKey } from '../text/vietnamese';
import type { VanBan } from '../model/vanban';

// A deadline phrase right before a date: "trước ngày", "chậm nhất (trong) ngày", "hoàn thành trước", "hạn chót".
const DEADLINE_BEFORE = /(trước\s+ngày|chậm\s+nhất\s+(?:là\s+)?(?:trong\s+)?(?:ngày)?|hoàn\s+thành\s+(?:trước|trong)\s*(?:ngày)?|hạn\s+chót(?:\s+là)?(?:\s+ngày)?|hạn\s+cuối(?:\s+là)?(?:\s+ngày)?|trước)\s*[,:]?\s*$/iu;
/** "Trước ngày …," opening a sentence or a line. */
const NARRATIVE_OPENING = /(?:^|[\n.;:]\s*|-\s+)Trước\s+ngày\s*$/u;
const MONTH_DEADLINE = /(?<![\p{L}\p{N}])(?:hoàn\s+thành\s+)?trong\s+tháng\s+(\d{1,2})(?:\s*\/\s*|\s+năm\s+)(\d{4})(?!\p{N})/giu;

// The same, read without diacritics and tolerant of OCR ("trwéc ngay"): TR?C, CHAM NHAT, HOAN THANH.
const DEADLINE_FOLDED = /(TR\S{0,3}C\s+NGAY|CHAM\s+NHAT(?:\s+TRONG)?(?:\s+NGAY)?|HOAN\s+THANH\s+TR\S{0,3}C(?:\s+NGAY)?)\s*[,:]?\s*$/;

/** Below this share of words with diacritics, deadline phrases are also read without them. */
const OCR_LIKE_SHARE = 0.6;

/** The latest date given for a cited document ("Công văn số 245/SKHCN-KHCN ngày 19/01/2026"). */
function latestCitedDate(doc: VanBan): string | null {
  let latest: string | null = null;
  let di = 0;
  for (const c of doc.citations) {
    while (di < doc.dates.length && doc.dates[di].start < c.end) di++;
    const d = doc.dates[di];
    if (!d || !d.iso || d.start - c.end > 14) continue;
    if (!/^[\s,]*(ngày|ngay)?\s*$/iu.test(doc.plain.slice(c.end, d.start))) continue;
    if (!latest || d.iso > latest) latest = d.iso;
  }
  return latest;
}

export default defineRule({
  id: 'thoi-han',
  title: 'Thời hạn sau ngày ban hành',
  description: 'Thời hạn (“trước ngày”, “chậm nhất”, “hoàn thành trước”, “trong tháng”) không được sớm hơn ngày ban hành văn bản.',
  citation: 'Tính hợp lý của thời hạn; ngày ban hành theo Phụ lục I, mục II.4',
  severity: 'warning',
  fixable: false,
  docs: {
    why:
      'Thời hạn giao trong văn bản (“trước ngày”, “chậm nhất”, “hoàn thành trước”, “trong tháng”) không thể sớm hơn ngày ban hành văn bản: nơi nhận không thể thực hiện. ' +
      'Lỗi này thường do sao chép văn bản năm trước mà quên sửa năm.',
    right: [{ text: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026', base: 'cong-van', note: 'Văn bản ban hành ngày 09/3/2026.' }],
    wrong: [
      {
        text: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2025',
        base: 'cong-van',
        replaces: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026',
        note: 'Văn bản ban hành ngày 09/3/2026 mà hạn là 20/3/2025.',
      },
    ],
  },
  check({ doc, report }) {
    const issue = issueDateOrMonth(doc);
    const cited = latestCitedDate(doc);
    if (!issue && !cited) return;
    const dayKnown = !!doc.placeDate?.iso;
    const issueMonth = issue ? issue.slice(0, 7) : null;
    const shownIssue = issue ? (dayKnown ? showDate(issue) : `tháng ${+issue.slice(5, 7)}/${issue.slice(0, 4)}`) : '';
    const plain = doc.plain;
    const ocrLike = doc.diacriticShare < OCR_LIKE_SHARE;
    for (const d of doc.dates) {
      if (!d.valid || !d.iso) continue;
      if (doc.placeDate && d.start >= doc.placeDate.start && d.end <= doc.placeDate.end) continue;
      const before = plain.slice(Math.max(0, d.start - 40), d.start);
      // the folded, OCR-tolerant reading only where diacritics are scarce (seed 004's "trwéc ngay")
      if (!DEADLINE_BEFORE.test(before) && !(ocrLike && DEADLINE_FOLDED.test(foldKey(before)))) continue;
      // "Trước ngày 01/7/2025, tỉnh có …": a sentence that opens with the date tells the past
      if (NARRATIVE_OPENING.test(before) && /^\s*,/.test(plain.slice(d.end, d.end + 3))) continue;
      const written = q(doc.text.slice(d.start, d.end));
      if (issue && issueMonth && (dayKnown ? d.iso < issue : d.iso.slice(0, 7) < issueMonth)) {
        report({ start: d.start, end: d.end, message: `Thời hạn ${written} sớm hơn ngày ban hành văn bản (${shownIssue}); kiểm tra lại ngày, tháng hoặc năm.` });
      } else if (cited && d.iso < cited) {
        report({ start: d.start, end: d.end, message: `Thời hạn ${written} sớm hơn cả ngày của văn bản được dẫn (${showDate(cited)}); kiểm tra lại ngày, tháng hoặc năm.` });
      }
    }
    if (!issueMonth) return;
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
