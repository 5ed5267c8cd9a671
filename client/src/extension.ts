/**
 * The VS Code side of Thể thức: starts the bundled language server over IPC, decides which documents it
 * sees (gate.ts: .vanban always, plain text and Markdown when they look like a văn bản), and adds the
 * commands and the status bar item. Configuration is data only; nothing from the workspace is executed,
 * nothing goes over the network, no telemetry.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DocumentGate, LANGUAGES, SCHEMES } from './gate';
import { registerCommands, COMMANDS } from './commands';
import { ModeStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = { module, transport: TransportKind.ipc };
  const gate = new DocumentGate(() => client);
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))),
    synchronize: { configurationSection: 'thethuc' },
    // Diagnostics link to the rule pages shipped with the extension (docs/rules/<id>.md).
    initializationOptions: { docsBaseUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() },
    middleware: gate.middleware,
  };
  // The id 'thethuc' makes the client honour the thethuc.trace.server setting.
  client = new LanguageClient('thethuc', 'Thể thức', serverOptions, clientOptions);

  context.subscriptions.push(
    gate,
    new ModeStatus(gate, COMMANDS.toggleMode),
    ...registerCommands({ context, client: () => client, gate }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('thethuc.autoDetect')) void gate.refresh();
    }),
    client.onDidChangeState(() => {
      if (!client?.isRunning()) gate.reset();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
