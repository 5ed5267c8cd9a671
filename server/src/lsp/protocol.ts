/**
 * The server's own protocol surface, beyond standard LSP (type-only imports are safe for the client):
 *
 * initializationOptions: { docsBaseUri?: string, debounceMs?: number }  base URI of docs/rules/ for
 *   codeDescription.href; the wait after the last edit before checking (default 150 ms)
 *
 * Requests:
 * - `thethuc/checkDocument` CheckDocumentParams → CheckDocumentResult: the findings of an open
 *   document in the given mode (the "Kiểm tra trước khi ký" command asks with mode "final").
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
