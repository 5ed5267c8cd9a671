/**
 * The `thethuc` command line, runnable in-process: run(argv, io) returns the exit code.
 * A thin surface over the engine: all checking, fixing and parsing goes through its public API.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check, checkDocx, DocxError, inspect, layoutOf, parse, renderPrintHtml, RULES, writeDocx, type CheckOptions, type Config } from '../engine';
import { ConfigError, configForFile, findConfig, loadConfig } from '../engine/config/load';
import { parseArgs, UsageError, type CheckCommand, type Command, type ExportCommand, type InspectCommand, type RulesCommand } from './args';
import { collectTargets, decodeText, describeIoError, displayPath, readBinaryFile, readStream, readTextFile, tooLargeMessage, type Target } from './files';
import { checkAndFix } from './fix';
import { formatInspection, formatJson, formatRulesTable, formatSarif, formatStylish, toJsonRules, type FileReport } from './formats';
import { USAGE, VERSION } from './usage';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Read only when a path is "-". */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Relative paths, config search for standard input, and SARIF URIs start here. */
  cwd: string;
  /** For NO_COLOR; defaults to process.env. */
  env?: Record<string, string | undefined>;
}

/** No error-level finding. */
export const EXIT_OK = 0;
/** Error-level findings. */
export const EXIT_FINDINGS = 1;
/** Bad usage, a file that cannot be read or written, or an invalid config. */
export const EXIT_TROUBLE = 2;

export async function run(argv: string[], io: CliIO): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`thethuc: ${err.message}\n\n${USAGE}`);
    return EXIT_TROUBLE;
  }
  switch (command.name) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    case 'check':
      return runCheck(command, io);
    case 'inspect':
      return runInspect(command, io);
    case 'rules':
      return runRules(command, io);
    case 'export':
      return runExport(command, io);
  }
}

/** A Word file, judged by its name: read as .docx (text, cells and formatting), never as text. */
export function isDocxPath(path: string | null): boolean {
  return path !== null && /\.docx$/i.test(path);
}

async function runCheck(command: CheckCommand, io: CliIO): Promise<number> {
  let trouble = false;
  const complain = (message: string) => {
    io.stderr.write(`thethuc: ${message}\n`);
    trouble = true;
  };

  let givenConfig: Config | null = null;
  if (command.config !== null) {
    try {
      givenConfig = loadConfig(resolve(io.cwd, command.config));
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      complain(err.message);
      return EXIT_TROUBLE;
    }
  }
  const configs = new ConfigFinder(complain);

  const { targets, errors } = collectTargets(command.paths, io.cwd);
  errors.forEach(complain);

  const reports: FileReport[] = [];
  let fixedStdin: string | null = null;
  let docxFixNote = false;
  for (const target of targets) {
    if (isDocxPath(target.path)) {
      // a .docx: findings only (`--fix` never writes Word files)
      const config = givenConfig
        ? configForFile(givenConfig, resolve(io.cwd, command.config!), target.path!)
        : configs.forPath(target.path!, target.path);
      if (config === null) continue;
      const file = readBinaryFile(target.path!, command.maxFileSize);
      if ('tooLarge' in file) {
        complain(tooLargeMessage(`tệp ${target.display}`, file.tooLarge, command.maxFileSize));
        continue;
      }
      if ('error' in file) {
        complain(`không đọc được tệp ${target.display}: ${file.error}`);
        continue;
      }
      const bytes = file.bytes;
      try {
        const r = checkDocx(bytes, { config, mode: command.final ? 'final' : undefined });
        reports.push({ file: target.display, path: target.path, text: r.text, findings: r.findings, fixed: 0, docx: { place: r.place } });
        if (command.fix) docxFixNote = true;
      } catch (err) {
        if (!(err instanceof DocxError)) throw err;
        complain(`không đọc được tệp ${target.display}: ${err.message}`);
      }
      continue;
    }
    const read = await readTarget(target, io, command.maxFileSize);
    if ('error' in read) {
      complain(read.error);
      continue;
    }
    // overrides ("files" patterns relative to the config file) apply to files, not to standard input
    const config = givenConfig
      ? target.path ? configForFile(givenConfig, resolve(io.cwd, command.config!), target.path) : givenConfig
      : configs.forPath(target.path ?? io.cwd, target.path);
    if (config === null) continue;
    const options: CheckOptions = { config, mode: command.final ? 'final' : undefined };

    if (!command.fix) {
      reports.push({ file: target.display, path: target.path, text: read.text, findings: check(read.text, options).findings, fixed: 0 });
      continue;
    }
    const fixed = checkAndFix(read.text, options);
    if (target.path === null) {
      fixedStdin = fixed.text;
    } else if (fixed.text !== read.text) {
      try {
        writeFileSync(target.path, fixed.text, 'utf8');
      } catch (err) {
        complain(`không ghi được tệp ${target.display}: ${describeIoError(err)}`);
        continue;
      }
    }
    reports.push({ file: target.display, path: target.path, text: fixed.text, findings: fixed.findings, fixed: fixed.applied });
  }

  // With "-" and --fix, standard output carries the fixed text, so the report goes to standard error.
  const readsStdin = targets.some((t) => t.path === null);
  const out = command.fix && readsStdin ? io.stderr : io.stdout;
  if (fixedStdin !== null) io.stdout.write(fixedStdin);
  if (command.format === 'json') out.write(formatJson(reports));
  else if (command.format === 'sarif') out.write(formatSarif(reports, RULES, io.cwd, VERSION));
  else if (reports.length > 0) out.write(formatStylish(reports, useColor(out, io)));

  if (docxFixNote) io.stderr.write('thethuc: --fix không sửa tệp Word (.docx); các lỗi trong tệp .docx chỉ được báo.\n');
  if (trouble) return EXIT_TROUBLE;
  const hasErrors = reports.some((r) => r.findings.some((f) => f.severity === 'error'));
  return hasErrors && !command.exitZero ? EXIT_FINDINGS : EXIT_OK;
}

async function runInspect(command: InspectCommand, io: CliIO): Promise<number> {
  const target = oneTarget(command.file, io);
  const read = await readOne(target, io, command.maxFileSize);
  if (read === null) return EXIT_TROUBLE;
  const inspection = inspect(read.text);
  if (command.format === 'json') io.stdout.write(JSON.stringify({ file: target.display, ...inspection }, null, 2) + '\n');
  else io.stdout.write(formatInspection(target.display, inspection));
  return EXIT_OK;
}

/** `thethuc export draft.txt -o draft.docx`: the draft laid out as Phụ lục I says, as Word or HTML. */
async function runExport(command: ExportCommand, io: CliIO): Promise<number> {
  const target = oneTarget(command.file, io);
  const read = await readOne(target, io, command.maxFileSize);
  if (read === null) return EXIT_TROUBLE;
  const out = resolve(io.cwd, command.output ?? command.file.replace(/\.[^./\\]*$/, '') + '.docx');
  const layout = layoutOf(parse(read.text));
  let bytes: Uint8Array | string;
  if (/\.html?$/i.test(out)) bytes = renderPrintHtml(layout, target.display);
  else bytes = await writeDocx(layout);
  try {
    writeFileSync(out, bytes);
  } catch (err) {
    io.stderr.write(`thethuc: không ghi được tệp ${displayPath(out, io.cwd)}: ${describeIoError(err)}\n`);
    return EXIT_TROUBLE;
  }
  io.stdout.write(`Đã xuất ${displayPath(out, io.cwd)}\n`);
  return EXIT_OK;
}

function runRules(command: RulesCommand, io: CliIO): number {
  if (command.format === 'json') io.stdout.write(JSON.stringify(toJsonRules(RULES), null, 2) + '\n');
  else io.stdout.write(formatRulesTable(RULES));
  return EXIT_OK;
}

/** The one file a command reads ("-": standard input). */
function oneTarget(file: string, io: CliIO): Target {
  if (file === '-') return { path: null, display: '-' };
  const path = resolve(io.cwd, file);
  return { path, display: displayPath(path, io.cwd) };
}

/** The text of the one file of inspect or export, or null after telling why it cannot be read. */
async function readOne(target: Target, io: CliIO, maxBytes: number): Promise<{ text: string } | null> {
  const read = await readTarget(target, io, maxBytes);
  if (!('error' in read)) return read;
  io.stderr.write(`thethuc: ${read.error}\n`);
  return null;
}

/** The text of a file or of standard input, or a Vietnamese message saying why it cannot be read. */
async function readTarget(target: Target, io: CliIO, maxBytes: number): Promise<{ text: string } | { error: string }> {
  if (target.path !== null) {
    const read = readTextFile(target.path, maxBytes);
    if ('tooLarge' in read) return { error: tooLargeMessage(`tệp ${target.display}`, read.tooLarge, maxBytes) };
    return 'error' in read ? { error: `không đọc được tệp ${target.display}: ${read.error}` } : read;
  }
  if (!io.stdin) return { error: 'không đọc được đầu vào chuẩn: không có đầu vào chuẩn' };
  let bytes: Buffer | null;
  try {
    bytes = await readStream(io.stdin, maxBytes);
  } catch (err) {
    return { error: `không đọc được đầu vào chuẩn: ${describeIoError(err)}` };
  }
  if (bytes === null) return { error: tooLargeMessage('đầu vào chuẩn', null, maxBytes) };
  const read = decodeText(bytes);
  return 'error' in read ? { error: `không đọc được đầu vào chuẩn: ${read.error}` } : read;
}

/** `.thethucrc.json` found upward from each file, each config file read once; an invalid one is reported once. */
class ConfigFinder {
  private readonly loaded = new Map<string, Config | null>();

  constructor(private readonly complain: (message: string) => void) {}

  /** The config for a file (or for a folder, for standard input); null when its config file is invalid. */
  forPath(path: string, checkedFile: string | null = null): Config | null {
    const file = findConfig(path);
    if (file === null) return {};
    if (!this.loaded.has(file)) {
      try {
        this.loaded.set(file, loadConfig(file));
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        this.complain(err.message);
        this.loaded.set(file, null);
      }
    }
    const config = this.loaded.get(file)!;
    return config && checkedFile ? configForFile(config, file, checkedFile) : config;
  }
}

function useColor(stream: OutputStream, io: CliIO): boolean {
  const env = io.env ?? process.env;
  return stream.isTTY === true && env.NO_COLOR === undefined;
}
