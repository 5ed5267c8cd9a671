import type { Severity } from '../rules/rule';
import type { Position } from '../text/source';

/** A replacement in the user's original text. */
export interface OriginalEdit {
  start: number;
  end: number;
  text: string;
}

/** A finding, placed in the user's original text. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** 0-based positions in the original text. */
  range: { start: Position; end: Position };
  fix?: { title: string; edits: OriginalEdit[] };
}
