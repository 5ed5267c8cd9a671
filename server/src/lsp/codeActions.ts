/** Quick fixes: each finding's fix becomes one `quickfix` code action, attached to its diagnostic. */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from './diagnostics';

export function quickFixes(params: CodeActionParams, doc: TextDocument, result: LintResult): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty)) return [];
  const actions: CodeAction[] = [];
  result.findings.forEach((finding, i) => {
    if (!finding.fix || finding.fix.edits.length === 0) return;
    const diagnostic = result.diagnostics[i];
    if (!overlaps(diagnostic.range, params.range)) return;
    const edits: TextEdit[] = finding.fix.edits.map((e) => ({
      range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
      newText: e.text,
    }));
    actions.push({
      title: finding.fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [doc.uri]: edits } },
    });
  });
  return actions;
}

/** Whether two ranges share a position (touching counts, so a cursor at a diagnostic's edge finds it). */
function overlaps(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

function before(p: Range['start'], q: Range['start']): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}
