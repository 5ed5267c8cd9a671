/**
 * The editor's `thethuc.*` settings, read per document through workspace/configuration when the client
 * supports it, else taken from the last workspace/didChangeConfiguration.
 *
 * Precedence (see effectiveConfig): the project's .thethucrc.json first (shared by everyone working on
 * the drafts, and by the CLI), then the user's settings on top of it, key by key.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { Config, Mode, Profile, RuleSetting } from '../engine';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/limits';

export interface Settings {
  mode: Mode;
  rules: Record<string, RuleSetting>;
  /** Documents larger than this (UTF-8 bytes) are not checked. */
  maxFileSize: number;
  profile: Profile;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ mode: 'draft', rules: {}, maxFileSize: DEFAULT_MAX_FILE_SIZE, profile: {} });

const RULE_SETTINGS: readonly string[] = ['off', 'error', 'warning', 'info', 'hint'];

/** Reads a raw `thethuc` settings object, ignoring anything malformed. */
export function parseSettings(raw: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {}, profile: {} };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (r.mode === 'draft' || r.mode === 'final') s.mode = r.mode;
  if (isObject(r.rules)) {
    for (const [id, value] of Object.entries(r.rules)) {
      if (typeof value === 'string' && RULE_SETTINGS.includes(value)) s.rules[id] = value as RuleSetting;
    }
  }
  if (typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize >= 0) s.maxFileSize = r.maxFileSize;
  if (isObject(r.profile)) {
    const p = r.profile;
    if (typeof p.place === 'string' && p.place.trim() !== '') s.profile.place = p.place.trim();
    if (Array.isArray(p.abbreviations)) {
      const list = p.abbreviations.filter((a): a is string => typeof a === 'string' && a.trim() !== '').map((a) => a.trim());
      if (list.length > 0) s.profile.abbreviations = list;
    }
    if (typeof p.allowTitlesBeforeName === 'boolean') s.profile.allowTitlesBeforeName = p.allowTitlesBeforeName;
  }
  return s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The engine config for a document: the project file's config (already narrowed to the file with
 * configForFile), then the user's settings on top:
 * - `rules`: per rule id, the setting wins over the file;
 * - `profile`: per key, the setting wins over the file;
 * - `mode`: the stricter of the two ("final" wins). VS Code always sends a setting's default, so the
 *   server cannot tell an unset `thethuc.mode` from an explicit "draft"; a project that says "final"
 *   is therefore never relaxed by a default;
 * - `ignore` (and `overrides`) come from the file only; `maxFileSize` from the settings only.
 */
export function effectiveConfig(file: Config, s: Settings): Config {
  const config: Config = { ...file };
  const mode: Mode = file.mode === 'final' || s.mode === 'final' ? 'final' : 'draft';
  config.mode = mode;
  if (Object.keys(s.rules).length > 0) config.rules = { ...file.rules, ...s.rules };
  if (Object.keys(s.profile).length > 0) config.profile = { ...file.profile, ...s.profile };
  return config;
}

/** The engine config for these settings alone (no project file). */
export function toConfig(s: Settings): Config {
  return effectiveConfig({}, s);
}

export class SettingsStore {
  /** Set from the client's capabilities in onInitialize. */
  pullSupported = false;
  private global: Settings = parseSettings(undefined);
  private readonly perDocument = new Map<string, Promise<Settings>>();

  constructor(private readonly connection: Connection) {}

  /** The settings that apply to a document (cached until the configuration changes). */
  get(uri: string): Promise<Settings> {
    if (!this.pullSupported) return Promise.resolve(this.global);
    let s = this.perDocument.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'thethuc' })
        .then(parseSettings, () => this.global);
      this.perDocument.set(uri, s);
    }
    return s;
  }

  /** Handles workspace/didChangeConfiguration: drops the cache, keeps pushed settings for clients that cannot be asked. */
  changed(pushed: unknown): void {
    this.perDocument.clear();
    if (!this.pullSupported) {
      const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>).thethuc : undefined;
      this.global = parseSettings(section);
    }
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}
