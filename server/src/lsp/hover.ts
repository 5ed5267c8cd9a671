/**
 * Hover, in Vietnamese Markdown, from the cached check of the document's version:
 * - on a finding: the rule's title, what the rule checks, the right form, the quick fix and the
 *   decree's citation, with a link to the rule's page; once per rule, however many of its findings
 *   lie there. The finding's message is not repeated: editors show the diagnostic itself (VS Code
 *   right above this hover, Neovim and Emacs in their diagnostic float or echo area);
 * - on a part of the văn bản with no finding there ("Số: …", "Kính gửi:", "Nơi nhận:", the Quốc
 *   hiệu, the signature …): what the decree requires of it, with the article (parts.ts);
 * - on a cited document number ("Nghị quyết số 57-NQ/TW", "708/BKHCN-KHTC"): the type it denotes, the
 *   issuer part and its regime (văn bản của Đảng, quy phạm pháp luật, hành chính);
 * - on a date: its weekday and how many days it lies from the issue date.
 */
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleById, type Finding, type VanBan } from '../engine';
import { typeByAbbrev } from '../engine/data';
import { citationTypeWord } from '../engine/parse/parser';
import { WEEKDAY_NAMES, daysBetween, weekdayOf } from '../engine/dates/dates';
import type { Citation, DateMention } from '../engine/model/vanban';
import type { LintResult } from './diagnostics';
import type { DocsLinks } from './docsLink';
import { fullCitation, rightForm } from './ruleDocs';
import { originalSpan, spanRange } from './ranges';
import { partAt, partMarkdown } from './parts';

const SEVERITY_VI: Record<Finding['severity'], string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin', hint: 'Gợi ý' };

const REGIME_VI: Record<Citation['regime'], string> = {
  party: 'văn bản của Đảng',
  qppl: 'văn bản quy phạm pháp luật',
  nd30: 'văn bản hành chính',
  other: 'văn bản khác',
};

/** Type abbreviations outside Phụ lục III (legal documents, Party documents). */
const OTHER_TYPES: Record<string, string> = {
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  L: 'Luật',
  PL: 'Pháp lệnh',
  KL: 'Kết luận',
  CV: 'Công văn',
  QĐi: 'Quy định',
  TTg: 'Quyết định, chỉ thị của Thủ tướng',
};

/** Well-known issuer abbreviations; others are shown as written. */
const ISSUERS: Record<string, string> = {
  TW: 'cơ quan Trung ương Đảng: Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư',
  TU: 'Tỉnh ủy, Thành ủy',
  VPTW: 'Văn phòng Trung ương Đảng',
  BTCTW: 'Ban Tổ chức Trung ương',
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  VPCP: 'Văn phòng Chính phủ',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  VPUBND: 'Văn phòng Ủy ban nhân dân',
  BNV: 'Bộ Nội vụ',
  BTC: 'Bộ Tài chính',
  BTP: 'Bộ Tư pháp',
  BCT: 'Bộ Công Thương',
  BXD: 'Bộ Xây dựng',
  BYT: 'Bộ Y tế',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
  BNG: 'Bộ Ngoại giao',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
  TTCP: 'Thanh tra Chính phủ',
  STC: 'Sở Tài chính',
  SNV: 'Sở Nội vụ',
  STP: 'Sở Tư pháp',
  SKHCN: 'Sở Khoa học và Công nghệ',
  SXD: 'Sở Xây dựng',
  SYT: 'Sở Y tế',
  SGDĐT: 'Sở Giáo dục và Đào tạo',
  VP: 'Văn phòng',
};

export function hover(doc: TextDocument, result: LintResult, position: Position, links: DocsLinks): Hover | null {
  const offset = doc.offsetAt(position);
  const sections: string[] = [];
  let range: Range | undefined;
  const at = result.findings.filter((f) => f.start <= offset && offset <= f.end && (f.end > f.start || f.start === offset));
  for (const rule of new Set(at.map((f) => f.rule))) sections.push(findingMarkdown(at.filter((f) => f.rule === rule), links));
  if (at.length > 0) range = { start: doc.positionAt(at[0].start), end: doc.positionAt(at[0].end) };
  const vb = result.doc;
  if (vb) {
    const citation = vb.citations.find((c) => contains(vb, c, offset));
    if (citation) {
      sections.push(citationMarkdown(citation, citationTypeWord(vb.text, citation)));
      range ??= spanRange(vb, citation);
    }
    const date = vb.dates.find((d) => contains(vb, d, offset));
    if (date) {
      sections.push(dateMarkdown(vb, date));
      range ??= spanRange(vb, date);
    }
    // The part's requirements come last: what lies under the cursor (a finding, a number, a date) first.
    const part = at.length === 0 ? partAt(vb, offset) : null;
    if (part) {
      sections.push(partMarkdown(part.key, vb, links));
      range ??= spanRange(vb, part.span);
    }
  }
  if (sections.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range };
}

function contains(vb: VanBan, span: { start: number; end: number }, offset: number): boolean {
  const s = originalSpan(vb, span);
  return s.start <= offset && offset <= s.end;
}

/**
 * One rule's section for its findings under the cursor (one or more, all of that rule): the rule's
 * title, id and the worst severity there, what it checks, the right form, the quick fixes, the
 * citation and the link to its page. The messages themselves are the diagnostics' (see above).
 */
export function findingMarkdown(findings: Finding | Finding[], links: DocsLinks): string {
  const list = Array.isArray(findings) ? findings : [findings];
  const id = list[0].rule;
  const rule = ruleById(id);
  const worst = (['error', 'warning', 'info', 'hint'] as const).find((s) => list.some((f) => f.severity === s)) ?? list[0].severity;
  const lines: string[] = [];
  lines.push(`**${rule ? escape(rule.title) : id}** · \`${id}\` · ${SEVERITY_VI[worst]}`);
  // A rule without an entry (a note about the file) has only its message to say.
  if (!rule) {
    lines.push('');
    for (const f of list) lines.push(escape(f.message));
  }
  if (rule) lines.push('', escape(rule.description));
  const right = rightForm(id);
  if (right) lines.push('', 'Cách viết đúng:', '', '```text', right, '```');
  const fixes = [...new Set(list.flatMap((f) => (f.fix ? [escape(f.fix.title)] : [])))];
  if (fixes.length > 0) lines.push('', `Sửa nhanh: ${fixes.join('; ')}.`);
  if (rule) lines.push('', `Căn cứ: ${escape(fullCitation(rule.citation))}.`);
  const href = links.href(id);
  if (href) lines.push('', `[Xem giải thích quy tắc ${id}](${href})`);
  return lines.join('\n');
}

/** "57-NQ/TW" → its parts; the issuer is the group after "/" (Party) or after the type abbreviation. */
export function describeCitation(c: Citation): { number: string; year: string | null; typeName: string | null; issuer: string | null; unit: string | null } {
  const t = c.text;
  let number = '';
  let year: string | null = null;
  let issuer: string | null = null;
  let unit: string | null = null;
  let m: RegExpExecArray | null;
  if (c.regime === 'party' && (m = /^(\d+)-([^/]+)\/(.+)$/u.exec(t))) {
    [, number, , issuer] = m;
  } else if (c.regime === 'qppl' && (m = /^(\d+)\/(\d{4})\/([^-]+)-(.+)$/u.exec(t))) {
    [, number, year, , issuer] = m;
  } else if ((m = /^(\d+)\/(.+)$/u.exec(t))) {
    number = m[1];
    const groups = m[2].split('-');
    if (c.abbrev && groups[0] === c.abbrev) {
      issuer = groups[1] ?? null;
      unit = groups.slice(2).join('-') || null;
    } else {
      issuer = groups[0];
      unit = groups.slice(1).join('-') || null;
    }
  }
  const typeName = c.abbrev ? (typeByAbbrev(c.abbrev)?.name ?? OTHER_TYPES[c.abbrev] ?? null) : c.regime === 'nd30' ? 'Công văn' : null;
  return { number, year, typeName, issuer, unit };
}

export function citationMarkdown(c: Citation, typeWord: string | null): string {
  const d = describeCitation(c);
  const title = typeWord ? `${typeWord} số ${c.text}` : `Số ${c.text}`;
  const lines = [`**${escape(title)}**: ${REGIME_VI[c.regime]}`, ''];
  if (d.typeName) lines.push(`- Loại văn bản: ${d.typeName}${c.abbrev ? ` (\`${c.abbrev}\`)` : ' (công văn không có chữ viết tắt tên loại)'}`);
  if (d.number) lines.push(`- Số: ${d.number}${d.year ? `, năm ${d.year}` : ''}`);
  if (d.issuer) lines.push(`- Cơ quan ban hành: \`${d.issuer}\`${ISSUERS[d.issuer] ? ` (${ISSUERS[d.issuer]})` : ''}`);
  if (d.unit) lines.push(`- Đơn vị soạn thảo hoặc lĩnh vực: \`${d.unit}\``);
  if (typeWord && d.typeName && !sameType(typeWord, d.typeName)) {
    lines.push('', `Lưu ý: trong câu gọi là “${escape(typeWord)}” nhưng ký hiệu \`${c.abbrev ?? ''}\` là ${d.typeName.toLocaleLowerCase('vi')}.`);
  }
  if (c.regime === 'party') lines.push('', 'Văn bản của Đảng theo thể thức riêng; số và ký hiệu nối bằng gạch nối (“57-NQ/TW”).');
  else if (c.regime === 'qppl') lines.push('', 'Văn bản quy phạm pháp luật: số, năm ban hành, chữ viết tắt tên loại và cơ quan ban hành.');
  return lines.join('\n');
}

function sameType(word: string, typeName: string): boolean {
  const norm = (s: string) => s.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  return norm(typeName).split(',').some((t) => norm(word).startsWith(norm(t)));
}

export function dateMarkdown(vb: VanBan, d: DateMention): string {
  const label = d.day !== null && d.month !== null && d.year !== null ? `${pad(d.day)}/${pad(d.month)}/${d.year}` : vb.text.slice(d.start, d.end);
  if (!d.valid || !d.iso) return `**${label}**: ngày không có thật trên lịch.`;
  const weekday = WEEKDAY_NAMES[weekdayOf(d.iso)];
  const lines = [`**${capitalise(weekday)}, ngày ${label}**`];
  const issue = vb.placeDate?.iso ?? null;
  const isIssueDate = vb.placeDate && d.start >= vb.placeDate.start && d.end <= vb.placeDate.end;
  if (isIssueDate) lines.push('', 'Ngày ban hành văn bản.');
  else if (!issue) lines.push('', 'Chưa xác định được ngày ban hành văn bản (dòng địa danh, ngày tháng còn thiếu hoặc để trống).');
  else {
    const n = daysBetween(issue, d.iso);
    const issueLabel = issue.split('-').reverse().join('/');
    if (n === 0) lines.push('', `Trùng ngày ban hành (${issueLabel}).`);
    else lines.push('', `${n > 0 ? 'Sau' : 'Trước'} ngày ban hành (${issueLabel}) ${Math.abs(n).toLocaleString('vi-VN')} ngày.`);
  }
  return lines.join('\n');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** Markdown-escapes text from the document or messages (they may contain * _ [ ] …). */
function escape(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
