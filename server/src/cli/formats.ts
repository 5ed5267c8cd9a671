/** The CLI's output formats: stylish (for people), json and sarif (for tools), and the inspect and rules listings. */
import { pathToFileURL } from 'node:url';
import { SourceText, type DocxFindingPlace, type Finding, type inspect, type Rule, type Severity } from '../engine';

type Inspection = ReturnType<typeof inspect>;

/** The findings for one checked file, placed in `text` (the file's content after any fixes). */
export interface FileReport {
  /** As shown to the user; "-" for standard input. */
  file: string;
  /** Absolute path, or null for standard input. */
  path: string | null;
  text: string;
  findings: Finding[];
  /** Fixes applied by --fix. */
  fixed: number;
  /** A .docx: findings are placed in paragraphs (it has no lines); `text` is the text read from it. */
  docx?: { place(f: Finding): DocxFindingPlace };
}

export const SEVERITY_WORDS: Record<Severity, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', hint: 'gợi ý' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

// ---------------------------------------------------------------------------------------------
// stylish

type Paint = (s: string) => string;

interface Palette {
  red: Paint;
  yellow: Paint;
  cyan: Paint;
  green: Paint;
  dim: Paint;
  bold: Paint;
  underline: Paint;
}

function palette(color: boolean): Palette {
  const sgr = (open: number, close: number): Paint => (color ? (s) => `\x1b[${open}m${s}\x1b[${close}m` : (s) => s);
  return { red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24) };
}

export function formatStylish(reports: FileReport[], color: boolean): string {
  const p = palette(color);
  const paintSeverity: Record<Severity, Paint> = { error: p.red, warning: p.yellow, info: p.cyan, hint: p.dim };
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };

  for (const report of reports) {
    if (report.findings.length === 0) continue;
    out.push(p.underline(report.file === '-' ? '(đầu vào chuẩn)' : report.file));
    const rows = report.findings.map((f) => ({
      position: report.docx ? docxPosition(report.docx.place(f)) : `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      severity: f.severity,
      message: f.message.replace(/\s*\n\s*/g, ' '),
      rule: f.rule,
    }));
    // loops, not Math.max(...rows): a spread of 137,000 rows overflowed the stack
    let positionWidth = 0;
    let severityWidth = 0;
    for (const r of rows) {
      positionWidth = Math.max(positionWidth, r.position.length);
      severityWidth = Math.max(severityWidth, SEVERITY_WORDS[r.severity].length);
    }
    for (const row of rows) {
      counts[row.severity]++;
      const position = p.dim(row.position.padStart(positionWidth));
      const severity = paintSeverity[row.severity](SEVERITY_WORDS[row.severity].padEnd(severityWidth));
      out.push(`  ${position}  ${severity}  ${row.message}  ${p.dim(row.rule)}`);
    }
    out.push('');
  }

  const fixed = reports.reduce((n, r) => n + r.fixed, 0);
  if (fixed > 0) {
    const files = reports.filter((r) => r.fixed > 0).length;
    out.push(p.green(`✔ Đã tự sửa ${fixed} chỗ trong ${files} tệp.`));
  }
  const total = SEVERITIES.reduce((n, s) => n + counts[s], 0);
  if (total === 0) {
    out.push(p.green(`✔ Không có vấn đề nào (${reports.length} tệp đã kiểm tra).`));
  } else {
    const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${SEVERITY_WORDS[s]}`);
    const paint = counts.error > 0 ? p.red : counts.warning > 0 ? p.yellow : (s: string) => s;
    out.push(p.bold(paint(`✖ ${total} vấn đề (${parts.join(', ')})`)));
  }
  return out.join('\n') + '\n';
}

/** "đoạn 12 «Độc lập - Tự do …»" for a finding in a .docx. */
function docxPosition(p: DocxFindingPlace): string {
  return p.excerpt ? `${p.where} «${p.excerpt.length > 40 ? `${p.excerpt.slice(0, 39)}…` : p.excerpt}»` : p.where;
}

// ---------------------------------------------------------------------------------------------
// json

export interface JsonEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  /** Text files: 1-based lines and UTF-16 columns. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** .docx files: the paragraph (1-based, document order), its table, row and cell, and the words. */
  paragraph?: number;
  table?: number;
  row?: number;
  cell?: number;
  excerpt?: string;
  fix?: { title: string; edits: JsonEdit[] };
  /** Changes the user may pick one by one; `--fix` never applies them. */
  suggestions?: { title: string; edits: JsonEdit[] }[];
}

export interface JsonFileReport {
  file: string;
  diagnostics: JsonDiagnostic[];
}

/** Lines and columns are 1-based; a column counts UTF-16 code units. */
export function toJson(reports: FileReport[]): JsonFileReport[] {
  return reports.map((report) => {
    const source = new SourceText(report.text);
    const diagnostics = report.findings.map((f): JsonDiagnostic => {
      if (report.docx) {
        const { where: _where, ...place } = report.docx.place(f);
        return { rule: f.rule, severity: f.severity, message: f.message, ...place };
      }
      const d: JsonDiagnostic = {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
      };
      const toJsonFix = (fix: NonNullable<typeof f.fix>) => ({
        title: fix.title,
        edits: fix.edits.map((e) => {
          const start = source.position(e.start);
          const end = source.position(e.end);
          return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, text: e.text };
        }),
      });
      if (f.fix) d.fix = toJsonFix(f.fix);
      if (f.suggestions?.length) d.suggestions = f.suggestions.map(toJsonFix);
      return d;
    });
    return { file: report.file, diagnostics };
  });
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(toJson(reports), null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------
// sarif

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 log with one run. Files under `cwd` get URIs relative to it (base id %SRCROOT%). */
export function toSarif(reports: FileReport[], rules: readonly Rule[], cwd: string, version: string): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) => {
    const artifactLocation = artifactFor(report);
    return report.findings.map((f) => ({
      ruleId: f.rule,
      ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [report.docx ? docxLocation(artifactLocation, report.docx.place(f)) : {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
          },
        },
      }],
    }));
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'thethuc',
            version,
            rules: rules.map((r) => ({
              id: r.id,
              name: pascalCase(r.id),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: r.citation },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };

  function artifactFor(report: FileReport): { uri: string; uriBaseId?: string } {
    if (report.path === null) return { uri: '-' };
    if (report.file === report.path) return { uri: pathToFileURL(report.path).href };
    return { uri: report.file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
}

/** A .docx has no lines: the file, and the paragraph (with its words) as a logical location. */
function docxLocation(artifactLocation: object, p: DocxFindingPlace): object {
  return {
    physicalLocation: { artifactLocation },
    logicalLocations: [{ name: p.where, fullyQualifiedName: p.excerpt ? `${p.where}: ${p.excerpt}` : p.where, kind: 'element' }],
  };
}

export function formatSarif(reports: FileReport[], rules: readonly Rule[], cwd: string, version: string): string {
  return JSON.stringify(toSarif(reports, rules, cwd, version), null, 2) + '\n';
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}

/** "so-ky-hieu" → "SoKyHieu": SARIF wants rule names as identifiers. */
function pascalCase(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

// ---------------------------------------------------------------------------------------------
// inspect

const REGIMES: Record<string, string> = {
  nd30: 'văn bản hành chính (Nghị định 30/2020/NĐ-CP)',
  party: 'văn bản của Đảng',
  qppl: 'văn bản quy phạm pháp luật',
};

/** One line per part of the document, in Vietnamese. */
export function formatInspection(file: string, i: Inspection): string {
  const none = '(không có)';
  const yesNo = (b: boolean) => (b ? 'có' : 'không');
  const list = (items: string[] | null) => (items && items.length > 0 ? items.join('; ') : none);
  const value = (s: string | null | undefined) => s ?? none;
  const lines: [string, string][] = [
    ['Tệp', file === '-' ? '(đầu vào chuẩn)' : file],
    ['Loại hình', REGIMES[i.regime] ?? i.regime],
    ['Tên loại', i.type ? (i.type.abbrev ? `${i.type.name} (${i.type.abbrev})` : i.type.name) : none],
    ['Cơ quan chủ quản', value(i.issuer.parent)],
    ['Cơ quan ban hành', value(i.issuer.name)],
    ['Quốc hiệu', yesNo(i.quocHieu)],
    ['Tiêu ngữ', yesNo(i.tieuNgu)],
    ['Số', value(i.number)],
    ['Ký hiệu', value(i.symbol)],
    ['Địa danh', value(i.place)],
    ['Ngày ban hành', i.date ? (i.date.iso ? `${i.date.raw} (${i.date.iso})` : `${i.date.raw} (chưa đủ ngày, tháng, năm)`) : none],
    ['Độ khẩn', value(i.urgency)],
    ['Độ mật', value(i.secrecy)],
    ['Trích yếu', value(i.trichYeu)],
    ['Kính gửi', list(i.kinhGui)],
    ['Căn cứ', list(i.canCu)],
    ['Số đề mục', String(i.sections)],
    ['Nơi nhận', list(i.noiNhan)],
    [
      'Chữ ký',
      i.signature ? [...i.signature.authority, ...i.signature.titles, i.signature.name ?? '(chưa có họ tên)'].join('; ') : none,
    ],
    ['Phụ lục', list(i.phuLuc)],
  ];
  let width = 0;
  for (const [label] of lines) width = Math.max(width, label.length);
  return lines.map(([label, text]) => `${(label + ':').padEnd(width + 1)} ${text}`).join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// rules

export interface JsonRule {
  id: string;
  title: string;
  description: string;
  citation: string;
  severity: Severity;
  fixable: boolean;
}

export function toJsonRules(rules: readonly Rule[]): JsonRule[] {
  return rules.map((r) => ({ id: r.id, title: r.title, description: r.description, citation: r.citation, severity: r.severity, fixable: r.fixable }));
}

/** A table: id, title, default severity, fixable, citation. */
export function formatRulesTable(rules: readonly Rule[]): string {
  const header = ['Mã', 'Tên', 'Mức mặc định', 'Tự sửa', 'Căn cứ'];
  const rows = rules.map((r) => [r.id, r.title, SEVERITY_WORDS[r.severity], r.fixable ? 'có' : 'không', r.citation]);
  const widths = header.map((h, col) => rows.reduce((w, row) => Math.max(w, row[col].length), h.length));
  const line = (cells: string[]) =>
    cells
      .map((c, col) => (col === cells.length - 1 ? c : c.padEnd(widths[col])))
      .join('  ')
      .trimEnd();
  const fixable = rules.filter((r) => r.fixable).length;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', `${rules.length} quy tắc, ${fixable} quy tắc tự sửa được.`].join('\n') + '\n';
}
