/** Runs the engine on an open document and turns its findings into LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { check, type Config, type Finding, type Mode, type Severity, type VanBan } from '../engine';
import { formatBytes } from '../engine/limits';
import { effectiveConfig, type Settings } from './settings';
import type { ProjectConfig } from './projectConfig';
import type { DocsLinks } from './docsLink';

export const SOURCE = 'thethuc';

/** Code of the one diagnostic shown instead of findings on a document over thethuc.maxFileSize. */
export const TOO_LARGE_CODE = 'tep-qua-lon';
/** Code of the diagnostic shown when the engine fails on a document (a bug): no stale findings stay. */
export const INTERNAL_ERROR_CODE = 'loi-noi-bo';
/** Code of the diagnostic saying the .thethucrc.json that applies is invalid. */
export const CONFIG_ERROR_CODE = 'cau-hinh';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SEVERITY_NAME: Record<DiagnosticSeverity, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/**
 * The outcome of checking one version of a document. diagnostics[i] belongs to findings[i]; after the
 * findings come the document-level notes (file too large, invalid config), which have no finding.
 */
export interface LintResult {
  uri: string;
  version: number;
  /** The config the document was checked with (project file + settings). */
  config: Config;
  /** The parsed document, reused by hover, symbols and completion; null when not checked (too large). */
  doc: VanBan | null;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export function toDiagnostic(finding: Finding, doc: TextDocument, links?: DocsLinks): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: doc.positionAt(finding.start), end: doc.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: SOURCE,
    message: finding.message,
  };
  const href = links?.href(finding.rule);
  if (href) diagnostic.codeDescription = { href };
  return diagnostic;
}

const START = { line: 0, character: 0 };

export function lint(doc: TextDocument, settings: Settings, project: ProjectConfig, links?: DocsLinks, mode?: Mode): LintResult {
  const text = doc.getText();
  const config = effectiveConfig(project.config, settings);
  if (mode) config.mode = mode;
  const base = { uri: doc.uri, version: doc.version, config };
  const notes: Diagnostic[] = [];
  if (project.error) {
    notes.push({
      range: { start: START, end: START },
      severity: DiagnosticSeverity.Warning,
      code: CONFIG_ERROR_CODE,
      source: SOURCE,
      message: `Tệp cấu hình không hợp lệ, đang kiểm tra với cấu hình mặc định. ${project.error.message}`,
      relatedInformation: [
        { location: { uri: pathToFileURL(project.error.file).href, range: { start: START, end: START } }, message: 'Tệp cấu hình .thethucrc.json' },
      ],
    });
  }
  const size = Buffer.byteLength(text, 'utf8');
  if (size > settings.maxFileSize) {
    notes.push({
      range: { start: START, end: START },
      severity: DiagnosticSeverity.Warning,
      code: TOO_LARGE_CODE,
      source: SOURCE,
      message:
        `Tệp quá lớn để kiểm tra (${formatBytes(size)}, giới hạn ${formatBytes(settings.maxFileSize)}). ` +
        'Có thể tăng giới hạn bằng thiết lập thethuc.maxFileSize.',
    });
    return { ...base, doc: null, findings: [], diagnostics: notes };
  }
  const result = check(text, { config });
  const diagnostics: Diagnostic[] = new Array(result.findings.length);
  for (let i = 0; i < result.findings.length; i++) diagnostics[i] = toDiagnostic(result.findings[i], doc, links);
  for (const note of notes) diagnostics.push(note);
  return { ...base, doc: result.doc, findings: result.findings, diagnostics };
}

