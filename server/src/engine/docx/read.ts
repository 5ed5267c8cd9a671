/**
 * The .docx reader: a Word file → the text the parser reads, with where each paragraph sits (table,
 * row, cell) and how it is formatted, for the typography rules.
 *
 * - Text: the body's paragraphs in document order, one line each (a line break inside a paragraph
 *   stays a line break); table cells row by row, left to right. Tracked deletions (w:del, w:moveFrom)
 *   are left out and insertions read; hyperlinks, simple and complex fields (their shown result, not
 *   their instruction), content controls, smart tags and text boxes are read (a text box once: the
 *   VML fallback of mc:AlternateContent is skipped).
 * - Cells: the line each table cell starts on (and the first line after a table) is handed to the
 *   parser through its reader seam (read/layout.ts `piecesOf`), so the header's cells are real cells.
 * - Formatting: each run's font, size, bold and italic resolved docDefaults → paragraph style (its
 *   basedOn chain) → character style → the run's own properties; the paragraph's alignment likewise.
 * - Sections: page size, margins, the first-page setting (w:titlePg) and where a PAGE field is in the
 *   headers and footers each section uses.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { DocxError, ZipReader } from './zip';
import type { Align } from '../layout/model';
import { lastStartingAt } from '../text/spans';

export { DocxError } from './zip';

export interface RunFormat {
  /** Font family of the run's Latin text, null when nothing names one. */
  font: string | null;
  sizePt: number;
  bold: boolean;
  italic: boolean;
}

export interface DocxRun extends RunFormat {
  /** Offsets in DocxRead.text. */
  start: number;
  end: number;
}

/** Where a paragraph is, for findings (a .docx has no lines). */
export interface DocxLocation {
  /** 1-based, in document order, counting every paragraph of the body (in tables too). */
  paragraph: number;
  /** 1-based table (top-level tables in order), row and cell, when the paragraph is in a table. */
  table?: number;
  row?: number;
  cell?: number;
}

export interface DocxParagraph extends DocxLocation {
  text: string;
  /** Span of its text in DocxRead.text. */
  start: number;
  end: number;
  /** 0-based line of DocxRead.text it starts on. */
  line: number;
  align: Align;
  runs: DocxRun[];
}

export interface HeaderFooterFacts {
  /** A PAGE field is in it. */
  hasPageNumber: boolean;
  /** Alignment of the paragraph holding the PAGE field. */
  align: Align | null;
  /** Size of the PAGE field's runs. */
  sizePt: number | null;
}

export interface DocxSection {
  widthMm: number;
  heightMm: number;
  landscape: boolean;
  margin: { top: number; bottom: number; left: number; right: number };
  /** w:titlePg: the first page has its own header and footer. */
  titlePage: boolean;
  headers: { default?: HeaderFooterFacts; first?: HeaderFooterFacts; even?: HeaderFooterFacts };
  footers: { default?: HeaderFooterFacts; first?: HeaderFooterFacts; even?: HeaderFooterFacts };
}

export interface DocxRead {
  /** The body's text, one paragraph a line. */
  text: string;
  paragraphs: DocxParagraph[];
  /** Lines (0-based) that start a table cell, or the first block after a table. */
  cellLines: number[];
  sections: DocxSection[];
}

const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const A = new Set(['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main']);
const R_ID = /^(?:http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships)$/;

const MM_PER_TWIP = 25.4 / 1440;

/** The local name of a WordprocessingML element, "mc:…" for markup compatibility, "" for others. */
function wName(tag: SaxesTagNS): string {
  if (W.has(tag.uri)) return tag.local;
  if (tag.uri === MC) return `mc:${tag.local}`;
  return '';
}

/** An attribute by local name (w: or no namespace). */
function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) {
    if (a.local === local && (a.uri === '' || W.has(a.uri))) return a.value;
  }
  return undefined;
}

function relId(tag: SaxesTagNS): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === 'id' && R_ID.test(a.uri)) return a.value;
  return undefined;
}

/** w:b, w:i: on unless w:val says 0/false/off. */
function onOff(tag: SaxesTagNS): boolean {
  const v = attr(tag, 'val');
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

const JC: Record<string, Align> = {
  left: 'left', start: 'left', center: 'center', right: 'right', end: 'right',
  both: 'justify', distribute: 'justify', mediumKashida: 'justify', highKashida: 'justify', lowKashida: 'justify', thaiDistribute: 'justify',
};

/** Run properties as written at one level (undefined: not said here). */
interface RPr {
  ascii?: string;
  hAnsi?: string;
  asciiTheme?: string;
  hAnsiTheme?: string;
  sz?: number;
  b?: boolean;
  i?: boolean;
  rStyle?: string;
}

interface PPr {
  jc?: Align;
  pStyle?: string;
}

interface StyleDef {
  type: string;
  basedOn?: string;
  rPr: RPr;
  pPr: PPr;
}

interface Styles {
  defaults: { rPr: RPr; pPr: PPr };
  byId: Map<string, StyleDef>;
  defaultParagraph?: string;
  defaultCharacter?: string;
  theme: { major?: string; minor?: string };
}

/** Reads w:rPr children into `into`. */
function readRPrChild(tag: SaxesTagNS, into: RPr): void {
  switch (wName(tag)) {
    case 'rFonts': {
      const ascii = attr(tag, 'ascii');
      const hAnsi = attr(tag, 'hAnsi');
      const asciiTheme = attr(tag, 'asciiTheme');
      const hAnsiTheme = attr(tag, 'hAnsiTheme');
      if (ascii !== undefined) into.ascii = ascii;
      if (hAnsi !== undefined) into.hAnsi = hAnsi;
      if (asciiTheme !== undefined) into.asciiTheme = asciiTheme;
      if (hAnsiTheme !== undefined) into.hAnsiTheme = hAnsiTheme;
      break;
    }
    case 'sz': {
      const v = num(attr(tag, 'val'));
      if (v !== undefined) into.sz = v;
      break;
    }
    case 'b':
      into.b = onOff(tag);
      break;
    case 'i':
      into.i = onOff(tag);
      break;
    case 'rStyle': {
      const v = attr(tag, 'val');
      if (v) into.rStyle = v;
      break;
    }
  }
}

function parseXml(xml: string, part: string, handlers: { open(tag: SaxesTagNS, path: string[]): void; close(tag: SaxesTagNS, path: string[]): void; text?(t: string, path: string[]): void }): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const path: string[] = [];
  parser.on('opentag', (tag) => {
    path.push(wName(tag as SaxesTagNS) || `${(tag as SaxesTagNS).uri}|${(tag as SaxesTagNS).local}`);
    handlers.open(tag as SaxesTagNS, path);
    if ((tag as SaxesTagNS).isSelfClosing) {
      // saxes reports a closetag for self-closing tags too
    }
  });
  parser.on('closetag', (tag) => {
    handlers.close(tag as SaxesTagNS, path);
    path.pop();
  });
  if (handlers.text) parser.on('text', (t) => handlers.text!(t, path));
  let error: Error | null = null;
  parser.on('error', (err) => {
    error ??= err;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    error ??= err as Error;
  }
  if (error) throw new DocxError(`tệp .docx bị hỏng: XML không hợp lệ trong ${part} (${(error as Error).message.split('\n')[0]})`);
}

function readTheme(xml: string | null): Styles['theme'] {
  const theme: Styles['theme'] = {};
  if (!xml) return theme;
  let which: 'major' | 'minor' | null = null;
  parseXml(xml, 'word/theme/theme1.xml', {
    open(tag) {
      if (!A.has(tag.uri)) return;
      if (tag.local === 'majorFont') which = 'major';
      else if (tag.local === 'minorFont') which = 'minor';
      else if (tag.local === 'latin' && which && theme[which] === undefined) {
        const face = Object.values(tag.attributes).find((a) => a.local === 'typeface')?.value;
        if (face) theme[which] = face;
      }
    },
    close(tag) {
      if (A.has(tag.uri) && (tag.local === 'majorFont' || tag.local === 'minorFont')) which = null;
    },
  });
  return theme;
}

function readStyles(xml: string | null, theme: Styles['theme']): Styles {
  const styles: Styles = { defaults: { rPr: {}, pPr: {} }, byId: new Map(), theme };
  if (!xml) return styles;
  let cur: StyleDef | null = null;
  let curId = '';
  parseXml(xml, 'word/styles.xml', {
    open(tag, path) {
      const n = path[path.length - 1];
      const parent = path[path.length - 2];
      if (n === 'style') {
        curId = attr(tag, 'styleId') ?? '';
        cur = { type: attr(tag, 'type') ?? 'paragraph', rPr: {}, pPr: {} };
        if (attr(tag, 'default') && /^(1|true|on)$/i.test(attr(tag, 'default')!)) {
          if (cur.type === 'paragraph') styles.defaultParagraph = curId;
          if (cur.type === 'character') styles.defaultCharacter = curId;
        }
        styles.byId.set(curId, cur);
        return;
      }
      const target = cur ?? (path.includes('docDefaults') ? styles.defaults : null);
      if (!target) return;
      if (n === 'basedOn' && cur) cur.basedOn = attr(tag, 'val');
      else if (parent === 'rPr' && !path.includes('tblStylePr')) readRPrChild(tag, target.rPr);
      else if (parent === 'pPr' && n === 'jc' && !path.includes('tblStylePr')) {
        const v = JC[attr(tag, 'val') ?? ''];
        if (v) target.pPr.jc = v;
      }
    },
    close(_tag, path) {
      if (path[path.length - 1] === 'style') cur = null;
    },
  });
  return styles;
}

/** The chain of a style and what it is based on, the base first. */
function chain(styles: Styles, id: string | undefined): StyleDef[] {
  const out: StyleDef[] = [];
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    const s = styles.byId.get(id);
    if (!s) break;
    out.unshift(s);
    id = s.basedOn;
  }
  return out;
}

function themeFont(styles: Styles, theme: string | undefined): string | undefined {
  if (!theme) return undefined;
  return /^major/.test(theme) ? styles.theme.major : /^minor/.test(theme) ? styles.theme.minor : undefined;
}

function resolveRun(styles: Styles, pStyle: string | undefined, direct: RPr): RunFormat {
  const levels: RPr[] = [styles.defaults.rPr];
  for (const s of chain(styles, pStyle ?? styles.defaultParagraph)) levels.push(s.rPr);
  for (const s of chain(styles, direct.rStyle ?? styles.defaultCharacter)) levels.push(s.rPr);
  levels.push(direct);
  const out: RunFormat = { font: null, sizePt: 10, bold: false, italic: false };
  for (const l of levels) {
    // a theme font named at a level wins over a plain name at the same level (Word's rule)
    const font = themeFont(styles, l.asciiTheme) ?? l.ascii ?? themeFont(styles, l.hAnsiTheme) ?? l.hAnsi;
    if (font !== undefined) out.font = font;
    if (l.sz !== undefined) out.sizePt = l.sz / 2;
    if (l.b !== undefined) out.bold = l.b;
    if (l.i !== undefined) out.italic = l.i;
  }
  return out;
}

function resolveAlign(styles: Styles, pStyle: string | undefined, direct: PPr): Align {
  let jc: Align = styles.defaults.pPr.jc ?? 'left';
  for (const s of chain(styles, pStyle ?? styles.defaultParagraph)) if (s.pPr.jc) jc = s.pPr.jc;
  return direct.jc ?? jc;
}

interface RawRun {
  text: string;
  rPr: RPr;
  /** Inside a complex field's instruction or a PAGE field's result. */
  page?: boolean;
}

interface RawParagraph {
  pPr: PPr;
  runs: RawRun[];
  table: number | null;
  row: number | null;
  cell: number | null;
  /** First paragraph of a table cell, or the first after a table. */
  opensCell: boolean;
  /** A section ends with this paragraph (w:sectPr in its w:pPr). */
  sectPr?: RawSection;
}

interface RawSection {
  w?: number;
  h?: number;
  orient?: string;
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
  titlePg: boolean;
  refs: { kind: 'header' | 'footer'; type: string; id: string }[];
}

const PAGE_FIELD = /(?:^|\s)PAGE(?:\s|\\|$)/;

/** Paragraphs of a WordprocessingML part (the body, a header, a footer). */
function readParagraphs(xml: string, part: string): { paragraphs: RawParagraph[]; bodySection: RawSection | null } {
  const paragraphs: RawParagraph[] = [];
  const stack: RawParagraph[] = [];
  let run: RawRun | null = null;
  let tableDepth = 0;
  let table = 0;
  let row = 0;
  let cell = 0;
  let openCell = false;
  let skipDepth = 0; // inside w:del, w:moveFrom, mc:Fallback, w:rPr/w:del …
  let inText = false;
  let inInstr = false;
  // complex fields: [instruction so far, showing the result yet]
  const fields: { instr: string; result: boolean }[] = [];
  let section: RawSection | null = null;
  let bodySection: RawSection | null = null;
  const inField = () => fields.some((f) => f.result && PAGE_FIELD.test(f.instr));
  let simplePage = 0;

  parseXml(xml, part, {
    open(tag, path) {
      const n = path[path.length - 1];
      const parent = path[path.length - 2];
      if (skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (n === 'del' || n === 'moveFrom' || n === 'mc:Fallback' || n === 'delText' || n === 'delInstrText' || n === 'footnoteReference' || (n === 'rPrChange' || n === 'pPrChange' || n === 'sectPrChange' || n === 'tblPrChange' || n === 'trPrChange' || n === 'tcPrChange')) {
        skipDepth = 1;
        return;
      }
      const p = stack[stack.length - 1];
      switch (n) {
        case 'tbl':
          tableDepth++;
          if (tableDepth === 1) {
            table++;
            row = 0;
          }
          return;
        case 'tr':
          if (tableDepth === 1) {
            row++;
            cell = 0;
          }
          return;
        case 'tc':
          if (tableDepth === 1) cell++;
          openCell = true;
          return;
        case 'p': {
          const para: RawParagraph = {
            pPr: {}, runs: [], opensCell: openCell,
            table: tableDepth ? table : null, row: tableDepth ? row : null, cell: tableDepth ? cell : null,
          };
          openCell = false;
          stack.push(para);
          return;
        }
        case 'sectPr':
          section = { titlePg: false, refs: [] };
          return;
        case 'r':
          if (p) {
            run = { text: '', rPr: {}, page: simplePage > 0 || inField() };
          }
          return;
        case 't':
          inText = true;
          return;
        case 'instrText':
          inInstr = true;
          return;
        case 'tab':
          if (run && parent === 'r') run.text += '\t';
          return;
        case 'br':
        case 'cr':
          if (run && parent === 'r') run.text += '\n';
          return;
        case 'noBreakHyphen':
          if (run) run.text += '-';
          return;
        case 'fldChar': {
          const type = attr(tag, 'fldCharType');
          if (type === 'begin') fields.push({ instr: '', result: false });
          else if (type === 'separate' && fields.length) fields[fields.length - 1].result = true;
          else if (type === 'end') fields.pop();
          return;
        }
        case 'fldSimple':
          if (PAGE_FIELD.test(attr(tag, 'instr') ?? '')) simplePage++;
          else simplePage += 0;
          return;
      }
      // properties
      if (section && path.includes('sectPr')) {
        if (n === 'pgSz') {
          section.w = num(attr(tag, 'w'));
          section.h = num(attr(tag, 'h'));
          section.orient = attr(tag, 'orient');
        } else if (n === 'pgMar') {
          section.top = num(attr(tag, 'top'));
          section.bottom = num(attr(tag, 'bottom'));
          section.left = num(attr(tag, 'left'));
          section.right = num(attr(tag, 'right'));
        } else if (n === 'titlePg') section.titlePg = onOff(tag);
        else if (n === 'headerReference' || n === 'footerReference') {
          const id = relId(tag);
          if (id) section.refs.push({ kind: n === 'headerReference' ? 'header' : 'footer', type: attr(tag, 'type') ?? 'default', id });
        }
        return;
      }
      if (parent === 'rPr' && path[path.length - 3] === 'r' && run) {
        readRPrChild(tag, run.rPr);
        return;
      }
      if (parent === 'pPr' && p && path[path.length - 3] === 'p') {
        if (n === 'jc') {
          const v = JC[attr(tag, 'val') ?? ''];
          if (v) p.pPr.jc = v;
        } else if (n === 'pStyle') p.pPr.pStyle = attr(tag, 'val');
      }
    },
    close(_tag, path) {
      const n = path[path.length - 1];
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      switch (n) {
        case 'tbl':
          tableDepth--;
          if (tableDepth === 0) openCell = true; // the first paragraph after a table starts a new block
          return;
        case 'p': {
          const para = stack.pop();
          if (para) paragraphs.push(para);
          return;
        }
        case 'r': {
          const p = stack[stack.length - 1];
          if (run && p) p.runs.push(run);
          run = null;
          return;
        }
        case 't':
          inText = false;
          return;
        case 'instrText':
          inInstr = false;
          return;
        case 'fldSimple':
          if (simplePage > 0) simplePage--;
          return;
        case 'sectPr': {
          const p = stack[stack.length - 1];
          if (section) {
            if (p && path.includes('pPr')) p.sectPr = section;
            else bodySection = section;
          }
          section = null;
          return;
        }
      }
    },
    text(t) {
      if (skipDepth > 0) return;
      if (inText && run) run.text += t;
      else if (inInstr && fields.length) fields[fields.length - 1].instr += t;
    },
  });
  return { paragraphs, bodySection };
}

function headerFooterFacts(xml: string, part: string, styles: Styles): HeaderFooterFacts {
  const { paragraphs } = readParagraphs(xml, part);
  for (const p of paragraphs) {
    const pageRuns = p.runs.filter((r) => r.page);
    if (pageRuns.length === 0) continue;
    let align = resolveAlign(styles, p.pPr.pStyle, p.pPr);
    // "\t{PAGE}" in Word's Header style: the default centre tab stop
    const before = p.runs.slice(0, p.runs.indexOf(pageRuns[0])).map((r) => r.text).join('');
    if (align === 'left' && before === '\t') align = 'center';
    return { hasPageNumber: true, align, sizePt: resolveRun(styles, p.pPr.pStyle, pageRuns[0].rPr).sizePt };
  }
  return { hasPageNumber: false, align: null, sizePt: null };
}

function readRels(xml: string | null): Map<string, string> {
  const rels = new Map<string, string>();
  if (!xml) return rels;
  parseXml(xml, 'word/_rels/document.xml.rels', {
    open(tag) {
      if (tag.local !== 'Relationship') return;
      const id = Object.values(tag.attributes).find((a) => a.local === 'Id')?.value;
      const target = Object.values(tag.attributes).find((a) => a.local === 'Target')?.value;
      const mode = Object.values(tag.attributes).find((a) => a.local === 'TargetMode')?.value;
      if (id && target && mode !== 'External') rels.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`.replace(/\/[^/]+\/\.\.\//g, '/'));
    },
    close() {},
  });
  return rels;
}

/** The part name of the main document, from [Content_Types].xml (word/document.xml usually). */
function mainPart(zip: ZipReader): string {
  const types = zip.text('[Content_Types].xml');
  if (types) {
    const m = /PartName="\/([^"]+)"\s+ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"/.exec(types)
      ?? /ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"\s+PartName="\/([^"]+)"/.exec(types);
    if (m) return m[1];
    if (/spreadsheetml|presentationml/.test(types) && !zip.has('word/document.xml')) {
      throw new DocxError('đây là tệp Excel hoặc PowerPoint, không phải tệp Word .docx');
    }
  }
  return 'word/document.xml';
}

export function readDocx(bytes: Uint8Array): DocxRead {
  const zip = new ZipReader(bytes);
  const main = mainPart(zip);
  const documentXml = zip.text(main);
  if (documentXml === null) throw new DocxError(`không phải tệp Word .docx: thiếu ${main}`);
  const dir = main.replace(/[^/]+$/, '');
  const relsName = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const rels = readRels(zip.text(relsName));
  const styles = readStyles(zip.text(`${dir}styles.xml`), readTheme(zip.text(`${dir}theme/theme1.xml`)));

  const { paragraphs: raw, bodySection } = readParagraphs(documentXml, main);
  const paragraphs: DocxParagraph[] = [];
  const cellLines: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  let line = 0;
  let pendingCell = false;
  raw.forEach((rp, k) => {
    const runs: DocxRun[] = [];
    let text = '';
    for (const r of rp.runs) {
      if (r.text.length === 0) continue;
      const f = resolveRun(styles, rp.pPr.pStyle, r.rPr);
      runs.push({ ...f, start: offset + text.length, end: offset + text.length + r.text.length });
      text += r.text;
    }
    if (rp.opensCell) pendingCell = true;
    if (pendingCell && /\S/.test(text)) {
      cellLines.push(line);
      pendingCell = false;
    }
    const loc: DocxLocation = { paragraph: k + 1 };
    if (rp.table !== null) Object.assign(loc, { table: rp.table, row: rp.row, cell: rp.cell });
    paragraphs.push({ ...loc, text, start: offset, end: offset + text.length, line, align: resolveAlign(styles, rp.pPr.pStyle, rp.pPr), runs });
    parts.push(text);
    offset += text.length + 1;
    for (const ch of text) if (ch === '\n') line++;
    line++;
  });

  // sections: each paragraph-level sectPr closes one, the body's closes the last
  const rawSections: RawSection[] = raw.filter((p) => p.sectPr).map((p) => p.sectPr!);
  rawSections.push(bodySection ?? { titlePg: false, refs: [] });
  const cache = new Map<string, HeaderFooterFacts>();
  const facts = (id: string): HeaderFooterFacts | undefined => {
    const target = rels.get(id);
    if (!target) return undefined;
    if (!cache.has(target)) {
      const xml = zip.text(target);
      cache.set(target, xml ? headerFooterFacts(xml, target, styles) : { hasPageNumber: false, align: null, sizePt: null });
    }
    return cache.get(target);
  };
  const sections: DocxSection[] = [];
  let prevHeaders: DocxSection['headers'] = {};
  let prevFooters: DocxSection['footers'] = {};
  for (const s of rawSections) {
    const headers: DocxSection['headers'] = { ...prevHeaders };
    const footers: DocxSection['footers'] = { ...prevFooters };
    for (const r of s.refs) {
      const type = r.type === 'first' ? 'first' : r.type === 'even' ? 'even' : 'default';
      const f = facts(r.id);
      if (!f) continue;
      (r.kind === 'header' ? headers : footers)[type] = f;
    }
    prevHeaders = headers;
    prevFooters = footers;
    const w = (s.w ?? 12240) * MM_PER_TWIP;
    const h = (s.h ?? 15840) * MM_PER_TWIP;
    sections.push({
      widthMm: w, heightMm: h, landscape: s.orient === 'landscape' || w > h,
      margin: {
        top: Math.abs(s.top ?? 1440) * MM_PER_TWIP, bottom: Math.abs(s.bottom ?? 1440) * MM_PER_TWIP,
        left: (s.left ?? 1800) * MM_PER_TWIP, right: (s.right ?? 1800) * MM_PER_TWIP,
      },
      titlePage: s.titlePg, headers, footers,
    });
  }
  return { text: parts.join('\n'), paragraphs, cellLines, sections };
}

/** The paragraph holding offset `pos` of DocxRead.text (the one before it at a line break). */
export function paragraphAt(read: DocxRead, pos: number): DocxParagraph | null {
  const ps = read.paragraphs;
  return ps.length === 0 ? null : ps[lastStartingAt(ps, pos)];
}

/** "đoạn 12" or "bảng 1, hàng 2, ô 1 (đoạn 3)": where a finding is, in Vietnamese. */
export function describeLocation(loc: DocxLocation): string {
  return loc.table ? `bảng ${loc.table}, hàng ${loc.row}, ô ${loc.cell} (đoạn ${loc.paragraph})` : `đoạn ${loc.paragraph}`;
}
