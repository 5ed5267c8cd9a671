import { defineRule } from './rule';
import type { Report, RuleContext } from './rule';
import { replaceFix, q } from './util';
import { BODY_NAMES, LAW_NAMES } from '../data';
import type { Line, VanBan } from '../model/vanban';

import { hashWord, wordsOf } from '../text/words';

/** Names of bodies by the hashes of their first two words (lower case), longest first. */
const NAMES_BY_PAIR = new Map<string, string[]>();
const FIRST_WORDS = new Set<string>();
for (const n of [...BODY_NAMES].sort((a, b) => b.length - a.length)) {
  const [w1, w2 = ''] = n.toLowerCase().split(' ');
  FIRST_WORDS.add(w1);
  const key = `${hashWord(w1)} ${w2 ? hashWord(w2.replace(/,$/, '')) : 0}`;
  NAMES_BY_PAIR.set(key, [...(NAMES_BY_PAIR.get(key) ?? []), n]);
}

/** A generic administrative noun capitalised in the middle of a sentence ("… của Tỉnh Lạng Sơn"). */
const UNIT_RE = /(Tỉnh|Huyện|Quận|Xã|Phường|Thị xã|Thị trấn|Đặc khu)[ ]+(\p{Lu}[\p{Ll}\p{M}]*)/uy;
/** A unit named by a number keeps its noun capitalised ("Quận 1", "Phường 3"). */
const NUMBERED_UNIT_RE = /(quận|phường|xã)[ ]+(\d{1,2})(?![\p{L}\p{N}])/uy;
/** Two places the decree names with a capital generic noun (Phụ lục II, mục III.1). */
const SPECIAL_PLACES: [RegExp, string][] = [
  [/thành phố[ ]+Hồ Chí Minh/uy, 'Thành phố Hồ Chí Minh'],
  [/thủ đô[ ]+Hà Nội/uy, 'Thủ đô Hà Nội'],
];
/** Organisations named after their level ("Tỉnh Đoàn", "Huyện ủy"): not a generic noun. */
const ORG_AFTER_UNIT = /^(Đoàn|Hội|Ủy|Uỷ|Đảng|Ủy ban)$/u;

/** Parts of a cited document: Điều, Chương, Phần capitalised; khoản, điểm in lower case (mục V.7). */
const LOWER_ARTICLE_RE = /(điều|chương|phần)[ ]+(\d+|[IVXLC]+)(?![\p{L}\p{N}])/uy;
const UPPER_CLAUSE_RE = /(Khoản|Điểm)[ ]+(\d+|[a-zđ])(?=[ ,;.]+(?:khoản|Khoản|Điều|điều|của|tại))/uy;

/** A position attached to a named body ("phó chủ tịch UBND tỉnh" → "Phó Chủ tịch"). */
const POSITION_RE = /(phó chủ tịch|chủ tịch|phó giám đốc|giám đốc|bộ trưởng|thứ trưởng|chánh văn phòng|phó chánh văn phòng)[ ]+(?=UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Sở|Bộ|Quốc hội|Chính phủ|nước)/uy;
const POSITION_FORM: Record<string, string> = {
  'phó chủ tịch': 'Phó Chủ tịch', 'chủ tịch': 'Chủ tịch', 'phó giám đốc': 'Phó Giám đốc', 'giám đốc': 'Giám đốc',
  'bộ trưởng': 'Bộ trưởng', 'thứ trưởng': 'Thứ trưởng', 'chánh văn phòng': 'Chánh Văn phòng', 'phó chánh văn phòng': 'Phó Chánh Văn phòng',
};
/** Holidays (mục V.5, V.8). */
const HOLIDAYS: [RegExp, string][] = [
  [/quốc khánh(?![\p{L}\p{N}])/uy, 'Quốc khánh'],
  [/tết nguyên đán(?![\p{L}\p{N}])/iuy, 'Tết Nguyên đán'],
  [/tết trung thu(?![\p{L}\p{N}])/iuy, 'Tết Trung thu'],
];

type Check = (at: number, line: Line, ctx: RuleContext, k: number) => void;

/** What to try at a word, by the word (lower case): the scan looks only at these words. */
const AT_WORD = new Map<number, Check[]>();
function on(words: string[], check: Check): void {
  for (const w of words) {
    const h = hashWord(w);
    AT_WORD.set(h, [...(AT_WORD.get(h) ?? []), check]);
  }
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The lines of running text: the body, the Kính gửi and Nơi nhận items (not the header, not the signature). */
function proseLines(doc: VanBan): Line[] {
  const out: Line[] = doc.lines.slice(doc.bodyStart, doc.bodyEnd);
  for (const it of [...(doc.kinhGui?.items ?? []), ...(doc.noiNhan?.items ?? [])]) for (const l of it.lines) out.push(l);
  if (doc.kinhGui?.inline) out.push({ lineNo: -1, ...doc.kinhGui.inline });
  return out.sort((a, b) => a.start - b.start);
}

/** Within a sentence: a word, a number, a comma or a closing bracket stands before `at` on its line. */
function midSentence(text: string, lineStart: number, at: number): boolean {
  let p = at - 1;
  while (p >= lineStart && text[p] === ' ') p--;
  return p >= lineStart && /[\p{L}\p{N},)]/u.test(text[p]);
}

// names of bodies: "Sở Tài Chính", "Ủy Ban Nhân Dân", "sở tài chính"
on([...FIRST_WORDS], (at, _line, { doc, report }, k) => {
  const text = doc.plain;
  const { count, hashes } = wordsOf(doc);
  const names = NAMES_BY_PAIR.get(`${hashes[k]} ${k + 1 < count ? hashes[k + 1] : 0}`) ?? NAMES_BY_PAIR.get(`${hashes[k]} 0`);
  if (!names) return;
  for (const right of names) {
    const written = text.slice(at, at + right.length);
    if (written.toLowerCase() !== right.toLowerCase() || /[\p{L}\p{N}]/u.test(text[at + right.length] ?? '')) continue;
    if (written === right || written === written.toUpperCase()) return;
    const span = { start: at, end: at + written.length };
    const r: Report = { ...span, message: `Tên cơ quan viết hoa chữ cái đầu của từ chỉ loại hình và của lĩnh vực, không viết hoa mọi chữ: ${q(right)}.`, citation: 'Phụ lục II, mục IV.1.a' };
    // a wrongly capitalised name is certain; a lower-case one may be a common noun ("các sở, ngành")
    if (/^\p{Lu}/u.test(written)) r.fix = replaceFix(`Sửa thành “${right}”`, span, right);
    else r.suggestions = [replaceFix(`Sửa thành “${right}”`, span, right)];
    report(r);
    return;
  }
});
// "Tỉnh Lạng Sơn" in the middle of a sentence
on(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thị', 'đặc'], (at, line, { doc, report }) => {
  const m = sticky(UNIT_RE, doc.plain, at);
  if (!m || !midSentence(doc.plain, line.start, at) || ORG_AFTER_UNIT.test(m[2])) return;
  const span = { start: at, end: at + m[1].length };
  const lower = m[1][0].toLocaleLowerCase('vi') + m[1].slice(1);
  report({ ...span, message: `Danh từ chung chỉ đơn vị hành chính viết thường trước tên riêng: ${q(lower + ' ' + m[2])}.`, citation: 'Phụ lục II, mục III.1', fix: replaceFix(`Viết thường “${lower}”`, span, lower) });
});
on(['quận', 'phường', 'xã'], (at, _line, { doc, report }) => {
  const m = sticky(NUMBERED_UNIT_RE, doc.plain, at);
  if (!m) return;
  const span = { start: at, end: at + m[1].length };
  const upper = m[1][0].toLocaleUpperCase('vi') + m[1].slice(1);
  report({ ...span, message: `Đơn vị hành chính đặt tên bằng số viết hoa danh từ chung: ${q(upper + ' ' + m[2])}.`, citation: 'Phụ lục II, mục III.1', fix: replaceFix(`Viết hoa “${upper}”`, span, upper) });
});
on(['thành', 'thủ'], (at, _line, { doc, report }) => {
  for (const [re, right] of SPECIAL_PLACES) {
    const m = sticky(re, doc.plain, at);
    if (!m) continue;
    const span = { start: at, end: at + m[0].length };
    report({ ...span, message: `Viết ${q(right)} (viết hoa chữ cái đầu danh từ chung).`, citation: 'Phụ lục II, mục III.1', fix: replaceFix(`Sửa thành “${right}”`, span, right) });
  }
});
// "theo điều 5", "Khoản 2 Điều 5" mid-sentence
on(['điều', 'chương', 'phần'], (at, line, { doc, report }) => {
  const m = sticky(LOWER_ARTICLE_RE, doc.plain, at);
  if (!m || !midSentence(doc.plain, line.start, at)) return;
  const span = { start: at, end: at + m[1].length };
  const upper = m[1][0].toLocaleUpperCase('vi') + m[1].slice(1);
  report({ ...span, message: `Khi viện dẫn, viết hoa ${q(upper)}: ${q(upper + ' ' + m[2])}.`, citation: 'Phụ lục II, mục V.7', fix: replaceFix(`Viết hoa “${upper}”`, span, upper) });
});
on(['khoản', 'điểm'], (at, line, { doc, report }) => {
  const m = sticky(UPPER_CLAUSE_RE, doc.plain, at);
  if (!m || !midSentence(doc.plain, line.start, at)) return;
  const span = { start: at, end: at + m[1].length };
  const lower = m[1].toLocaleLowerCase('vi');
  report({ ...span, message: `Khi viện dẫn, ${q('khoản')}, ${q('điểm')} viết thường: ${q(lower + ' ' + m[2])}.`, citation: 'Phụ lục II, mục V.7', fix: replaceFix(`Viết thường “${lower}”`, span, lower) });
});
// names of laws and codes: "luật đất đai", "Luật Đất Đai" → "Luật Đất đai" (mục V.6); only the names of
// the data file, so a common noun ("pháp luật đất đai", "các luật") is never taken for a title
/** The laws and codes by the first word of their title ("luật", "bộ"), each list longest first. */
const LAWS = new Map<string, { lower: string; right: string }[]>();
for (const right of [...LAW_NAMES.luat.map((n) => `Luật ${n}`), ...LAW_NAMES.boLuat.map((n) => `Bộ luật ${n}`)]) {
  const lower = right.toLocaleLowerCase('vi');
  const key = lower.slice(0, lower.indexOf(' '));
  LAWS.set(key, [...(LAWS.get(key) ?? []), { lower, right }].sort((a, b) => b.lower.length - a.lower.length));
}
on(['luật', 'bộ'], (at, _line, { doc, report }) => {
  const text = doc.plain;
  const first = text.slice(at, at + 4).toLocaleLowerCase('vi');
  const key = first.startsWith('bộ') ? 'bộ' : 'luật';
  // "bộ" starts a title only as "Bộ luật"; "luật" not after "pháp" or "Bộ"
  if (key === 'bộ' ? text.slice(at + 2, at + 8).toLocaleLowerCase('vi') !== ' luật ' : /(?:^|[^\p{L}])(pháp|bộ)\s$/iu.test(text.slice(Math.max(0, at - 6), at))) return;
  const laws = LAWS.get(key)!;
  const head = text.slice(at, at + laws[0].lower.length + 1).toLocaleLowerCase('vi');
  for (const { lower, right } of laws) {
    if (!head.startsWith(lower) || /[\p{L}\p{N}]/u.test(text[at + lower.length] ?? '')) continue;
    const written = text.slice(at, at + lower.length);
    if (written === right || written === written.toLocaleUpperCase('vi')) return;
    const span = { start: at, end: at + written.length };
    report({ ...span, severity: 'info', message: `Tên văn bản viết hoa chữ cái đầu của tên loại và của âm tiết thứ nhất của tên: ${q(right)}.`, citation: 'Phụ lục II, mục V.6', suggestions: [replaceFix(`Sửa thành “${right}”`, span, right)] });
    return;
  }
});
// "Nhà nước", "Nhân dân" where they mean the State and the People (mục V.1): only in the fixed phrases
// that leave no doubt ("Đảng và nhà nước", "nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam")
const SPECIAL_NOUNS: [RegExp, string][] = [
  [/(?<=Đảng(?: ta)?(?:,| và) )nhà nước(?![\p{L}\p{N}])/uy, 'Nhà nước'],
  [/nhà nước(?= (?:Cộng hòa|CỘNG HÒA|Cộng hoà) xã hội chủ nghĩa Việt Nam| ta(?![\p{L}\p{N}]))/uy, 'Nhà nước'],
  [/(?<=(?:Đảng|Nhà nước)(?:,| và) (?:Nhà nước và )?)nhân dân(?![\p{L}\p{N}])(?! (?:các|tỉnh|huyện|xã|phường|thành phố|quận|thị))/uy, 'Nhân dân'],
];
on(['nhà', 'nhân'], (at, _line, { doc, report }) => {
  for (const [re, right] of SPECIAL_NOUNS) {
    const m = sticky(re, doc.plain, at);
    if (!m) continue;
    const span = { start: at, end: at + m[0].length };
    report({ ...span, severity: 'info', message: `Danh từ đặc biệt viết hoa khi chỉ Nhà nước, Nhân dân Việt Nam: ${q(right)}.`, citation: 'Phụ lục II, mục V.1', suggestions: [replaceFix(`Sửa thành “${right}”`, span, right)] });
    return;
  }
});
// positions and holidays: context decides, so info and a suggestion
on(['phó', 'chủ', 'giám', 'bộ', 'thứ', 'chánh'], (at, line, { doc, report }) => {
  const m = sticky(POSITION_RE, doc.plain, at);
  if (!m) return;
  if (!midSentence(doc.plain, line.start, at) && !/^[-–+•]\s*$/.test(doc.plain.slice(line.start, at))) return;
  const right = POSITION_FORM[m[1]];
  const span = { start: at, end: at + m[1].length };
  report({ ...span, severity: 'info', message: `Chức vụ gắn với cơ quan cụ thể viết hoa: ${q(right)}.`, citation: 'Phụ lục II, mục V.3', suggestions: [replaceFix(`Sửa thành “${right}”`, span, right)] });
});
on(['quốc', 'tết'], (at, _line, { doc, report }) => {
  for (const [re, right] of HOLIDAYS) {
    const m = sticky(re, doc.plain, at);
    if (!m || m[0] === right) continue;
    const span = { start: at, end: at + m[0].length };
    report({ ...span, severity: 'info', message: `Tên ngày lễ, ngày tết viết hoa: ${q(right)}.`, citation: 'Phụ lục II, mục V.5, V.8', suggestions: [replaceFix(`Sửa thành “${right}”`, span, right)] });
  }
});

export default defineRule({
  id: 'viet-hoa',
  title: 'Viết hoa',
  description: 'Viết hoa theo Phụ lục II: tên cơ quan (không viết hoa mọi chữ), danh từ chung chỉ đơn vị hành chính, Điều/Chương/Phần và khoản/điểm khi viện dẫn; chức vụ, tên luật, ngày lễ, “Nhà nước”, “Nhân dân” (thông tin).',
  citation: 'Phụ lục II',
  severity: 'warning',
  fixable: true,
  hasSuggestions: true,
  needsDiacritics: true,
  docs: {
    why:
      'Phụ lục II của Nghị định quy định cách viết hoa trong văn bản hành chính: tên cơ quan viết hoa chữ cái đầu của từ chỉ loại hình và chức năng, lĩnh vực ' +
      '(“Sở Tài chính”, “Ủy ban nhân dân tỉnh”), không viết hoa mọi chữ; danh từ chung chỉ đơn vị hành chính viết thường trước tên riêng (“tỉnh Lạng Sơn”), ' +
      'trừ “Thành phố Hồ Chí Minh”, “Thủ đô Hà Nội” và đơn vị đặt tên bằng số (“Quận 1”); khi viện dẫn, “Điều”, “Chương”, “Phần” viết hoa, “khoản”, “điểm” viết thường. ' +
      'Tên văn bản viết hoa chữ cái đầu của tên loại và của âm tiết thứ nhất của tên (“Luật Đất đai”, “Bộ luật Dân sự”; chỉ các tên trong tệp dữ liệu law-names.json); ' +
      '“Nhà nước”, “Nhân dân” viết hoa khi chỉ Nhà nước, Nhân dân Việt Nam (“Đảng và Nhà nước”). Chức vụ, tên văn bản, ngày lễ và các danh từ đặc biệt tùy ngữ cảnh nên chỉ là thông tin.',
    right: [
      { text: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.', base: 'cong-van', replaces: '2. Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.' },
      { text: '2. Thực hiện theo điểm a khoản 2 Điều 5 của Nghị định số 30/2020/NĐ-CP.', base: 'cong-van', replaces: '2. Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.' },
    ],
    wrong: [
      { text: '2. Gửi báo cáo về Sở Tài Chính để tổng hợp, báo cáo Ủy Ban Nhân Dân Tỉnh Lạng Sơn.', base: 'cong-van', replaces: '2. Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.', note: 'Viết hoa mọi chữ của tên cơ quan; “Tỉnh” viết hoa giữa câu.' },
      { text: '2. Thực hiện theo Điểm a Khoản 2 điều 5 của Nghị định số 30/2020/NĐ-CP.', base: 'cong-van', replaces: '2. Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.', note: '“khoản”, “điểm” viết thường; “Điều” viết hoa.' },
    ],
  },
  check(ctx) {
    // one walk over the words, trying the checks only at the words that can start what they look for
    const lines = proseLines(ctx.doc);
    if (lines.length === 0) return;
    const { count, starts, hashes } = wordsOf(ctx.doc);
    let li = 0;
    for (let k = 0; k < count; k++) {
      const checks = AT_WORD.get(hashes[k]);
      if (!checks) continue;
      const at = starts[k];
      while (li < lines.length && lines[li].end <= at) li++;
      if (li === lines.length) break;
      if (at < lines[li].start) continue;
      for (const c of checks) c(at, lines[li], ctx, k);
    }
  },
});
