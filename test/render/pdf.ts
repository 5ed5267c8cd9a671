/**
 * Measuring a rendered PDF with poppler-utils: the words with their boxes (`pdftotext -bbox`) and the
 * horizontal rules drawn on a page (`pdftoppm -gray`, scanned for dark runs). Units: PDF points
 * (1/72 in), origin at the top left of the page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PT_PER_MM = 72 / 25.4;

export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
}

export interface Rule {
  y: number;
  x0: number;
  x1: number;
}

/** True when a command runs (`which`). */
export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export function pdfWords(pdf: string): Page[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: Page[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  for (const m of xml.matchAll(pageRe)) {
    const words: Word[] = [];
    for (const w of m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], text: unescape(w[5]) });
    }
    pages.push({ width: +m[1], height: +m[2], words });
  }
  return pages;
}

/** The words of the line holding `first` followed by the next words of `phrase` (one line). */
export function findPhrase(page: Page, phrase: string): Word[] | null {
  const want = phrase.normalize('NFC').split(/\s+/);
  const ws = page.words;
  for (let i = 0; i + want.length <= ws.length; i++) {
    if (want.every((t, k) => ws[i + k].text.normalize('NFC') === t && Math.abs(ws[i + k].y0 - ws[i].y0) < 2)) return ws.slice(i, i + want.length);
  }
  return null;
}

export function box(words: Word[]): Word {
  return {
    text: words.map((w) => w.text).join(' '),
    x0: Math.min(...words.map((w) => w.x0)),
    y0: Math.min(...words.map((w) => w.y0)),
    x1: Math.max(...words.map((w) => w.x1)),
    y1: Math.max(...words.map((w) => w.y1)),
  };
}

/** Horizontal dark runs at least `minPt` long on page `n` (1-based), rendered at `dpi`. */
export function pdfRules(pdf: string, n: number, dir: string, dpi = 144, minPt = 8): Rule[] {
  const prefix = join(dir, `rules-${n}`);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(n), '-l', String(n), pdf, prefix]);
  const file = readdirSync(dir).find((f) => f.startsWith(`rules-${n}`) && f.endsWith('.pgm'));
  if (!file) throw new Error('pdftoppm wrote no page');
  const buf = readFileSync(join(dir, file));
  // binary PGM: "P5\n<w> <h>\n<max>\n" then w*h bytes
  let pos = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    if (buf[pos] === 35) {
      while (buf[pos] !== 10) pos++;
      continue;
    }
    let t = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]))) t += String.fromCharCode(buf[pos++]);
    tokens.push(t);
  }
  pos++;
  const [magic, w, h] = [tokens[0], +tokens[1], +tokens[2]];
  if (magic !== 'P5') throw new Error(`not a binary PGM: ${magic}`);
  const px = (x: number, y: number) => buf[pos + y * w + x];
  const scale = 72 / dpi;
  const minPx = Math.round(minPt / scale);
  const runs: { y: number; x0: number; x1: number }[] = [];
  for (let y = 0; y < h; y++) {
    let x = 0;
    while (x < w) {
      if (px(x, y) < 110) {
        const s = x;
        while (x < w && px(x, y) < 110) x++;
        // a rule: long, with light pixels right above or below most of it (not inside a glyph row)
        if (x - s >= minPx) runs.push({ y, x0: s, x1: x });
      } else x++;
    }
  }
  // merge the rows of one rule (a rule is 1–3 px thick)
  const rules: Rule[] = [];
  for (const r of runs) {
    const last = rules.find((q) => Math.abs(q.y / scale - r.y) <= 3 && Math.abs(q.x0 / scale - r.x0) <= 2 && Math.abs(q.x1 / scale - r.x1) <= 2);
    if (last) continue;
    rules.push({ y: r.y * scale, x0: r.x0 * scale, x1: r.x1 * scale });
  }
  return rules;
}

/** The rule right under a line of text (within `gap` points of its box), horizontally overlapping it. */
export function ruleUnder(rules: Rule[], line: Word, gap = 12): Rule | null {
  const cands = rules.filter((r) => r.y > line.y1 - 1 && r.y < line.y1 + gap && r.x1 > line.x0 - 20 && r.x0 < line.x1 + 20);
  cands.sort((a, b) => a.y - b.y);
  return cands[0] ?? null;
}
