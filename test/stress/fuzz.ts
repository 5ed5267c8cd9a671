/**
 * Inputs for the stress tests: the seeds, the examples and generated drafts, and a seeded mutator that
 * edits them at random (character-level edits, random Unicode with combining marks and right-to-left
 * text, mixed line endings, BOMs, truncation, duplication). Deterministic for a given seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDraft, random } from '../../scripts/gen-draft';
import { check, type Finding } from '../../server/src/engine';
import { lineStartsOf } from '../../server/src/engine/text/source';

export const ROOT = resolve(__dirname, '../../..');

export interface Input {
  name: string;
  text: string;
}

export function seeds(): Input[] {
  const dir = join(ROOT, 'test/fixtures/seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `seed ${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

export function examples(): Input[] {
  const dir = join(ROOT, 'examples');
  return readdirSync(dir)
    .sort()
    .map((f) => ({ name: `example ${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Real published documents (test/corpus/docs) and the golden layout fixtures (test/parse). */
export function realDocuments(): Input[] {
  const out: Input[] = [];
  for (const sub of ['test/corpus/docs', 'test/parse']) {
    const dir = join(ROOT, sub);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) out.push({ name: `${sub} ${f}`, text: readFileSync(join(dir, f), 'utf8') });
  }
  return out;
}

export function drafts(): Input[] {
  return [
    { name: 'generated kế hoạch', text: generateDraft({ chars: 6_000, seed: 7, kind: 'ke-hoach' }) },
    { name: 'generated công văn', text: generateDraft({ chars: 6_000, seed: 11, kind: 'cong-van' }) },
  ];
}

/** Characters and snippets that stress the normaliser, the parser and the rules. */
const ODD = [
  // combining marks (Vietnamese tones and others), alone and stacked
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302\u0301', '\u0306\u0323', '\u0301\u0301\u0301', '\u1DC0', '\u20D0', '\uFE20',
  // right-to-left text and bidi controls
  'שלום', 'مرحبا', '\u202E', '\u202B', '\u2067', '\u2069', '\u200F', '\u061C',
  // zero-width, spaces, BOM, look-alike Đ, soft hyphen
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00A0', '\u202F', '\u2007', '\u00AD', '\u00D0', '\u0189', '\t',
  // surrogates: a pair, and lone halves
  '\uD83D\uDE00', '\uD835\uDC12', '\uD800', '\uDC00', '\uDBFF',
  // controls and other line separators
  '\u0000', '\u0007', '\u001B[31m', '\u0085', '\u2028', '\u2029', '\u000B', '\u000C',
  // line endings
  '\r', '\n', '\r\n', '\n\r', '\r\r\n',
  // pieces of a văn bản
  'Số:', 'Số: 01/UBND-VP', 'Kính gửi:', 'Nơi nhận:', '- Lưu: VT, VP.', 'KT. ', 'TM. ', 'TL. ', 'Q. ', 'Căn cứ ', 'Điều 1. ', 'Điều 99. ',
  'I. ', 'XIV. ', 'a) ', 'đ) ', '1. ', 'Phụ lục IV', 'Như Điều 7;', './.', 'V/v ', 'QUYẾT ĐỊNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc', 'Lạng Sơn, ngày 31 tháng 02 năm 2026', 'ngày 29/02/2027', 'thứ Hai, ngày 01/01/2026', 'UBND huyện Cao Lộc',
  'thực hiện thực hiện', 'HOÀ', 'uỷ', '**', '# ', '| ', '`', '¹', '<!-- -->', '0', '/', '-', ':', ';', '.', ',', '(', ')', '"', '“', '”',
];

/** Random text of `length` code units from wide ranges of Unicode (BMP, astral, lone surrogates included). */
export function randomUnicode(r: () => number, length: number): string {
  let s = '';
  while (s.length < length) {
    const k = r();
    if (k < 0.35) s += String.fromCharCode(0x20 + Math.floor(r() * 0x5f));
    else if (k < 0.55) s += 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ'[Math.floor(r() * 37)].normalize(r() < 0.5 ? 'NFC' : 'NFD');
    else if (k < 0.65) s += String.fromCharCode(0x0300 + Math.floor(r() * 0x70));
    else if (k < 0.75) s += String.fromCharCode(0x0590 + Math.floor(r() * 0x270)); // Hebrew, Arabic, Syriac …
    else if (k < 0.85) s += String.fromCodePoint(0x1e00 + Math.floor(r() * 0x100)); // Latin Extended Additional
    else if (k < 0.9) s += String.fromCodePoint(0x10000 + Math.floor(r() * 0x10000));
    else if (k < 0.95) s += String.fromCharCode(Math.floor(r() * 0x10000));
    else s += ODD[Math.floor(r() * ODD.length)];
  }
  return s;
}

/** One to six random edits of `text`. */
export function mutate(text: string, r: () => number): string {
  let t = text;
  const at = (): number => Math.floor(r() * (t.length + 1));
  const steps = 1 + Math.floor(r() * 6);
  for (let s = 0; s < steps; s++) {
    const k = Math.floor(r() * 12);
    if (k === 0) {
      const i = at();
      t = t.slice(0, i) + ODD[Math.floor(r() * ODD.length)] + t.slice(i);
    } else if (k === 1) {
      const i = at();
      t = t.slice(0, i) + randomUnicode(r, 1 + Math.floor(r() * 40)) + t.slice(i);
    } else if (k === 2) {
      const i = at();
      t = t.slice(0, i) + t.slice(Math.min(t.length, i + 1 + Math.floor(r() * 80)));
    } else if (k === 3) {
      // Mixed line endings: each line break becomes LF, CRLF or CR at random.
      t = t.replace(/\r\n|\r|\n/g, () => ['\n', '\r\n', '\r'][Math.floor(r() * 3)]);
    } else if (k === 4) {
      t = t.replace(/\r\n|\n/g, '\r\n');
    } else if (k === 5) {
      t = (r() < 0.5 ? '\uFEFF' : '') + t.normalize(r() < 0.5 ? 'NFD' : 'NFC');
    } else if (k === 6) {
      t = t.slice(0, at());
    } else if (k === 7) {
      const i = at();
      const j = Math.min(t.length, i + Math.floor(r() * 400));
      const piece = t.slice(i, j);
      t = t.slice(0, j) + piece + piece + t.slice(j);
    } else if (k === 8) {
      // Swap two lines.
      const lines = t.split('\n');
      const a = Math.floor(r() * lines.length);
      const b = Math.floor(r() * lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      t = lines.join('\n');
    } else if (k === 9) {
      // Replace one character by a random one (possibly cutting a surrogate pair or a CRLF).
      const i = Math.floor(r() * t.length);
      t = t.slice(0, i) + randomUnicode(r, 1).slice(0, 1) + t.slice(i + 1);
    } else if (k === 10) {
      t = r() < 0.5 ? t.toUpperCase() : t.replace(/[^\S\r\n]+/g, () => [' ', '  ', '\t', '\u00A0'][Math.floor(r() * 4)]);
    } else {
      const i = at();
      t = t.slice(0, i) + '\n'.repeat(1 + Math.floor(r() * 5)) + t.slice(i);
    }
  }
  return t;
}

/** Texts with no base at all. */
export function oddTexts(r: () => number): string[] {
  return [
    '',
    ' ',
    '\n',
    '\r',
    '\r\n',
    '\n\r',
    '\uFEFF',
    '\uFEFF\uFEFF',
    '\u0301',
    '\u0301'.repeat(500),
    '\uD800',
    '\uDC00\uD800',
    '\u0000',
    '\u202Eאבג\u202C',
    '\r'.repeat(300),
    '\r\n'.repeat(300),
    'a'.repeat(20_000),
    ' \t\u00A0'.repeat(500),
    './.',
    'Số:',
    'Kính gửi:',
    'Nơi nhận:',
    'KT.',
    'Điều',
    randomUnicode(r, 200),
    randomUnicode(r, 3000),
    ODD.join(''),
    ODD.join('\n'),
    ODD.join('\r\n'),
  ];
}

/** A seeded generator of fuzzed texts: mutations of the bases, and pure noise now and then. */
export function* fuzzTexts(count: number, seed: number): Generator<{ name: string; text: string }> {
  const r = random(seed);
  const bases = [...seeds(), ...examples(), ...drafts()];
  const odd = oddTexts(r);
  for (let n = 0; n < count; n++) {
    if (n < odd.length) {
      yield { name: `odd #${n}`, text: odd[n] };
      continue;
    }
    const base = bases[n % bases.length];
    let text = base.text;
    const rounds = 1 + Math.floor(r() * 3);
    for (let i = 0; i < rounds; i++) text = mutate(text, r);
    yield { name: `${base.name} mutated #${n}`, text };
  }
}

/** Start offsets of the lines of `text` as the engine and LSP count them. */
export const lineStarts = lineStartsOf;

/** The length of each line without its line break. */
export function lineLengths(text: string): number[] {
  const starts = lineStarts(text);
  return starts.map((s, i) => {
    if (i + 1 === starts.length) return text.length - s;
    let end = starts[i + 1];
    if (text.charCodeAt(end - 1) === 10) end--;
    if (text.charCodeAt(end - 1) === 13) end--;
    return end - s;
  });
}

/** A 0-based position (line, UTF-16 character) lies inside the text. */
export function positionInBounds(lengths: number[], p: { line: number; character: number }): boolean {
  return Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
}

export function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** Every finding and fix edit of a check lies inside the text; returns the problems found (empty = fine). */
export function boundsProblems(text: string, findings: Finding[]): string[] {
  const problems: string[] = [];
  const lengths = lineLengths(text);
  for (const f of findings) {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start <= f.end && f.end <= text.length)) {
      problems.push(`${f.rule}: offsets ${f.start}-${f.end} outside 0-${text.length}`);
    }
    if (!positionInBounds(lengths, f.range.start) || !positionInBounds(lengths, f.range.end) || !before(f.range.start, f.range.end)) {
      problems.push(`${f.rule}: range ${JSON.stringify(f.range)} outside the text`);
    }
    for (const e of f.fix?.edits ?? []) {
      if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) problems.push(`${f.rule}: fix edit ${e.start}-${e.end} outside 0-${text.length}`);
    }
    if (f.severity === 'hint' && /lỗi nội bộ/.test(f.message)) problems.push(`${f.rule}: internal error: ${f.message}`);
  }
  return problems;
}

/**
 * Engine bugs found by this fuzzing and reported, not yet fixed. A throw is put down to one of them only
 * when both its message and its input match; anything else fails the tests. Each entry is printed when
 * hit; delete it once the engine is fixed (its pin test in cli-fuzz.test.ts then says so).
 */
export const KNOWN_BUGS: { id: string; description: string; matches(text: string, err: Error): boolean }[] = [
  // Empty: "so-line-lowercase" (parse() threw on "số: 12/UBND-VP") was found here and fixed; its
  // regression test is in cli-fuzz.test.ts.
];

export interface CheckOutcome {
  problems: string[];
  /** Ids of known bugs this text hit. */
  known: string[];
}

/** check() in both modes, with the bounds problems of each; a throw is a problem unless it is a known bug. */
export function checkBoth(text: string): CheckOutcome {
  const problems: string[] = [];
  const known: string[] = [];
  for (const mode of ['draft', 'final'] as const) {
    try {
      for (const p of boundsProblems(text, check(text, { mode }).findings)) problems.push(`${mode}: ${p}`);
    } catch (err) {
      const bug = KNOWN_BUGS.find((b) => b.matches(text, err as Error));
      if (bug) known.push(bug.id);
      else problems.push(`${mode}: threw ${(err as Error).stack ?? err}`);
    }
  }
  return { problems, known };
}

/**
 * Shapes of input that hung or crashed the CLI or the server (issue 12), kept as regression cases: a
 * spread of a big array overflowed the stack (`push(...edits)` in --fix, `Math.max(...rows)` in the
 * stylish output, `Math.max(...)` over the Kính gửi items in completion), fix-all was quadratic in its
 * edits, and each zero-width character cost ~300 bytes.
 */
export function hostileTexts(): (Input & { note: string })[] {
  const seed = seeds()[0].text;
  const name = 'Vi Thiện Việt';
  return [
    { name: 'a zero-width space after every letter', note: '520 KB: 130,000 one-character deletions in one fix', text: 'Số: 01/UBND-VP\n' + 'a\u200B'.repeat(130_000) },
    { name: 'a run of 173,000 zero-width spaces', note: '520 KB: one run', text: '\u200B'.repeat(173_000) },
    { name: 'a zero-width space on each of 150,000 lines', note: '150,000 edits no two on one line', text: 'a\u200B\n'.repeat(150_000) },
    { name: 'a signature block followed by 130,000 title lines', note: '3.1 MB, 130,000 findings', text: seed.replace(name, 'PHÓ CHÁNH VĂN PHÒNG\n'.repeat(130_000) + name) },
    {
      name: 'Kính gửi with 200,000 recipients',
      note: '3.6 MB',
      text: seed.replace('- UBND các xã, phường. ', '- UBND các xã, phường;\n' + '- Sở Tài chính;\n'.repeat(200_000) + '- Sở Nội vụ.'),
    },
  ];
}
