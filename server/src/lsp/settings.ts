/**
 * The editor's `thethuc.*` settings, read per document through workspace/configuration when the client
 * supports it, else taken from the last workspace/didChangeConfiguration.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { Config, Mode, RuleSetting } from '../engine';

export interface Settings {
  mode: Mode;
  rules: Record<string, RuleSetting>;
  /** Documents larger than this (UTF-8 bytes) are not checked. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ mode: 'draft', rules: {}, maxFileSize: 2_000_000 });

const RULE_SETTINGS: readonly string[] = ['off', 'error', 'warning', 'info', 'hint'];

/** Reads a raw `thethuc` settings object, ignoring anything malformed. */
export function parseSettings(raw: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (r.mode === 'draft' || r.mode === 'final') s.mode = r.mode;
  if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
    for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && RULE_SETTINGS.includes(value)) s.rules[id] = value as RuleSetting;
    }
  }
  if (typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize >= 0) s.maxFileSize = r.maxFileSize;
  return s;
}

/** The engine config for these settings. */
export function toConfig(s: Settings): Config {
  return { mode: s.mode, rules: s.rules };
}

export class SettingsStore {
  /** Set from the client's capabilities in onInitialize. */
  pullSupported = false;
  private global: Settings = { ...DEFAULT_SETTINGS, rules: {} };
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
