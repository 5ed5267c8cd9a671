/**
 * Code actions:
 * - each finding's fix as a preferred `quickfix`, attached to its diagnostic, then its suggestions
 *   (changes the user picks one by one; never part of "Sửa tất cả");
 * - "Sửa tất cả" as `source.fixAll.thethuc`: every fix of the document that does not overlap one
 *   taken before it, as one WorkspaceEdit (usable on save through editor.codeActionsOnSave);
 * - "Bỏ qua lỗi này" (`quickfix.thethuc.ignore`) and "Tắt quy tắc … cho tệp này / cho cả thư mục"
 *   (`quickfix.thethuc.disable`): commands the server executes by writing .thethucrc.json.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, OriginalEdit } from '../engine';
import type { LintResult } from './diagnostics';
import { COMMANDS, type DisableRuleArgs, type IgnoreFindingArgs } from './protocol';
import { uriToPath } from './projectConfig';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.thethuc`;
export const IGNORE_KIND = `${CodeActionKind.QuickFix}.thethuc.ignore`;
export const DISABLE_KIND = `${CodeActionKind.QuickFix}.thethuc.disable`;

/** Whether an action of `kind` was asked for (`only` lists kinds and their parents, e.g. "source"). */
export function wanted(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((k) => k === CodeActionKind.Empty || kind === k || kind.startsWith(k + '.'));
}

export function quickFixes(params: CodeActionParams, doc: TextDocument, result: LintResult): CodeAction[] {
  if (!wanted(params.context.only, CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  result.findings.forEach((finding, i) => {
    const diagnostic = result.diagnostics[i];
    if (!overlaps(diagnostic.range, params.range)) return;
    if (finding.fix && finding.fix.edits.length > 0) {
      actions.push({
        title: finding.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [doc.uri]: toTextEdits(doc, finding.fix.edits) } },
      });
    }
    // suggestions: one by one, never preferred (so never applied by "auto fix")
    for (const s of finding.suggestions ?? []) {
      actions.push({
        title: s.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [doc.uri]: toTextEdits(doc, s.edits) } },
      });
    }
  });
  return actions;
}

/**
 * The fixes to apply together: in order of the findings, every fix none of whose edits overlaps an
 * edit already taken (as the engine's applyFixes does), so the edits of one WorkspaceEdit never clash.
 */
export function compatibleFixes(findings: Finding[]): OriginalEdit[] {
  // `taken` stays sorted by start and free of clashes, so a new edit can only clash with its neighbours.
  const taken: OriginalEdit[] = [];
  const fits = (e: OriginalEdit): boolean => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid].start < e.start) lo = mid + 1;
      else hi = mid;
    }
    // at most two taken edits share a start (an insertion and a replacement), and one before may reach over it
    for (let i = Math.max(0, lo - 1); i < Math.min(taken.length, lo + 2); i++) if (clash(e, taken[i])) return false;
    return true;
  };
  const insert = (e: OriginalEdit): void => {
    let i = taken.length;
    while (i > 0 && (taken[i - 1].start > e.start || (taken[i - 1].start === e.start && taken[i - 1].end > e.end))) i--;
    taken.splice(i, 0, e);
  };
  for (const f of findings) {
    const edits = f.fix?.edits;
    if (!edits || edits.length === 0) continue;
    if (!edits.every(fits)) continue;
    // the edits of one fix must not clash among themselves either
    if (edits.some((e, i) => edits.some((o, j) => j < i && clash(e, o)))) continue;
    edits.forEach(insert);
  }
  return taken;
}

/** The edit of "Sửa tất cả", or null when nothing can be fixed. */
export function fixAllEdit(doc: TextDocument, result: LintResult): { edit: WorkspaceEdit; count: number } | null {
  const edits = compatibleFixes(result.findings);
  if (edits.length === 0) return null;
  const count = result.findings.filter((f) => f.fix && f.fix.edits.some((e) => edits.includes(e))).length;
  return { edit: { changes: { [doc.uri]: toTextEdits(doc, edits) } }, count };
}

export function fixAllAction(params: CodeActionParams, doc: TextDocument, result: LintResult): CodeAction[] {
  if (!wanted(params.context.only, FIX_ALL_KIND)) return [];
  const all = fixAllEdit(doc, result);
  if (!all) return [];
  return [{ title: `Sửa tất cả (${all.count} lỗi sửa được)`, kind: FIX_ALL_KIND, edit: all.edit }];
}

/**
 * "Bỏ qua lỗi này" for each finding under the cursor that lies on some text, and "Tắt quy tắc <id>
 * cho tệp này / cho cả thư mục" once per rule. Only for files on disk: the server stores the choice in
 * the .thethucrc.json above the file.
 */
export function suppressActions(params: CodeActionParams, doc: TextDocument, result: LintResult): CodeAction[] {
  if (uriToPath(doc.uri) === null) return [];
  const ignore = wanted(params.context.only, IGNORE_KIND);
  const disable = wanted(params.context.only, DISABLE_KIND);
  if (!ignore && !disable) return [];
  const actions: CodeAction[] = [];
  const rules = new Set<string>();
  result.findings.forEach((finding, i) => {
    const diagnostic = result.diagnostics[i];
    if (!overlaps(diagnostic.range, params.range)) return;
    const text = doc.getText(diagnostic.range);
    if (ignore && text.trim() !== '') {
      const args: IgnoreFindingArgs = { uri: doc.uri, rule: finding.rule, text };
      actions.push({
        title: `Bỏ qua lỗi này (${finding.rule}: “${shorten(text)}”)`,
        kind: IGNORE_KIND,
        diagnostics: [diagnostic],
        command: { title: 'Bỏ qua lỗi này', command: COMMANDS.ignoreFinding, arguments: [args] },
      });
    }
    if (disable && !rules.has(finding.rule)) {
      rules.add(finding.rule);
      for (const scope of ['file', 'folder'] as const) {
        const args: DisableRuleArgs = { uri: doc.uri, rule: finding.rule, scope };
        const title = `Tắt quy tắc ${finding.rule} cho ${scope === 'file' ? 'tệp này' : 'cả thư mục'}`;
        actions.push({ title, kind: DISABLE_KIND, diagnostics: [diagnostic], command: { title, command: COMMANDS.disableRule, arguments: [args] } });
      }
    }
  });
  return actions;
}

export function toTextEdits(doc: TextDocument, edits: OriginalEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }));
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? oneLine.slice(0, 39) + '…' : oneLine;
}

/** Two edits that cannot both be applied: overlapping spans, or two insertions at one point. */
function clash(a: OriginalEdit, b: OriginalEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Whether two ranges share a position (touching counts, so a cursor at a diagnostic's edge finds it). */
function overlaps(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

function before(p: Range['start'], q: Range['start']): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}
