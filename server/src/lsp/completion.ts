/**
 * Context-aware completion, from the cached check of the document's version and the text of the
 * cursor's line:
 * - an empty document, or the cursor at its start: skeletons from the snippet library;
 * - after "Số: …/": the type abbreviation of the document's tên loại (with the body's abbreviations);
 * - after "tỉnh", "thành phố", "Sở": names valid at the document's date (the 34 provinces and the
 *   sở after the 2025 reorganisation only for documents dated after it);
 * - after "Kính gửi:" and in its list: recipients; in the Nơi nhận block: its items ("- Như trên;"
 *   only when there is a Kính gửi, "- Lưu: VT, …." last), none that the list already holds;
 * - after the content ("./.") or the Nơi nhận block: signature blocks TM./KT./TL./TUQ./Q. with the
 *   titles of the issuing body;
 * - a line of its own under the header: the type headings (QUYẾT ĐỊNH, THÔNG BÁO …);
 * - the căn cứ block of a quyết định or nghị quyết, and the start of a body line: clauses from the
 *   snippet library.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { VanBan } from '../engine';
import {
  CONG_VAN,
  CURRENT_PROVINCES,
  DEPARTMENTS_VALID_FROM,
  DISTRICT_LEVEL_UNTIL,
  DOC_TYPES,
  MERGED_DEPARTMENTS,
  CURRENT_DEPARTMENTS,
  MERGED_PROVINCES,
  typeByHeading,
  type DocType,
} from '../engine/data';
import { foldKey, viUpper } from '../engine/text/vietnamese';
import { expand, snippetsFor, type SnippetContext, type SnippetEntry } from '../snippets/library';
import type { LintResult } from './diagnostics';
import { spanRange } from './ranges';

export interface CompletionEnv {
  /** Whether the client accepts snippet syntax (textDocument.completion.completionItem.snippetSupport). */
  snippetSupport: boolean;
  /** The snippet library (tests inject a fixture). */
  library?: (context: SnippetContext) => SnippetEntry[];
  /** Today's date (ISO), used when the document has no date yet. */
  today?: string;
  /** Abbreviations from the profile (settings and .thethucrc.json). */
  abbreviations?: string[];
}

/** The sở after Nghị định 45/2025/NĐ-CP, and those that did not exist before it (data/departments.json). */
const DEPARTMENTS_NOW = CURRENT_DEPARTMENTS.map((d) => d.name);
const DEPARTMENTS_NEW_IN_2025 = CURRENT_DEPARTMENTS.filter((d) => d.newIn2025).map((d) => d.name);

export function complete(doc: TextDocument, result: LintResult, position: Position, env: CompletionEnv): CompletionList {
  const empty: CompletionList = { isIncomplete: false, items: [] };
  const vb = result.doc;
  if (!vb) return empty;
  // A position past the end of its line (clients may send one) is read as the end of that line.
  const clamped = doc.positionAt(doc.offsetAt(position));
  const ctx = new Context(doc, vb, clamped, env);
  const items =
    ctx.documentStart() ??
    ctx.symbolAbbreviation() ??
    ctx.names() ??
    ctx.kinhGui() ??
    ctx.noiNhan() ??
    ctx.signature() ??
    ctx.typeHeading() ??
    ctx.canCu() ??
    ctx.bodyLine() ??
    [];
  items.forEach((item, i) => (item.sortText ??= String(i).padStart(4, '0')));
  return { isIncomplete: false, items };
}

class Context {
  readonly line: number;
  readonly before: string;
  readonly after: string;
  readonly library: (context: SnippetContext) => SnippetEntry[];

  constructor(
    readonly doc: TextDocument,
    readonly vb: VanBan,
    readonly position: Position,
    readonly env: CompletionEnv,
  ) {
    this.line = position.line;
    const text = this.lineText(position.line);
    this.before = text.slice(0, position.character);
    this.after = text.slice(position.character);
    this.library = env.library ?? snippetsFor;
  }

  lineText(line: number): string {
    return this.doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  }

  /** The range from column `from` of the cursor's line to the cursor. */
  rangeFrom(from: number): Range {
    return { start: { line: this.line, character: from }, end: this.position };
  }

  /** The range from the first non-blank character of the line to the cursor. */
  lineRange(): Range {
    return this.rangeFrom(this.before.length - this.before.trimStart().length);
  }

  /** Whether the cursor is alone on its line after at most a few words (a line-level completion). */
  lineStart(maxChars = 30): boolean {
    return this.after.trim() === '' && this.before.trim().length <= maxChars;
  }

  lineOf(span: { start: number; end: number } | null | undefined, end = false): number {
    if (!span) return -1;
    const r = spanRange(this.vb, span);
    return end ? r.end.line : r.start.line;
  }

  /** The date the document speaks at: its issue date, or its year and month, or today. */
  date(): string {
    const pd = this.vb.placeDate;
    if (pd?.iso) return pd.iso;
    if (pd?.yearValue) return `${pd.yearValue}-${String(pd.monthValue ?? 12).padStart(2, '0')}-${pd.monthValue ? '01' : '31'}`;
    return this.env.today ?? new Date().toISOString().slice(0, 10);
  }

  // ---- contexts ----

  /** Nothing but blank lines above, and at most the word being typed before the cursor. */
  documentStart(): CompletionItem[] | null {
    if (this.after.trim() !== '' || !/^\s*[\p{L}\p{M}\p{N}.-]*$/u.test(this.before)) return null;
    if (this.line > 0 && this.doc.getText({ start: { line: 0, character: 0 }, end: { line: this.line, character: 0 } }).trim() !== '') return null;
    return this.library('document-start').map((e) => this.snippetItem(e, this.lineRange()));
  }

  symbolAbbreviation(): CompletionItem[] | null {
    const m = /^(\s*(?:\*\*)?S[ốỐoO6]\s*:?\s*[\d.…_ ]*\/\s*)([\p{L}\p{N}-]*)$/u.exec(this.before);
    if (!m || this.after.trim() !== '' && !/^\s+\S/.test(this.after)) return null;
    const range = this.rangeFrom(m[1].length);
    const type = this.headingType();
    const bodies = this.bodyAbbreviations();
    const items: CompletionItem[] = [];
    if (type && type.abbrev) {
      items.push(this.plainItem(`${type.abbrev}-`, range, { detail: `${type.name}: chữ viết tắt tên loại (Phụ lục III)`, kind: CompletionItemKind.EnumMember, preselect: true }));
      for (const b of bodies) items.push(this.plainItem(`${type.abbrev}-${b}`, range, { detail: `${type.name}, cơ quan ${b}`, kind: CompletionItemKind.EnumMember }));
    } else if (type === CONG_VAN) {
      for (const b of bodies) {
        items.push(this.plainItem(`${b}-`, range, { detail: 'Công văn: chữ viết tắt tên cơ quan, rồi đơn vị soạn thảo hoặc lĩnh vực (không có chữ viết tắt tên loại)', kind: CompletionItemKind.EnumMember }));
      }
    } else {
      for (const t of DOC_TYPES) {
        if (!t.abbrev) continue;
        items.push(this.plainItem(`${t.abbrev}-`, range, { detail: `${t.name} (${t.heading ?? ''})`.replace(' ()', ''), kind: CompletionItemKind.EnumMember, filterText: `${t.abbrev} ${t.name}` }));
      }
    }
    return items;
  }

  names(): CompletionItem[] | null {
    if (/^\s*(?:\*\*)?S[ốỐ]\s*:/u.test(this.before)) return null;
    const m = /(?:^|[\s(,;:-])(tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ|Sở|SỞ)\s+([\p{L}\p{M}]*(?:[ ,-]+[\p{L}\p{M}]+){0,4})$/u.exec(this.before);
    if (!m || m[2].length > 40) return null;
    const keyword = m[1];
    const caps = keyword === viUpper(keyword);
    const range = this.rangeFrom(this.before.length - m[2].length);
    const date = this.date();
    const lower = keyword.toLocaleLowerCase('vi');
    let names: { name: string; detail: string }[];
    if (lower === 'sở') {
      names = this.departments(date).map((d) => ({ name: d.replace(/^Sở /u, ''), detail: d }));
    } else {
      const kind = lower === 'tỉnh' ? 'tỉnh' : 'thành phố';
      names = this.provinces(date)
        .filter((p) => p.kind === kind)
        .map((p) => ({ name: p.name.replace(/^Thành phố /u, ''), detail: `${kind} ${p.name.replace(/^Thành phố /u, '')}${p.note ? ` (${p.note})` : ''}` }));
    }
    return names.map(({ name, detail }) => this.plainItem(caps ? viUpper(name) : name, range, { detail, kind: CompletionItemKind.Value }));
  }

  kinhGui(): CompletionItem[] | null {
    const inline = /^(\s*(?:\*\*)?Kính gửi\s*:\s*)(.*)$/u.exec(this.before);
    if (inline) {
      if (this.after.trim() !== '') return null;
      const range = this.rangeFrom(inline[1].length);
      return [
        ...this.recipients().map((r) => this.plainItem(r, range, { kind: CompletionItemKind.Value, detail: 'Nơi nhận sau “Kính gửi:”' })),
        ...this.library('kinh-gui').filter((e) => !/^\s*-/.test(e.body[0])).map((e) => this.snippetItem(e, range)),
      ];
    }
    if (!this.lineStart(60) || !/^\s*(-\s*)?[\p{L}\p{M}\s,]*$/u.test(this.before)) return null;
    if (!this.listUnder(/^\s*(?:\*\*)?Kính gửi\s*:?\s*(?:\*\*)?\s*$/u)) return null;
    const range = this.lineRange();
    return [
      ...this.recipients().map((r) => this.plainItem(`- ${r};`, range, { kind: CompletionItemKind.Value, detail: 'Nơi nhận sau “Kính gửi:”', filterText: `- ${r}` })),
      ...this.library('kinh-gui').filter((e) => /^\s*-/.test(e.body[0])).map((e) => this.snippetItem(e, range, true)),
    ];
  }

  noiNhan(): CompletionItem[] | null {
    if (!this.lineStart(60) || !/^\s*[-+]?\s*[\p{L}\p{M}\s:,]*$/u.test(this.before)) return null;
    if (!this.listUnder(/^\s*(?:\*\*|_)*Nơi nhận\b/u)) return null;
    // the list ends with "- Lưu: VT, … ." : below it comes the signature
    const prev = this.previousNonBlank();
    if (prev && isLuuLine(prev.text)) return null;
    const range = this.lineRange();
    const items: CompletionItem[] = [];
    // What the list already holds is not offered again: "- Như trên;", "- Như Điều 3;", the Lưu line, a
    // library item whose lines are all there (the line being typed does not count).
    const present = new Set(this.noiNhanLines().map(listKey));
    const has = (pattern: RegExp) => [...present].some((k) => pattern.test(k));
    if (this.vb.kinhGui && !has(/^NHU TREN\b/)) {
      items.push(this.plainItem('- Như trên;', range, { detail: 'Các nơi đã ghi ở “Kính gửi”', kind: CompletionItemKind.Value, preselect: true }));
    }
    const article = this.executionArticle();
    if (article !== null && !has(/^NHU DIEU\b/)) items.push(this.plainItem(`- Như Điều ${article};`, range, { detail: `Các cơ quan có tên ở Điều ${article}`, kind: CompletionItemKind.Value }));
    // the library's items, except those this list already offers fitted to the document, whole blocks,
    // and those already in the list
    const own = (e: SnippetEntry) => /^Nơi nhận\b|Như trên|Như Điều|^-\s*Lưu\b/u.test(e.body[0]);
    const already = (e: SnippetEntry) => expand(e).split('\n').every((l) => l.trim() === '' || present.has(listKey(l)));
    for (const e of this.library('noi-nhan')) if (!own(e) && !already(e)) items.push(this.snippetItem(e, range, true));
    if (has(/^LUU\b/)) return items;
    const units = this.draftingUnits();
    for (const u of units) items.push(this.plainItem(`- Lưu: VT, ${u}.`, range, { detail: 'Dòng cuối: lưu tại văn thư và đơn vị soạn thảo', kind: CompletionItemKind.Value }));
    if (units.length === 0) {
      items.push(this.templateItem('- Lưu: VT, …', '- Lưu: VT, ${1:đơn vị soạn thảo}.', range, 'Dòng cuối: lưu tại văn thư và đơn vị soạn thảo'));
    }
    return items;
  }

  signature(): CompletionItem[] | null {
    if (!this.lineStart(30) || !/^\s*(?:(?:TM|KT|TL|TUQ|Q)\.?\s*)?[\p{Lu}\s]*$/iu.test(this.before)) return null;
    const typedPrefix = /^\s*(TM|KT|TL|TUQ|Q)\.?\s*$/iu.test(this.before);
    const prev = this.previousNonBlank();
    const afterContent = prev !== null && (/\.\/\.\s*(?:\*\*)?$/.test(prev.text) || isLuuLine(prev.text));
    const inBody = this.line > this.lineOf(this.vb.soKyHieu ?? this.vb.placeDate ?? this.vb.tenLoai);
    if (!afterContent && !(typedPrefix && inBody)) return null;
    const range = this.lineRange();
    const t = titlesOf(this.vb.issuer.name?.text ?? '');
    const name = '${%n:Họ và tên}';
    const items: CompletionItem[] = [];
    const add = (label: string, detail: string, lines: string[]) => items.push(this.templateItem(label, numberPlaceholders(lines.join('\n')), range, detail, `${label} ${detail}`));
    add(t.head, 'Người đứng đầu ký', [t.headLine, name]);
    add(`KT. ${t.head}`, 'Cấp phó ký thay người đứng đầu', [`KT. ${t.headLine}`, t.deputyLine, name]);
    if (t.collective) {
      add(`TM. ${t.collective}`, 'Ký thay mặt tập thể', [`TM. ${t.collective}`, t.headLine, name]);
      add(`TM. ${t.collective} / KT. ${t.head}`, 'Cấp phó ký thay người đứng đầu tập thể', [`TM. ${t.collective}`, `KT. ${t.headLine}`, t.deputyLine, name]);
    }
    add(`TL. ${t.head}`, 'Ký thừa lệnh người đứng đầu', [`TL. ${t.headLine}`, '${%n:CHÁNH VĂN PHÒNG}', name]);
    add(`TUQ. ${t.head}`, 'Ký thừa ủy quyền người đứng đầu', [`TUQ. ${t.headLine}`, '${%n:CHỨC VỤ NGƯỜI ĐƯỢC ỦY QUYỀN}', name]);
    add(`Q. ${t.head}`, 'Cấp phó được giao quyền cấp trưởng', [`Q. ${t.headLine}`, name]);
    for (const e of this.library('signature')) items.push(this.snippetItem(e, range));
    if (!this.vb.noiNhan && !typedPrefix) {
      // right after the content, the Nơi nhận block may come first
      const blocks = this.library('noi-nhan').filter((e) => /^Nơi nhận\b/u.test(e.body[0]) && (this.vb.kinhGui || !e.body.some((l) => l.includes('Như trên'))));
      for (const e of blocks) items.push(this.snippetItem(e, range));
    }
    return items;
  }

  typeHeading(): CompletionItem[] | null {
    if (!this.lineStart(25) || !/^\s*[\p{L}\p{M}\s]*$/u.test(this.before)) return null;
    const vb = this.vb;
    const parts = [vb.quocHieu, vb.tieuNgu, vb.soKyHieu, vb.placeDate, vb.issuer.name, ...vb.markings].filter((p) => p !== null);
    if (parts.length === 0) return null;
    const headerEnd = parts.reduce((end, p) => Math.max(end, this.lineOf(p, true)), -Infinity);
    if (this.line <= headerEnd || this.line > headerEnd + 3) return null;
    if (vb.tenLoai && this.lineOf(vb.tenLoai) !== this.line) return null;
    if (vb.trichYeu && this.lineOf(vb.trichYeu) < this.line) return null;
    if (vb.kinhGui && this.lineOf(vb.kinhGui.label) < this.line) return null;
    const range = this.lineRange();
    return DOC_TYPES.filter((t) => t.heading && !t.copy).map((t) =>
      this.plainItem(t.heading!, range, {
        kind: CompletionItemKind.Keyword,
        detail: `Tên loại: ${t.name}${t.abbrev ? `, ký hiệu ${t.abbrev}` : ''}`,
        filterText: `${t.heading} ${t.name}`,
        documentation: headingDoc(t),
      }),
    );
  }

  canCu(): CompletionItem[] | null {
    if (!this.lineStart(25) || !/^\s*[\p{L}\p{M}\s]*$/u.test(this.before)) return null;
    const vb = this.vb;
    const type = this.headingType();
    if (!type?.canCu || !vb.tenLoai) return null;
    const top = Math.max(this.lineOf(vb.tenLoai, true), this.lineOf(vb.trichYeu, true));
    if (this.line <= top) return null;
    const firstSection = vb.sections[0] ? vb.sections[0].line.lineNo : Infinity;
    const decide = vb.lines.find((l, i) => i >= vb.bodyStart && /^(QUYẾT ĐỊNH|NGHỊ QUYẾT)\s*:/u.test(l.text));
    if (this.line >= Math.min(firstSection, decide ? decide.lineNo : Infinity)) return null;
    const range = this.lineRange();
    const items = this.library('can-cu').map((e) => this.snippetItem(e, range));
    if (items.length > 0) return items;
    // without a library: the two căn cứ every quyết định of a province carries, and the shapes
    if (this.date() >= DISTRICT_LEVEL_UNTIL) {
      items.push(this.plainItem('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', range, { kind: CompletionItemKind.Text, detail: 'Căn cứ thẩm quyền của chính quyền địa phương' }));
    }
    items.push(this.plainItem('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;', range, { kind: CompletionItemKind.Text, detail: 'Nghị định về công tác văn thư' }));
    items.push(this.templateItem('Căn cứ … ;', 'Căn cứ ${1:tên loại} số ${2:số/ký hiệu} ngày ${3:dd} tháng ${4:mm} năm ${5:yyyy} của ${6:cơ quan ban hành} về ${7:trích yếu};', range, 'Một căn cứ: tên loại, số, ký hiệu, ngày, cơ quan ban hành, trích yếu (Phụ lục I, mục II.6.a)'));
    items.push(this.templateItem('Theo đề nghị của … .', 'Theo đề nghị của ${1:Giám đốc Sở …}.', range, 'Dòng cuối của phần căn cứ kết thúc bằng dấu chấm'));
    return items;
  }

  bodyLine(): CompletionItem[] | null {
    if (!this.lineStart(25) || !/^\s*[\p{L}\p{M}]*$/u.test(this.before)) return null;
    const vb = this.vb;
    const headerParts = [vb.soKyHieu, vb.placeDate, vb.tenLoai, vb.trichYeu, vb.kinhGui?.label, ...(vb.kinhGui?.items ?? [])].filter((p) => p);
    if (headerParts.length === 0) return null;
    // reduce, not Math.max(...): Kính gửi may list any number of items
    const headerEnd = headerParts.reduce((end, p) => Math.max(end, this.lineOf(p, true)), -Infinity);
    if (this.line <= headerEnd) return null;
    const footer = [vb.noiNhan?.label, vb.signature].filter((p) => p).map((p) => this.lineOf(p));
    if (footer.some((l) => this.line >= l)) return null;
    if (vb.endMarker && this.line > this.lineOf(vb.endMarker)) return null;
    const range = this.lineRange();
    return this.library('body-line').map((e) => this.snippetItem(e, range));
  }

  // ---- facts about the document ----

  /**
   * The type named by the tên loại heading, or công văn (V/v, Kính gửi without a heading). Unlike
   * doc.type it never falls back on the symbol: while the user types "Số: …/QĐ", that abbreviation is
   * what is being completed, not evidence of the type.
   */
  headingType(): DocType | null {
    const vb = this.vb;
    if (vb.tenLoai) return typeByHeading(vb.tenLoai.text) ?? null;
    if (vb.trichYeu && /^V\s*\/\s*v/iu.test(vb.trichYeu.text)) return CONG_VAN;
    if (vb.kinhGui) return CONG_VAN;
    return null;
  }

  /** Abbreviations of the issuing body: the profile's, else one made from the issuer's name. */
  bodyAbbreviations(): string[] {
    const fromProfile = this.env.abbreviations ?? [];
    if (fromProfile.length > 0) return fromProfile;
    const guess = abbreviate(this.vb.issuer.name?.text ?? '');
    return guess ? [guess] : [];
  }

  /** Units for "- Lưu: VT, …": the profile's abbreviations, else the unit in the document's own symbol. */
  draftingUnits(): string[] {
    const sym = this.vb.soKyHieu?.symbol?.text;
    const groups = sym ? sym.split(/\s*-\s*/).filter((g) => g !== '') : [];
    const type = this.headingType();
    const own = groups.length >= 2 && (type === CONG_VAN || !type?.abbrev) ? [groups[groups.length - 1]] : [];
    return [...new Set([...own, ...(this.env.abbreviations ?? [])])];
  }

  /** The number of the last Điều (the execution article of a quyết định), or null. */
  executionArticle(): number | null {
    let last: number | null = null;
    const walk = (sections: VanBan['sections']) => {
      for (const s of sections) {
        if (s.kind === 'dieu' && s.value !== null) last = s.value;
        walk(s.children);
      }
    };
    walk(this.vb.sections);
    return last;
  }

  recipients(): string[] {
    const date = this.date();
    const place = this.vb.placeDate?.place?.text;
    const afterReorganisation = date >= DISTRICT_LEVEL_UNTIL;
    const list = [
      'Các sở, ban, ngành tỉnh',
      afterReorganisation ? 'Ủy ban nhân dân các xã, phường' : 'Ủy ban nhân dân các huyện, thành phố',
      ...(place && !/^(Thành phố|TP\.)/u.test(place) ? [`Ủy ban nhân dân tỉnh ${place}`] : []),
      'Văn phòng Ủy ban nhân dân tỉnh',
      ...this.departments(date),
      'Thanh tra tỉnh',
    ];
    return [...new Set(list)];
  }

  departments(date: string): string[] {
    if (date >= DEPARTMENTS_VALID_FROM) return DEPARTMENTS_NOW;
    return [...DEPARTMENTS_NOW.filter((d) => !DEPARTMENTS_NEW_IN_2025.includes(d)), ...MERGED_DEPARTMENTS.map((d) => d.old)];
  }

  /** The provincial units at a date: the 34 from 01/7/2025, before that the merged ones too. */
  provinces(date: string): { name: string; kind: string; note?: string }[] {
    const merged = MERGED_PROVINCES.filter((m) => date < m.until);
    // A unit that only renamed (Thừa Thiên Huế → Huế) did not exist under its new name before.
    const renamed = new Set(merged.filter((m) => m.old !== m.successor && m.old.endsWith(m.successor)).map((m) => m.successor));
    return [
      ...CURRENT_PROVINCES.filter((p) => !renamed.has(p.name)),
      ...merged.map((m) => ({ name: m.old, kind: m.kind, note: `đến ${m.until.split('-').reverse().join('/')}` })),
    ];
  }

  /** Whether the cursor's line continues a "- …" list that starts under a line matching `label`. */
  listUnder(label: RegExp): boolean {
    for (let l = this.line - 1, seen = 0; l >= 0 && seen < 40; l--, seen++) {
      const t = this.lineText(l);
      if (label.test(t)) return true;
      if (t.trim() === '') continue;
      if (/^\s*[-+–•]/.test(t)) continue;
      // a wrapped item continues the line above when that line does not end the item
      const above = l > 0 ? this.lineText(l - 1).trim() : '';
      if (above !== '' && !/[;.]$/.test(above) && !label.test(this.lineText(l))) continue;
      return false;
    }
    return false;
  }

  /** The lines of the Nơi nhận list around the cursor (its label to the first blank line after it), the cursor's line left out. */
  noiNhanLines(): string[] {
    let top = this.line - 1;
    while (top >= 0 && !/^\s*(?:\*\*|_)*Nơi nhận\b/u.test(this.lineText(top))) top--;
    if (top < 0) return [];
    const lines: string[] = [];
    for (let l = top + 1; l < this.doc.lineCount; l++) {
      if (l === this.line) continue;
      const t = this.lineText(l);
      if (t.trim() === '' && l > this.line) break;
      if (t.trim() !== '') lines.push(t);
    }
    return lines;
  }

  previousNonBlank(): { line: number; text: string } | null {
    for (let l = this.line - 1; l >= 0; l--) {
      const t = this.lineText(l);
      if (t.trim() !== '') return { line: l, text: t.trim() };
    }
    return null;
  }

  // ---- items ----

  plainItem(text: string, range: Range, extra: Partial<CompletionItem> = {}): CompletionItem {
    return { label: text, textEdit: { range, newText: text }, insertTextFormat: InsertTextFormat.PlainText, ...extra };
  }

  /** An item whose text has placeholders (`${1:…}`): a snippet when the client takes them, else the defaults. */
  templateItem(label: string, snippet: string, range: Range, detail: string, filterText?: string): CompletionItem {
    const text = this.env.snippetSupport ? snippet : stripSnippet(snippet);
    return {
      label,
      kind: CompletionItemKind.Snippet,
      detail,
      filterText,
      documentation: { kind: MarkupKind.Markdown, value: '```text\n' + stripSnippet(snippet) + '\n```' },
      textEdit: { range, newText: text },
      insertTextFormat: this.env.snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
  }

  /**
   * A library entry. `byText`: the entry is a list line ("- …;") replacing what the line holds, so the
   * client filters it by that text first ("- " typed, or a list continued by Enter, keeps it), then by
   * its prefixes and name.
   */
  snippetItem(entry: SnippetEntry, range: Range, byText = false): CompletionItem {
    const body = entry.body.join('\n');
    const plain = expand(entry);
    return {
      label: entry.name,
      kind: CompletionItemKind.Snippet,
      detail: entry.prefix[0],
      filterText: [...(byText ? [plain.split('\n')[0]] : []), ...entry.prefix, entry.name].join(' '),
      documentation: { kind: MarkupKind.Markdown, value: `${entry.description}\n\n\`\`\`text\n${plain}\n\`\`\`` },
      textEdit: { range, newText: this.env.snippetSupport ? body : plain },
      insertTextFormat: this.env.snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
  }
}

/** A list line folded for comparison: no dash, no end punctuation, no diacritics, capitals ("- Như trên;" → "NHU TREN"). */
function listKey(line: string): string {
  return foldKey(line.normalize('NFC').replace(/^\s*[-+–•]\s*/u, '').replace(/[;.,:\s]+$/u, '')).replace(/\s+/g, ' ').trim();
}

function isLuuLine(t: string): boolean {
  return /^\s*-\s*Lưu\b.*\.\s*$/u.test(t);
}

/** The signature titles that go with an issuing body's name. */
export function titlesOf(issuer: string): { head: string; headLine: string; deputyLine: string; collective: string | null } {
  const name = viUpper(issuer.replace(/\s+/g, ' ').trim()).replace('UỶ', 'ỦY');
  const fixed = (head: string, deputy: string, collective: string | null = null) => ({ head, headLine: head, deputyLine: deputy, collective });
  if (/^(ỦY BAN NHÂN DÂN|UBND)/u.test(name)) return fixed('CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'ỦY BAN NHÂN DÂN');
  if (/^(HỘI ĐỒNG NHÂN DÂN|HĐND)/u.test(name)) return fixed('CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'HỘI ĐỒNG NHÂN DÂN');
  if (/^VĂN PHÒNG/u.test(name)) return fixed('CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG');
  if (/^THANH TRA/u.test(name)) return fixed('CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA');
  if (/^BỘ /u.test(name)) return fixed('BỘ TRƯỞNG', 'THỨ TRƯỞNG');
  if (/^TỔNG CỤC/u.test(name)) return fixed('TỔNG CỤC TRƯỞNG', 'PHÓ TỔNG CỤC TRƯỞNG');
  if (/^CHI CỤC/u.test(name)) return fixed('CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG');
  if (/^CỤC/u.test(name)) return fixed('CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG');
  if (/^TRƯỜNG/u.test(name)) return fixed('HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG');
  if (/^PHÒNG/u.test(name)) return fixed('TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG');
  if (/^(BAN|HỘI ĐỒNG|TỔ)(?![\p{L}\p{N}])/u.test(name)) {
    const word = /^(BAN|HỘI ĐỒNG|TỔ)/u.exec(name)![1];
    const head = word === 'HỘI ĐỒNG' ? 'CHỦ TỊCH' : `TRƯỞNG ${word}`;
    return fixed(head, `PHÓ ${head}`, name.split(' ').length <= 6 ? name : word);
  }
  if (/^(SỞ|TRUNG TÂM|BỆNH VIỆN|ĐÀI|VIỆN|CÔNG TY)(?![\p{L}\p{N}])/u.test(name) || name === '') {
    return { head: 'GIÁM ĐỐC', headLine: name === '' ? '${%n:GIÁM ĐỐC}' : 'GIÁM ĐỐC', deputyLine: name === '' ? '${%n:PHÓ GIÁM ĐỐC}' : 'PHÓ GIÁM ĐỐC', collective: null };
  }
  return { head: 'THỦ TRƯỞNG', headLine: '${%n:CHỨC VỤ NGƯỜI ĐỨNG ĐẦU}', deputyLine: '${%n:CHỨC VỤ CẤP PHÓ}', collective: null };
}

/** "SỞ KHOA HỌC VÀ CÔNG NGHỆ" → "SKHCN", "ỦY BAN NHÂN DÂN TỈNH …" → "UBND", "VĂN PHÒNG ỦY BAN NHÂN DÂN" → "VPUBND". */
export function abbreviate(issuer: string): string | null {
  let name = viUpper(issuer.replace(/\s+/g, ' ').trim()).replace('UỶ', 'ỦY');
  if (name === '') return null;
  if (/^(ỦY BAN NHÂN DÂN|UBND)\b/u.test(name)) return 'UBND';
  if (/^(HỘI ĐỒNG NHÂN DÂN|HĐND)\b/u.test(name)) return 'HĐND';
  name = name.replace(/ỦY BAN NHÂN DÂN/gu, 'UBND').replace(/HỘI ĐỒNG NHÂN DÂN/gu, 'HĐND');
  // the place after TỈNH / THÀNH PHỐ is not part of the abbreviation
  name = name.replace(/\s+(TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG)(\s.*)?$/u, '');
  const out = name
    .split(/[\s,-]+/)
    .filter((w) => w !== '' && w !== 'VÀ')
    .map((w) => (/^(UBND|HĐND)$/u.test(w) ? w : w.charAt(0)))
    .join('');
  return /^[\p{Lu}\p{N}]{2,12}$/u.test(out) ? out : null;
}

/** Replaces each `${%n:…}` with the next placeholder number, and ends with `$0`. */
function numberPlaceholders(snippet: string): string {
  let n = 0;
  return snippet.replace(/\$\{%n:/g, () => `\${${++n}:`) + '$0';
}

/** A snippet's text with its placeholders' defaults (for clients without snippet support, and docs). */
export function stripSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^{}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

function headingDoc(t: DocType): { kind: 'markdown'; value: string } {
  const lines = [`**${t.heading}**: ${t.name}`];
  if (t.abbrev) lines.push(`- Ký hiệu: \`Số: …/${t.abbrev}-…\``);
  if (t.trichYeu) lines.push('- Có trích yếu ngay dưới tên loại');
  if (t.canCu) lines.push('- Có phần căn cứ ban hành');
  if (t.kinhGui === 'upward') lines.push('- Ghi “Kính gửi:” khi gửi cơ quan cấp trên');
  return { kind: MarkupKind.Markdown, value: lines.join('\n') };
}
