/**
 * The extension's commands (titles in package.nls.json, Vietnamese, each with a search alias without
 * diacritics and in English; runtime texts follow thethuc.language, see i18n.ts):
 * - thethuc.checkBeforeSigning  "Thể thức: Kiểm tra trước khi ký" — asks the server for a final-mode check
 *   (`thethuc/checkDocument`), shows the counts by severity and a QuickPick of the findings that jumps to each;
 * - thethuc.applyAllFixes       "Thể thức: Sửa tất cả" — the server command `thethuc.fixAll`, or the
 *   `source.fixAll.thethuc` code action when the server does not offer the command;
 * - thethuc.toggleMode          "Thể thức: Chuyển chế độ nháp / trước khi ký" — toggles thethuc.mode;
 * - thethuc.showRuleDocs        "Thể thức: Xem tài liệu quy tắc" — opens docs/rules/<id>.md in the preview;
 * - thethuc.showPreview         "Thể thức: Xem trước bản in" — the A4 print preview beside the editor (preview.ts);
 * - thethuc.exportDocx          "Thể thức: Xuất tệp Word (.docx)" and
 * - thethuc.checkDocx           "Thể thức: Kiểm tra tệp Word (.docx)" — Word files (word.ts).
 * The ids differ from the server's commands (thethuc.fixAll …), which the language client registers itself.
 * Each command starts the language server first if it is not running yet (see extension.ts).
 * Not in the palette: `thethuc.chooseSuppression`, the picker behind the quick-fix row "Bỏ qua lỗi hoặc
 * tắt quy tắc…" (codeActions.ts).
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { DocumentGate } from './gate';
import { countsSummary, modeLabel, modeOf, SOURCE, type Mode } from './status';
import { t } from './i18n';
import { CHOOSE_SUPPRESSION, chooseSuppression } from './codeActions';
// Type-only: the shapes of the server's request and command (nothing of the server is bundled).
import type { CheckDocumentFinding, CheckDocumentParams, CheckDocumentResult, FixAllArgs } from '../../server/src/lsp/protocol';

export const COMMANDS = {
  checkBeforeSigning: 'thethuc.checkBeforeSigning',
  applyAllFixes: 'thethuc.applyAllFixes',
  toggleMode: 'thethuc.toggleMode',
  showRuleDocs: 'thethuc.showRuleDocs',
  showPreview: 'thethuc.showPreview',
  exportDocx: 'thethuc.exportDocx',
  checkDocx: 'thethuc.checkDocx',
} as const;

/** The server's custom request and commands this extension uses. */
export const CHECK_DOCUMENT = 'thethuc/checkDocument';
export const SERVER_FIX_ALL = 'thethuc.fixAll';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('thethuc');

type Severity = CheckDocumentFinding['severity'];
/** The server answers with severity names; a number (LSP DiagnosticSeverity) is accepted too. */
type CheckFinding = Omit<CheckDocumentFinding, 'severity'> & { severity: Severity | number };
type CheckResult = Omit<CheckDocumentResult, 'findings'> & { findings: CheckFinding[] };
type LspRange = CheckDocumentFinding['range'];

const SEVERITY_BY_NUMBER: Severity[] = ['error', 'error', 'warning', 'info', 'hint']; // LSP: 1 error … 4 hint
const ICON: Record<Severity, string> = { error: '$(error)', warning: '$(warning)', info: '$(info)', hint: '$(lightbulb)' };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

function severityOf(f: CheckFinding): Severity {
  return typeof f.severity === 'number' ? (SEVERITY_BY_NUMBER[f.severity] ?? 'hint') : f.severity;
}

function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export interface CommandDeps {
  context: vscode.ExtensionContext;
  client: () => LanguageClient | undefined;
  /** Starts the language server if it is not running yet; undefined when it cannot start. */
  start: () => Promise<LanguageClient | undefined>;
  gate: DocumentGate;
}

export function registerCommands({ context, client, start, gate }: CommandDeps): vscode.Disposable[] {
  /** The active editor when it holds a document Thể thức can check, else a message and undefined. */
  function activeEditor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !gate.inScope(editor.document)) {
      void vscode.window.showWarningMessage(t('Open a văn bản (.vanban, plain text or Markdown) in the editor first.'));
      return undefined;
    }
    return editor;
  }

  /** The running language client, started first if needed; else a message and undefined. */
  async function runningClient(): Promise<LanguageClient | undefined> {
    const c = client()?.isRunning() ? client() : await start();
    if (!c?.isRunning()) {
      void vscode.window.showErrorMessage(t('The Thể thức language server is not running. See the "Thể thức" output for details.'));
      return undefined;
    }
    return c;
  }

  async function checkBeforeSigning(): Promise<CheckResult | undefined> {
    const editor = activeEditor();
    const c = editor && (await runningClient());
    if (!editor || !c) return undefined;
    const doc = editor.document;
    await gate.force(doc);
    let result: CheckResult;
    try {
      const params: CheckDocumentParams = { uri: c.code2ProtocolConverter.asUri(doc.uri), mode: 'final' };
      result = await c.sendRequest<CheckResult>(CHECK_DOCUMENT, params);
    } catch (err) {
      void vscode.window.showErrorMessage(t('The before-signing check failed: {0}', (err as Error).message ?? String(err)));
      return undefined;
    }
    const findings = [...(result?.findings ?? [])].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || ORDER[severityOf(a)] - ORDER[severityOf(b)],
    );
    const counts = result?.counts ?? { error: 0, warning: 0, info: 0, hint: 0 };
    const summary = t('Before signing: {0}', countsSummary(counts));
    if (findings.length === 0) {
      void vscode.window.showInformationMessage(t('Before signing: no findings. The document is ready to sign.'));
      return { findings, counts };
    }
    if (counts.error > 0) void vscode.window.showWarningMessage(summary);
    else void vscode.window.showInformationMessage(summary);
    showFindings(editor, findings, summary);
    return { findings, counts };
  }

  /** A QuickPick of the findings; moving through it reveals each one, accepting selects it. */
  function showFindings(editor: vscode.TextEditor, findings: CheckFinding[], title: string): void {
    type Item = vscode.QuickPickItem & { finding: CheckFinding };
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = title;
    pick.placeholder = t('Pick a finding to go to it');
    pick.matchOnDescription = true;
    pick.items = findings.map((finding) => ({
      finding,
      label: `${ICON[severityOf(finding)]} ${finding.message}`,
      description: finding.rule,
      detail: t('Line {0}', finding.range.start.line + 1),
    }));
    const original = editor.selection;
    let accepted = false;
    const reveal = (item: Item | undefined, select: boolean) => {
      if (!item) return;
      const range = toRange(item.finding.range);
      if (select) editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    };
    pick.onDidChangeActive((items) => reveal(items[0], false));
    pick.onDidAccept(() => {
      accepted = true;
      reveal(pick.selectedItems[0] ?? pick.activeItems[0], true);
      pick.hide();
      void vscode.window.showTextDocument(editor.document, editor.viewColumn);
    });
    pick.onDidHide(() => {
      if (!accepted) editor.revealRange(original, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      pick.dispose();
    });
    pick.show();
  }

  /** Applies every certain fix; answers how many edits the server applied (or 1/0 through the code action). */
  async function applyAllFixes(): Promise<number> {
    const editor = activeEditor();
    const c = editor && (await runningClient());
    if (!editor || !c) return 0;
    const doc = editor.document;
    await gate.force(doc);
    const before = doc.version;
    let count = 0;
    const serverCommands = c.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
    try {
      if (serverCommands.includes(SERVER_FIX_ALL)) {
        // The server computes the fixes and applies them with workspace/applyEdit before it answers.
        const args: FixAllArgs = { uri: c.code2ProtocolConverter.asUri(doc.uri) };
        const answer = (await c.sendRequest(ExecuteCommandRequest.type, { command: SERVER_FIX_ALL, arguments: [args] })) as
          | { applied?: boolean; count?: number }
          | null;
        count = answer?.applied && typeof answer.count === 'number' ? answer.count : 0;
      } else {
        const whole = new vscode.Range(0, 0, doc.lineCount, 0);
        const actions =
          (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND.value)) ?? [];
        const action = actions.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind));
        if (action?.edit) await vscode.workspace.applyEdit(action.edit);
        if (action?.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      }
    } catch (err) {
      void vscode.window.showErrorMessage(t('Fixing failed: {0}', (err as Error).message ?? String(err)));
      return 0;
    }
    if (count === 0 && doc.version !== before) count = 1;
    void vscode.window.setStatusBarMessage(
      count > 0 ? t('Thể thức: applied every certain fix.') : t('Thể thức: nothing to fix automatically.'),
      5000,
    );
    return count;
  }

  async function toggleMode(): Promise<Mode> {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const config = vscode.workspace.getConfiguration('thethuc', uri);
    const next: Mode = modeOf(uri) === 'final' ? 'draft' : 'final';
    // Change the value where the current one comes from, so the toggle always takes effect.
    const where = config.inspect<string>('mode');
    const target =
      where?.workspaceFolderValue !== undefined && uri && vscode.workspace.getWorkspaceFolder(uri)
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : where?.workspaceValue !== undefined
          ? vscode.ConfigurationTarget.Workspace
          : vscode.ConfigurationTarget.Global;
    await config.update('mode', next, target);
    void vscode.window.setStatusBarMessage(t('Thể thức mode: {0}', modeLabel(next)), 4000);
    return next;
  }

  async function showRuleDocs(ruleId?: unknown): Promise<vscode.Uri | undefined> {
    const docsDir = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
    const rules = await listRules(context.extensionUri, docsDir);
    let id = typeof ruleId === 'string' ? ruleId : undefined;
    if (!id) {
      type Item = vscode.QuickPickItem & { id: string };
      const current = ruleAtCursor();
      const items: Item[] = rules.map((r) => ({
        id: r.id,
        label: r.id,
        description: r.title ?? t('(no documentation yet)'),
      }));
      // The rule of the finding under the cursor comes first.
      items.sort((a, b) => Number(b.id === current) - Number(a.id === current));
      const picked = await vscode.window.showQuickPick(items, {
        title: t('Thể thức rules'),
        placeHolder: t('Pick a rule to read its documentation'),
        matchOnDescription: true,
      });
      id = picked?.id;
    }
    if (!id) return undefined;
    const rule = rules.find((r) => r.id === id);
    if (!rule?.exists) {
      void vscode.window.showWarningMessage(t('No documentation for the rule "{0}".', id));
      return undefined;
    }
    const uri = vscode.Uri.joinPath(docsDir, `${id}.md`);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    return uri;
  }

  return [
    vscode.commands.registerCommand(COMMANDS.checkBeforeSigning, checkBeforeSigning),
    vscode.commands.registerCommand(COMMANDS.applyAllFixes, applyAllFixes),
    vscode.commands.registerCommand(COMMANDS.toggleMode, toggleMode),
    vscode.commands.registerCommand(COMMANDS.showRuleDocs, showRuleDocs),
    vscode.commands.registerCommand(CHOOSE_SUPPRESSION, chooseSuppression),
  ];
}

/** The rule of the Thể thức diagnostic under the cursor, if any. */
function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const at = editor.selection.active;
  const d = vscode.languages
    .getDiagnostics(editor.document.uri)
    .find((x) => x.source === SOURCE && x.range.contains(at));
  const code = d?.code;
  return typeof code === 'object' ? String(code.value) : code !== undefined ? String(code) : undefined;
}

interface RuleDoc {
  id: string;
  title?: string;
  exists: boolean;
}

/**
 * The rules: ids from the packaged configuration schema (schemas/thethucrc.schema.json, its list of
 * rule ids), plus any docs/rules/*.md; each title is the first heading of its documentation page.
 */
async function listRules(extensionUri: vscode.Uri, docsDir: vscode.Uri): Promise<RuleDoc[]> {
  const decoder = new TextDecoder();
  const ids: string[] = [];
  try {
    const schema = JSON.parse(decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'schemas', 'thethucrc.schema.json'))));
    const list: unknown = schema?.definitions?.ruleId?.enum;
    if (Array.isArray(list)) for (const id of list) if (typeof id === 'string') ids.push(id);
  } catch {
    // no schema: the docs folder alone lists the rules
  }
  const docs = new Set<string>();
  try {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(docsDir)) {
      if (type === vscode.FileType.File && name.endsWith('.md')) docs.add(name.slice(0, -3));
    }
  } catch {
    // no docs folder
  }
  for (const id of [...docs].sort()) if (!ids.includes(id) && id.toLowerCase() !== 'readme' && id.toLowerCase() !== 'index') ids.push(id);
  return Promise.all(
    ids.map(async (id) => {
      if (!docs.has(id)) return { id, exists: false };
      try {
        const text = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(docsDir, `${id}.md`)));
        const heading = /^#\s+(.+)$/m.exec(text)?.[1]?.trim();
        return { id, exists: true, title: heading?.replace(/^`?[\w-]+`?\s*[—:–-]\s*/, '') || undefined };
      } catch {
        return { id, exists: true };
      }
    }),
  );
}
