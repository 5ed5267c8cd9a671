/**
 * The Thể thức language server (`thethuc-ls`): diagnostics, quick fixes, "Sửa tất cả", hover,
 * completion, outline and folding for Vietnamese administrative documents over LSP. Started by the
 * VS Code client over IPC, or by any editor with --stdio (the default). It never touches the network
 * and sends no telemetry. The protocol beyond standard LSP is described in lsp/protocol.ts.
 */
import {
  createConnection,
  ProposedFeatures,
  TextDocumentSyncKind,
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ResponseError,
  ErrorCodes,
  LSPErrorCodes,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { SettingsStore } from './lsp/settings';
import { createDocuments } from './lsp/documents';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEBOUNCE_MS, Validator } from './lsp/validator';
import { DISABLE_KIND, FIX_ALL_KIND, IGNORE_KIND, fixAllAction, fixAllQuickFixes, quickFixes, suppressActions } from './lsp/codeActions';
import { executeCommand } from './lsp/commands';
import { ProjectConfigs } from './lsp/projectConfig';
import { DocsLinks } from './lsp/docsLink';
import { hover } from './lsp/hover';
import { complete } from './lsp/completion';
import { documentSymbols, flatSymbols, foldingRanges } from './lsp/symbols';
import { SEVERITY_NAME } from './lsp/diagnostics';
import { CHECK_DOCUMENT, CHECK_DOCX, COMMANDS, EXPORT_DOCX, PREVIEW, type CheckDocxParams, type CheckDocxResult, type CheckDocumentParams, type CheckDocumentResult, type ExportDocxParams, type ExportDocxResult, type InitializationOptions, type PreviewParams, type PreviewResult } from './lsp/protocol';
import { checkDocx, DocxError, layoutOf, renderFlow, unplacedMarks, writeDocx, PAGE_SETUP } from './engine';
import { effectiveConfig } from './lsp/settings';
import { formatBytes } from './engine/limits';
import { version } from '../../package.json';

// Without a transport flag the connection cannot start; stdio is what editors other than VS Code expect.
const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((a) => TRANSPORT_FLAGS.some((f) => a === f || a.startsWith(f + '=')))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);
const documents = createDocuments((uri, version, held) =>
  connection.console.warn(`thethuc: bỏ qua thay đổi của ${uri}: phiên bản ${version} không mới hơn phiên bản ${held} đang có.`),
);
const settings = new SettingsStore(connection);
const configs = new ProjectConfigs();
const validator = new Validator(connection, documents, settings, configs, new DocsLinks());
let snippetSupport = false;
let debounceMs = DEBOUNCE_MS;
let hierarchicalSymbols = true;
let watchConfigFiles = false;

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities ?? {};
  settings.pullSupported = caps.workspace?.configuration === true;
  snippetSupport = caps.textDocument?.completion?.completionItem?.snippetSupport === true;
  hierarchicalSymbols = caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
  watchConfigFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  validator.links = new DocsLinks(options.docsBaseUri);
  if (typeof options.debounceMs === 'number' && options.debounceMs >= 0 && options.debounceMs <= 5000) debounceMs = options.debounceMs;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, IGNORE_KIND, DISABLE_KIND] },
      executeCommandProvider: { commands: Object.values(COMMANDS) },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['/', ':', ' ', '-'] },
      documentSymbolProvider: { label: 'Thể thức' },
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'thethuc-ls', version },
  };
});

connection.onInitialized(async () => {
  if (!watchConfigFiles) return;
  try {
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.thethucrc.json' }] });
    // The client now reports every change of a config file: configs can be cached per folder.
    configs.caching = true;
  } catch (err) {
    connection.console.warn(`thethuc: không đăng ký được theo dõi tệp .thethucrc.json: ${(err as Error).message}`);
  }
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  validator.revalidateAll();
});

connection.onDidChangeWatchedFiles(() => validator.revalidateAll());

// Check at once when a document opens, then debounce edits; a stale change (ignored) changes nothing.
const opened = new Map<string, number>();
documents.onDidOpen(({ document }) => {
  opened.delete(document.uri);
  validator.forget(document.uri);
});
documents.onDidChangeContent(({ document }) => {
  const held = opened.get(document.uri);
  if (held === document.version) return;
  opened.set(document.uri, document.version);
  validator.schedule(document, held === undefined ? 0 : debounceMs);
});
documents.onDidClose(({ document }) => {
  opened.delete(document.uri);
  validator.close(document.uri);
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const result = await validator.current(doc);
  if (!result) return [];
  return [...quickFixes(params, doc, result), ...fixAllQuickFixes(params, doc, result), ...fixAllAction(params, doc, result), ...suppressActions(params, doc, result)];
});

connection.onExecuteCommand((params) => executeCommand(params, { connection, documents, validator }));

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const result = doc && (await validator.current(doc));
  return doc && result ? hover(doc, result, params.position, validator.links) : null;
});

connection.onCompletion(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const result = doc && (await validator.current(doc));
  if (!doc || !result) return null;
  return complete(doc, result, params.position, { snippetSupport, abbreviations: result.config.profile?.abbreviations });
});

connection.onDocumentSymbol(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const result = doc && (await validator.current(doc));
  if (!result?.doc) return [];
  const symbols = documentSymbols(result.doc);
  return hierarchicalSymbols ? symbols : flatSymbols(symbols, params.textDocument.uri);
});

connection.onFoldingRanges(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const result = doc && (await validator.current(doc));
  return result?.doc ? foldingRanges(result.doc) : [];
});

connection.onRequest(CHECK_DOCUMENT, async (params: CheckDocumentParams): Promise<CheckDocumentResult> => {
  if (!params || typeof params.uri !== 'string' || (params.mode !== 'draft' && params.mode !== 'final')) {
    throw new ResponseError(ErrorCodes.InvalidParams, `${CHECK_DOCUMENT} cần tham số { uri, mode: "draft" | "final" }.`);
  }
  const doc = documents.get(params.uri);
  if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `Văn bản ${params.uri} chưa được mở.`);
  const result = await validator.inMode(doc, params.mode);
  if (!result) throw new ResponseError(LSPErrorCodes.ContentModified, 'Văn bản vừa thay đổi; hãy kiểm tra lại.');
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  const findings = result.diagnostics.map((d) => {
    const severity = SEVERITY_NAME[d.severity ?? 1];
    counts[severity]++;
    return { rule: String(d.code), severity, message: typeof d.message === 'string' ? d.message : d.message.value, range: d.range };
  });
  return { findings, counts };
});

/** The open document of a request, or InvalidParams. */
function openDocument(method: string, params: { uri?: unknown } | undefined): TextDocument {
  if (!params || typeof params.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${method} cần tham số { uri }.`);
  const doc = documents.get(params.uri);
  if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `Văn bản ${params.uri} chưa được mở.`);
  return doc;
}

connection.onRequest(PREVIEW, async (params: PreviewParams): Promise<PreviewResult> => {
  const doc = openDocument(PREVIEW, params);
  const result = await validator.current(doc);
  if (!result) throw new ResponseError(LSPErrorCodes.ContentModified, 'Văn bản vừa thay đổi.');
  const { widthMm, heightMm, margin, headerMm, font, pageNumber } = PAGE_SETUP;
  const page = { widthMm, heightMm, margin, headerMm, font, pageNumber: { sizePt: pageNumber.sizePt, fromPage: pageNumber.fromPage } };
  if (!result.doc) {
    const note = result.diagnostics.find((d) => d.code === 'tep-qua-lon')?.message;
    return { version: result.version, html: '', css: '', page, marks: [], unplaced: [], note: typeof note === 'string' ? note : 'Không trình bày được văn bản này.' };
  }
  const layout = layoutOf(result.doc);
  const marks = result.findings.map((f, i) => ({ rule: f.rule, severity: f.severity, message: f.message, range: result.diagnostics[i].range }));
  const flow = renderFlow(layout, result.findings.map((f) => ({ start: f.start, end: f.end, severity: f.severity, message: f.message, rule: f.rule })));
  return { version: result.version, html: flow.html, css: flow.css, page, marks, unplaced: unplacedMarks(layout, result.findings) };
});

connection.onRequest(EXPORT_DOCX, async (params: ExportDocxParams): Promise<ExportDocxResult> => {
  const doc = openDocument(EXPORT_DOCX, params);
  const result = await validator.current(doc);
  if (!result?.doc) throw new ResponseError(ErrorCodes.InvalidRequest, 'Văn bản quá lớn hoặc chưa kiểm tra được; không xuất được tệp Word.');
  const bytes = await writeDocx(layoutOf(result.doc));
  return { base64: Buffer.from(bytes).toString('base64') };
});

connection.onRequest(CHECK_DOCX, async (params: CheckDocxParams): Promise<CheckDocxResult> => {
  if (!params || typeof params.uri !== 'string' || typeof params.base64 !== 'string') {
    throw new ResponseError(ErrorCodes.InvalidParams, `${CHECK_DOCX} cần tham số { uri, base64 }.`);
  }
  const wanted = await settings.get(params.uri);
  // base64 holds 3 bytes in 4 characters; the limit is the one for drafts (thethuc.maxFileSize)
  const size = Math.floor((params.base64.length * 3) / 4);
  if (size > wanted.maxFileSize) {
    throw new ResponseError(
      ErrorCodes.InvalidParams,
      `Tệp quá lớn để kiểm tra (${formatBytes(size)}, giới hạn ${formatBytes(wanted.maxFileSize)}). Có thể tăng giới hạn bằng thiết lập thethuc.maxFileSize.`,
    );
  }
  const config = effectiveConfig(configs.forDocument(params.uri).config, wanted);
  try {
    const r = checkDocx(Buffer.from(params.base64, 'base64'), { config });
    return {
      text: r.text,
      findings: r.findings.map((f) => {
        const place = r.place(f);
        return { rule: f.rule, severity: f.severity, message: f.message, start: f.start, end: f.end, where: place.where, excerpt: place.excerpt };
      }),
    };
  } catch (err) {
    if (err instanceof DocxError) throw new ResponseError(ErrorCodes.InvalidParams, err.message);
    throw err;
  }
});

documents.listen(connection);
connection.listen();
