/** Runs the engine on an open document and turns its findings into LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check, type Finding, type Severity } from '../engine';
import { toConfig, type Settings } from './settings';

export const SOURCE = 'thethuc';

/** Code of the one diagnostic shown instead of findings on a document over thethuc.maxFileSize. */
export const TOO_LARGE_CODE = 'tep-qua-lon';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The outcome of checking one version of a document; diagnostics[i] belongs to findings[i]. */
export interface LintResult {
  uri: string;
  version: number;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export function toDiagnostic(finding: Finding, doc: TextDocument): Diagnostic {
  return {
    range: { start: doc.positionAt(finding.start), end: doc.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: SOURCE,
    message: finding.message,
  };
}

export function lint(doc: TextDocument, settings: Settings): LintResult {
  const text = doc.getText();
  const base = { uri: doc.uri, version: doc.version };
  const size = Buffer.byteLength(text, 'utf8');
  if (size > settings.maxFileSize) {
    const diagnostic: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      code: TOO_LARGE_CODE,
      source: SOURCE,
      message:
        `Tệp quá lớn để kiểm tra (${formatBytes(size)}, giới hạn ${formatBytes(settings.maxFileSize)}). ` +
        'Có thể tăng giới hạn bằng thiết lập thethuc.maxFileSize.',
    };
    return { ...base, findings: [], diagnostics: [diagnostic] };
  }
  const { findings } = check(text, { config: toConfig(settings) });
  return { ...base, findings, diagnostics: findings.map((f) => toDiagnostic(f, doc)) };
}

/** "2,5 MB", "900 byte": Vietnamese number style. */
function formatBytes(n: number): string {
  if (n < 1000) return `${n} byte`;
  const [value, unit] = n < 1_000_000 ? [n / 1000, 'kB'] : [n / 1_000_000, 'MB'];
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ${unit}`;
}
