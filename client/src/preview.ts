/**
 * "Thể thức: Xem trước bản in": a webview beside the editor showing the draft on A4 pages in the
 * decree's layout. The language server lays the document out (`thethuc/preview`: the engine's layout
 * model as HTML, the findings marked in place); the webview (webview.ts) cuts it into pages.
 *
 * - Updated as the user types: ~100 ms after the last change the server is asked again.
 * - Scroll kept in step both ways: the editor's first visible line scrolls the preview, the preview's
 *   first paragraph on screen scrolls the editor (each side ignores the echo of its own move).
 * - A click on a mark selects the finding's range in the editor.
 * - Strict CSP: default-src 'none'; the one style element and the one script carry a nonce; no
 *   remote or local resources (the fonts are the system's Times New Roman or its metric twin).
 * - State (scroll position) kept with getState/setState in the webview, not retainContextWhenHidden.
 * - It follows the active editor when that holds another văn bản.
 */
import * as vscode from 'vscode';
import { t } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DocumentGate } from './gate';
import { webviewMain } from './webview';
import type { PreviewParams, PreviewResult } from '../../server/src/lsp/protocol';

export const PREVIEW_REQUEST = 'thethuc/preview';
export const VIEW_TYPE = 'thethuc.preview';
const UPDATE_MS = 50;
const ECHO_MS = 350;

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

const SHELL_CSS = `
html,body{margin:0;padding:0}
body{background:var(--vscode-editorWidget-background,#e8e8e8);color:#000;padding:12px 0}
#pages{width:210mm;margin:0 auto}
.page{position:relative;width:210mm;height:297mm;background:#fff;margin:0 auto 12px;box-shadow:0 1px 4px rgba(0,0,0,.35);overflow:hidden}
.page .area{position:absolute;left:30mm;top:20mm;width:165mm;overflow:hidden}
.page .area .flow{position:relative}
.page .num{position:absolute;top:10mm;left:30mm;width:165mm;text-align:center;font:14pt/1.15 "Times New Roman","Liberation Serif",serif;color:#000}
#measure{position:absolute;left:-10000px;top:0;visibility:hidden}
#notes{max-width:210mm;margin:0 auto;font:13px var(--vscode-font-family,sans-serif);color:var(--vscode-foreground)}
#notes .note{padding:4px 8px;margin-bottom:6px;border-left:3px solid #888;background:var(--vscode-editor-background);cursor:pointer}
#notes .f-error{border-color:#e51400}#notes .f-warning{border-color:#bf8803}#notes .f-info{border-color:#1a85ff}
#tip{position:fixed;z-index:10;max-width:320px;padding:4px 8px;font:12px var(--vscode-font-family,sans-serif);white-space:pre-wrap;background:var(--vscode-editorHoverWidget-background,#fff);color:var(--vscode-editorHoverWidget-foreground,#000);border:1px solid var(--vscode-editorHoverWidget-border,#888)}
`;

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private marks: PreviewResult['marks'] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** An update is being asked for; another one waits until it is answered. */
  private busy = false;
  private again = false;
  private quietEditorUntil = 0;
  private quietPreviewUntil = 0;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The last version shown (tests read it). */
  shownVersion = -1;

  constructor(private readonly client: () => LanguageClient | undefined, private readonly gate: DocumentGate) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.doc) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && editor.document !== this.doc && this.gate.inScope(editor.document)) void this.show(editor.document, true);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (!this.panel || e.textEditor.document !== this.doc || Date.now() < this.quietEditorUntil) return;
        const line = e.visibleRanges[0]?.start.line;
        if (line === undefined) return;
        this.quietPreviewUntil = Date.now() + ECHO_MS;
        void this.panel.webview.postMessage({ type: 'reveal', line });
      }),
    );
  }

  /** Opens (or moves) the preview beside the editor of `doc`. */
  async show(doc: vscode.TextDocument, keepFocus = false): Promise<void> {
    this.doc = doc;
    await this.gate.force(doc);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        t('Print preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.doc = undefined;
      });
      this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m));
      this.panel.webview.html = this.html();
    } else if (!keepFocus) {
      this.panel.reveal(undefined, true);
    }
    this.panel.title = `${t('Print preview')}: ${doc.uri.path.split('/').pop()}`;
    await this.update();
  }

  get visible(): boolean {
    return !!this.panel;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_MS);
  }

  private async update(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return;
    }
    const c = this.client();
    const doc = this.doc;
    if (!this.panel || !doc || !c?.isRunning()) return;
    this.busy = true;
    try {
      for (let attempt = 0; attempt < 5; attempt++) {
        let result: PreviewResult | undefined;
        try {
          const params: PreviewParams = { uri: c.code2ProtocolConverter.asUri(doc.uri) };
          result = await c.sendRequest<PreviewResult>(PREVIEW_REQUEST, params);
        } catch {
          // the document changed while it was laid out (ContentModified): ask again
          await new Promise((r) => setTimeout(r, 30));
          continue;
        }
        if (doc !== this.doc || !this.panel) return;
        this.marks = result.marks;
        this.shownVersion = result.version;
        await this.panel.webview.postMessage({ type: 'render', data: result });
        if (result.version >= doc.version) break;
      }
    } finally {
      this.busy = false;
      if (this.again) {
        this.again = false;
        void this.update();
      }
    }
  }

  private onMessage(m: { type?: string; index?: number; line?: number }): void {
    const doc = this.doc;
    if (!doc) return;
    if (m.type === 'ready') void this.update();
    else if (m.type === 'select' && typeof m.index === 'number') {
      const mark = this.marks[m.index];
      if (!mark) return;
      const range = new vscode.Range(mark.range.start.line, mark.range.start.character, mark.range.end.line, mark.range.end.character);
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      void vscode.window.showTextDocument(doc, { viewColumn: editor?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    } else if (m.type === 'scrolled' && typeof m.line === 'number') {
      if (Date.now() < this.quietPreviewUntil) return;
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      if (!editor) return;
      this.quietEditorUntil = Date.now() + ECHO_MS;
      editor.revealRange(new vscode.Range(m.line, 0, m.line, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  private html(): string {
    const n = nonce();
    const csp = `default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}'; img-src 'none'; font-src 'none'`;
    return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${n}">${SHELL_CSS}</style>
<style nonce="${n}" id="flowcss"></style>
</head><body>
<div id="notes"></div>
<div id="pages"></div>
<div id="measure" class="flow" aria-hidden="true"></div>
<div id="tip" hidden></div>
<script nonce="${n}">(${webviewMain.toString()})();</script>
</body></html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
