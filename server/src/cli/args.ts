/** Command-line parsing for `thethuc`: argv in, one command out, or a UsageError in Vietnamese. */
import { clip, DEFAULT_MAX_FILE_SIZE } from '../engine/limits';

export type CheckFormat = 'stylish' | 'json' | 'sarif';
export type ListFormat = 'text' | 'json';

export interface CheckCommand {
  name: 'check';
  /** As typed: files, folders, or "-" for standard input. */
  paths: string[];
  final: boolean;
  format: CheckFormat;
  fix: boolean;
  config: string | null;
  exitZero: boolean;
  /** Files larger than this (bytes) are not checked (exit 2); the server's thethuc.maxFileSize. */
  maxFileSize: number;
}

export interface InspectCommand {
  name: 'inspect';
  file: string;
  format: ListFormat;
  maxFileSize: number;
}

export interface RulesCommand {
  name: 'rules';
  format: ListFormat;
}

export interface ExportCommand {
  name: 'export';
  /** The draft, or "-" for standard input. */
  file: string;
  /** The file written: .docx (Word) or .html (the print preview); null: the draft's name with .docx. */
  output: string | null;
  /** Drafts larger than this (bytes) are not read (exit 2), as for check. */
  maxFileSize: number;
}

export type Command = { name: 'help' } | { name: 'version' } | CheckCommand | InspectCommand | RulesCommand | ExportCommand;

/** Bad command line: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const CHECK_FORMATS: readonly CheckFormat[] = ['stylish', 'json', 'sarif'];
const LIST_FORMATS: readonly ListFormat[] = ['text', 'json'];

/** Which options a command takes: a flag, or an option with a value. */
type OptionSpec = Record<string, 'flag' | 'value'>;

const CHECK_OPTIONS: OptionSpec = { '--final': 'flag', '--format': 'value', '--fix': 'flag', '--config': 'value', '--exit-zero': 'flag', '--max-file-size': 'value' };
const INSPECT_OPTIONS: OptionSpec = { '--format': 'value', '--max-file-size': 'value' };
const LIST_OPTIONS: OptionSpec = { '--format': 'value' };
const EXPORT_OPTIONS: OptionSpec = { '-o': 'value', '--output': 'value' , '--max-file-size': 'value' };

export function parseArgs(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('thiếu lệnh.');
  if (first === '--help' || first === '-h' || first === 'help') return { name: 'help' };
  if (first === '--version' || first === '-v') return { name: 'version' };
  if (first.startsWith('-')) throw new UsageError(`không rõ tùy chọn "${clip(first)}".`);

  switch (first) {
    case 'check': {
      const parsed = parseOptions(rest, CHECK_OPTIONS);
      if (parsed === 'help') return { name: 'help' };
      const { options, positionals } = parsed;
      if (positionals.length === 0) throw new UsageError('lệnh check cần ít nhất một tệp, thư mục, hoặc "-" để đọc đầu vào chuẩn.');
      return {
        name: 'check',
        paths: positionals,
        final: options.has('--final'),
        format: oneOf(options.get('--format'), CHECK_FORMATS, 'stylish'),
        fix: options.has('--fix'),
        config: (options.get('--config') as string | undefined) ?? null,
        exitZero: options.has('--exit-zero'),
        maxFileSize: byteCount(options.get('--max-file-size'), '--max-file-size', DEFAULT_MAX_FILE_SIZE),
      };
    }
    case 'inspect': {
      const parsed = parseOptions(rest, INSPECT_OPTIONS);
      if (parsed === 'help') return { name: 'help' };
      const { options, positionals } = parsed;
      if (positionals.length === 0) throw new UsageError('lệnh inspect cần một tệp (hoặc "-" để đọc đầu vào chuẩn).');
      if (positionals.length > 1) throw new UsageError(`lệnh inspect chỉ nhận một tệp (đang có ${positionals.length}).`);
      return {
        name: 'inspect',
        file: positionals[0],
        format: oneOf(options.get('--format'), LIST_FORMATS, 'text'),
        maxFileSize: byteCount(options.get('--max-file-size'), '--max-file-size', DEFAULT_MAX_FILE_SIZE),
      };
    }
    case 'rules': {
      const parsed = parseOptions(rest, LIST_OPTIONS);
      if (parsed === 'help') return { name: 'help' };
      const { options, positionals } = parsed;
      if (positionals.length > 0) throw new UsageError(`lệnh rules không nhận đối số "${clip(positionals[0])}".`);
      return { name: 'rules', format: oneOf(options.get('--format'), LIST_FORMATS, 'text') };
    }
    case 'export': {
      const parsed = parseOptions(rest, EXPORT_OPTIONS);
      if (parsed === 'help') return { name: 'help' };
      const { options, positionals } = parsed;
      if (positionals.length !== 1) throw new UsageError('lệnh export cần đúng một tệp văn bản (hoặc "-" để đọc đầu vào chuẩn).');
      const output = (options.get('--output') ?? options.get('-o') ?? null) as string | null;
      if (positionals[0] === '-' && output === null) throw new UsageError('lệnh export đọc đầu vào chuẩn cần -o TỆP.docx.');
      if (output !== null && !/\.(docx|html?)$/i.test(output)) throw new UsageError(`tệp ra "${clip(output)}" phải có đuôi .docx hoặc .html.`);
      if (/\.docx$/i.test(positionals[0])) throw new UsageError('lệnh export nhận văn bản thô (.txt, .md, .vanban), không nhận tệp .docx.');
      return { name: 'export', file: positionals[0], output, maxFileSize: byteCount(options.get('--max-file-size'), '--max-file-size', DEFAULT_MAX_FILE_SIZE) };
    }
    default:
      throw new UsageError(`không rõ lệnh "${clip(first)}".`);
  }
}

interface ParsedOptions {
  /** Flags map to true, options with a value to their value; a repeated option keeps its last value. */
  options: Map<string, string | true>;
  positionals: string[];
}

/** Reads "--flag", "--option value", "--option=value", "-" (standard input) and "--" (end of options). */
function parseOptions(args: string[], spec: OptionSpec): ParsedOptions | 'help' {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      // a loop, not push(...rest): spreading an unbounded array into a call overflows the stack
      for (let j = i + 1; j < args.length; j++) positionals.push(args[j]);
      break;
    }
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const kind = spec[name];
    if (kind === undefined) throw new UsageError(`không rõ tùy chọn "${clip(name)}".`);
    if (kind === 'flag') {
      if (eq !== -1) throw new UsageError(`tùy chọn "${name}" không nhận giá trị.`);
      options.set(name, true);
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`tùy chọn "${name}" cần một giá trị.`);
    options.set(name, value);
  }
  return { options, positionals };
}

function oneOf<T extends string>(value: string | true | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`định dạng "${clip(String(value))}" không được hỗ trợ; chọn một trong: ${allowed.join(', ')}.`);
}

/** A whole number of bytes, at least 0 ("2000000", "2_000_000" is not accepted). */
function byteCount(value: string | true | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  throw new UsageError(`tùy chọn "${name}" cần một số nguyên byte không âm (đang là "${clip(String(value))}").`);
}
