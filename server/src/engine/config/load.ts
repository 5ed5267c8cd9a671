/**
 * Finding and reading `.thethucrc.json`. Validation is strict: anything the engine would not
 * understand is an error naming the file and the key, never a silent default.
 */
import { lstatSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { RULES } from '../rules';
import { clip, formatBytes, MAX_CONFIG_FILE_SIZE, MAX_GLOB_LENGTH, MAX_GLOBS, MAX_WILDCARD_GLOB_CHARS } from '../limits';
import { isSymbolicLink, readRegularFile } from '../readFile';
import type { Config, IgnoreEntry, Override, Profile, RuleSetting } from './types';

export const CONFIG_FILE_NAME = '.thethucrc.json';

/** A config file that cannot be read, is not JSON, or does not follow the schema. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** The config file at fault. */
    readonly file: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * The nearest `.thethucrc.json`, searching upward from the folder of `startPath` (or from
 * `startPath` itself when it is a folder). Returns its absolute path, or null when there is none.
 * Only a real folder of that name is passed over: anything else there — a symbolic link to a folder,
 * to a FIFO or to nothing, a FIFO, a device — is returned, and loadConfig() says what is wrong with it
 * (never a silent search further up).
 */
export function findConfig(startPath: string): string | null {
  const start = resolve(startPath);
  let dir = isDirectory(start) ? start : dirname(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    const found = entryAt(candidate);
    if (found === 'other') return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** What is at `path` itself (a symbolic link is not followed): nothing, a real folder, or something else. */
function entryAt(path: string): 'none' | 'folder' | 'other' {
  try {
    return lstatSync(path).isDirectory() ? 'folder' : 'other';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'none' : 'other';
  }
}

const MODES = ['draft', 'final'] as const;
const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error', 'hint'];
const TOP_LEVEL_KEYS = ['$schema', 'mode', 'rules', 'profile', 'ignore', 'overrides'];
const PROFILE_KEYS = ['place', 'abbreviations', 'allowTitlesBeforeName'];
const IGNORE_KEYS = ['rule', 'text'];
const OVERRIDE_KEYS = ['files', 'rules'];

/**
 * Reads and validates a config file. Throws ConfigError on any problem. Only a regular file of at
 * most MAX_CONFIG_FILE_SIZE bytes is read (a FIFO or a device is refused without blocking), and no
 * message quotes the file's text (it may be some other file a symbolic link points to).
 */
export function loadConfig(path: string): Config {
  return validateConfig(parseConfigText(readConfigText(path), path), path);
}

/** The text of a config file, or a ConfigError naming the file. */
export function readConfigText(path: string): string {
  const read = readRegularFile(path, MAX_CONFIG_FILE_SIZE);
  if (read.ok) return read.bytes.toString('utf8');
  const link = isSymbolicLink(path);
  const via = link ? ' (một liên kết tượng trưng)' : '';
  if (read.reason === 'io') {
    const reason = read.error.code === 'ENOENT' && link ? 'liên kết tượng trưng trỏ tới một tệp không tồn tại' : describeIoError(read.error);
    throw new ConfigError(`Không đọc được tệp cấu hình ${path}: ${reason}.`, path);
  }
  if (read.reason === 'not-file') {
    throw new ConfigError(`Tệp cấu hình ${path}${via} không phải tệp thông thường: đó là ${read.what}.`, path);
  }
  const size = read.size === null ? `hơn ${formatBytes(MAX_CONFIG_FILE_SIZE)}` : formatBytes(read.size);
  throw new ConfigError(`Tệp cấu hình ${path}${via} quá lớn (${size}, giới hạn ${formatBytes(MAX_CONFIG_FILE_SIZE)}).`, path);
}

/** JSON.parse of a config's text; a syntax error says where (line, column), never what the text holds. */
export function parseConfigText(text: string, path: string): unknown {
  const raw = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(raw);
  } catch {
    const at = jsonErrorOffset(raw);
    let where = '';
    if (at >= 0) {
      let line = 1;
      let lineStart = 0;
      for (let i = raw.indexOf('\n'); i !== -1 && i < at; i = raw.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
      }
      where = at >= raw.length ? ' (hết tệp giữa chừng)' : ` (dòng ${line}, cột ${at - lineStart + 1})`;
    }
    throw new ConfigError(`Tệp cấu hình ${path} không phải JSON hợp lệ${where}.`, path);
  }
}

/**
 * The offset of the first JSON syntax error in `s` (s.length when the text ends too early), or -1 when
 * there is none. A scan in one pass without recursion, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(s: string): number {
  const n = s.length;
  const stack: ('[' | '{')[] = [];
  let i = 0;
  type Expect = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'commaOrClose' | 'end';
  let expect: Expect = 'value';
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'commaOrClose');
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  /** Reads a string at s[i] === '"'; false (i at the fault) when it is not a valid one. */
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  for (;;) {
    while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
    if (i >= n) return expect === 'end' ? -1 : n;
    const c = s[i];
    switch (expect) {
      case 'end':
        return i;
      case 'colon':
        if (c !== ':') return i;
        i++;
        expect = 'value';
        break;
      case 'commaOrClose': {
        const open = stack[stack.length - 1];
        if (c === ',') {
          i++;
          expect = open === '{' ? 'key' : 'value';
        } else if (c === (open === '{' ? '}' : ']')) {
          i++;
          stack.pop();
          expect = afterValue();
        } else return i;
        break;
      }
      case 'keyOrClose':
      case 'key':
        if (expect === 'keyOrClose' && c === '}') {
          i++;
          stack.pop();
          expect = afterValue();
          break;
        }
        if (c !== '"' || !string()) return i;
        expect = 'colon';
        break;
      default: {
        // a value (after "[" the array may close instead)
        if (expect === 'valueOrClose' && c === ']') {
          i++;
          stack.pop();
          expect = afterValue();
          break;
        }
        if (c === '[' || c === '{') {
          stack.push(c);
          i++;
          expect = c === '[' ? 'valueOrClose' : 'keyOrClose';
          break;
        }
        if (c === '"') {
          if (!string()) return i;
        } else if (s.startsWith('true', i)) i += 4;
        else if (s.startsWith('false', i)) i += 5;
        else if (s.startsWith('null', i)) i += 4;
        else {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(s)) return i;
          i = NUMBER.lastIndex;
        }
        expect = afterValue();
      }
    }
  }
}

/** Checks parsed JSON against the config schema; `file` names the source in error messages. */
export function validateConfig(data: unknown, file: string): Config {
  const fail = (message: string): never => {
    throw new ConfigError(`Cấu hình không hợp lệ trong ${file}: ${message}`, file);
  };
  const root = expectObject(data, '', fail);
  rejectUnknownKeys(root, '', TOP_LEVEL_KEYS, fail);

  const config: Config = {};
  if ('$schema' in root) expectString(root.$schema, '$schema', fail);
  if ('mode' in root) config.mode = expectOneOf(root.mode, 'mode', MODES, fail);
  if ('rules' in root) config.rules = validateRules(root.rules, 'rules', fail);
  if ('profile' in root) config.profile = validateProfile(root.profile, fail);
  if ('ignore' in root) {
    if (!Array.isArray(root.ignore)) fail(`khóa "ignore" phải là một mảng (đang là ${describe(root.ignore)}).`);
    config.ignore = (root.ignore as unknown[]).map((entry, i) => validateIgnoreEntry(entry, `ignore[${i}]`, fail));
  }
  if ('overrides' in root) {
    if (!Array.isArray(root.overrides)) fail(`khóa "overrides" phải là một mảng (đang là ${describe(root.overrides)}).`);
    const overrides = root.overrides as unknown[];
    if (overrides.length > MAX_GLOBS) fail(`khóa "overrides" có ${overrides.length} mục, nhiều hơn giới hạn ${MAX_GLOBS}.`);
    config.overrides = overrides.map((entry, i) => validateOverride(entry, `overrides[${i}]`, fail));
    // Matching a pattern with a wildcard costs up to (path length × pattern length): bound them all together.
    let count = 0;
    let wildcardChars = 0;
    for (const o of config.overrides) {
      count += o.files.length;
      for (const f of o.files) if (compileGlob(f).literal === null) wildcardChars += f.length;
    }
    if (count > MAX_GLOBS) fail(`các khóa "overrides[].files" có tổng cộng ${count} mẫu đường dẫn, nhiều hơn giới hạn ${MAX_GLOBS}.`);
    if (wildcardChars > MAX_WILDCARD_GLOB_CHARS) {
      fail(`các mẫu đường dẫn có ký tự đại diện (*, ?, {…}) trong "overrides[].files" dài tổng cộng ${wildcardChars} ký tự, nhiều hơn giới hạn ${MAX_WILDCARD_GLOB_CHARS}.`);
    }
  }
  return config;
}

/**
 * The config that applies to one file: `config` with the rules of every override whose `files` match
 * the file's path relative to the config file's folder merged in, in order (a later override wins).
 * The result carries no `overrides`. `configPath` is the config file (null: no file, nothing to match).
 */
export function configForFile(config: Config, configPath: string | null, filePath: string): Config {
  const { overrides, ...rest } = config;
  if (!overrides || overrides.length === 0 || configPath === null) return rest;
  const rel = relative(dirname(resolve(configPath)), resolve(filePath)).split(sep).join('/');
  // A file outside the config's folder matches no pattern.
  if (rel === '' || rel.startsWith('../') || rel === '..') return rest;
  let rules = rest.rules;
  const codes = codePoints(rel);
  for (const o of overrides) {
    if (!o.files.some((pattern) => compileGlob(pattern).matches(rel, codes))) continue;
    rules = { ...rules, ...o.rules };
  }
  return rules === rest.rules ? rest : { ...rest, rules };
}

/**
 * Whether a "/"-separated relative path matches a glob: `*` matches within one path segment, `?` one
 * character of a segment, `**` any number of whole segments ("du-thao/**" is everything under
 * du-thao/), `{a,b}` either. A leading "./" is ignored. Case-sensitive, as paths are on most systems.
 *
 * The glob is compiled to a small automaton and the path read once, keeping the set of states it may
 * be in: time is at most (path length × pattern length), whatever the pattern — a regular expression
 * here backtracked exponentially on "*a*a*a…b" or "**\/**\/…" against long or deep paths.
 */
export function globMatch(pattern: string, path: string): boolean {
  return compileGlob(pattern).matches(path, codePoints(path));
}

const SLASH = 0x2f;
/** What a state of a compiled glob reads. */
const CHAR = 0; // one given code point
const ANY = 1; // "?": one code point other than "/"
const STAR = 2; // "*": any run of code points other than "/" (loops on itself)
const SEGMENTS = 3; // "**\/": zero or more whole segments; at the start of one
const IN_SEGMENT = 4; // … inside one of those segments
const ALL = 5; // a trailing "**": anything
const SPLIT = 6; // "{a,b}": one of several branches (reads nothing)
const ACCEPT = 7;

/** A glob compiled to states in typed arrays; `literal` when it has no wildcard (compared as a string). */
class Glob {
  private readonly mark: Int32Array;
  private readonly current: Int32Array;
  private readonly following: Int32Array;
  private generation = 0;

  constructor(
    readonly literal: string | null,
    private readonly kind: Uint8Array,
    /** CHAR: the code point; SEGMENTS: its IN_SEGMENT state; SPLIT: where its branches start in `branches`. */
    private readonly arg: Int32Array,
    /** The state after this one (IN_SEGMENT: its SEGMENTS state; SPLIT: how many branches). */
    private readonly next: Int32Array,
    private readonly branches: Int32Array,
    private readonly start: number,
  ) {
    this.mark = new Int32Array(kind.length);
    this.current = new Int32Array(kind.length);
    this.following = new Int32Array(kind.length);
  }

  /** Whether the path (as code points) matches: one pass, keeping the set of states it may be in. */
  matches(path: string, codes: Int32Array): boolean {
    if (this.literal !== null) return path === this.literal;
    const { kind, arg, next, mark } = this;
    let cur = this.current;
    let nxt = this.following;
    let gen = ++this.generation;
    let n = this.add(cur, 0, this.start, gen);
    for (let p = 0; p < codes.length && n > 0; p++) {
      const c = codes[p];
      gen = ++this.generation;
      let m = 0;
      for (let k = 0; k < n; k++) {
        const i = cur[k];
        let to: number;
        switch (kind[i]) {
          case CHAR:
            if (c !== arg[i]) continue;
            to = next[i];
            break;
          case ANY:
            if (c === SLASH) continue;
            to = next[i];
            break;
          case STAR:
            if (c === SLASH) continue;
            to = i;
            break;
          case SEGMENTS:
            to = c === SLASH ? i : arg[i];
            break;
          case IN_SEGMENT:
            to = c === SLASH ? next[i] : i;
            break;
          case ALL:
            to = i;
            break;
          default:
            continue;
        }
        // `to` and the states it reaches without reading (inline; "{a,b}" through add())
        for (;;) {
          if (mark[to] === gen) break;
          const kt = kind[to];
          if (kt === SPLIT) {
            m = this.add(nxt, m, to, gen);
            break;
          }
          mark[to] = gen;
          nxt[m++] = to;
          if (kt !== STAR && kt !== SEGMENTS && kt !== ALL) break;
          to = next[to];
        }
      }
      const t = cur;
      cur = nxt;
      nxt = t;
      n = m;
    }
    for (let k = 0; k < n; k++) if (kind[cur[k]] === ACCEPT) return true;
    return false;
  }

  /** Adds state `first` to list[0..n) with the states it reaches without reading (each once per step); returns the new n. */
  private add(list: Int32Array, n: number, first: number, gen: number): number {
    const { kind, arg, next, mark, branches } = this;
    let i = first;
    for (;;) {
      if (mark[i] === gen) return n;
      mark[i] = gen;
      const k = kind[i];
      if (k === SPLIT) {
        // branches lead to states built before this one: the chain of SPLITs is finite
        for (let b = 0; b < next[i]; b++) n = this.add(list, n, branches[arg[i] + b], gen);
        return n;
      }
      list[n++] = i;
      if (k !== STAR && k !== SEGMENTS && k !== ALL) return n;
      i = next[i]; // these may also be skipped
    }
  }
}

const globCache = new Map<string, Glob>();

/** The code points of a string. */
function codePoints(s: string): Int32Array {
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out[n++] = c;
    if (c > 0xffff) i++;
  }
  return out.subarray(0, n);
}

function compileGlob(pattern: string): Glob {
  let glob = globCache.get(pattern);
  if (glob) return glob;
  const p = [...pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '/**')];
  // Read the pattern into steps, then build the states from the last step back to the first.
  type Step = { kind: number; c: number; alternatives?: number[][] };
  const steps: Step[] = [];
  let literal = true;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === '*') {
      literal = false;
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        const atEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atStart && atEnd) {
          if (i + 2 === p.length) steps.push({ kind: ALL, c: 0 });
          else {
            steps.push({ kind: SEGMENTS, c: 0 });
            i++; // the "/" after "**" belongs to it
          }
          i++;
          continue;
        }
        i++;
      }
      steps.push({ kind: STAR, c: 0 });
    } else if (ch === '?') {
      literal = false;
      steps.push({ kind: ANY, c: 0 });
    } else if (ch === '{' && p.indexOf('}', i) !== -1) {
      literal = false;
      const close = p.indexOf('}', i);
      steps.push({ kind: SPLIT, c: 0, alternatives: p.slice(i + 1, close).join('').split(',').map((b) => Array.from(codePoints(b))) });
      i = close;
    } else steps.push({ kind: CHAR, c: ch.codePointAt(0)! });
  }
  const kind: number[] = [ACCEPT];
  const arg: number[] = [0];
  const next: number[] = [-1];
  const branches: number[] = [];
  const state = (k: number, a: number, n: number): number => {
    kind.push(k);
    arg.push(a);
    next.push(n);
    return kind.length - 1;
  };
  let after = 0;
  for (let s = steps.length - 1; s >= 0; s--) {
    const step = steps[s];
    if (step.kind === CHAR) after = state(CHAR, step.c, after);
    else if (step.kind === SPLIT) {
      const heads = step.alternatives!.map((codes) => {
        let head = after;
        for (let j = codes.length - 1; j >= 0; j--) head = state(CHAR, codes[j], head);
        return head;
      });
      const at = branches.length;
      for (const h of heads) branches.push(h);
      after = state(SPLIT, at, heads.length);
    } else if (step.kind === SEGMENTS) {
      const segments = state(SEGMENTS, -1, after);
      arg[segments] = state(IN_SEGMENT, 0, segments);
      after = segments;
    } else after = state(step.kind, 0, after);
  }
  glob = new Glob(literal ? p.join('') : null, Uint8Array.from(kind), Int32Array.from(arg), Int32Array.from(next), Int32Array.from(branches), after);
  if (globCache.size > 2 * MAX_GLOBS) globCache.clear();
  globCache.set(pattern, glob);
  return glob;
}

function validateRules(value: unknown, key: string, fail: Fail): Record<string, RuleSetting> {
  const rules = expectObject(value, key, fail);
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules)) {
    const at = `${key}.${clip(id)}`; // a hostile id may be megabytes long
    expectRuleId(id, at, fail);
    out[id] = expectOneOf(setting, at, SETTINGS, fail);
  }
  return out;
}

function validateOverride(value: unknown, key: string, fail: Fail): Override {
  const raw = expectObject(value, key, fail);
  rejectUnknownKeys(raw, key, OVERRIDE_KEYS, fail);
  requireKeys(raw, key, OVERRIDE_KEYS, fail);
  const files = raw.files;
  if (!Array.isArray(files) || files.length === 0) {
    fail(`khóa "${key}.files" phải là một mảng không rỗng các mẫu đường dẫn (đang là ${describe(files)}).`);
  }
  if ((files as unknown[]).length > MAX_GLOBS) fail(`khóa "${key}.files" có ${(files as unknown[]).length} mẫu đường dẫn, nhiều hơn giới hạn ${MAX_GLOBS}.`);
  const patterns = (files as unknown[]).map((item, i) => {
    const pattern = expectString(item, `${key}.files[${i}]`, fail);
    if (pattern.trim() === '') fail(`khóa "${key}.files[${i}]" không được để trống.`);
    if (pattern.length > MAX_GLOB_LENGTH) fail(`khóa "${key}.files[${i}]" dài ${pattern.length} ký tự, nhiều hơn giới hạn ${MAX_GLOB_LENGTH} ký tự của một mẫu đường dẫn.`);
    if (/^(\/|[A-Za-z]:[\\/])/.test(pattern) || pattern.split(/[\\/]/).includes('..')) {
      fail(`khóa "${key}.files[${i}]" phải là đường dẫn tương đối tính từ thư mục của tệp cấu hình, không dùng ".." hay đường dẫn tuyệt đối (đang là ${describe(pattern)}).`);
    }
    return pattern;
  });
  return { files: patterns, rules: validateRules(raw.rules, `${key}.rules`, fail) };
}

type Fail = (message: string) => never;

/** Every one of `keys` is present in the object at `key`. */
function requireKeys(raw: Record<string, unknown>, key: string, keys: readonly string[], fail: Fail): void {
  for (const required of keys) {
    if (!(required in raw)) fail(`khóa "${key}" thiếu "${required}".`);
  }
}

function validateProfile(value: unknown, fail: Fail): Profile {
  const raw = expectObject(value, 'profile', fail);
  rejectUnknownKeys(raw, 'profile', PROFILE_KEYS, fail);
  const profile: Profile = {};
  if ('place' in raw) profile.place = expectString(raw.place, 'profile.place', fail);
  if ('abbreviations' in raw) {
    const list = raw.abbreviations;
    if (!Array.isArray(list)) fail(`khóa "profile.abbreviations" phải là một mảng chuỗi (đang là ${describe(list)}).`);
    profile.abbreviations = (list as unknown[]).map((item, i) => expectString(item, `profile.abbreviations[${i}]`, fail));
  }
  if ('allowTitlesBeforeName' in raw) {
    const flag = raw.allowTitlesBeforeName;
    if (typeof flag !== 'boolean') fail(`khóa "profile.allowTitlesBeforeName" phải là true hoặc false (đang là ${describe(flag)}).`);
    profile.allowTitlesBeforeName = flag as boolean;
  }
  return profile;
}

function validateIgnoreEntry(value: unknown, key: string, fail: Fail): IgnoreEntry {
  const raw = expectObject(value, key, fail);
  rejectUnknownKeys(raw, key, IGNORE_KEYS, fail);
  requireKeys(raw, key, IGNORE_KEYS, fail);
  const rule = expectString(raw.rule, `${key}.rule`, fail);
  expectRuleId(rule, `${key}.rule`, fail);
  return { rule, text: expectString(raw.text, `${key}.text`, fail) };
}

function expectObject(value: unknown, key: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(key === '' ? `nội dung phải là một đối tượng JSON (đang là ${describe(value)}).` : `khóa "${key}" phải là một đối tượng (đang là ${describe(value)}).`);
  }
  return value as Record<string, unknown>;
}

function expectString(value: unknown, key: string, fail: Fail): string {
  if (typeof value !== 'string') fail(`khóa "${key}" phải là một chuỗi (đang là ${describe(value)}).`);
  return value as string;
}

function expectOneOf<T extends string>(value: unknown, key: string, allowed: readonly T[], fail: Fail): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(`khóa "${key}" phải là một trong ${allowed.map((a) => `"${a}"`).join(', ')} (đang là ${describe(value)}).`);
  }
  return value as T;
}

function expectRuleId(id: string, key: string, fail: Fail): void {
  if (RULES.some((r) => r.id === id)) return;
  const suggestion = closestRuleId(id);
  fail(`khóa "${key}": không có quy tắc nào mang mã "${clip(id)}"${suggestion ? ` (có phải "${suggestion}"?)` : ''}. Chạy "thethuc rules" để xem danh sách quy tắc.`);
}

function rejectUnknownKeys(obj: Record<string, unknown>, parent: string, allowed: string[], fail: Fail): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const path = clip(parent ? `${parent}.${key}` : key);
    fail(`khóa "${path}" không được hỗ trợ; các khóa hợp lệ${parent ? ` trong "${parent}"` : ''}: ${allowed.map((a) => `"${a}"`).join(', ')}.`);
  }
}

/** A short Vietnamese description of a JSON value for error messages: "loi" → `"loi"`, [1] → `một mảng` (long strings cut). */
function describe(value: unknown): string {
  if (value === undefined) return 'trống';
  if (Array.isArray(value)) return 'một mảng';
  if (typeof value === 'object' && value !== null) return 'một đối tượng';
  if (typeof value === 'string') return JSON.stringify(clip(value));
  return clip(JSON.stringify(value));
}

const MAX_SUGGESTION_DISTANCE = 2;

/**
 * The rule id at edit distance at most 2 from `id`, if there is exactly one best. The distance is at
 * least the difference in length, so an id of another length than every rule's costs nothing however
 * long it is (a 5 MB id took 7 s here).
 */
function closestRuleId(id: string): string | null {
  let best: string | null = null;
  let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
  for (const rule of RULES) {
    if (Math.abs(id.length - rule.id.length) >= bestDistance) continue;
    const d = editDistance(id, rule.id);
    if (d < bestDistance) {
      best = rule.id;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function describeIoError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'tệp không tồn tại';
  if (code === 'EACCES' || code === 'EPERM') return 'không có quyền đọc';
  if (code === 'EISDIR') return 'đây là một thư mục';
  if (code === 'ELOOP') return 'vòng lặp liên kết tượng trưng';
  return (err as Error).message;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
