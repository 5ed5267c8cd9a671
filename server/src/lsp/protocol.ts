/**
 * The server's own protocol surface, beyond standard LSP (type-only imports are safe for the client):
 *
 * initializationOptions: { docsBaseUri?: string, debounceMs?: number }  base URI of docs/rules/ for
 *   codeDescription.href; the wait after the last edit before checking (default 150 ms)
 *
 * Requests:
 * - `thethuc/checkDocument` CheckDocumentParams → CheckDocumentResult: the findings of an open
 *   document in the given mode (the "Kiểm tra trước khi ký" command asks with mode "final").
 * - `thethuc/preview` PreviewParams → PreviewResult: the open document laid out as Phụ lục I says
 *   (the engine's layout model rendered as HTML, with its CSS), its findings marked in place; the
 *   "Xem trước bản in" webview cuts it into A4 pages.
 * - `thethuc/exportDocx` ExportDocxParams → ExportDocxResult: the same layout as a .docx (base64).
 * - `thethuc/checkDocx` CheckDocxParams → CheckDocxResult: a Word file (base64) checked, typography
 *   included; the text read from it and its findings, each placed in a paragraph. A file that is not
 *   a readable .docx is answered with InvalidParams and a Vietnamese message.
 *
 * Commands (workspace/executeCommand; the server registers them through executeCommandProvider, so
 * the client must not register the same ids itself):
 * - `thethuc.ignoreFinding` [IgnoreFindingArgs] → ConfigWriteResult: adds { rule, text } to `ignore` of the
 *   nearest .thethucrc.json above the document (created in the document's folder when there is none);
 * - `thethuc.disableRule` [DisableRuleArgs] → ConfigWriteResult with `pattern`: adds
 *   { files: [pattern], rules: { <rule>: "off" } } to `overrides` of that file; pattern is the document's
 *   path ("du-thao/cong-van.txt") or its folder ("du-thao/**"), relative to the config file's folder;
 * - `thethuc.fixAll` [FixAllArgs] → FixAllResult: applies "Sửa tất cả" with workspace/applyEdit (only
 *   one rule's fixes when `rule` is given).
 * Both config commands re-check the open documents; they refuse untitled documents and a config file
 * that is not a JSON object (InvalidParams / InternalError, with a window/showMessage in Vietnamese).
 *
 * Code action kinds: quickfix (the rules' fixes, preferred; "Sửa tất cả lỗi … trong tệp", which runs
 * thethuc.fixAll), source.fixAll.thethuc ("Sửa tất cả"),
 * quickfix.thethuc.ignore ("Bỏ qua lỗi này"), quickfix.thethuc.disable ("Tắt quy tắc … cho tệp này / cho
 * cả thư mục"; the last two carry a command, never an edit of the draft).
 *
 * Diagnostic codes beyond the rule ids: "tep-qua-lon" (over thethuc.maxFileSize), "cau-hinh" (the
 * .thethucrc.json is invalid; checked with the defaults), "loi-noi-bo" (the engine failed on the text).
 */
import type { Range } from 'vscode-languageserver/node';

export interface InitializationOptions {
  /** e.g. the extension's docs/rules folder as a file URI; "<docsBaseUri>/<rule id>.md" is each rule's page. */
  docsBaseUri?: string;
  /** Milliseconds to wait after the last edit before checking (default 150; 0 checks at once, as the benchmark does). */
  debounceMs?: number;
}

export const CHECK_DOCUMENT = 'thethuc/checkDocument';

export interface CheckDocumentParams {
  uri: string;
  mode: 'draft' | 'final';
}

export interface CheckDocumentFinding {
  /** Rule id, or "tep-qua-lon" / "cau-hinh" for the notes about the file itself. */
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  range: Range;
}

export interface CheckDocumentResult {
  findings: CheckDocumentFinding[];
  counts: { error: number; warning: number; info: number; hint: number };
}

export const PREVIEW = 'thethuc/preview';

export interface PreviewParams {
  uri: string;
}

export interface PreviewMark {
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  range: Range;
}

export interface PreviewResult {
  /** The document version laid out. */
  version: number;
  /** The flow: tables, paragraphs (each with data-line, its 0-based line) and rule lines. */
  html: string;
  /** Its styles (classes only: the webview's CSP allows no style attribute). */
  css: string;
  /** The page: A4, margins, the page number's size and the first page it shows on. */
  page: { widthMm: number; heightMm: number; margin: { top: number; bottom: number; left: number; right: number }; headerMm: number; font: string; pageNumber: { sizePt: number; fromPage: number } };
  /** The findings; a <mark data-f="i j"> in the flow points at marks[i], marks[j]. */
  marks: PreviewMark[];
  /** Indices of marks on no paragraph (text around the document): listed above the pages. */
  unplaced: number[];
  /** Why there is nothing to lay out (a file over thethuc.maxFileSize), in Vietnamese. */
  note?: string;
}

export const EXPORT_DOCX = 'thethuc/exportDocx';

export interface ExportDocxParams {
  uri: string;
}

export interface ExportDocxResult {
  /** The .docx file, base64. */
  base64: string;
}

export const CHECK_DOCX = 'thethuc/checkDocx';

export interface CheckDocxParams {
  /** The file's URI: its .thethucrc.json and the settings apply. */
  uri: string;
  base64: string;
}

export interface CheckDocxFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  /** Offsets in `text`. */
  start: number;
  end: number;
  /** "đoạn 12", "bảng 1, hàng 2, ô 1 (đoạn 3)". */
  where: string;
  excerpt: string;
}

export interface CheckDocxResult {
  /** The text read from the file, one paragraph a line. */
  text: string;
  findings: CheckDocxFinding[];
}

export const COMMANDS = {
  ignoreFinding: 'thethuc.ignoreFinding',
  disableRule: 'thethuc.disableRule',
  fixAll: 'thethuc.fixAll',
} as const;

export interface IgnoreFindingArgs {
  uri: string;
  rule: string;
  /** The text the finding is on, exactly as in the document. */
  text: string;
}

export interface DisableRuleArgs {
  uri: string;
  rule: string;
  scope: 'file' | 'folder';
}

export interface FixAllArgs {
  uri: string;
  /** Only this rule's fixes ("Sửa tất cả lỗi <rule> trong tệp"); every rule's when absent. */
  rule?: string;
}

export interface ConfigWriteResult {
  /** The .thethucrc.json written. */
  path: string;
  /** Whether it was created. */
  created: boolean;
  /** False when it already held the entry (nothing written). */
  changed: boolean;
  /** thethuc.disableRule only: the pattern in `files`. */
  pattern?: string;
}

export interface FixAllResult {
  applied: boolean;
  /** Findings fixed. */
  count: number;
}
