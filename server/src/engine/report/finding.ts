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
  /**
   * A fix right in every context: applied by `--fix`, "Sửa tất cả" and fix on save, and offered
   * first in the editor's quick-fix menu.
   */
  fix?: { title: string; edits: OriginalEdit[] };
  /**
   * Changes that are probably right but not in every context (ESLint's suggestions): offered one by
   * one in the quick-fix menu, never applied in bulk.
   */
  suggestions?: { title: string; edits: OriginalEdit[] }[];
}
