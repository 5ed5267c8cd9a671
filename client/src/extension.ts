/**
 * The VS Code side of Thể thức: starts the bundled language server over IPC, decides which documents it
 * sees (gate.ts: .vanban always, plain text and Markdown when they look like a văn bản), and adds the
 * commands and the status bar item. Configuration is data only; nothing from the workspace is executed,
 * nothing goes over the network, no telemetry.
 *
 * The extension activates with any plain-text or Markdown file (it has to look at them), but the
 * server process starts only when a document it would check is open: a .vanban file, a plain-text or
 * Markdown file that looks like a văn bản (also one that starts to while being edited, a pasted
 * header), or any of these when the user runs a Thể thức command on it. Opening notes or a README
 * never starts it.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DocumentGate, LANGUAGES, SCHEMES } from './gate';
import { registerCommands, COMMANDS } from './commands';
import { ModeStatus } from './status';
import { DETECT_LINES } from './detect';
import { PreviewPanel } from './preview';
import { WordFiles } from './word';
import { t } from './i18n';

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient | undefined> | undefined;

/** What the extension exports: whether the server was started (the end-to-end tests read it). */
export interface ThethucApi {
  serverStarted(): boolean;
}

export async function activate(context: vscode.ExtensionContext): Promise<ThethucApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = { module, transport: TransportKind.ipc };
  const gate = new DocumentGate(() => client, COMMANDS.showRuleDocs);
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))),
    synchronize: { configurationSection: 'thethuc' },
    // Diagnostics link to the rule pages shipped with the extension (docs/rules/<id>.md).
    initializationOptions: { docsBaseUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() },
    middleware: gate.middleware,
  };
  // The id 'thethuc' makes the client honour the thethuc.trace.server setting.
  client = new LanguageClient('thethuc', 'Thể thức', serverOptions, clientOptions);
  const languageClient = client;

  /** Starts the server once; later calls wait for the same start. */
  const start = (): Promise<LanguageClient | undefined> => {
    starting ??= languageClient.start().then(
      () => {
        watching.dispose();
        return languageClient;
      },
      (err: unknown) => {
        void vscode.window.showErrorMessage(`Thể thức: ${(err as Error)?.message ?? String(err)}`);
        return undefined;
      },
    );
    return starting;
  };

  // Until the server runs: start it as soon as a document it would check is open.
  const startIfChecked = (doc: vscode.TextDocument): void => {
    if (!starting && gate.qualifies(doc)) void start();
  };
  const watching = vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(startIfChecked),
    vscode.workspace.onDidChangeTextDocument((e) => {
      // Only an edit among the first lines can make a document look like a văn bản.
      if (!starting && gate.inScope(e.document) && e.contentChanges.some((c) => c.range.start.line < DETECT_LINES * 3)) startIfChecked(e.document);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('thethuc.autoDetect')) vscode.workspace.textDocuments.forEach(startIfChecked);
    }),
  );

  const preview = new PreviewPanel(() => client, gate);
  const word = new WordFiles(() => client, gate);
  context.subscriptions.push(
    watching,
    gate,
    preview,
    word,
    new ModeStatus(gate, COMMANDS.toggleMode),
    ...registerCommands({ context, client: () => client, start, gate }),
    vscode.commands.registerCommand(COMMANDS.showPreview, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !gate.inScope(editor.document)) {
        void vscode.window.showWarningMessage(t('Open a văn bản (.vanban, plain text or Markdown) in the editor first.'));
        return undefined;
      }
      await start();
      await preview.show(editor.document);
      return preview;
    }),
    vscode.commands.registerCommand(COMMANDS.exportDocx, async (target?: vscode.Uri) => (await start(), word.exportDocx(target instanceof vscode.Uri ? target : undefined))),
    vscode.commands.registerCommand(COMMANDS.checkDocx, async (file?: vscode.Uri) => (await start(), word.checkDocx(file))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('thethuc.autoDetect') && client?.isRunning()) void gate.refresh();
    }),
    client.onDidChangeState(() => {
      if (!client?.isRunning()) gate.reset();
    }),
  );
  vscode.workspace.textDocuments.forEach(startIfChecked);
  return { serverStarted: () => starting !== undefined && client?.isRunning() === true };
}

export async function deactivate(): Promise<void> {
  if (starting) await starting;
  if (client?.isRunning()) await client.stop();
  client = undefined;
  starting = undefined;
}
