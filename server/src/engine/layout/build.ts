/**
 * From the document model to the layout model: every content line of the draft, cut into the parts
 * the parser read, placed where Phụ lục I puts it (mục IV, the ô of the layout diagram) with the
 * size and style of mục V.
 *
 *   header table   row 1: chủ quản, cơ quan ban hành (+ short rule) | Quốc hiệu, Tiêu ngữ (+ rule)
 *                  row 2: Số, V/v, marks                             | địa danh, ngày
 *   full width     tên loại, trích yếu (+ short rule), Kính gửi, căn cứ, the content
 *   footer table   Nơi nhận                                          | quyền hạn, chức vụ, họ tên
 *   after it       phụ lục, each from a new page
 *
 * Nothing is dropped or reworded: the text of each paragraph is the draft's own (Markdown markers
 * left out), one paragraph per line of the draft, so a check of the exported file finds what a check
 * of the draft finds. `partsOf` (which part each stretch of text is) is shared with the typography
 * rules, which judge a .docx paragraph by the part it holds.
 */
import type { Line, Section, VanBan } from '../model/vanban';
import type { Span } from '../types';
import { isAllCaps } from '../text/vietnamese';
import { lastStartingAt } from '../text/spans';
import {
  FIRST_LINE_MM, FOOTER_COLUMNS_MM, HEADER_COLUMNS_MM, PAGE, SHORT_RULE_SHARE, STYLES,
  type Block, type Cell, type Layout, type Para, type Role,
} from './model';
import { textWidthMm, wrappedWidthsMm } from './metrics';

/** A stretch of the normalised text and the part it is. */
export interface RolePart extends Span {
  role: Role;
  /** Index into doc.lines. */
  lineIdx: number;
}

type Zone = 'header' | 'kinhGui' | 'body' | 'footer';

const SECTION_ROLE: Record<Section['kind'], Role> = {
  phan: 'phan', chuong: 'phan', muc: 'phan', roman: 'roman', dieu: 'dieu', khoan: 'khoan', sub: 'khoan', diem: 'diem',
};
const PHU_LUC_HEADING = /^Ph[uụ] l[uụ]c(?:\s+[IVXLC\d]+)?\.?$/iu;
const SIGN_NOTE = /^[([]\s*(?:đã ký|ký|ký tên|ký, ghi rõ họ tên|chữ ký|dấu)[^)\]]*[)\]]$/iu;


function flatten(sections: Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    flatten(s.children, out);
  }
  return out;
}

/**
 * Every content line of the document cut into the parts the parser read, in text order; what no
 * part covers gets the role of its zone (body text, or "other" in the header and footer).
 */
export function partsOf(doc: VanBan): RolePart[] {
  const { lines } = doc;
  if (lines.length === 0) return [];
  const spans: { role: Role; start: number; end: number }[] = [];
  const add = (role: Role, p: Span | null | undefined) => {
    if (p && p.end > p.start) spans.push({ role, start: p.start, end: p.end });
  };
  // header parts
  add('chuQuan', doc.issuer.parent);
  add('coQuan', doc.issuer.name);
  add('quocHieu', doc.quocHieu ?? doc.orgHeader);
  add('tieuNgu', doc.tieuNgu);
  add('soKyHieu', doc.soKyHieu);
  add('placeDate', doc.placeDate);
  for (const m of doc.markings) add('marking', m);
  add('tenLoai', doc.tenLoai);
  if (doc.trichYeu) {
    const vv = !doc.tenLoai && /^V\s*\/\s*v\b|^V[eề] việc/iu.test(doc.trichYeu.text);
    for (const l of doc.trichYeu.lines) add(vv ? 'vv' : 'trichYeu', l);
  }
  // footer parts
  if (doc.noiNhan) {
    add('noiNhanLabel', doc.noiNhan.label);
    for (const it of doc.noiNhan.items) for (const l of it.lines) add('noiNhanItem', l);
  }
  if (doc.signature) {
    for (const l of doc.signature.lines) add('quyenHan', l);
    add('hoTen', doc.signature.name);
  }
  spans.sort((a, b) => a.start - b.start);

  const kgLine = doc.kinhGui ? lastStartingAt(lines, doc.kinhGui.label.start) : -1;
  const headerEnd = kgLine >= 0 ? kgLine : doc.bodyStart;
  const zoneOf = (i: number): Zone => (i < headerEnd ? 'header' : i < doc.bodyStart ? 'kinhGui' : i < doc.bodyEnd ? 'body' : 'footer');

  // whole-line roles of the body
  const lineRole = new Map<number, Role>();
  for (const s of flatten(doc.sections)) {
    const i = lastStartingAt(lines, s.line.start);
    if (zoneOf(i) === 'body') lineRole.set(i, SECTION_ROLE[s.kind]);
  }
  for (const c of doc.canCu) for (const l of c.lines) lineRole.set(lastStartingAt(lines, l.start), 'canCu');
  const firstCanCu = doc.canCu.length ? lastStartingAt(lines, doc.canCu[0].start) : -1;
  const lastCanCu = doc.canCu.length ? lastStartingAt(lines, doc.canCu[doc.canCu.length - 1].end - 1) : -1;
  for (let i = doc.bodyStart; i < doc.bodyEnd; i++) {
    const t = lines[i].text;
    if (lineRole.has(i)) {
      if (lineRole.get(i) === 'phan' && i + 1 < doc.bodyEnd && !lineRole.has(i + 1) && isAllCaps(lines[i + 1].text)) lineRole.set(i + 1, 'tieuDe');
      continue;
    }
    if (firstCanCu >= 0 && i < firstCanCu && isAllCaps(t) && t.length < 160) lineRole.set(i, 'thamQuyen');
    else if (lastCanCu >= 0 && i > lastCanCu && i <= lastCanCu + 2 && isAllCaps(t) && /:$/.test(t)) lineRole.set(i, 'banHanh');
    else if (PHU_LUC_HEADING.test(t)) lineRole.set(i, 'phuLuc');
  }
  for (const h of doc.phuLuc.headings) {
    const i = lastStartingAt(lines, h.start);
    if (lines[i].start === h.start && PHU_LUC_HEADING.test(lines[i].text)) lineRole.set(i, 'phuLuc');
  }

  const out: RolePart[] = [];
  let k = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const zone = zoneOf(i);
    while (k < spans.length && spans[k].end <= line.start) k++;
    const here: { role: Role; start: number; end: number }[] = [];
    for (let j = k; j < spans.length && spans[j].start < line.end; j++) {
      const a = Math.max(spans[j].start, line.start);
      const b = Math.min(spans[j].end, line.end);
      if (b > a) here.push({ role: spans[j].role, start: a, end: b });
    }
    const fill: Role =
      zone === 'kinhGui' ? (i === kgLine ? 'kinhGui' : 'kinhGuiItem')
      : zone === 'body' ? (lineRole.get(i) ?? 'body')
      : zone === 'footer' ? (PHU_LUC_HEADING.test(line.text) ? 'phuLuc' : SIGN_NOTE.test(line.text) ? 'ghiChuKy' : 'other')
      : 'other';
    let at = line.start;
    const first = out.length;
    const push = (role: Role, a: number, b: number) => {
      while (a < b && /\s/.test(doc.plain[a])) a++;
      while (b > a && /\s/.test(doc.plain[b - 1])) b--;
      if (b <= a) return;
      // punctuation between parts ("Nơi nhận" + ":") stays with the part before it: nothing is dropped
      const prev = out.length > first ? out[out.length - 1] : null;
      if (!/[\p{L}\p{N}]/u.test(doc.plain.slice(a, b)) && prev) prev.end = b;
      else out.push({ role, start: a, end: b, lineIdx: i });
    };
    for (const h of here) {
      if (h.start > at) push(fill, at, h.start);
      push(h.role, Math.max(at, h.start), h.end);
      at = Math.max(at, h.end);
    }
    if (at < line.end) push(fill, at, line.end);
  }
  return out;
}

/** Markdown emphasis, table bars, <br> and superscript footnote digits: not the draft's words. */
const MARKUP = /\*+|_{2,}|`+|\|\s*|<br\s*\/?>|[¹²³⁰⁴⁵⁶⁷⁸⁹]+/gi;

/**
 * The draft's own text of a span (original characters, markup left out, trimmed), and where each
 * stretch of it comes from in the original text: pairs [index in text, offset in the original].
 */
function ownText(doc: VanBan, span: Span): { text: string; start: number; end: number; origin: number[] } {
  const o = doc.source.spanToOriginal(span);
  const raw = doc.source.original.slice(o.start, o.end);
  const keep: boolean[] = new Array(raw.length).fill(true);
  for (const m of raw.matchAll(MARKUP)) for (let k = 0; k < m[0].length; k++) keep[m.index! + k] = false;
  let a = 0;
  let b = raw.length;
  while (a < b && (!keep[a] || /[\s#>]/.test(raw[a]))) a++;
  while (b > a && (!keep[b - 1] || /\s/.test(raw[b - 1]))) b--;
  let text = '';
  const origin: number[] = [];
  for (let k = a; k < b; k++) {
    if (!keep[k]) continue;
    if (origin.length === 0 || !keep[k - 1]) origin.push(text.length, o.start + k);
    text += raw[k];
  }
  return { text, start: o.start + a, end: o.start + b, origin };
}

/** The offset in the original text of index `i` of a paragraph's text. */
export function originalOffset(p: Para, i: number): number {
  let at = 0;
  for (let k = 0; k < p.origin.length && p.origin[k] <= i; k += 2) at = k;
  return p.origin.length ? p.origin[at + 1] + (i - p.origin[at]) : p.start + i;
}

function para(doc: VanBan, part: RolePart, overrides: Partial<Para> = {}): Para {
  const st = STYLES[part.role];
  const own = ownText(doc, part);
  return {
    kind: 'para', role: part.role, text: own.text, origin: own.origin,
    sizePt: st.sizePt, bold: st.bold, italic: st.italic, align: st.align,
    firstLineMm: 0, leftMm: 0, spaceBeforePt: 0, spaceAfterPt: 0,
    start: own.start, end: own.end, line: doc.source.position(own.start).line,
    ...overrides,
  };
}

/** Cell margins of a table cell (Word's default, 0.19 cm each side). */
const CELL_PADDING_MM = 1.9;

/** A rule of `share` × the width of the paragraph's longest line in a column of `columnMm`. */
function ruleUnder(p: Para, columnMm: number, share: number): Para['rule'] {
  const widths = wrappedWidthsMm(p.text, p.sizePt, p.bold, p.italic, columnMm - 2 * CELL_PADDING_MM);
  const longest = widths.reduce((m, w) => Math.max(m, w), -Infinity);
  return { widthMm: Math.round(longest * share * 10) / 10 };
}

const BODY_ROLES = new Set<Role>(['body', 'khoan', 'diem', 'dieu', 'roman', 'canCu']);

export function layoutOf(doc: VanBan): Layout {
  const parts = partsOf(doc);
  const blocks: Block[] = [];
  const textMm = PAGE.widthMm - PAGE.margin.left - PAGE.margin.right;
  const soLine = doc.soKyHieu ? lastStartingAt(doc.lines, doc.soKyHieu.start) : doc.tenLoai ? lastStartingAt(doc.lines, doc.tenLoai.start) : Infinity;
  const kgLine = doc.kinhGui ? lastStartingAt(doc.lines, doc.kinhGui.label.start) : -1;
  const headerEnd = kgLine >= 0 ? kgLine : doc.bodyStart;

  // ---- header
  const head = { l1: [] as Para[], r1: [] as Para[], l2: [] as Para[], r2: [] as Para[], after: [] as Para[] };
  let i = 0;
  for (; i < parts.length && parts[i].lineIdx < headerEnd; i++) {
    const p = parts[i];
    switch (p.role) {
      case 'chuQuan':
      case 'coQuan':
        head.l1.push(para(doc, p));
        break;
      case 'quocHieu':
      case 'tieuNgu':
        head.r1.push(para(doc, p));
        break;
      case 'soKyHieu':
      case 'marking':
        head.l2.push(para(doc, p));
        break;
      case 'vv':
        head.l2.push(para(doc, p, { spaceBeforePt: head.l2.some((x) => x.role === 'vv') ? 0 : 6 }));
        break;
      case 'placeDate':
        head.r2.push(para(doc, p));
        break;
      case 'tenLoai':
        head.after.push(para(doc, p, { spaceBeforePt: 18, keepNext: true }));
        break;
      case 'trichYeu':
        head.after.push(para(doc, p, { keepNext: true }));
        break;
      default:
        if (p.lineIdx < soLine && head.after.length === 0) head.l1.push(para(doc, p, { sizePt: 12 }));
        else head.after.push(para(doc, p, { sizePt: 14, spaceBeforePt: head.after.length ? 0 : 12 }));
    }
  }
  // rule lines: under the issuer's name (or the last issuer line), the Tiêu ngữ, the trích yếu
  const issuer = [...head.l1].reverse().find((p) => p.role === 'coQuan') ?? head.l1[head.l1.length - 1];
  if (issuer) issuer.rule = ruleUnder(issuer, HEADER_COLUMNS_MM[0], SHORT_RULE_SHARE);
  const tn = head.r1.find((p) => p.role === 'tieuNgu');
  if (tn) tn.rule = ruleUnder(tn, HEADER_COLUMNS_MM[1], 1);
  const ty = [...head.after].reverse().find((p) => p.role === 'trichYeu');
  if (ty) {
    ty.rule = ruleUnder(ty, textMm + 2 * CELL_PADDING_MM, SHORT_RULE_SHARE);
    ty.keepNext = false;
  }
  // the number and the date on one line (Phụ lục I, mục II.4.c): a little air above row 2
  if (head.l2[0]) head.l2[0].spaceBeforePt = Math.max(head.l2[0].spaceBeforePt, 6);
  if (head.r2[0]) head.r2[0].spaceBeforePt = Math.max(head.r2[0].spaceBeforePt, 6);
  if (head.l1.length + head.r1.length + head.l2.length + head.r2.length > 0) {
    const cells = (a: Para[], b: Para[]): Cell[] => [
      { widthMm: HEADER_COLUMNS_MM[0], paras: a },
      { widthMm: HEADER_COLUMNS_MM[1], paras: b },
    ];
    const rows: Cell[][] = [];
    if (head.l1.length + head.r1.length) rows.push(cells(head.l1, head.r1));
    if (head.l2.length + head.r2.length) rows.push(cells(head.l2, head.r2));
    blocks.push({ kind: 'table', role: 'header', rows });
  }
  for (const p of head.after) blocks.push(p);

  // ---- Kính gửi and the content
  const kgIndent = 25;
  const kgLabelMm = textWidthMm('Kính gửi: ', STYLES.kinhGui.sizePt);
  let firstBody = true;
  let afterPhuLuc = false;
  for (; i < parts.length && parts[i].lineIdx < doc.bodyEnd; i++) {
    const p = parts[i];
    if (p.role === 'kinhGui') {
      blocks.push(para(doc, p, { leftMm: kgIndent + kgLabelMm, firstLineMm: -kgLabelMm, spaceBeforePt: 12 }));
      continue;
    }
    if (p.role === 'kinhGuiItem') {
      blocks.push(para(doc, p, { leftMm: kgIndent + kgLabelMm }));
      continue;
    }
    blocks.push(contentPara(doc, p, firstBody, afterPhuLuc));
    if (p.role === 'phuLuc') afterPhuLuc = true;
    firstBody = false;
  }

  // ---- footer: Nơi nhận | signature, then what follows (phụ lục)
  const left: Para[] = [];
  const right: Para[] = [];
  const after: Para[] = [];
  const footerParts = parts.slice(i);
  const lastSign = footerParts.reduce((m, p) => (p.role !== 'other' && p.role !== 'phuLuc' ? Math.max(m, p.lineIdx) : m), -1);
  for (const p of footerParts) {
    if (after.length > 0 || p.role === 'phuLuc' || (p.lineIdx > lastSign && p.role === 'other')) {
      after.push(contentPara(doc, p.role === 'other' ? { ...p, role: 'body' } : p, after.length === 0, true));
      if (p.role === 'phuLuc') afterPhuLuc = true;
      continue;
    }
    if (p.role === 'noiNhanLabel' || p.role === 'noiNhanItem') left.push(para(doc, p));
    else if (p.role === 'hoTen') right.push(para(doc, p, { spaceBeforePt: right.length ? 72 : 0 }));
    else right.push(para(doc, p));
  }
  if (left.length + right.length > 0) {
    if (left[0]) left[0].spaceBeforePt = 12;
    if (right[0]) right[0].spaceBeforePt = Math.max(right[0].spaceBeforePt, 12);
    blocks.push({
      kind: 'table', role: 'footer',
      rows: [[{ widthMm: FOOTER_COLUMNS_MM[0], paras: left }, { widthMm: FOOTER_COLUMNS_MM[1], paras: right }]],
    });
  }
  for (const p of after) blocks.push(p);
  return { page: PAGE, blocks };
}

/** A paragraph of the content: indent and spacing by part (Phụ lục I, mục II.6). */
function contentPara(doc: VanBan, p: RolePart, first: boolean, inAppendix: boolean): Para {
  const role = p.role;
  const o: Partial<Para> = { spaceBeforePt: 6 };
  if (BODY_ROLES.has(role)) o.firstLineMm = FIRST_LINE_MM;
  if (role === 'thamQuyen' || role === 'banHanh') o.spaceBeforePt = 12;
  if (role === 'phan' || role === 'tieuDe') o.keepNext = true;
  if (role === 'phan') o.spaceBeforePt = 12;
  if (role === 'tieuDe') o.spaceBeforePt = 0;
  if (role === 'phuLuc') {
    o.pageBreakBefore = true;
    o.spaceBeforePt = 0;
    o.keepNext = true;
  }
  if (first && role !== 'phuLuc') o.spaceBeforePt = 12;
  if (role === 'dieu' || role === 'khoan') {
    // "Điều 1. Tiêu đề" and a khoản's title are bold; before content only "Điều 1." is
    const text = doc.plain.slice(p.start, p.end);
    const marker = role === 'dieu' ? /^Điều\s+\d+[a-zđ]?\s*[.:]?/u.exec(text) : /^\d+[.)]/u.exec(text);
    const rest = marker ? text.slice(marker[0].length).trim() : text;
    const title = rest.length > 0 && rest.split(/\s+/).length <= (role === 'dieu' ? 12 : 10) && !/[:;.,]$/.test(rest);
    if (role === 'khoan') {
      if (title) o.bold = true;
    } else if (!title && marker) {
      const own = para(doc, p, o);
      const end = own.text.search(/[.:]/) + 1 || marker[0].length;
      return { ...own, bold: false, emphasis: [{ start: 0, end, bold: true, italic: false }] };
    }
  }
  // an appendix's title lines under "Phụ lục I" are centred like it
  if (inAppendix && role === 'body' && isAllCaps(doc.plain.slice(p.start, p.end))) {
    return para(doc, { ...p, role: 'tieuDe' }, { spaceBeforePt: 0, keepNext: true });
  }
  return para(doc, p, o);
}
