/**
 * Outline and folding from the cached document model: the parts of the văn bản (Quốc hiệu … Phụ lục)
 * as top-level DocumentSymbols, the body's sections (I., 1., Điều N., a)) nested under "Nội dung";
 * folding ranges for the sections, the Kính gửi list, the căn cứ block, the Nơi nhận block and the
 * appendices.
 */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from 'vscode-languageserver/node';
import type { Section, VanBan } from '../engine';
import type { Line } from '../engine/model/vanban';
import { spanRange, type Span } from './ranges';

const SECTION_KIND: Record<Section['kind'], SymbolKind> = {
  phan: SymbolKind.Module,
  chuong: SymbolKind.Namespace,
  muc: SymbolKind.Package,
  roman: SymbolKind.Namespace,
  dieu: SymbolKind.Class,
  khoan: SymbolKind.Field,
  sub: SymbolKind.Property,
  diem: SymbolKind.EnumMember,
};

const SECTION_NAME: Record<Section['kind'], string> = {
  phan: 'Phần',
  chuong: 'Chương',
  muc: 'Mục',
  roman: 'Phần',
  dieu: 'Điều',
  khoan: 'Khoản',
  sub: 'Tiểu mục',
  diem: 'Điểm',
};

export function documentSymbols(vb: VanBan): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const add = (name: string, kind: SymbolKind, span: Span | null | undefined, detail?: string, children?: DocumentSymbol[]) => {
    if (!span || span.end < span.start) return;
    const range = spanRange(vb, span);
    out.push({ name, kind, detail: detail === undefined ? undefined : short(detail), range, selectionRange: range, children });
  };
  add('Quốc hiệu', SymbolKind.String, vb.quocHieu, vb.quocHieu?.text);
  add('Tiêu ngữ', SymbolKind.String, vb.tieuNgu, vb.tieuNgu?.text);
  const issuer = vb.issuer.parent && vb.issuer.name ? join(vb.issuer.parent, vb.issuer.name) : vb.issuer.name;
  add('Cơ quan', SymbolKind.Constant, issuer, [vb.issuer.parent?.text, vb.issuer.name?.text].filter(Boolean).join(' / '));
  add('Số', SymbolKind.Key, vb.soKyHieu, vb.soKyHieu ? vb.text.slice(vb.soKyHieu.start, vb.soKyHieu.end) : undefined);
  add('Địa danh và ngày', SymbolKind.Event, vb.placeDate, vb.placeDate ? vb.text.slice(vb.placeDate.start, vb.placeDate.end) : undefined);
  for (const m of vb.markings) add('Độ mật, độ khẩn', SymbolKind.Constant, m, m.text);
  add('Tên loại', SymbolKind.Class, vb.tenLoai, vb.tenLoai?.text);
  add('Trích yếu', SymbolKind.String, vb.trichYeu, vb.trichYeu?.text);
  if (vb.kinhGui) {
    const kg = vb.kinhGui;
    const last = kg.items[kg.items.length - 1] ?? kg.inline;
    const recipients = kg.inline ? [kg.inline.text] : kg.items.map((i) => i.text);
    add('Kính gửi', SymbolKind.Array, last ? join(kg.label, last) : kg.label, recipients.join(' '), itemSymbols(vb, kg.items));
  }
  if (vb.canCu.length > 0) add('Căn cứ', SymbolKind.Array, join(vb.canCu[0], vb.canCu[vb.canCu.length - 1]), `${vb.canCu.length} căn cứ`, itemSymbols(vb, vb.canCu));
  const body = bodySpan(vb);
  if (body) add('Nội dung', SymbolKind.Namespace, body, undefined, sectionSymbols(vb, vb.sections, lastBodyLine(vb)));
  if (vb.noiNhan) {
    const nn = vb.noiNhan;
    const last = nn.items[nn.items.length - 1];
    add('Nơi nhận', SymbolKind.Array, last ? join(nn.label, last) : nn.label, `${nn.items.length} nơi nhận`, itemSymbols(vb, nn.items));
  }
  add('Chữ ký', SymbolKind.Object, vb.signature, vb.signature ? [...vb.signature.lines.map((l) => l.text), vb.signature.name?.text].filter(Boolean).join(' / ') : undefined);
  vb.phuLuc.headings.forEach((h, i) => {
    const next = vb.phuLuc.headings[i + 1];
    const endLine = next ? vb.lines.filter((l) => l.end < next.start).pop() : vb.lines[vb.lines.length - 1];
    add('Phụ lục', SymbolKind.Module, endLine && endLine.end > h.end ? { start: h.start, end: endLine.end } : h, h.text);
  });
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The outline flattened, for clients without hierarchicalDocumentSymbolSupport. */
export function flatSymbols(symbols: DocumentSymbol[], uri: string, container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: container },
    ...flatSymbols(s.children ?? [], uri, s.name),
  ]);
}

export function foldingRanges(vb: VanBan): FoldingRange[] {
  const out: FoldingRange[] = [];
  const fold = (start: number, end: number) => {
    if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
  };
  const lineOf = (offset: number) => spanRange(vb, { start: offset, end: offset }).start.line;
  if (vb.kinhGui && vb.kinhGui.items.length > 0) fold(lineOf(vb.kinhGui.label.start), lineOf(vb.kinhGui.items[vb.kinhGui.items.length - 1].end));
  if (vb.canCu.length > 1) fold(lineOf(vb.canCu[0].start), lineOf(vb.canCu[vb.canCu.length - 1].end));
  const walk = (sections: Section[], limit: Line | undefined) => {
    sections.forEach((s, i) => {
      const end = sectionEnd(vb, s, sections[i + 1], limit);
      if (end) fold(s.line.lineNo, end.lineNo);
      walk(s.children, end);
    });
  };
  walk(vb.sections, lastBodyLine(vb));
  if (vb.noiNhan && vb.noiNhan.items.length > 0) fold(lineOf(vb.noiNhan.label.start), lineOf(vb.noiNhan.items[vb.noiNhan.items.length - 1].end));
  vb.phuLuc.headings.forEach((h, i) => {
    const next = vb.phuLuc.headings[i + 1];
    const endLine = next ? vb.lines.filter((l) => l.end < next.start).pop() : vb.lines[vb.lines.length - 1];
    if (endLine) fold(lineOf(h.start), endLine.lineNo);
  });
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function sectionSymbols(vb: VanBan, sections: Section[], limit: Line | undefined): DocumentSymbol[] {
  return sections.map((s, i) => {
    const end = sectionEnd(vb, s, sections[i + 1], limit) ?? s.line;
    const title = s.line.text.slice(s.marker.end - s.line.start).trim();
    const range = spanRange(vb, { start: s.line.start, end: Math.max(end.end, s.line.end) });
    return {
      name: short(`${s.marker.text.trim()} ${title}`.trim()),
      detail: SECTION_NAME[s.kind],
      kind: SECTION_KIND[s.kind],
      range,
      selectionRange: spanRange(vb, s.marker),
      children: sectionSymbols(vb, s.children, end),
    };
  });
}

/** The last content line of a section: the line before the next section of its level (or above), within `limit`. */
function sectionEnd(vb: VanBan, s: Section, next: Section | undefined, limit: Line | undefined): Line | undefined {
  const stop = next ? next.line.start : limit ? limit.end + 1 : Infinity;
  // the last line starting before `stop` (lines are in order)
  const lines = vb.lines;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start < stop) lo = mid + 1;
    else hi = mid;
  }
  const last = lines[lo - 1];
  return last && last.start >= s.line.start ? last : undefined;
}

function lastBodyLine(vb: VanBan): Line | undefined {
  return vb.bodyEnd > vb.bodyStart ? vb.lines[vb.bodyEnd - 1] : undefined;
}

/** The body after the căn cứ block, up to the last content line before the footer. */
function bodySpan(vb: VanBan): Span | null {
  const last = lastBodyLine(vb);
  if (!last) return null;
  const afterCanCu = vb.canCu.length > 0 ? vb.canCu[vb.canCu.length - 1].end : -1;
  const first = vb.lines.slice(vb.bodyStart, vb.bodyEnd).find((l) => l.start > afterCanCu);
  if (!first) return null;
  return { start: first.start, end: last.end };
}

function itemSymbols(vb: VanBan, items: { start: number; end: number; text: string }[]): DocumentSymbol[] {
  return items.map((it) => {
    const range = spanRange(vb, it);
    return { name: short(it.text.replace(/^[-–+•]\s*/, '')), kind: SymbolKind.String, range, selectionRange: range };
  });
}

function join(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? one.slice(0, 79) + '…' : one || '(trống)';
}

