import { defineRule } from './rule';
import { firstParagraphSpan, pt, range } from './format';
import { PAGE_RULES } from '../layout/model';
import type { DocxSection } from '../docx/read';
import { SINGLE_LINE } from '../layout/metrics';

const R = PAGE_RULES.pageNumber;
/** Text area of an A4 page with the decree's margins, in points. */
const PAGE_TEXT_PT = (297 - 40) * (72 / 25.4);

/** A rough height of the text in points (≈ 95 characters a line of 14 pt, 6 pt between paragraphs). */
function roughHeightPt(paragraphs: { text: string }[]): number {
  let h = 0;
  for (const p of paragraphs) h += Math.max(1, Math.ceil(p.text.length / 95)) * 14 * SINGLE_LINE + 6;
  return h;
}

export default defineRule({
  id: 'so-trang',
  title: 'Số trang',
  description: 'Tệp Word: số trang đặt canh giữa trong lề trên, cỡ chữ 13–14, không hiển thị ở trang thứ nhất.',
  citation: R.citation,
  severity: 'warning',
  fixable: false,
  input: 'docx',
  docs: {
    why: 'Phụ lục I, mục I.7: số trang được đánh từ số 1, bằng chữ số Ả Rập, cỡ chữ 13 đến 14, kiểu chữ đứng, đặt canh giữa theo chiều ngang trong phần lề trên của văn bản, không hiển thị số trang thứ nhất. Trong Word: chèn số trang ở đầu trang (Header), canh giữa, và chọn “Different First Page” (Trang đầu khác).',
    right: [{ text: 'Số trang canh giữa ở lề trên, từ trang 2', base: 'cong-van', docx: {} }],
    wrong: [
      { text: 'Số trang hiện cả ở trang thứ nhất', base: 'cong-van', docx: { page: { pageNumber: { fromPage: 1 } } } },
      { text: 'Số trang ở lề dưới', base: 'cong-van', docx: { page: { pageNumber: { place: 'bottom' } } } },
    ],
  },
  check({ doc, report }) {
    const read = doc.format;
    if (!read || read.sections.length === 0) return;
    const at = firstParagraphSpan(doc);
    const s: DocxSection = read.sections[0];
    const inHeader = [s.headers.default, s.headers.first, s.headers.even].filter((h) => h?.hasPageNumber);
    const inFooter = [s.footers.default, s.footers.first, s.footers.even].filter((h) => h?.hasPageNumber);
    if (inHeader.length === 0 && inFooter.length === 0) {
      if (roughHeightPt(read.paragraphs) > PAGE_TEXT_PT) report({ ...at, message: 'Văn bản dài hơn một trang nhưng không có số trang; đánh số trang canh giữa ở lề trên, từ trang thứ hai.' });
      return;
    }
    if (inHeader.length === 0) report({ ...at, message: 'Số trang đặt ở lề dưới; quy định đặt canh giữa trong phần lề trên.' });
    const shown = inHeader[0] ?? inFooter[0]!;
    if (inHeader.length > 0 && shown.align !== 'center') report({ ...at, message: 'Số trang không canh giữa; quy định canh giữa theo chiều ngang trong phần lề trên.' });
    if (shown.sizePt !== null && (shown.sizePt < R.sizes[0] || shown.sizePt > R.sizes[1])) {
      report({ ...at, message: `Số trang cỡ ${pt(shown.sizePt)}; quy định cỡ ${range(R.sizes)}.` });
    }
    const firstShows = s.titlePage ? !!(s.headers.first?.hasPageNumber || s.footers.first?.hasPageNumber) : !!(s.headers.default?.hasPageNumber || s.footers.default?.hasPageNumber);
    if (firstShows) report({ ...at, message: 'Số trang hiển thị ở trang thứ nhất; quy định không hiển thị số trang thứ nhất (chọn “Trang đầu khác”).' });
  },
});
