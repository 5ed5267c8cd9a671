/**
 * The Thể thức language server (`thethuc-ls`): diagnostics and quick fixes for Vietnamese administrative
 * documents over LSP. Started by the VS Code client over IPC, or by any editor with --stdio (the default).
 * It never touches the network and sends no telemetry.
 */
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SettingsStore } from './lsp/settings';
import { Validator } from './lsp/validator';
import { quickFixes } from './lsp/codeActions';
import { version } from '../../package.json';

// Without a transport flag the connection cannot start; stdio is what editors other than VS Code expect.
const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((a) => TRANSPORT_FLAGS.some((f) => a === f || a.startsWith(f + '=')))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settings = new SettingsStore(connection);
const validator = new Validator(connection, documents, settings);

connection.onInitialize((params): InitializeResult => {
  settings.pullSupported = params.capabilities?.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'thethuc-ls', version },
  };
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  validator.revalidateAll();
});

// Check at once when a document opens, then debounce edits.
const opened = new Set<string>();
documents.onDidChangeContent(({ document }) => {
  const first = !opened.has(document.uri);
  opened.add(document.uri);
  validator.schedule(document, first ? 0 : undefined);
});
documents.onDidClose(({ document }) => {
  opened.delete(document.uri);
  validator.close(document.uri);
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const result = await validator.current(doc);
  return result ? quickFixes(params, doc, result) : [];
});

documents.listen(connection);
connection.listen();
