/** From the document model's spans (offsets in the normalised text) to LSP ranges in the user's text. */
import type { Range } from 'vscode-languageserver/node';
import type { VanBan } from '../engine';

export interface Span {
  start: number;
  end: number;
}

/** A span of doc.text as a span of the original text. */
export function originalSpan(doc: VanBan, span: Span): Span {
  return doc.source.spanToOriginal(span);
}

/** A span of doc.text as an LSP range (0-based lines, UTF-16 columns of the original text). */
export function spanRange(doc: VanBan, span: Span): Range {
  const s = doc.source.spanToOriginal(span);
  return { start: doc.source.position(s.start), end: doc.source.position(s.end) };
}

/** Whether an offset of the original text falls on a span of doc.text (its ends included). */
export function spanContains(doc: VanBan, span: Span, originalOffset: number): boolean {
  const s = doc.source.spanToOriginal(span);
  return originalOffset >= s.start && originalOffset <= s.end;
}
