/**
 * The project's `.thethucrc.json` for an open document: found upward from the document's folder (as
 * the CLI does), narrowed to the document with configForFile (overrides), cached per folder while a
 * file watcher tells the server about changes. Also writes the file for "Bỏ qua lỗi này" and
 * "Tắt quy tắc …" (never markers in the draft).
 */
import { closeSync, constants, openSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config, IgnoreEntry } from '../engine';
import { CONFIG_FILE_NAME, ConfigError, configForFile, findConfig, loadConfig, parseConfigText, readConfigText } from '../engine/config/load';
import { MAX_GLOB_LENGTH } from '../engine/limits';

export interface ProjectConfig {
  /** The config file that applies, or null when there is none (or the document is not a file). */
  path: string | null;
  /** The file's config narrowed to the document; {} when there is no file or it is invalid. */
  config: Config;
  /** Why the file could not be used; the document is then checked with the defaults. */
  error: ConfigError | null;
}

interface Loaded {
  path: string | null;
  config: Config | null;
  error: ConfigError | null;
}

/** The file system path of a file: URI, or null for other schemes (untitled drafts). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export class ProjectConfigs {
  /**
   * Cache per folder only while changes are reported (a watcher on **\/.thethucrc.json is
   * registered); otherwise look the file up on every check, which costs a few stat calls.
   */
  caching = false;
  private readonly byFolder = new Map<string, Loaded>();

  forDocument(uri: string): ProjectConfig {
    const path = uriToPath(uri);
    if (path === null) return { path: null, config: {}, error: null };
    const loaded = this.load(dirname(path));
    if (loaded.error || !loaded.config) return { path: loaded.path, config: {}, error: loaded.error };
    return { path: loaded.path, config: configForFile(loaded.config, loaded.path, path), error: null };
  }

  /** Forgets every cached file (a config file changed, or the server wrote one). */
  invalidate(): void {
    this.byFolder.clear();
  }

  private load(folder: string): Loaded {
    const hit = this.caching ? this.byFolder.get(folder) : undefined;
    if (hit) return hit;
    const path = findConfig(folder);
    let loaded: Loaded = { path, config: {}, error: null };
    if (path !== null) {
      try {
        loaded = { path, config: loadConfig(path), error: null };
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        loaded = { path, config: null, error: err };
      }
    }
    if (this.caching) this.byFolder.set(folder, loaded);
    return loaded;
  }
}

/** Where the server writes for a document: the nearest config upward, else a new one in the document's folder. */
export function configTarget(filePath: string): { path: string; exists: boolean } {
  const found = findConfig(dirname(filePath));
  return found ? { path: found, exists: true } : { path: join(dirname(filePath), CONFIG_FILE_NAME), exists: false };
}

export interface WriteResult {
  /** The config file written. */
  path: string;
  /** Whether the file was created. */
  created: boolean;
  /** False when the file already held the entry (nothing written). */
  changed: boolean;
}

/** Adds {rule, text} to `ignore` of the config that applies to `filePath`. */
export function addIgnoreEntry(filePath: string, entry: IgnoreEntry): WriteResult {
  return editConfig(filePath, (data) => {
    const list = Array.isArray(data.ignore) ? (data.ignore as unknown[]) : [];
    const present = list.some((e) => !!e && typeof e === 'object' && (e as IgnoreEntry).rule === entry.rule && (e as IgnoreEntry).text === entry.text);
    if (present) return false;
    data.ignore = [...list, { rule: entry.rule, text: entry.text }];
    return true;
  });
}

export type DisableScope = 'file' | 'folder';

/**
 * Turns a rule off for the document ("du-thao/cong-van.txt") or its whole folder ("du-thao/**") with an
 * entry in `overrides` of the config that applies to it. An override with exactly that pattern is
 * reused. Returns the pattern written.
 */
export function addRuleOverride(filePath: string, rule: string, scope: DisableScope): WriteResult & { pattern: string } {
  const target = configTarget(filePath);
  const pattern = overridePattern(dirname(target.path), filePath, scope);
  if (pattern.length > MAX_GLOB_LENGTH) {
    // loadConfig would refuse the file afterwards: say so now, and write nothing
    throw new ConfigError(`Đường dẫn ${pattern.slice(0, 40)}… dài hơn ${MAX_GLOB_LENGTH} ký tự, giới hạn của một mẫu trong "overrides[].files".`, target.path);
  }
  const result = editConfig(filePath, (data) => {
    const list = Array.isArray(data.overrides) ? (data.overrides as Record<string, unknown>[]) : [];
    const same = list.find((o) => !!o && typeof o === 'object' && Array.isArray(o.files) && o.files.length === 1 && o.files[0] === pattern);
    if (same) {
      const rules = same.rules && typeof same.rules === 'object' ? (same.rules as Record<string, unknown>) : {};
      if (rules[rule] === 'off') return false;
      same.rules = { ...rules, [rule]: 'off' };
    } else {
      list.push({ files: [pattern], rules: { [rule]: 'off' } });
    }
    data.overrides = list;
    return true;
  });
  return { ...result, pattern };
}

/** The glob, relative to the config's folder, naming the file or its folder. */
export function overridePattern(configDir: string, filePath: string, scope: DisableScope): string {
  const toPosix = (p: string) => p.split(sep).join('/');
  if (scope === 'file') return toPosix(relative(configDir, filePath));
  const folder = toPosix(relative(configDir, dirname(filePath)));
  return folder === '' ? '**' : `${folder}/**`;
}

/**
 * Reads the config that applies to `filePath` (or starts an empty one in its folder), lets `edit`
 * change the parsed JSON, and writes it back keeping the byte order mark, the line endings and the
 * indentation. A file that is not a JSON object is left alone (ConfigError).
 */
function editConfig(filePath: string, edit: (data: Record<string, unknown>) => boolean): WriteResult {
  const target = configTarget(filePath);
  let raw = '';
  let data: Record<string, unknown> = {};
  if (target.exists) {
    // Only a regular file, read without blocking and within the size limit; no message quotes it.
    raw = readConfigText(target.path);
    let parsed: unknown;
    try {
      parsed = parseConfigText(raw, target.path);
    } catch (err) {
      throw new ConfigError(`${(err as Error).message.replace(/\.$/, '')}; hãy sửa tệp trước.`, target.path);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new ConfigError(`Tệp cấu hình ${target.path} phải chứa một đối tượng JSON; hãy sửa tệp trước.`, target.path);
    }
    data = parsed as Record<string, unknown>;
  }
  if (!edit(data)) return { path: target.path, created: false, changed: false };
  const indent = /^([ \t]+)"/m.exec(raw)?.[1] ?? '  ';
  let out = JSON.stringify(data, null, indent) + '\n';
  if (raw.includes('\r\n')) out = out.replace(/\n/g, '\r\n');
  if (raw.startsWith('\uFEFF')) out = '\uFEFF' + out;
  // O_NONBLOCK: a FIFO put in the file's place meanwhile is an error (ENXIO), not a server blocked forever.
  const fd = openSync(target.path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NONBLOCK ?? 0), 0o666);
  try {
    writeFileSync(fd, out, 'utf8');
  } finally {
    closeSync(fd);
  }
  return { path: target.path, created: !target.exists, changed: true };
}
