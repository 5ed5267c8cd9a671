/**
 * The quick-fix menu as the client shows it. The server offers, per finding, "Bỏ qua lỗi này" and, per
 * rule, "Tắt quy tắc … cho tệp này" and "… cho cả thư mục" (kinds quickfix.thethuc.ignore and
 * quickfix.thethuc.disable): three rows per finding, nine on a line with three findings, burying the
 * fixes. Other editors get those rows as the server sends them; in VS Code they become ONE row at the
 * end of the menu, "Bỏ qua lỗi hoặc tắt quy tắc…", which opens a picker with the same choices (and each
 * rule's documentation). A request for those kinds themselves (context.only) is passed through.
 */
import * as vscode from 'vscode';
import { t } from './i18n';
// Type-only: the shapes of the server's command arguments.
import type { DisableRuleArgs, IgnoreFindingArgs } from '../../server/src/lsp/protocol';

export const IGNORE_KIND = 'quickfix.thethuc.ignore';
export const DISABLE_KIND = 'quickfix.thethuc.disable';
/** The kind of the one row that replaces them. */
export const SUPPRESS_KIND = vscode.CodeActionKind.QuickFix.append('thethuc').append('suppress');
/** The client's command behind that row (registered in commands.ts, not in the command palette). */
export const CHOOSE_SUPPRESSION = 'thethuc.chooseSuppression';

export interface SuppressionChoice {
  label: string;
  description?: string;
  command: vscode.Command;
}

type Actions = (vscode.Command | vscode.CodeAction)[] | null | undefined;

function isSuppression(a: vscode.Command | vscode.CodeAction): a is vscode.CodeAction {
  const kind = (a as vscode.CodeAction).kind?.value;
  return kind === IGNORE_KIND || kind === DISABLE_KIND;
}

/** Replaces the ignore/disable actions of a general request by one row; anything else is left as it is. */
export function groupSuppressions(actions: Actions, only: vscode.CodeActionKind | undefined, showRuleDocs: string): Actions {
  if (!actions || (only && only.value !== '' && only.value !== vscode.CodeActionKind.QuickFix.value)) return actions;
  const suppressions = actions.filter(isSuppression);
  if (suppressions.length === 0) return actions;
  const choices: SuppressionChoice[] = [];
  const rules: string[] = [];
  for (const a of suppressions) {
    if (!a.command) continue;
    const arg = a.command.arguments?.[0] as Partial<IgnoreFindingArgs & DisableRuleArgs> | undefined;
    const rule = typeof arg?.rule === 'string' ? arg.rule : undefined;
    if (rule && !rules.includes(rule)) rules.push(rule);
    // Both kinds write their choice into the project's .thethucrc.json, never into the draft.
    choices.push({ label: choiceLabel(a, arg), description: '.thethucrc.json', command: a.command });
  }
  for (const rule of rules) {
    choices.push({ label: t('Read the documentation of the rule {0}', rule), command: { title: rule, command: showRuleDocs, arguments: [rule] } });
  }
  const title = t('Ignore the finding or turn off the rule…');
  const row = new vscode.CodeAction(title, SUPPRESS_KIND);
  row.command = { title, command: CHOOSE_SUPPRESSION, arguments: [choices] };
  return [...actions.filter((a) => !isSuppression(a)), row];
}

function choiceLabel(a: vscode.CodeAction, arg: Partial<IgnoreFindingArgs & DisableRuleArgs> | undefined): string {
  if (!arg?.rule) return a.title;
  if (a.kind?.value === IGNORE_KIND && typeof arg.text === 'string') return t('Ignore this finding ({0}: “{1}”)', arg.rule, shorten(arg.text));
  if (arg.scope === 'file') return t('Turn off the rule {0} for this file', arg.rule);
  if (arg.scope === 'folder') return t('Turn off the rule {0} for the whole folder', arg.rule);
  return a.title;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? oneLine.slice(0, 39) + '…' : oneLine;
}

/** The picker behind the row: runs the chosen server command (or opens the rule's page). */
export async function chooseSuppression(choices: unknown): Promise<unknown> {
  if (!Array.isArray(choices) || choices.length === 0) return undefined;
  const picked = await vscode.window.showQuickPick(choices as SuppressionChoice[], {
    title: 'Thể thức',
    placeHolder: t('Ignore the finding or turn off the rule'),
  });
  if (!picked) return undefined;
  return vscode.commands.executeCommand(picked.command.command, ...(picked.command.arguments ?? []));
}
