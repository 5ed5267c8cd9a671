import type { Mode, Profile, Severity } from '../types';

export type { Profile };

export type RuleSetting = 'off' | Severity;

export interface IgnoreEntry {
  rule: string;
  /** The text the finding was on. */
  text: string;
}

/** Rule settings for some files only: `files` are glob patterns relative to the config file's folder. */
export interface Override {
  /** "cong-van.txt", "du-thao/**", "*.md": `*` within a path segment, `**` over any number of segments. */
  files: string[];
  rules: Record<string, RuleSetting>;
}

export interface Config {
  mode?: Mode;
  rules?: Record<string, RuleSetting>;
  profile?: Profile;
  ignore?: IgnoreEntry[];
  /** Applied by configForFile (config/load.ts); the engine itself reads only `rules`. */
  overrides?: Override[];
}
