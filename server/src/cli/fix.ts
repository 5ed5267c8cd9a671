/** `--fix`: apply the engine's fixes round after round, keeping the file's BOM and line endings. */
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
    const result = applyFixes(text, findings.map((f) => keepLayout(text, f)));
    if (result.applied === 0 || result.text === text) return { text, applied, findings };
    text = result.text;
    applied += result.applied;
  }
  return { text, applied, findings: check(text, options).findings };
}

/**
 * A finding whose fix leaves the byte order mark alone, never splits a CRLF line break, and
 * writes new line breaks the way the file does. A fix left with nothing to do is dropped.
 */
function keepLayout(text: string, finding: Finding): Finding {
  if (!finding.fix) return finding;
  const floor = text.startsWith('\uFEFF') ? 1 : 0;
  const eol = lineEnding(text);
  const edits = finding.fix.edits
    .map((e) => ({
      start: outsideCrlf(text, Math.max(e.start, floor)),
      end: outsideCrlf(text, Math.max(e.end, floor)),
      text: eol === '\n' ? e.text : e.text.replace(/\r?\n/g, eol),
    }))
    .filter((e) => e.start !== e.end || e.text !== '');
  if (edits.length === 0) {
    const { fix: _dropped, ...rest } = finding;
    return rest;
  }
  return { ...finding, fix: { title: finding.fix.title, edits } };
}

/** An offset between "\r" and "\n" moved before the "\r". */
function outsideCrlf(text: string, offset: number): number {
  return offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
}

/** The file's line ending, taken from its first line break ("\n" when it has none). */
function lineEnding(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}
