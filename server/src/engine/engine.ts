/**
 * The engine: text → document model → rules → findings in the user's original text.
 * Pure TypeScript, no editor or protocol imports: the CLI, the language server and the tests share it.
 */
import { SourceText } from './text/source';
import { parse } from './parse/parser';
import { RULES } from './rules';
import type { Fix, Mode, Report, Rule, RuleContext, Severity } from './rules/rule';
import type { Config } from './config/types';
import type { VanBan } from './model/vanban';
import type { Finding } from './report/finding';
import { applyDirectives, maskDirectives } from './suppress';
import type { DocxRead } from './docx/read';

export interface CheckOptions {
  config?: Config;
  /** Overrides config.mode. */
  mode?: Mode;
  /** Today as ISO yyyy-mm-dd, for checks against the present (default: the local date). */
  today?: string;
  /** The text was read from a .docx (docx/check.ts): its cells and formatting. */
  docx?: DocxRead;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export interface CheckResult {
  doc: VanBan;
  findings: Finding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Below this share of words with diacritics (on enough words) the text is taken as written without them. */
export const NO_DIACRITICS_SHARE = 0.3;
export const NO_DIACRITICS_MIN_WORDS = 30;

export function lacksDiacritics(doc: VanBan): boolean {
  return (doc.wordCount >= NO_DIACRITICS_MIN_WORDS && doc.diacriticShare < NO_DIACRITICS_SHARE) || doc.legacyEncoding !== null;
}

export function check(text: string, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? {};
  const mode: Mode = options.mode ?? config.mode ?? 'draft';
  const today = options.today ?? localToday();
  const hasDirectives = text.includes('thethuc-'); // <!-- thethuc-disable … --> comments (suppress.ts)
  const source = new SourceText(hasDirectives ? maskDirectives(text) : text);
  const doc = parse(source, options.docx ? { cellLines: new Set(options.docx.cellLines) } : {});
  doc.format = options.docx ?? null;
  const noDiacritics = lacksDiacritics(doc);
  const ignore = config.ignore ?? [];
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = config.rules?.[rule.id];
    if (setting === 'off') continue;
    if (!appliesTo(rule, doc)) continue;
    if (noDiacritics && rule.needsDiacritics) continue;
    if (rule.input === 'docx' && !doc.format) continue;
    const reports: Report[] = [];
    const ctx: RuleContext = { doc, mode, today, profile: config.profile ?? {}, report: (r) => reports.push(r) };
    try {
      rule.check(ctx);
    } catch (err) {
      // A rule bug must never take the whole check down; report it as the rule's own finding.
      reports.length = 0;
      reports.push({ start: 0, end: 0, severity: 'hint', message: `Quy tắc ${rule.id} gặp lỗi nội bộ: ${(err as Error).message}` });
    }
    for (const r of reports) {
      const f = toFinding(rule, r, source, setting);
      if (ignore.some((e) => e.rule === rule.id && e.text.normalize('NFC') === text.slice(f.start, f.end).normalize('NFC'))) continue;
      findings.push(f);
    }
  }
  findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule));
  // <!-- thethuc-disable … --> comments in the draft (suppress.ts)
  return { doc, findings: hasDirectives ? applyDirectives(text, findings) : findings };
}

function appliesTo(rule: Rule, doc: VanBan): boolean {
  return (rule.regimes ?? ['nd30']).includes(doc.regime);
}

function toFinding(rule: Rule, r: Report, source: SourceText, setting: Severity | undefined): Finding {
  const span = r.original ? { start: r.start, end: r.end } : source.spanToOriginal(r);
  const f: Finding = {
    rule: rule.id,
    severity: setting ?? r.severity ?? rule.severity,
    message: `${r.message} [${r.citation ?? rule.citation}]`,
    start: span.start,
    end: span.end,
    range: { start: source.position(span.start), end: source.position(span.end) },
  };
  const toOriginal = (fix: Fix) => ({
    title: fix.title,
    edits: fix.edits.map((e) => {
      // New line breaks in a fix are written the way the file writes them.
      const text = source.quirks.crlf ? e.text.replace(/\r?\n/g, '\r\n') : e.text;
      if (r.original) return { start: e.start, end: e.end, text };
      const s = source.spanToOriginal(e);
      return { start: s.start, end: e.end === e.start ? s.start : s.end, text };
    }).filter((e) => e.end - e.start !== e.text.length || source.original.slice(e.start, e.end) !== e.text),
  });
  const suggestions = (r.suggestions ?? []).map(toOriginal).filter((x) => x.edits.length > 0);
  if (r.fix) {
    const fix = toOriginal(r.fix);
    // A fix that would change nothing is no fix. A fix never edits across a line break (a cell a
    // copy broke over lines, two columns of a flattened row): such a change is only a suggestion.
    const crossesLine = fix.edits.some((e) => hasLineFeed(source.original, e.start, e.end));
    if (fix.edits.length > 0 && !crossesLine) f.fix = fix;
    else if (fix.edits.length > 0) suggestions.unshift(fix);
  }
  if (suggestions.length > 0) f.suggestions = suggestions;
  return f;
}

/** Whether original[start, end) holds a "\n" (a loop: no slice per edit of a fix that may have a hundred thousand). */
function hasLineFeed(original: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (original.charCodeAt(i) === 10) return true;
  return false;
}
