/** `--fix`: apply the engine's fixes round after round (the engine keeps the BOM and line endings). */
import { applyFixes, check, type CheckOptions, type Finding } from '../engine';

export const MAX_FIX_ROUNDS = 10;

export interface FixResult {
  /** The fixed text. */
  text: string;
  /** How many fixes were applied over all rounds. */
  applied: number;
  /** What is left in the fixed text. */
  findings: Finding[];
}

/**
 * Checks and fixes until a round applies nothing (at most MAX_FIX_ROUNDS rounds). Fixes that clash
 * in one round are left for the next, as applyFixes does.
 */
export function checkAndFix(original: string, options: CheckOptions): FixResult {
  let text = original;
  let applied = 0;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const { findings } = check(text, options);
    const result = applyFixes(text, findings);
    if (result.applied === 0 || result.text === text) return { text, applied, findings };
    text = result.text;
    applied += result.applied;
  }
  return { text, applied, findings: check(text, options).findings };
}
