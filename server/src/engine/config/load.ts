/**
 * Finding and reading `.thethucrc.json`. Validation is strict: anything the engine would not
 * understand is an error naming the file and the key, never a silent default.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { RULES } from '../rules';
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
 */
export function findConfig(startPath: string): string | null {
  const start = resolve(startPath);
  let dir = isDirectory(start) ? start : dirname(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

const MODES = ['draft', 'final'] as const;
const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error', 'hint'];
const TOP_LEVEL_KEYS = ['$schema', 'mode', 'rules', 'profile', 'ignore', 'overrides'];
const PROFILE_KEYS = ['place', 'abbreviations', 'allowTitlesBeforeName'];
const IGNORE_KEYS = ['rule', 'text'];
const OVERRIDE_KEYS = ['files', 'rules'];

/** Reads and validates a config file. Throws ConfigError on any problem. */
export function loadConfig(path: string): Config {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`Không đọc được tệp cấu hình ${path}: ${describeIoError(err)}.`, path);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(`Tệp cấu hình ${path} không phải JSON hợp lệ: ${(err as Error).message}.`, path);
  }
  return validateConfig(data, path);
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
    config.overrides = (root.overrides as unknown[]).map((entry, i) => validateOverride(entry, `overrides[${i}]`, fail));
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
  for (const o of overrides) {
    if (!o.files.some((pattern) => globMatch(pattern, rel))) continue;
    rules = { ...rules, ...o.rules };
  }
  return rules === rest.rules ? rest : { ...rest, rules };
}

/**
 * Whether a "/"-separated relative path matches a glob: `*` matches within one path segment, `?` one
 * character of a segment, `**` any number of whole segments ("du-thao/**" is everything under
 * du-thao/), `{a,b}` either. A leading "./" is ignored. Case-sensitive, as paths are on most systems.
 */
export function globMatch(pattern: string, path: string): boolean {
  return globToRegExp(pattern).test(path);
}

const globCache = new Map<string, RegExp>();

function globToRegExp(pattern: string): RegExp {
  let re = globCache.get(pattern);
  if (re) return re;
  const p = pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '/**');
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        const atEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atStart && atEnd) {
          // "**/" = zero or more whole segments; a trailing "**" = everything below
          if (i + 2 === p.length) out += '.*';
          else {
            out += '(?:[^/]*/)*';
            i++; // the "/" after "**" is part of the group
          }
          i++;
          continue;
        }
        i++;
      }
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = p.indexOf('}', i);
      if (close === -1) out += '\\{';
      else {
        out += '(?:' + p.slice(i + 1, close).split(',').map(escapeRegExp).join('|') + ')';
        i = close;
      }
    } else out += escapeRegExp(c);
  }
  re = new RegExp(`^${out}$`, 'u');
  if (globCache.size > 500) globCache.clear();
  globCache.set(pattern, re);
  return re;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function validateRules(value: unknown, key: string, fail: Fail): Record<string, RuleSetting> {
  const rules = expectObject(value, key, fail);
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules)) {
    expectRuleId(id, `${key}.${id}`, fail);
    out[id] = expectOneOf(setting, `${key}.${id}`, SETTINGS, fail);
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
  const patterns = (files as unknown[]).map((item, i) => {
    const pattern = expectString(item, `${key}.files[${i}]`, fail);
    if (pattern.trim() === '') fail(`khóa "${key}.files[${i}]" không được để trống.`);
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
  fail(`khóa "${key}": không có quy tắc nào mang mã "${id}"${suggestion ? ` (có phải "${suggestion}"?)` : ''}. Chạy "thethuc rules" để xem danh sách quy tắc.`);
}

function rejectUnknownKeys(obj: Record<string, unknown>, parent: string, allowed: string[], fail: Fail): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const path = parent ? `${parent}.${key}` : key;
    fail(`khóa "${path}" không được hỗ trợ; các khóa hợp lệ${parent ? ` trong "${parent}"` : ''}: ${allowed.map((a) => `"${a}"`).join(', ')}.`);
  }
}

/** A short Vietnamese description of a JSON value for error messages: "loi" → `"loi"`, [1] → `một mảng`. */
function describe(value: unknown): string {
  if (value === undefined) return 'trống';
  if (Array.isArray(value)) return 'một mảng';
  if (typeof value === 'object' && value !== null) return 'một đối tượng';
  return JSON.stringify(value);
}

/** The rule id at edit distance at most 2 from `id`, if there is exactly one best. */
function closestRuleId(id: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const rule of RULES) {
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
  return (err as Error).message;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
