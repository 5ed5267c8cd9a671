/**
 * Word files in the editor:
 * - "Thể thức: Xuất tệp Word (.docx)" asks the server for the active draft laid out as Phụ lục I says
 *   (`thethuc/exportDocx`) and saves it where the user picks (the draft's name with .docx by default);
 * - "Thể thức: Kiểm tra tệp Word (.docx)" (also on .docx files in the Explorer) sends a Word file to
 *   the server (`thethuc/checkDocx`), opens the text read from it as a read-only document and shows
 *   the findings there as diagnostics, each saying which paragraph (or table cell) it is in.
 */
import * as vscode from 'vscode';
import { t } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DocumentGate } from './gate';
import type { CheckDocxParams, CheckDocxResult, ExportDocxParams, ExportDocxResult } from '../../server/src/lsp/protocol';

export const EXPORT_DOCX_REQUEST = 'thethuc/exportDocx';
export const CHECK_DOCX_REQUEST = 'thethuc/checkDocx';
export const DOCX_SCHEME = 'thethuc-docx';

const SEVERITY: Record<CheckDocxResult['findings'][number]['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class WordFiles implements vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('thethuc-docx');
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: () => LanguageClient | undefined, private readonly gate: DocumentGate) {
    this.subscriptions = [
      vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, {
        onDidChange: this.changed.event,
        provideTextDocumentContent: (uri) => this.texts.get(uri.toString()) ?? '',
      }),
      this.diagnostics,
      this.changed,
    ];
  }

  private running(): LanguageClient | undefined {
    const c = this.client();
    if (!c?.isRunning()) {
      void vscode.window.showErrorMessage(t('The Thể thức language server is not running. See the "Thể thức" output for details.'));
      return undefined;
    }
    return c;
  }

  /** Saves the active draft as .docx; answers the file written. */
  async exportDocx(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.gate.inScope(editor.document)) {
      void vscode.window.showWarningMessage(t('Open a văn bản (.vanban, plain text or Markdown) in the editor first.'));
      return undefined;
    }
    const c = this.running();
    if (!c) return undefined;
    const doc = editor.document;
    await this.gate.force(doc);
    let out = target;
    if (!out) {
      const base = doc.uri.scheme === 'file' ? vscode.Uri.file(doc.uri.fsPath.replace(/\.[^./\\]*$/, '') + '.docx') : undefined;
      out = await vscode.window.showSaveDialog({ defaultUri: base, filters: { Word: ['docx'] }, title: t('Export to Word (.docx)') });
      if (!out) return undefined;
    }
    try {
      const params: ExportDocxParams = { uri: c.code2ProtocolConverter.asUri(doc.uri) };
      const result = await c.sendRequest<ExportDocxResult>(EXPORT_DOCX_REQUEST, params);
      await vscode.workspace.fs.writeFile(out, Buffer.from(result.base64, 'base64'));
    } catch (err) {
      void vscode.window.showErrorMessage(t('The export failed: {0}', (err as Error).message ?? String(err)));
      return undefined;
    }
    void vscode.window.setStatusBarMessage(t('Exported {0}', out.path.split('/').pop() ?? ''), 5000);
    return out;
  }

  /** Checks a .docx; answers the read-only document holding its text, with the findings on it. */
  async checkDocx(file?: vscode.Uri): Promise<{ uri: vscode.Uri; diagnostics: vscode.Diagnostic[] } | undefined> {
    let uri = file instanceof vscode.Uri ? file : undefined;
    if (!uri) {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Word: ['docx'] }, title: t('Check a Word file (.docx)') });
      uri = picked?.[0];
      if (!uri) return undefined;
    }
    const c = this.running();
    if (!c) return undefined;
    let result: CheckDocxResult;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const params: CheckDocxParams = { uri: c.code2ProtocolConverter.asUri(uri), base64: Buffer.from(bytes).toString('base64') };
      result = await c.sendRequest<CheckDocxResult>(CHECK_DOCX_REQUEST, params);
    } catch (err) {
      void vscode.window.showErrorMessage(t('Cannot read {0}: {1}', uri.path.split('/').pop() ?? '', (err as Error).message ?? String(err)));
      return undefined;
    }
    const view = vscode.Uri.from({ scheme: DOCX_SCHEME, path: `${uri.path}.txt`, query: uri.toString() });
    this.texts.set(view.toString(), result.text);
    this.changed.fire(view);
    const doc = await vscode.workspace.openTextDocument(view);
    const diagnostics = result.findings.map((f) => {
      const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), `${f.message} (${f.where})`, SEVERITY[f.severity]);
      d.source = 'thethuc';
      d.code = f.rule;
      return d;
    });
    this.diagnostics.set(view, diagnostics);
    await vscode.window.showTextDocument(doc, { preview: false });
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const f of result.findings) counts[f.severity]++;
    void vscode.window.showInformationMessage(
      t('{0}: {1} errors, {2} warnings, {3} information, {4} hints', uri.path.split('/').pop() ?? '', counts.error, counts.warning, counts.info, counts.hint),
    );
    return { uri: view, diagnostics };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
