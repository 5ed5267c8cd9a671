import { defineRule } from './rule';
import { issueDateOrMonth, q, replaceFix, showDate } from './util';
import type { Citation, VanBan } from '../model/vanban';

/** The date written right after a citation ("… số 708/BKHCN-KHTC ngày 06/02/2026", ", ngày 10/6/2025"). */
function dateAfter(doc: VanBan, c: Citation, from: number): { iso: string; start: number; end: number; next: number } | null {
  for (let i = from; i < doc.dates.length; i++) {
    const d = doc.dates[i];
    if (d.start < c.end) continue;
    if (d.start - c.end > 16) return null;
    if (!/^[\s,]*(ngày|ngay)?\s*$/iu.test(doc.plain.slice(c.end, d.start))) return null;
    return d.iso ? { iso: d.iso, start: d.start, end: d.end, next: i } : null;
  }
  return null;
}

/** A type word before the number ("Công văn số", "Quyết định số"): a citation of a document, not a mention. */
const TYPE_BEFORE = /(Công văn|Quyết định|Nghị định|Nghị quyết|Thông tư|Thông báo|Kế hoạch|Chỉ thị|Hướng dẫn|Tờ trình|Báo cáo|Chương trình|Quy định|Kết luận)\s+(liên tịch\s+)?số\s*$/u;

export default defineRule({
  id: 'trich-dan',
  title: 'Viện dẫn văn bản',
  description: 'Luật, pháp lệnh làm căn cứ chỉ ghi tên và ngày thông qua, không ghi số, ký hiệu, cơ quan ban hành; lần viện dẫn đầu tiên một văn bản ghi ngày ban hành (thông tin); văn bản được viện dẫn không mang ngày sau ngày ban hành của chính văn bản này.',
  citation: 'Phụ lục I, mục II.6.a–b',
  severity: 'warning',
  fixable: false,
  needsDiacritics: true,
  docs: {
    why:
      'Luật, pháp lệnh được viện dẫn làm căn cứ chỉ ghi tên loại, tên và ngày thông qua, không ghi số, ký hiệu và cơ quan ban hành (Phụ lục I, mục II.6.a). ' +
      'Khi viện dẫn, lần đầu ghi đầy đủ tên loại, số, ký hiệu, ngày ban hành, tên cơ quan ban hành và trích yếu; các lần sau chỉ cần tên loại, số, ký hiệu ' +
      '(Phụ lục I, mục II.6.b). Một văn bản được dẫn mang ngày sau ngày ban hành của chính văn bản này thường là ngày, tháng hoặc năm gõ nhầm.',
    right: [{ text: 'Thực hiện Công văn số 708/BKHCN-KHTC ngày 06/02/2026 của Bộ Khoa học và Công nghệ', base: 'cong-van' }],
    wrong: [
      { text: 'Thực hiện Công văn số 708/BKHCN-KHTC ngày 16/3/2026 của Bộ Khoa học và Công nghệ', base: 'cong-van', replaces: 'Thực hiện Công văn số 708/BKHCN-KHTC ngày 06/02/2026 của Bộ Khoa học và Công nghệ', note: 'Văn bản được dẫn ghi ngày sau ngày ban hành (09/3/2026).' },
      { text: 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;', base: 'quyet-dinh', replaces: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', note: 'Luật làm căn cứ ghi kèm số, ký hiệu.' },
      { text: 'Thực hiện Công văn số 708/BKHCN-KHTC', base: 'cong-van', replaces: 'Thực hiện Công văn số 708/BKHCN-KHTC ngày 06/02/2026 của Bộ Khoa học và Công nghệ', note: 'Lần dẫn đầu tiên thiếu ngày ban hành.' },
    ],
  },
  check({ doc, report }) {
    // a Luật or Pháp lệnh cited as a căn cứ
    for (const it of doc.canCu) {
      // "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;": a Luật or Pháp lệnh
      // is cited by its name and date only, without its number, symbol or issuer
      const law = /^Căn cứ\s+(?:Bộ\s+luật|Luật|Pháp lệnh)\s/u.test(it.text);
      const extra = law ? /\s(số\s+\d+\/\d{4}\/(?:QH|UBTVQH)\d*|của\s+(?:Quốc hội|Ủy ban Thường vụ Quốc hội))/u.exec(it.text) : null;
      if (extra) {
        const at = it.start + it.text.indexOf(extra[1]);
        const line = it.lines.find((l) => l.start <= at && at < l.end);
        const span = { start: at, end: at + extra[1].length };
        report({
          ...span, severity: 'warning', citation: 'Phụ lục I, mục II.6.a',
          message: `Căn cứ là luật, pháp lệnh thì ghi tên và ngày thông qua, không ghi số, ký hiệu và cơ quan ban hành (${q(extra[1])}).`,
          suggestions: line && span.end <= line.end ? [replaceFix('Bỏ số, ký hiệu hoặc cơ quan ban hành', { start: span.start - 1, end: span.end }, '')] : undefined,
        });
      }
    }
    const issue = doc.placeDate?.iso ?? null;
    const issueMonth = issueDateOrMonth(doc)?.slice(0, 7) ?? null;
    const seen: string[] = [];
    // only the body's citations: the header's trích yếu names documents in short
    const bodyFrom = doc.lines[doc.bodyStart]?.start ?? 0;
    const bodyTo = doc.lines[doc.bodyEnd - 1]?.end ?? 0;
    let di = 0;
    for (const c of doc.citations) {
      if (c.start < bodyFrom || c.end > bodyTo) continue;
      while (di < doc.dates.length && doc.dates[di].end <= c.end) di++;
      const before = doc.plain.slice(Math.max(0, c.start - 30), c.start);
      const typed = TYPE_BEFORE.exec(before);
      // "708/BKHCN-KHTC1": a footnote marker glued to a number cited before is the same document
      const first = !seen.some((k) => c.text === k || (c.text.startsWith(k) && /^\d{1,2}$/.test(c.text.slice(k.length))));
      seen.push(c.text);
      const d = dateAfter(doc, c, di);
      // a cited document dated after this one
      if (d && ((issue && d.iso > issue) || (!issue && issueMonth && d.iso.slice(0, 7) > issueMonth))) {
        report({ start: d.start, end: d.end, message: `Văn bản được dẫn ${q(c.text)} mang ngày ${q(doc.text.slice(d.start, d.end))}, sau ngày ban hành của văn bản này (${issue ? showDate(issue) : `tháng ${+issueMonth!.slice(5)}/${issueMonth!.slice(0, 4)}`}); kiểm tra lại ngày, tháng, năm.` });
      }
      // the first citation of a document gives its date (its issuer is often told by the symbol);
      // a note in brackets ("(Công văn số … gửi kèm …)") names a document, it does not cite it
      // (legal normative and Party documents are known by their number: "Nghị quyết số 57-NQ/TW")
      if (!first || !typed || c.regime !== 'nd30') continue;
      const open = doc.plain.lastIndexOf('(', c.start);
      if (open !== -1 && c.start - open < 40 && !doc.plain.slice(open, c.start).includes(')')) continue;
      const hasDate = !!d || /^[\s,]*(ngày|ngay)\s/iu.test(doc.plain.slice(c.end, c.end + 20));
      if (!hasDate) {
        report({ start: c.start - typed[0].length, end: c.end, severity: 'info', message: `Lần viện dẫn đầu tiên ${q(typed[1] + ' số ' + c.text)} ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu (đang thiếu ngày ban hành).` });
      }
    }
  },
});
