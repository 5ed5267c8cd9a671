/**
 * The snippet and clause library: one source of truth (snippets/vanban.json, in VS Code's snippet
 * format) read both by VS Code's snippets contribution and by the language server's completion.
 *
 * CONTRACT (shared by the snippets work and the server's completion):
 * - `SNIPPETS` lists every entry with its VS Code fields and the context it belongs to.
 * - `snippetsFor(context)` returns the entries to offer in that context, in display order.
 * - `expand(entry, vars)` expands a snippet body with its default values and the given variables
 *   (CURRENT_DATE, CURRENT_MONTH, CURRENT_YEAR …, with VS Code's regex transforms), for tests and for
 *   servers whose clients do not support snippet syntax.
 *
 * Data: snippets/vanban.json holds the entries exactly as VS Code reads them (name → prefix, body,
 * description, nothing else); snippets/contexts.json maps each entry name to its context. Both are
 * bundled by esbuild; nothing is read from disk at run time. Where an entry goes, within its context:
 * - body-line: a new body line; an entry ending with "./." is a closing formula (the last body line);
 * - kinh-gui: an entry whose lines start with "- " goes under "Kính gửi:", any other on the same line;
 * - noi-nhan: an entry starting with "Nơi nhận:" is the whole block; "- Lưu: …" is its last line;
 * - can-cu: an entry ending with "." ("Theo đề nghị …") is the last line of the căn cứ block.
 *
 * The snippet syntax implemented here is VS Code's (https://code.visualstudio.com/docs/editing/userdefinedsnippets):
 * `$1`, `${1}`, `${1:default}` (nested), `${1|a,b|}`, `$0`, mirrors (the same number twice), variables
 * `$NAME`, `${NAME}`, `${NAME:default}`, transforms `${NAME/regex/format/flags}` and `${1/regex/format/flags}`
 * whose format knows `$1`, `${1}`, `${1:/upcase}` (downcase, capitalize, camelcase, pascalcase),
 * `${1:+if}`, `${1:-else}`, `${1:?if:else}`, `${1:else}`; escapes `\$`, `\}`, `\\` in text, `\,`, `\|`,
 * `\\` in choices, `\/` in transforms (as VS Code's snippetParser.ts reads them). The parser is strict:
 * what VS Code would silently insert as literal text (an unclosed `${`, an empty choice) is a
 * SnippetSyntaxError, so the tests catch it.
 */
import vanbanJson from '../../../snippets/vanban.json';
import contextsJson from '../../../snippets/contexts.json';

export type SnippetContext =
  | 'document-start' // skeletons: an empty document or its first lines
  | 'body-line' // directive clauses at the start of a body line
  | 'kinh-gui' // recipients after "Kính gửi:"
  | 'noi-nhan' // items inside the Nơi nhận block
  | 'signature' // signature blocks
  | 'can-cu'; // căn cứ lines

export const SNIPPET_CONTEXTS: readonly SnippetContext[] = ['document-start', 'body-line', 'kinh-gui', 'noi-nhan', 'signature', 'can-cu'];

export interface SnippetEntry {
  /** The key in snippets/vanban.json (shown as the completion label). */
  name: string;
  prefix: string[];
  body: string[];
  /** Vietnamese description shown in completion. */
  description: string;
  context: SnippetContext;
}

/** An entry of snippets/vanban.json as VS Code reads it. */
export interface RawSnippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const RAW = vanbanJson as unknown as Record<string, RawSnippet>;
const CONTEXTS = (contextsJson as unknown as { contexts: Record<string, string> }).contexts;

function buildEntries(): SnippetEntry[] {
  const out: SnippetEntry[] = [];
  for (const [name, raw] of Object.entries(RAW)) {
    const context = CONTEXTS[name] as SnippetContext | undefined;
    // An entry without a context is a data error the tests report; it is not offered by the server.
    if (!context || !SNIPPET_CONTEXTS.includes(context)) continue;
    out.push({
      name,
      prefix: Array.isArray(raw.prefix) ? [...raw.prefix] : [raw.prefix],
      body: Array.isArray(raw.body) ? [...raw.body] : raw.body.split('\n'),
      description: raw.description,
      context,
    });
  }
  return out;
}

export const SNIPPETS: SnippetEntry[] = buildEntries();

export function snippetsFor(context: SnippetContext): SnippetEntry[] {
  return SNIPPETS.filter((s) => s.context === context);
}

export function snippetByName(name: string): SnippetEntry | undefined {
  return SNIPPETS.find((s) => s.name === name);
}

// ---------------------------------------------------------------------------------------------
// Syntax tree

export type FormatPart =
  | { kind: 'text'; value: string }
  | { kind: 'group'; group: number; shorthand?: string; ifValue?: string; elseValue?: string };

export interface Transform {
  regex: string;
  format: FormatPart[];
  flags: string;
}

export type SnippetNode =
  | { kind: 'text'; value: string }
  /** `$1`, `${1}`, `${1:default}` (children) or `${1/re/fmt/}` (transform). */
  | { kind: 'tabstop'; index: number; children: SnippetNode[] | null; transform: Transform | null }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: SnippetNode[] | null; transform: Transform | null };

export class SnippetSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (vị trí ${offset})`);
    this.name = 'SnippetSyntaxError';
  }
}

/** Variables VS Code resolves in snippets. */
export const KNOWN_VARIABLES: readonly string[] = [
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME',
  'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND',
  'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET',
  'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
];

const SHORTHANDS = ['upcase', 'downcase', 'capitalize', 'camelcase', 'pascalcase'];

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  fail(message: string, at = this.pos): never {
    throw new SnippetSyntaxError(message, at);
  }

  peek(k = 0): string {
    return this.src[this.pos + k] ?? '';
  }

  /** Nodes until the end (top level) or an unescaped "}" (inside a placeholder or default). */
  parseAny(inside: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\') {
        const n = this.peek(1);
        if (n === '$' || n === '}' || n === '\\') {
          text += n;
          this.pos += 2;
        } else {
          text += c;
          this.pos++;
        }
        continue;
      }
      if (c === '}' && inside) {
        flush();
        return nodes;
      }
      if (c === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
          continue;
        }
        text += c;
        this.pos++;
        continue;
      }
      text += c;
      this.pos++;
    }
    if (inside) this.fail('Thiếu dấu “}” đóng placeholder');
    flush();
    return nodes;
  }

  readInt(): number | null {
    const m = /^\d+/.exec(this.src.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    return Number(m[0]);
  }

  readName(): string | null {
    const m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(this.src.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }

  /** At a "$": a tab stop, placeholder, choice or variable; null when the "$" is plain text. */
  parseDollar(): SnippetNode | null {
    const start = this.pos;
    this.pos++; // $
    if (this.peek() !== '{') {
      const index = this.readInt();
      if (index !== null) return { kind: 'tabstop', index, children: null, transform: null };
      const name = this.readName();
      if (name !== null) return { kind: 'variable', name, children: null, transform: null };
      this.pos = start;
      return null;
    }
    this.pos++; // {
    const index = this.readInt();
    if (index !== null) {
      const c = this.peek();
      if (c === '}') {
        this.pos++;
        return { kind: 'tabstop', index, children: null, transform: null };
      }
      if (c === ':') {
        this.pos++;
        const children = this.parseAny(true);
        this.pos++; // }
        return { kind: 'tabstop', index, children, transform: null };
      }
      if (c === '|') {
        if (index === 0) this.fail('$0 không thể là danh sách lựa chọn', start);
        this.pos++;
        const options = this.parseChoice(start);
        return { kind: 'choice', index, options };
      }
      if (c === '/') {
        this.pos++;
        const transform = this.parseTransform(start);
        return { kind: 'tabstop', index, children: null, transform };
      }
      this.fail(`Sau “\${${index}” phải là “}”, “:”, “|” hoặc “/”`);
    }
    const name = this.readName();
    if (name === null) this.fail('Sau “${” phải là số thứ tự tab stop hoặc tên biến', start);
    const c = this.peek();
    if (c === '}') {
      this.pos++;
      return { kind: 'variable', name, children: null, transform: null };
    }
    if (c === ':') {
      this.pos++;
      const children = this.parseAny(true);
      this.pos++;
      return { kind: 'variable', name, children, transform: null };
    }
    if (c === '/') {
      this.pos++;
      const transform = this.parseTransform(start);
      return { kind: 'variable', name, children: null, transform };
    }
    return this.fail(`Sau “\${${name}” phải là “}”, “:” hoặc “/”`);
  }

  /** After "${n|": options separated by "," up to "|}". */
  parseChoice(start: number): string[] {
    const options: string[] = [];
    let cur = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\') {
        const n = this.peek(1);
        if (n === ',' || n === '|' || n === '\\') {
          cur += n;
          this.pos += 2;
          continue;
        }
        cur += c;
        this.pos++;
        continue;
      }
      if (c === ',') {
        options.push(cur);
        cur = '';
        this.pos++;
        continue;
      }
      if (c === '|') {
        if (this.peek(1) !== '}') this.fail('Lựa chọn phải kết thúc bằng “|}”');
        options.push(cur);
        this.pos += 2;
        if (options.some((o) => o.length === 0)) this.fail('Lựa chọn rỗng', start);
        return options;
      }
      cur += c;
      this.pos++;
    }
    return this.fail('Thiếu “|}” đóng danh sách lựa chọn', start);
  }

  /** Text up to an unescaped "/"; `\/` is a slash, other escapes are kept for the regex. */
  readUntilSlash(keepEscapes: boolean, start: number): string {
    let out = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\' && this.pos + 1 < this.src.length) {
        const n = this.src[this.pos + 1];
        out += n === '/' ? '/' : keepEscapes ? c + n : n;
        this.pos += 2;
        continue;
      }
      if (c === '/') {
        this.pos++;
        return out;
      }
      out += c;
      this.pos++;
    }
    return this.fail('Phép biến đổi thiếu dấu “/”', start);
  }

  /** After "${X/": regex "/" format "/" flags "}". */
  parseTransform(start: number): Transform {
    const regex = this.readUntilSlash(true, start);
    try {
      new RegExp(regex);
    } catch (e) {
      this.fail(`Biểu thức chính quy không hợp lệ: ${(e as Error).message}`, start);
    }
    const format: FormatPart[] = [];
    let text = '';
    const flush = () => {
      if (text) format.push({ kind: 'text', value: text });
      text = '';
    };
    let closed = false;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\') {
        // as VS Code: "\\" and "\/" are escapes; any other backslash stays, and what follows is read as usual
        const n = this.peek(1);
        if (n === '\\' || n === '/') {
          text += n;
          this.pos += 2;
        } else {
          text += c;
          this.pos++;
        }
        continue;
      }
      if (c === '/') {
        this.pos++;
        closed = true;
        break;
      }
      if (c === '$') {
        const part = this.parseFormatGroup();
        if (part) {
          flush();
          format.push(part);
          continue;
        }
      }
      text += c;
      this.pos++;
    }
    if (!closed) this.fail('Phép biến đổi thiếu dấu “/” sau phần định dạng', start);
    flush();
    const fm = /^[a-z]*/.exec(this.src.slice(this.pos))![0];
    this.pos += fm.length;
    if (this.peek() !== '}') this.fail('Phép biến đổi phải kết thúc bằng “}”', start);
    this.pos++;
    try {
      new RegExp(regex, fm);
    } catch (e) {
      this.fail(`Cờ của biểu thức chính quy không hợp lệ: ${(e as Error).message}`, start);
    }
    return { regex, format, flags: fm };
  }

  parseFormatGroup(): FormatPart | null {
    const start = this.pos;
    this.pos++; // $
    if (this.peek() !== '{') {
      const g = this.readInt();
      if (g !== null) return { kind: 'group', group: g };
      this.pos = start;
      return null;
    }
    this.pos++;
    const g = this.readInt();
    if (g === null) this.fail('Trong phần định dạng, sau “${” phải là số nhóm', start);
    if (this.peek() === '}') {
      this.pos++;
      return { kind: 'group', group: g };
    }
    if (this.peek() !== ':') this.fail('Nhóm trong phần định dạng không hợp lệ', start);
    this.pos++;
    const readTo = (stops: string): string => {
      let out = '';
      while (this.pos < this.src.length && !stops.includes(this.src[this.pos])) {
        if (this.src[this.pos] === '\\' && this.pos + 1 < this.src.length) {
          out += this.src[this.pos + 1];
          this.pos += 2;
          continue;
        }
        out += this.src[this.pos++];
      }
      if (this.pos >= this.src.length) this.fail('Nhóm trong phần định dạng thiếu “}”', start);
      return out;
    };
    const c = this.peek();
    let part: FormatPart;
    if (c === '/') {
      this.pos++;
      const name = this.readName() ?? '';
      if (!SHORTHANDS.includes(name)) this.fail(`Phép đổi chữ “/${name}” không có trong VS Code`, start);
      part = { kind: 'group', group: g, shorthand: name };
    } else if (c === '+') {
      this.pos++;
      part = { kind: 'group', group: g, ifValue: readTo('}') };
    } else if (c === '-') {
      this.pos++;
      part = { kind: 'group', group: g, elseValue: readTo('}') };
    } else if (c === '?') {
      this.pos++;
      const ifValue = readTo(':');
      this.pos++;
      part = { kind: 'group', group: g, ifValue, elseValue: readTo('}') };
    } else {
      part = { kind: 'group', group: g, elseValue: readTo('}') };
    }
    if (this.peek() !== '}') this.fail('Nhóm trong phần định dạng thiếu “}”', start);
    this.pos++;
    return part;
  }
}

/** Parse a snippet body (lines joined with "\n"); throws SnippetSyntaxError on malformed syntax. */
export function parseSnippet(body: string): SnippetNode[] {
  const p = new Parser(body);
  return p.parseAny(false);
}

// ---------------------------------------------------------------------------------------------
// Transforms

function applyShorthand(value: string, name: string): string {
  switch (name) {
    case 'upcase':
      return value.toLocaleUpperCase('vi-VN');
    case 'downcase':
      return value.toLocaleLowerCase('vi-VN');
    case 'capitalize':
      return value ? value[0].toLocaleUpperCase('vi-VN') + value.slice(1) : value;
    case 'camelcase':
    case 'pascalcase': {
      // as VS Code: ASCII words only, first letters changed, the rest kept
      const words = value.match(/[a-z0-9]+/gi);
      if (!words) return value;
      return words.map((w, i) => (i === 0 && name === 'camelcase' ? w[0].toLowerCase() : w[0].toUpperCase()) + w.slice(1)).join('');
    }
    default:
      return value;
  }
}

function formatMatch(format: FormatPart[], groups: (string | undefined)[]): string {
  let out = '';
  for (const part of format) {
    if (part.kind === 'text') {
      out += part.value;
      continue;
    }
    const value = groups[part.group];
    if (part.shorthand) out += value ? applyShorthand(value, part.shorthand) : '';
    else if (part.ifValue !== undefined && value) out += part.ifValue;
    else if (part.elseValue !== undefined && !value) out += part.elseValue;
    else out += value ?? '';
  }
  return out;
}

/** VS Code's Transform.resolve: replace each match of the regex by the format. */
export function applyTransform(value: string, t: Transform): string {
  const re = new RegExp(t.regex, t.flags);
  let matched = false;
  const out = value.replace(re, (...args: unknown[]) => {
    matched = true;
    // args: match, p1 … pn, offset, string[, groups]
    const hasGroups = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null;
    const groups = args.slice(0, args.length - (hasGroups ? 3 : 2)) as (string | undefined)[];
    return formatMatch(t.format, groups);
  });
  if (!matched && t.format.some((p) => p.kind === 'group' && p.elseValue !== undefined)) return formatMatch(t.format, []);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Variables

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date and time variables VS Code resolves, for a given day: a Date (local time) or an ISO day
 * "2026-01-07" (read as that calendar day, whatever the time zone).
 */
export function snippetDateVariables(when: Date | string = new Date()): Record<string, string> {
  let d: Date;
  if (typeof when === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(when);
    if (!m) throw new Error(`Ngày không hợp lệ: ${when} (cần dạng YYYY-MM-DD)`);
    d = new Date(+m[1], +m[2] - 1, +m[3], 8, 0, 0);
  } else d = when;
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return {
    CURRENT_YEAR: String(d.getFullYear()),
    CURRENT_YEAR_SHORT: String(d.getFullYear()).slice(-2),
    CURRENT_MONTH: pad(d.getMonth() + 1),
    CURRENT_MONTH_NAME: MONTHS[d.getMonth()],
    CURRENT_MONTH_NAME_SHORT: MONTHS[d.getMonth()].slice(0, 3),
    CURRENT_DATE: pad(d.getDate()),
    CURRENT_DAY_NAME: DAYS[d.getDay()],
    CURRENT_DAY_NAME_SHORT: DAYS[d.getDay()].slice(0, 3),
    CURRENT_HOUR: pad(d.getHours()),
    CURRENT_MINUTE: pad(d.getMinutes()),
    CURRENT_SECOND: pad(d.getSeconds()),
    CURRENT_SECONDS_UNIX: String(Math.floor(d.getTime() / 1000)),
    CURRENT_TIMEZONE_OFFSET: `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Analysis and expansion

export interface TabStopInfo {
  index: number;
  /** How many times the tab stop occurs (more than one: mirrors). */
  occurrences: number;
  /** The default text (the first placeholder's, or the first choice), expanded; '' when none. */
  defaultText: string;
  /** The options when the tab stop is a choice. */
  choices: string[] | null;
}

export interface SnippetAnalysis {
  /** Tab stops in numeric order, $0 excluded. */
  tabStops: TabStopInfo[];
  /** Occurrences of $0. */
  finalStops: number;
  /** Variable names in order of first use. */
  variables: string[];
}

function walk(nodes: SnippetNode[], visit: (n: SnippetNode) => void): void {
  for (const n of nodes) {
    visit(n);
    if ((n.kind === 'tabstop' || n.kind === 'variable') && n.children) walk(n.children, visit);
  }
}

function bodyText(entry: SnippetEntry | string | string[]): string {
  if (typeof entry === 'string') return entry;
  if (Array.isArray(entry)) return entry.join('\n');
  return entry.body.join('\n');
}

class Expander {
  private readonly defaults = new Map<number, SnippetNode[] | string>();
  private readonly values = new Map<number, string>();
  private readonly resolving = new Set<number>();

  constructor(readonly nodes: SnippetNode[], readonly vars: Record<string, string>, overrides: Record<number, string> = {}) {
    for (const [k, v] of Object.entries(overrides)) this.values.set(Number(k), v);
    // The first placeholder (or choice) of a number defines the value of every occurrence.
    walk(nodes, (n) => {
      if (n.kind === 'tabstop' && n.children && !this.defaults.has(n.index)) this.defaults.set(n.index, n.children);
      if (n.kind === 'choice' && !this.defaults.has(n.index)) this.defaults.set(n.index, n.options[0]);
    });
  }

  value(index: number): string {
    if (index === 0) return '';
    const known = this.values.get(index);
    if (known !== undefined) return known;
    if (this.resolving.has(index)) throw new SnippetSyntaxError(`Tab stop $${index} chứa chính nó`, 0);
    this.resolving.add(index);
    const d = this.defaults.get(index);
    const v = d === undefined ? '' : typeof d === 'string' ? d : this.render(d);
    this.resolving.delete(index);
    this.values.set(index, v);
    return v;
  }

  variable(name: string, children: SnippetNode[] | null): string {
    if (Object.prototype.hasOwnProperty.call(this.vars, name)) return this.vars[name];
    if (children) return this.render(children);
    // VS Code inserts an unknown variable's name (as a placeholder); a known one without a value is empty.
    return KNOWN_VARIABLES.includes(name) ? '' : name;
  }

  render(nodes: SnippetNode[]): string {
    let out = '';
    for (const n of nodes) {
      switch (n.kind) {
        case 'text':
          out += n.value;
          break;
        case 'choice':
          out += this.value(n.index);
          break;
        case 'tabstop': {
          const v = this.value(n.index);
          out += n.transform ? applyTransform(v, n.transform) : v;
          break;
        }
        case 'variable': {
          const v = this.variable(n.name, n.children);
          out += n.transform ? applyTransform(v, n.transform) : v;
          break;
        }
      }
    }
    return out;
  }
}

/**
 * Expand a snippet with its defaults: placeholders give their default text, choices their first
 * option, mirrors repeat the value, variables come from `vars` (missing date variables: today).
 * `values` sets what the user typed or chose at some tab stops (tab stop number → text).
 */
export function expand(entry: SnippetEntry | string | string[], vars: Record<string, string> = {}, values: Record<number, string> = {}): string {
  const nodes = parseSnippet(bodyText(entry));
  const all = { ...snippetDateVariables(new Date()), ...vars };
  return new Expander(nodes, all, values).render(nodes);
}

/** Tab stops, $0 and variables of a snippet (throws SnippetSyntaxError on malformed syntax). */
export function placeholders(entry: SnippetEntry | string | string[], vars: Record<string, string> = {}): SnippetAnalysis {
  const nodes = parseSnippet(bodyText(entry));
  const ex = new Expander(nodes, { ...snippetDateVariables(new Date()), ...vars });
  const counts = new Map<number, number>();
  const choices = new Map<number, string[]>();
  const variables: string[] = [];
  let finalStops = 0;
  walk(nodes, (n) => {
    if (n.kind === 'tabstop' || n.kind === 'choice') {
      if (n.index === 0) {
        finalStops++;
        return;
      }
      counts.set(n.index, (counts.get(n.index) ?? 0) + 1);
      if (n.kind === 'choice' && !choices.has(n.index)) choices.set(n.index, n.options);
    }
    if (n.kind === 'variable' && !variables.includes(n.name)) variables.push(n.name);
  });
  const tabStops = [...counts.keys()].sort((a, b) => a - b).map((index) => ({
    index,
    occurrences: counts.get(index)!,
    defaultText: ex.value(index),
    choices: choices.get(index) ?? null,
  }));
  return { tabStops, finalStops, variables };
}
