import { defineRule } from './rule';
import type { Report } from './rule';
import { issueDateOrMonth, replaceFix, q, showDate } from './util';
import { wordsOf, hashWord } from '../text/words';
import type { VanBan } from '../model/vanban';
import { otherTonePlacement } from '../text/vietnamese';
import { MERGED_PROVINCES, MERGED_DEPARTMENTS, DEPARTMENTS_VALID_FROM, DISTRICT_LEVEL_UNTIL, MERGED_MINISTRIES, MINISTRIES_VALID_FROM, CURRENT_PROVINCES } from '../data';

const DISTRICT_WINDOW = /(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Chủ tịch UBND)\s+(?:các\s+)?(?:huyện|quận|thị xã)|(?:Phòng|Văn phòng)\s+(?:[\p{L}-]+\s+){1,8}?(?:huyện|quận|thị xã)|cấp huyện|thị trấn)$/iu;
/** "UBND thành phố Lạng Sơn": a city under a province (the six centrally-run cities excepted). */
const PROVINCIAL_CITY = /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+thành phố\s+(\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){0,3})/gu;
const CENTRAL_CITIES = new Set(CURRENT_PROVINCES.filter((p) => p.kind === 'thành phố').map((p) => p.name.replace(/^Thành phố /u, '')));
/** Words that anchor a search, in lower case: district-level nouns, "tỉnh" and "sở". */
const ANCHOR_WORDS = new Set(['huyện', 'quận', 'xã', 'trấn', 'tỉnh', 'sở']);
const [H1, H2, H3, H4, H5, H6] = [...ANCHOR_WORDS].map(hashWord);

interface Anchor {
  at: number;
  end: number;
  word: string;
  written: string;
  /** Hashes of the word before and the word after (0 when none): cheap first tests of the context. */
  before: number;
  after: number;
}

const H_THI = hashWord('thị');
/** First words of the merged provinces' names, and second words of the merged sở's names. */
const PROVINCE_FIRST = new Set(MERGED_PROVINCES.flatMap((p) => {
  const first = p.old.split(' ')[0];
  return [hashWord(first), hashWord(otherTonePlacement(first))];
}));
const DEPT_SECOND = new Set(MERGED_DEPARTMENTS.map((d) => hashWord(d.old.split(' ')[1])));

/** Anchor words of the document, found through its word list (one pass, no scan per name). */
function anchors(doc: VanBan): Anchor[] {
  const { count, starts, ends, hashes } = wordsOf(doc);
  const text = doc.plain;
  const out: Anchor[] = [];
  for (let k = 0; k < count; k++) {
    const h = hashes[k];
    if (h !== H1 && h !== H2 && h !== H3 && h !== H4 && h !== H5 && h !== H6) continue;
    const written = text.slice(starts[k], ends[k]);
    const word = written.toLowerCase();
    if (ANCHOR_WORDS.has(word)) {
      out.push({ at: starts[k], end: ends[k], word, written, before: k > 0 ? hashes[k - 1] : 0, after: k + 1 < count ? hashes[k + 1] : 0 });
    }
  }
  return out;
}

const PROVINCE_UPPER = MERGED_PROVINCES.map((p) => p.old.toUpperCase());
const DEPT_LOWER = MERGED_DEPARTMENTS.map((d) => d.old.toLowerCase());
/** First letters of the word after "Sở" in the merged names, both cases: a cheap first test. */
const DEPT_SECOND_LETTERS = new Set(MERGED_DEPARTMENTS.flatMap((d) => {
  const c = d.old.split(' ')[1][0];
  return [c.toLowerCase(), c.toUpperCase()];
}));

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

/**
 * A name that is no current body here: the issuer of a cited document ("… ngày 05/01/2024 của UBND
 * tỉnh Hòa Bình", "do Sở Kế hoạch và Đầu tư ban hành"), marked old ("(cũ)", "trước đây"), or in a
 * sentence about the past ("Trước ngày 01/7/2025, tỉnh Hòa Bình có …", "trước khi sắp xếp").
 */
function notCurrent(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (/(?:của|do|tại|theo)\s+(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Chủ tịch|Sở|Giám đốc|Thường trực)\s+(?:[\p{L}]+\s+){0,4}?)?$/u.test(before)) return true;
  const after = text.slice(end, end + 24);
  if (/^\s*\((?:cũ|trước đây|trước sáp nhập|trước khi sắp xếp)\)/u.test(after) || /^\s*cũ(?![\p{L}])/u.test(after)) return true;
  // the sentence the name is in
  let s = start;
  while (s > 0 && !/[.;\n]/.test(text[s - 1]) && start - s < 300) s--;
  const sentence = text.slice(s, Math.min(text.length, end + 120));
  return /(?:^\s*Trước\s+(?:ngày|khi|thời điểm)|trước\s+(?:khi\s+)?(?:sắp xếp|sáp nhập|hợp nhất)|nguyên là|trước đây|đã được (?:sáp nhập|hợp nhất)|nay là|(?<!\p{L})cũ\))/u.test(sentence);
}

/** "Hoà Bình" ↔ "Hòa Bình", "Bà Rịa – Vũng Tàu" ↔ "Bà Rịa - Vũng Tàu": the same name. */
function sameName(written: string, name: string): boolean {
  const norm = (x: string) => x.replace(/[–—]/g, '-').replace(/\s+/g, ' ').replace(/oà/g, 'òa').replace(/oá/g, 'óa').replace(/uỷ/g, 'ủy').replace(/OÀ/g, 'ÒA').replace(/UỶ/g, 'ỦY');
  return norm(written) === norm(name);
}


export default defineRule({
  id: 'ten-goi-cu',
  title: 'Tên gọi cũ sau sắp xếp năm 2025',
  description: 'Không dùng tên đã bị bãi bỏ khi sắp xếp năm 2025 như cơ quan đang tồn tại: cấp huyện và thành phố thuộc tỉnh (từ 01/7/2025), tỉnh đã hợp nhất (34 đơn vị từ 01/7/2025), sở và bộ đã hợp nhất (từ 01/3/2025), xét theo ngày của văn bản; tên của cơ quan ban hành văn bản được dẫn, tên có “(cũ)” và câu kể về trước khi sắp xếp được giữ nguyên.',
  citation: 'Nghị quyết 202/2025/QH15; Luật Tổ chức chính quyền địa phương 2025; Nghị định 45/2025/NĐ-CP',
  severity: 'warning',
  fixable: false,
  hasSuggestions: true,
  needsDiacritics: true,
  docs: {
    why:
      'Năm 2025 cấp huyện kết thúc hoạt động, 63 tỉnh, thành phố sắp xếp còn 34 (từ 01/7/2025, Nghị quyết 202/2025/QH15), nhiều sở hợp nhất ' +
      '(từ 01/3/2025, Nghị định 45/2025/NĐ-CP). Văn bản ban hành sau các mốc đó không gửi, giao việc cho cơ quan đã không còn. Quy tắc xét theo ngày của văn bản, ' +
      'bỏ qua tên cơ quan ban hành của văn bản được dẫn, và chỉ gợi ý sửa khi cơ quan kế thừa là một (Sở Kế hoạch và Đầu tư → Sở Tài chính).',
    right: [
      { text: '- Sở Tài chính;', base: 'cong-van', replaces: '- Các sở, ban, ngành;' },
      { text: 'Sở Tài chính tỉnh Tuyên Quang đề nghị', base: 'cong-van', replaces: 'Sở Tài chính đề nghị' },
    ],
    wrong: [
      { text: '- Sở Kế hoạch và Đầu tư;', base: 'cong-van', replaces: '- Các sở, ban, ngành;', note: 'Văn bản năm 2026: sở này đã hợp nhất vào Sở Tài chính.' },
      { text: 'Yên Bái, ngày 09 tháng 3 năm 2026', base: 'cong-van', replaces: 'Lạng Sơn, ngày 09 tháng 3 năm 2026', note: 'Tỉnh Yên Bái đã hợp nhất vào tỉnh Lào Cai từ 01/7/2025.' },
      { text: '- UBND các huyện, thành phố;', base: 'ke-hoach', replaces: '- Các sở, ban, ngành;', note: 'Cấp huyện kết thúc hoạt động từ 01/7/2025.' },
    ],
  },
  check({ doc, report }) {
    const date = issueDateOrMonth(doc);
    if (!date) return;
    const text = doc.plain;
    const seen = new Set<number>();
    const add = (r: Report) => {
      if (seen.has(r.start)) return;
      seen.add(r.start);
      report(r);
    };
    const found = anchors(doc);
    if (date >= DISTRICT_LEVEL_UNTIL) {
      for (const { at, end, word, before } of found) {
        if (word === 'tỉnh' || word === 'sở') continue;
        if ((word === 'xã' || word === 'trấn') && before !== H_THI) continue; // only "thị xã", "thị trấn"
        const m = DISTRICT_WINDOW.exec(text.slice(Math.max(0, at - 30), end));
        if (!m) continue;
        const start = end - m[0].length;
        if (isWordChar(text[start - 1]) || notCurrent(text, start, end)) continue;
        // the unit's name after "huyện" ("Phòng Giáo dục và Đào tạo huyện Cao Lộc")
        const name = /^\s+(\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){0,3})/u.exec(text.slice(end, end + 40));
        const spanEnd = name && !/^(cấp|các)$/u.test(word) ? end + name[0].length : end;
        add({ start, end: spanEnd, citation: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15: chính quyền địa phương hai cấp từ 01/7/2025', message: `Từ ${showDate(DISTRICT_LEVEL_UNTIL)} không còn cấp huyện; ${q(text.slice(start, spanEnd))} không còn là cơ quan, đơn vị đang tồn tại (chính quyền địa phương hai cấp: tỉnh và xã, phường, đặc khu).` });
      }
    }
    if (date >= DISTRICT_LEVEL_UNTIL && text.includes('thành phố')) {
      PROVINCIAL_CITY.lastIndex = 0;
      for (let m = PROVINCIAL_CITY.exec(text); m; m = PROVINCIAL_CITY.exec(text)) {
        const name = m[1];
        if ([...CENTRAL_CITIES].some((c) => c === name || c.startsWith(name + ' ') || name.startsWith(c))) continue;
        if (notCurrent(text, m.index, m.index + m[0].length)) continue;
        add({ start: m.index, end: m.index + m[0].length, citation: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15: chính quyền địa phương hai cấp từ 01/7/2025', message: `Từ ${showDate(DISTRICT_LEVEL_UNTIL)} không còn thành phố thuộc tỉnh (cấp huyện); ${q(m[0])} không còn là cơ quan, đơn vị đang tồn tại.` });
      }
    }
    if (date >= MINISTRIES_VALID_FROM) {
      for (const mm of MERGED_MINISTRIES) {
        for (let at = text.indexOf(mm.old); at !== -1; at = text.indexOf(mm.old, at + 1)) {
          const end = at + mm.old.length;
          if (isWordChar(text[end]) || isWordChar(text[at - 1]) || notCurrent(text, at, end)) continue;
          add({
            start: at, end,
            severity: mm.confidence === 'M' ? 'info' : 'warning',
            citation: 'Cơ cấu tổ chức của Chính phủ từ 01/3/2025 (Nghị quyết 176/2025/QH15)',
            message: `${q(mm.old)} đã hợp nhất vào ${mm.successor} từ ${showDate(MINISTRIES_VALID_FROM)}; văn bản ngày ${showDate(date)} nên dùng tên cơ quan hiện hành.`,
            suggestions: [replaceFix(`Đổi thành “${mm.successor}”`, { start: at, end }, mm.successor)],
          });
        }
      }
    }
    for (const { at, word, written: anchor, after } of found) {
      if (word !== 'tỉnh' || !PROVINCE_FIRST.has(after)) continue;
      let nameAt = at + anchor.length;
      while (text[nameAt] === ' ' || text[nameAt] === '\n') nameAt++;
      if (nameAt === at + anchor.length) continue;
      const upper = anchor === 'TỈNH';
      const p = MERGED_PROVINCES.find((x, k) => {
        const want = upper ? PROVINCE_UPPER[k] : x.old;
        return date >= x.until && sameName(text.slice(nameAt, nameAt + want.length), want);
      });
      if (!p) continue;
      const end = nameAt + p.old.length;
      if (isWordChar(text[end]) || notCurrent(text, at, end)) continue;
      const kind = p.successorKind ?? 'tỉnh';
      let kindWord = anchor === 'Tỉnh' ? kind[0].toUpperCase() + kind.slice(1) : kind;
      let name = p.successor;
      if (upper) {
        kindWord = kindWord.toLocaleUpperCase('vi');
        name = name.toLocaleUpperCase('vi');
      }
      const replacement = p.successor.startsWith('Thành phố') ? (upper ? name : p.successor) : `${kindWord} ${name}`;
      add({
        start: at, end,
        citation: 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh',
        message: `Từ ${showDate(p.until)}, tỉnh ${p.old} đã hợp nhất vào ${kind} ${p.successor}; văn bản ngày ${showDate(date)} nên dùng tên hiện hành ${q(replacement)}.`,
        // the name may stand for the old province on purpose: the user decides
        suggestions: [replaceFix(`Đổi thành “${replacement}”`, { start: at, end }, replacement)],
      });
    }
    const place = doc.placeDate?.place;
    if (place) {
      const p = MERGED_PROVINCES.find((x) => sameName(place.text, x.old) && date >= x.until);
      if (p) {
        // a xã or phường may bear the old province's name ("phường Hòa Bình"): a suggestion
        add({
          ...place,
          citation: 'Nghị quyết 202/2025/QH15; Phụ lục I, mục II.4.a (địa danh là tên đơn vị hành chính)',
          message: `Địa danh ${q(place.text)} không còn là đơn vị hành chính cấp tỉnh từ ${showDate(p.until)}; nếu cơ quan ban hành là cơ quan cấp tỉnh, ghi địa danh hiện hành (${q(p.successor)}).`,
          suggestions: [replaceFix(`Đổi thành “${p.successor}”`, place, p.successor)],
        });
      }
    }
    if (date >= DEPARTMENTS_VALID_FROM) {
      for (const { at, word, after } of found) {
        if (word !== 'sở' || !DEPT_SECOND.has(after) || notCurrent(text, at, at + 40)) continue;
        if (!DEPT_SECOND_LETTERS.has(text[at + 3])) continue;
        const window = text.slice(at, at + 60).replace(/\s+/g, ' ').toLowerCase();
        const d = MERGED_DEPARTMENTS.find((x, k) => window.startsWith(DEPT_LOWER[k]));
        if (!d) continue;
        // the span of the old name in the text (its words may be separated by line breaks)
        let end = at;
        for (let words = d.old.split(' ').length; words > 0; words--) {
          while (text[end] === ' ' || text[end] === '\n') end++;
          while (end < text.length && text[end] !== ' ' && text[end] !== '\n') end++;
        }
        if (/[,;.:)]$/.test(text.slice(at, end)) && !d.old.endsWith(text[end - 1])) end--;
        const written = text.slice(at, end);
        const r: Report = {
          start: at, end,
          citation: 'Nghị định 45/2025/NĐ-CP về tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh',
          message: `${q(d.old)} đã hợp nhất từ ${showDate(DEPARTMENTS_VALID_FROM)}${d.oneToOne ? ` vào ${d.successor}` : ` (chức năng chuyển chủ yếu về ${d.successor})`}; văn bản ngày ${showDate(date)} nên dùng tên cơ quan hiện hành.`,
        };
        const succ = written === written.toLocaleUpperCase('vi') ? d.successor.toLocaleUpperCase('vi') : d.successor;
        if (d.oneToOne && !written.includes('\n')) r.suggestions = [replaceFix(`Đổi thành “${succ}”`, r, succ)];
        add(r);
      }
    }
  },
});
