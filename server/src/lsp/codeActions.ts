/**
 * Code actions:
 * - each finding's fix as a preferred `quickfix`, attached to its diagnostic, then its suggestions
 *   (changes the user picks one by one; never part of "Sửa tất cả");
 * - in the quick-fix menu too, as vscode-eslint does: "Sửa tất cả lỗi <rule> trong tệp (N)" when the
 *   rule under the cursor has two or more fixes in the file, and "Sửa tất cả lỗi sửa được trong tệp
 *   (N)"; plain `quickfix`es that run the `thethuc.fixAll` command (the edit is computed when chosen,
 *   not on every cursor move), never preferred, attached to no diagnostic; only fixes, never
 *   suggestions;
 * - "Sửa tất cả" as `source.fixAll.thethuc`: every fix of the document that does not overlap one
 *   taken before it, as one WorkspaceEdit (usable on save through editor.codeActionsOnSave);
 * - "Bỏ qua lỗi này" (`quickfix.thethuc.ignore`) and "Tắt quy tắc … cho tệp này / cho cả thư mục"
 *   (`quickfix.thethuc.disable`): commands the server executes by writing .thethucrc.json.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, FixSelection, OriginalEdit } from '../engine';
import { byPosition, clashesWithin } from '../engine/fix/apply';
import type { LintResult } from './diagnostics';
import { COMMANDS, type DisableRuleArgs, type FixAllArgs, type IgnoreFindingArgs } from './protocol';
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
        edit: { changes: { [doc.uri]: toTextEdits(doc, coalesce(doc.getText(), sorted(finding.fix.edits))) } },
      });
    }
    // suggestions: one by one, never preferred (so never applied by "auto fix")
    for (const s of finding.suggestions ?? []) {
      actions.push({
        title: s.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [doc.uri]: toTextEdits(doc, coalesce(doc.getText(), sorted(s.edits))) } },
      });
    }
  });
  return actions;
}

/**
 * The fixes to apply together: in order of the findings, every fix none of whose edits clashes with an
 * edit already taken (overlapping spans, an insertion inside a replaced span, two insertions at one
 * point), nor with another edit of its own. Unlike the CLI's rounds (applyFixes, which leaves for the
 * next round anything between the first and the last edit of a fix taken), fixes whose edits
 * interleave are taken together, so one "Sửa tất cả" does more.
 *
 * In one sort and one pass, O(n log n) in the edits (it was quadratic: 150,000 edits gave no answer in
 * 15 s): every edit is ranked once by position, and a Fenwick tree over the ranks finds the nearest
 * taken edits before and after a new one — the only ones it can clash with, taken edits never clashing
 * among themselves.
 */
export function compatibleFixes(findings: Finding[]): FixSelection {
  const fixes: OriginalEdit[][] = [];
  const owners: Finding[] = [];
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0) continue;
    const edits = f.fix.edits.slice().sort(byPosition);
    if (clashesWithin(edits)) continue;
    fixes.push(edits);
    owners.push(f);
  }
  // rank every edit by position (ties: in the order of the fixes, as the sort is stable)
  const all: { edit: OriginalEdit; fix: number; k: number }[] = [];
  fixes.forEach((edits, fix) => edits.forEach((edit, k) => all.push({ edit, fix, k })));
  all.sort((a, b) => byPosition(a.edit, b.edit));
  const ranks = fixes.map((edits) => new Int32Array(edits.length));
  all.forEach((x, r) => (ranks[x.fix][x.k] = r));

  const taken = new TakenSet(all.length);
  const chosen: Finding[] = [];
  fixes.forEach((edits, fix) => {
    for (let k = 0; k < edits.length; k++) {
      const r = ranks[fix][k];
      const before = taken.before(r);
      const after = taken.after(r);
      if ((before >= 0 && clash(all[before].edit, edits[k])) || (after >= 0 && clash(all[after].edit, edits[k]))) return;
    }
    for (const r of ranks[fix]) taken.add(r);
    chosen.push(owners[fix]);
  });
  const edits: OriginalEdit[] = [];
  for (let r = 0; r < all.length; r++) if (taken.has(r)) edits.push(all[r].edit);
  return { edits, findings: chosen };
}

/** Two edits that cannot both be applied: overlapping spans, an insertion inside a replaced span, or two insertions at one point. */
function clash(a: OriginalEdit, b: OriginalEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** A set of ranks 0..n-1 (a Fenwick tree of counts): add, and the nearest member before or after a rank, in O(log n). */
class TakenSet {
  private readonly tree: Int32Array;
  private readonly member: Uint8Array;
  private readonly top: number;
  private count = 0;

  constructor(private readonly n: number) {
    this.tree = new Int32Array(n + 1);
    this.member = new Uint8Array(n);
    let top = 1;
    while (top * 2 <= n) top *= 2;
    this.top = top;
  }

  has(r: number): boolean {
    return this.member[r] === 1;
  }

  add(r: number): void {
    if (this.member[r]) return;
    this.member[r] = 1;
    this.count++;
    for (let i = r + 1; i <= this.n; i += i & -i) this.tree[i]++;
  }

  /** The largest member below r, or -1. */
  before(r: number): number {
    const c = this.prefix(r);
    return c === 0 ? -1 : this.kth(c);
  }

  /** The smallest member above r, or -1. */
  after(r: number): number {
    const c = this.prefix(r + 1);
    return c === this.count ? -1 : this.kth(c + 1);
  }

  /** How many members are below r. */
  private prefix(r: number): number {
    let sum = 0;
    for (let i = r; i > 0; i -= i & -i) sum += this.tree[i];
    return sum;
  }

  /** The k-th smallest member (1-based k). */
  private kth(k: number): number {
    let pos = 0;
    for (let step = this.top; step > 0; step >>= 1) {
      if (pos + step <= this.n && this.tree[pos + step] < k) {
        pos += step;
        k -= this.tree[pos];
      }
    }
    return pos; // the member's rank (tree index pos + 1)
  }
}

/**
 * The fixes of "Sửa tất cả" for one checked version, chosen once (editors ask for code actions at every
 * cursor move); their TextEdits are made per request and not kept (150 bytes an edit).
 */
const fixAllCache = new WeakMap<LintResult, FixSelection>();

/** compatibleFixes over the whole file, or over one rule's findings (not cached). */
function selectionOf(result: LintResult, rule?: string): FixSelection {
  if (rule !== undefined) return compatibleFixes(result.findings.filter((f) => f.rule === rule));
  let selection = fixAllCache.get(result);
  if (!selection) {
    selection = compatibleFixes(result.findings);
    fixAllCache.set(result, selection);
  }
  return selection;
}

/**
 * The edit of "Sửa tất cả" (of one rule's fixes when `rule` is given; compatibleFixes), or null when
 * nothing can be fixed; the edits of one WorkspaceEdit never clash. `doc` is the version `result` was
 * checked from.
 */
export function fixAllEdit(doc: TextDocument, result: LintResult, rule?: string): { edit: WorkspaceEdit; count: number } | null {
  const selection = selectionOf(result, rule);
  if (selection.edits.length === 0) return null;
  return { edit: { changes: { [doc.uri]: toTextEdits(doc, coalesce(doc.getText(), selection.edits)) } }, count: selection.findings.length };
}

/**
 * "Sửa tất cả lỗi … trong tệp" in the quick-fix menu (Ctrl+.), next to the fixes of the findings under
 * the cursor: one per rule there with two or more fixes in the file, then one for every fix of the
 * file unless it would do no more than an action already offered (the single fix at the cursor, or
 * that rule's). Each runs `thethuc.fixAll` with { uri, rule? }.
 */
export function fixAllQuickFixes(params: CodeActionParams, doc: TextDocument, result: LintResult): CodeAction[] {
  if (!wanted(params.context.only, CodeActionKind.QuickFix)) return [];
  const here = result.findings.filter((f, i) => f.fix && f.fix.edits.length > 0 && overlaps(result.diagnostics[i].range, params.range));
  if (here.length === 0) return [];
  const actions: CodeAction[] = [];
  const total = selectionOf(result).findings.length;
  let covered = here.length;
  for (const rule of new Set(here.map((f) => f.rule))) {
    const count = selectionOf(result, rule).findings.length;
    if (count < 2) continue;
    covered = Math.max(covered, count);
    const args: FixAllArgs = { uri: doc.uri, rule };
    const title = `Sửa tất cả lỗi ${rule} trong tệp (${count})`;
    actions.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: COMMANDS.fixAll, arguments: [args] } });
  }
  if (total > covered) {
    const args: FixAllArgs = { uri: doc.uri };
    const title = `Sửa tất cả lỗi sửa được trong tệp (${total})`;
    actions.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: COMMANDS.fixAll, arguments: [args] } });
  }
  return actions;
}

/** Edits closer than this (and on one line) are sent as one. */
const COALESCE_GAP = 32;

/**
 * The same change in fewer edits: edits (sorted, never overlapping) on one line with at most
 * COALESCE_GAP characters between them become one edit that rewrites the characters between as they
 * are. A draft with a zero-width space after every letter gets one edit a line instead of one a
 * character (500,000 edits were 270 MB of TextEdits and JSON in the server); a short gap costs fewer
 * bytes than an edit of its own.
 */
export function coalesce(text: string, edits: OriginalEdit[]): OriginalEdit[] {
  const out: OriginalEdit[] = [];
  let start = -1;
  let end = -1;
  let parts: string[] = [];
  const flush = () => {
    if (start >= 0) out.push({ start, end, text: parts.length === 1 ? parts[0] : parts.join('') });
  };
  for (const e of edits) {
    if (start >= 0 && e.start >= end && e.start - end <= COALESCE_GAP && !hasLineBreak(text, end, e.start)) {
      parts.push(text.slice(end, e.start), e.text);
      end = e.end;
      continue;
    }
    flush();
    start = e.start;
    end = e.end;
    parts = [e.text];
  }
  flush();
  return out;
}

function sorted(edits: OriginalEdit[]): OriginalEdit[] {
  return edits.slice().sort(byPosition);
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
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

/** Whether two ranges share a position (touching counts, so a cursor at a diagnostic's edge finds it). */
function overlaps(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

function before(p: Range['start'], q: Range['start']): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}
