/**
 * Commands the server executes (workspace/executeCommand, advertised in executeCommandProvider):
 *
 * - `thethuc.ignoreFinding` [{ uri, rule, text }]: adds { rule, text } to `ignore` of the nearest
 *   .thethucrc.json above the document (created in the document's folder if there is none), then
 *   re-checks the open documents. Returns { path, created, changed }.
 * - `thethuc.disableRule` [{ uri, rule, scope: "file" | "folder" }]: adds
 *   { files: ["<file>" | "<folder>/**"], rules: { <rule>: "off" } } to `overrides` of that file, then
 *   re-checks. Returns { path, created, changed, pattern }.
 * - `thethuc.fixAll` [{ uri, rule? }] (or [uri]): applies "Sửa tất cả" (only that rule's fixes when
 *   `rule` is given) through workspace/applyEdit. Returns { applied, count }.
 *
 * Nothing is ever written into the draft itself.
 */
import { ResponseError, ErrorCodes, MessageType, ShowMessageNotification, type Connection, type ExecuteCommandParams, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleById } from '../engine';
import { clip } from '../engine/limits';
import { addIgnoreEntry, addRuleOverride, uriToPath } from './projectConfig';
import { COMMANDS, type DisableRuleArgs, type IgnoreFindingArgs } from './protocol';
import type { Validator } from './validator';
import { fixAllEdit } from './codeActions';

export interface CommandContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  validator: Validator;
}

export async function executeCommand(params: ExecuteCommandParams, ctx: CommandContext): Promise<unknown> {
  const arg = params.arguments?.[0];
  switch (params.command) {
    case COMMANDS.ignoreFinding: {
      const a = arg as Partial<IgnoreFindingArgs> | undefined;
      if (!a || typeof a.uri !== 'string' || typeof a.rule !== 'string' || typeof a.text !== 'string' || a.text === '') {
        throw invalid('thethuc.ignoreFinding cần tham số { uri, rule, text }.');
      }
      const path = filePath(a.uri);
      knownRule(a.rule);
      return writeThenRecheck(ctx, () => addIgnoreEntry(path, { rule: a.rule!, text: a.text! }));
    }
    case COMMANDS.disableRule: {
      const a = arg as Partial<DisableRuleArgs> | undefined;
      if (!a || typeof a.uri !== 'string' || typeof a.rule !== 'string' || (a.scope !== 'file' && a.scope !== 'folder')) {
        throw invalid('thethuc.disableRule cần tham số { uri, rule, scope: "file" | "folder" }.');
      }
      const path = filePath(a.uri);
      knownRule(a.rule);
      return writeThenRecheck(ctx, () => addRuleOverride(path, a.rule!, a.scope!));
    }
    case COMMANDS.fixAll: {
      const uri = typeof arg === 'string' ? arg : (arg as { uri?: unknown } | undefined)?.uri;
      if (typeof uri !== 'string') throw invalid('thethuc.fixAll cần tham số { uri }.');
      const rule = typeof arg === 'object' && arg !== null ? (arg as { rule?: unknown }).rule : undefined;
      if (rule !== undefined && typeof rule !== 'string') throw invalid('thethuc.fixAll: "rule" là mã một quy tắc.');
      if (rule !== undefined) knownRule(rule);
      const doc = ctx.documents.get(uri);
      if (!doc) throw invalid(`Văn bản ${clip(uri, 200)} chưa được mở.`);
      const result = await ctx.validator.current(doc);
      const all = result ? fixAllEdit(doc, result, rule) : null;
      if (!all) return { applied: false, count: 0 };
      const applied = await ctx.connection.workspace.applyEdit({ label: 'Sửa tất cả', edit: all.edit });
      return { applied: applied.applied, count: all.count };
    }
    default:
      throw invalid(`Lệnh không được hỗ trợ: ${clip(String(params.command))}.`);
  }
}

function writeThenRecheck<T>(ctx: CommandContext, write: () => T): T {
  let result: T;
  try {
    result = write();
  } catch (err) {
    const message = `Không ghi được cấu hình: ${(err as Error).message}`;
    void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
    throw new ResponseError(ErrorCodes.InternalError, message);
  }
  ctx.validator.revalidateAll();
  return result;
}

function filePath(uri: string): string {
  const path = uriToPath(uri);
  if (path === null) throw invalid('Chỉ lưu được lựa chọn cho văn bản đã lưu thành tệp (không phải bản nháp chưa đặt tên).');
  return path;
}

function knownRule(id: string): void {
  if (!ruleById(id)) throw invalid(`Không có quy tắc nào mang mã "${clip(id)}".`);
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}
