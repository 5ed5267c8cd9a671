/**
 * Which documents the language server sees. `.vanban` files always; plain-text and Markdown files only
 * when they look like a văn bản (see detect.ts) and `thethuc.autoDetect` is on, or when the user runs a
 * Thể thức command on them explicitly.
 *
 * How: the client's documentSelector stays [vanban, plaintext, markdown] and this gate sits in the
 * client middleware. `didOpen` is passed on only for documents that qualify; `didChange` of a document
 * the server does not have yet re-runs the detection on the first lines and, once it qualifies, sends
 * `didOpen` with the current text instead (so typing or pasting a Quốc hiệu into a new file starts the
 * checks); `didClose` is passed on only for documents that were opened. A document stays checked until it
 * is closed, so deleting the header for a moment does not make its findings flicker. Requests
 * (code actions, hover, completion, symbols) for documents the server does not have are answered
 * empty here instead of asking the server.
 *
 * The middleware also shapes two answers for VS Code: the ignore/disable quick fixes become one row
 * (codeActions.ts), and completion items of kind Snippet are shown as Text, because `.vanban` files set
 * `editor.snippetSuggestions: "none"` (package.json, configurationDefaults) to hide VS Code's own list of
 * every contributed snippet, a setting that hides every item of kind Snippet, the server's too.
 */
import * as vscode from 'vscode';
import {
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type LanguageClient,
  type Middleware,
} from 'vscode-languageclient/node';
import { looksLikeVanBan, DETECT_LINES } from './detect';
import { groupSuppressions } from './codeActions';

export const LANGUAGE = 'vanban';
/** Languages checked only when they look like a văn bản. */
export const DETECTED_LANGUAGES = ['plaintext', 'markdown'];
export const LANGUAGES = [LANGUAGE, ...DETECTED_LANGUAGES];
export const SCHEMES = ['file', 'untitled'];

export class DocumentGate {
  /** URIs the server has open (didOpen sent, didClose not yet). */
  private readonly sent = new Set<string>();
  /** URIs the user asked to check explicitly, whatever the detection says. */
  private readonly forced = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document starts or stops being checked. */
  readonly onDidChange = this.changed.event;

  /**
   * @param client the language client, once created
   * @param showRuleDocs the command that opens a rule's page (offered next to the ignore/disable choices)
   */
  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly showRuleDocs = 'thethuc.showRuleDocs',
  ) {}

  /** Whether the document is in the selector at all (language and scheme). */
  inScope(doc: vscode.TextDocument): boolean {
    return LANGUAGES.includes(doc.languageId) && SCHEMES.includes(doc.uri.scheme);
  }

  /** Whether the server should have this document. */
  qualifies(doc: vscode.TextDocument): boolean {
    if (!this.inScope(doc)) return false;
    if (doc.languageId === LANGUAGE || this.forced.has(doc.uri.toString())) return true;
    if (!vscode.workspace.getConfiguration('thethuc', doc.uri).get<boolean>('autoDetect', true)) return false;
    const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, DETECT_LINES * 3), 0));
    return looksLikeVanBan(head);
  }

  /** Whether the server has this document (so its diagnostics are current). */
  isChecked(doc: vscode.TextDocument): boolean {
    return this.sent.has(doc.uri.toString());
  }

  /** Makes the server check a document now, whatever the detection says (explicit commands). */
  async force(doc: vscode.TextDocument): Promise<void> {
    this.forced.add(doc.uri.toString());
    if (!this.isChecked(doc)) await this.open(doc);
  }

  /** Re-applies the rules to every open document (after thethuc.autoDetect changes). */
  async refresh(): Promise<void> {
    for (const doc of vscode.workspace.textDocuments) {
      if (!this.inScope(doc)) continue;
      const want = this.qualifies(doc);
      if (want && !this.isChecked(doc)) await this.open(doc);
      else if (!want && this.isChecked(doc)) await this.close(doc);
    }
  }

  readonly middleware: Middleware = {
    didOpen: (doc, next) => {
      if (!this.qualifies(doc)) return Promise.resolve();
      this.mark(doc.uri, true);
      return next(doc);
    },
    didChange: (event, next) => {
      if (this.sent.has(event.document.uri.toString())) return next(event);
      // The server does not have it yet: open it with its current text once it qualifies.
      return this.qualifies(event.document) ? this.open(event.document) : Promise.resolve();
    },
    didClose: (doc, next) => {
      const uri = doc.uri.toString();
      this.forced.delete(uri);
      if (!this.sent.has(uri)) return Promise.resolve();
      this.mark(doc.uri, false);
      return next(doc);
    },
    provideCodeActions: async (doc, range, context, token, next) =>
      this.isChecked(doc) ? groupSuppressions(await next(doc, range, context, token), context.only, this.showRuleDocs) : [],
    provideHover: (doc, position, token, next) => (this.isChecked(doc) ? next(doc, position, token) : undefined),
    provideCompletionItem: async (doc, position, context, token, next) =>
      this.isChecked(doc) ? snippetsAsText(await next(doc, position, context, token)) : undefined,
    provideDocumentSymbols: (doc, token, next) => (this.isChecked(doc) ? next(doc, token) : []),
  };

  private async open(doc: vscode.TextDocument): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) return;
    this.mark(doc.uri, true);
    await client.sendNotification(DidOpenTextDocumentNotification.type, client.code2ProtocolConverter.asOpenTextDocumentParams(doc));
  }

  private async close(doc: vscode.TextDocument): Promise<void> {
    const client = this.client();
    this.mark(doc.uri, false);
    if (!client?.isRunning()) return;
    await client.sendNotification(DidCloseTextDocumentNotification.type, client.code2ProtocolConverter.asCloseTextDocumentParams(doc));
  }

  private mark(uri: vscode.Uri, checked: boolean): void {
    const key = uri.toString();
    if (checked === this.sent.has(key)) return;
    if (checked) this.sent.add(key);
    else this.sent.delete(key);
    this.changed.fire(uri);
  }

  /** Forgets everything (the client stopped; a restart re-opens documents through the middleware). */
  reset(): void {
    const uris = [...this.sent];
    this.sent.clear();
    for (const uri of uris) this.changed.fire(vscode.Uri.parse(uri));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The server's snippet-like items (skeletons, clauses, signature blocks) with the kind Text (see above). */
function snippetsAsText<T extends vscode.CompletionItem[] | vscode.CompletionList | null | undefined>(result: T): T {
  const items = Array.isArray(result) ? result : result?.items;
  for (const item of items ?? []) if (item.kind === vscode.CompletionItemKind.Snippet) item.kind = vscode.CompletionItemKind.Text;
  return result;
}
