/**
 * The status bar item: the checking mode (Nháp / Trước khi ký), an icon for the worst severity among
 * the Thể thức findings of the active document (its diagnostics with source "thethuc") and their
 * number. Clicking it toggles the mode. Its texts follow `thethuc.language` (i18n.ts).
 */
import * as vscode from 'vscode';
import type { DocumentGate } from './gate';
import { t } from './i18n';

export const SOURCE = 'thethuc';
export type Mode = 'draft' | 'final';

export function modeOf(uri?: vscode.Uri): Mode {
  return vscode.workspace.getConfiguration('thethuc', uri).get<string>('mode') === 'final' ? 'final' : 'draft';
}

export function modeLabel(mode: Mode): string {
  return mode === 'final' ? t('Before signing') : t('Draft');
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
  return n === 1 ? t('1 finding') : t('{0} findings', n);
}

/** "2 errors, 1 warning" (the severities present, worst first), or "no findings". */
export function countsSummary(c: Counts): string {
  const parts: string[] = [];
  if (c.error) parts.push(c.error === 1 ? t('1 error') : t('{0} errors', c.error));
  if (c.warning) parts.push(c.warning === 1 ? t('1 warning') : t('{0} warnings', c.warning));
  if (c.info) parts.push(c.info === 1 ? t('1 information') : t('{0} information', c.info));
  if (c.hint) parts.push(c.hint === 1 ? t('1 hint') : t('{0} hints', c.hint));
  return parts.length > 0 ? parts.join(', ') : t('no findings');
}

export type Worst = keyof Counts | 'none';

/** The worst severity present. */
export function worstOf(c: Counts): Worst {
  return c.error ? 'error' : c.warning ? 'warning' : c.info ? 'info' : c.hint ? 'hint' : 'none';
}

/** The codicon of the worst severity: the icons VS Code gives errors, warnings, information and hints. */
export const SEVERITY_ICON: Record<Worst, string> = {
  error: '$(error)',
  warning: '$(warning)',
  info: '$(info)',
  hint: '$(lightbulb)',
  none: '$(check)',
};

export class ModeStatus implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly gate: DocumentGate,
    toggleCommand: string,
  ) {
    this.item = vscode.window.createStatusBarItem('thethuc.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Thể thức';
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
    this.item.text = `$(law) ${modeLabel(mode)} ${SEVERITY_ICON[worstOf(counts)]} ${n}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**Thể thức** — ${t('mode: {0}', modeLabel(mode))}\n\n`);
    tooltip.appendText(n > 0 ? `${findingsLabel(n)}: ${countsSummary(counts)}` : t('no findings'));
    tooltip.appendMarkdown(`\n\n${t('Click to switch between draft and before-signing mode.')}`);
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `Thể thức: ${modeLabel(mode)}, ${n > 0 ? countsSummary(counts) : t('no findings')}` };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
