/**
 * Disable comments written in a draft (Markdown HTML comments, invisible once rendered):
 *
 *   <!-- thethuc-disable so-ky-hieu -->             the rule is off from this line to the end of the file
 *   <!-- thethuc-disable-next-line lap-tu -->        the rule is off on the next non-blank line
 *   <!-- thethuc-enable so-ky-hieu -->              the rule is on again from this line
 *
 * Several ids may follow, separated by spaces or commas; no id means every rule. Unknown ids are
 * ignored. The engine parses the text with the comments blanked out (maskDirectives) and drops the
 * findings they cover after the rules have run (applyDirectives), so the CLI and the server agree.
 * Offsets are those of the user's original text (findings are placed there).
 */
import type { Finding } from './report/finding';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** The comment's span in the original text. */
  start: number;
  end: number;
  /**
   * Where the directive takes effect: for disable and enable, the start of the comment's line (so a
   * comment on the first line also covers findings about the document's start); for
   * disable-next-line, the span of the next non-blank line.
   */
  from: number;
  to: number;
}

const DIRECTIVE = /<!--\s*thethuc-(disable-next-line|disable|enable)\b([^]*?)-->/g;

/** The disable comments of a text, in order. */
export function readDirectives(text: string): Directive[] {
  if (!text.includes('thethuc-')) return [];
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const kind = m[1] as Directive['kind'];
    const rules = m[2].split(/[\s,]+/).filter((id) => id.length > 0);
    const start = m.index;
    const end = start + m[0].length;
    let from = lineStart(text, start);
    let to = from;
    if (kind === 'disable-next-line') {
      // the line after the comment's line, skipping blank lines
      let p = lineEnd(text, end);
      for (;;) {
        if (p >= text.length) {
          from = to = text.length;
          break;
        }
        p += text[p] === '\r' && text[p + 1] === '\n' ? 2 : 1;
        const e = lineEnd(text, p);
        if (text.slice(p, e).trim() !== '') {
          from = p;
          to = e;
          break;
        }
        p = e;
      }
    }
    out.push({ kind, rules, start, end, from, to });
  }
  return out;
}

/**
 * The text with every directive comment blanked out (same length, line breaks kept), so that the
 * parser reads a comment line as a blank line: a comment inside a list does not cut the list.
 */
export function maskDirectives(text: string): string {
  if (!text.includes('thethuc-')) return text;
  DIRECTIVE.lastIndex = 0;
  return text.replace(DIRECTIVE, (m) => m.replace(/[^\r\n]/g, ' '));
}

/** The findings no disable comment covers (the input array when the text has none). */
export function applyDirectives(text: string, findings: Finding[]): Finding[] {
  const directives = readDirectives(text);
  if (directives.length === 0 || findings.length === 0) return findings;
  const ranges = directives.filter((d) => d.kind !== 'disable-next-line');
  const nextLines = directives.filter((d) => d.kind === 'disable-next-line');
  return findings.filter((f) => {
    if (nextLines.some((d) => f.start >= d.from && f.start <= d.to && covers(d, f.rule))) return false;
    return !disabledAt(ranges, f.start, f.rule);
  });
}

function covers(d: Directive, rule: string): boolean {
  return d.rules.length === 0 || d.rules.includes(rule);
}

/** Replays the disable/enable comments up to `offset` and tells whether `rule` is off there. */
function disabledAt(ranges: Directive[], offset: number, rule: string): boolean {
  let off = false;
  for (const d of ranges) {
    if (d.from > offset) break;
    if (!covers(d, rule)) continue;
    off = d.kind === 'disable';
  }
  return off;
}

function lineStart(text: string, i: number): number {
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEnd(text: string, i: number): number {
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
