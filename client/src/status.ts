/**
 * The status bar item: the checking mode (Nháp / Trước khi ký) and the number of Thể thức findings in
 * the active document (its diagnostics with source "thethuc"). Clicking it toggles the mode.
 */
import * as vscode from 'vscode';
import type { DocumentGate } from './gate';

export const SOURCE = 'thethuc';
export type Mode = 'draft' | 'final';

export function modeOf(uri?: vscode.Uri): Mode {
  return vscode.workspace.getConfiguration('thethuc', uri).get<string>('mode') === 'final' ? 'final' : 'draft';
}

export function modeLabel(mode: Mode): string {
  return mode === 'final' ? vscode.l10n.t('Before signing') : vscode.l10n.t('Draft');
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

/** Counts the document's Thể thức diagnostics by severity. */
export function countFindings(uri: vscode.Uri): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of vscode.languages.getDiagnostics(uri)) {
    if (d.source !== SOURCE) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
    else if (d.severity === vscode.DiagnosticSeverity.Information) counts.info++;
    else counts.hint++;
  }
  return counts;
}

export function total(c: Counts): number {
  return c.error + c.warning + c.info + c.hint;
}

export function findingsLabel(n: number): string {
  return n === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', n);
}

export function countsSummary(c: Counts): string {
  return vscode.l10n.t('{0} errors, {1} warnings, {2} information, {3} hints', c.error, c.warning, c.info, c.hint);
}

export class ModeStatus implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly gate: DocumentGate,
    toggleCommand: string,
  ) {
    this.item = vscode.window.createStatusBarItem('thethuc.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Thể thức');
    this.item.command = toggleCommand;
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('thethuc')) this.update();
      }),
      gate.onDidChange(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.gate.isChecked(doc)) {
      this.item.hide();
      return;
    }
    const mode = modeOf(doc.uri);
    const counts = countFindings(doc.uri);
    const n = total(counts);
    const icon = counts.error > 0 ? '$(error)' : n > 0 ? '$(warning)' : '$(check)';
    this.item.text = `$(law) ${modeLabel(mode)} ${icon} ${n}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${vscode.l10n.t('Thể thức')}** — ${vscode.l10n.t('mode: {0}', modeLabel(mode))}\n\n`);
    tooltip.appendText(`${findingsLabel(n)}: ${countsSummary(counts)}`);
    tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Click to switch between draft and before-signing mode.')}`);
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `${vscode.l10n.t('Thể thức')}: ${modeLabel(mode)}, ${findingsLabel(n)}` };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
