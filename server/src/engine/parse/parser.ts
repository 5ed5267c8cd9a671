/**
 * parse(): read any text into the parts of a văn bản (see model/vanban.ts for the glossary).
 *
 * The pipeline:
 *   read/lines.ts    content lines; Markdown masked; page numbers and footnote bodies set aside
 *   read/layout.ts   where the document is (portal chrome around it), the header's cells
 *   header/          order-free recognisers over the header's cells, assembled by the decree's layout
 *   blocks/          Kính gửi, căn cứ, sections, the footer (Nơi nhận + signature), phụ lục
 *   scan/            whole-text scanners: citations (dates: dates/dates.ts)
 *   classify.ts      the type and the regime, read from the model only
 * Matching uses foldKey() (no diacritics, upper case, same length) so lost diacritics and odd
 * capitals are still recognised and then judged by the rules against the exact text.
 */
import { SourceText } from '../text/source';
import { scanWords } from '../text/words';
import { scanDates } from '../dates/dates';
import { splitLines, maskMarkup } from '../read/lines';
import { documentBounds } from '../read/layout';
import { readHeader } from './header';
import { readKinhGui, readCanCu, readPhuLuc } from './blocks/body';
import { readFooter } from './blocks/footer';
import { readSections } from './blocks/sections';
import { scanCitations } from './scan/citations';
import { classifyRegime, classifyType } from './classify';
import { legacyEncoding } from '../text/legacy';
import type { Line, VanBan } from '../model/vanban';

export { citationTypeWord } from './scan/citations';

/** `plain` with the chrome's lines blanked (same length), so no scanner reads them. */
function maskLines(plain: string, chrome: Line[]): string {
  if (chrome.length === 0) return plain;
  const parts: string[] = [];
  let at = 0;
  for (const l of chrome) {
    parts.push(plain.slice(at, l.start), ' '.repeat(l.end - l.start));
    at = l.end;
  }
  parts.push(plain.slice(at));
  return parts.join('');
}

export interface ParseOptions {
  /**
   * Lines (0-based) that start a real table cell, from a reader that knows them (the .docx reader):
   * the header's pieces are cut there (read/layout.ts `piecesOf`).
   */
  cellLines?: ReadonlySet<number>;
}

export function parse(input: string | SourceText, options: ParseOptions = {}): VanBan {
  const source = typeof input === 'string' ? new SourceText(input) : input;
  const text = source.text;
  let plain = maskMarkup(text);
  const split = splitLines(plain, text);
  const bounds = documentBounds(split.lines);
  const chrome = [...split.lines.slice(0, bounds.start), ...split.lines.slice(bounds.end)];
  const lines = split.lines.slice(bounds.start, bounds.end);
  plain = maskLines(plain, chrome);

  const header = readHeader(text, plain, lines, 0, options.cellLines);
  const kg = readKinhGui(text, lines, header.end);
  const bodyStart = kg.next;
  const footer = readFooter(text, plain, lines, bodyStart);
  const bodyEnd = Math.max(bodyStart, footer.start);

  const doc: VanBan = {
    source, text, plain, lines, artifacts: split.artifacts, chrome,
    regime: 'nd30', regimeEvidence: null, regimeKind: null, type: null,
    issuer: header.issuer,
    quocHieu: header.quocHieu, tieuNgu: header.tieuNgu, orgHeader: header.orgHeader,
    soKyHieu: header.soKyHieu, placeDate: header.placeDate, markings: header.markings,
    lookalikes: header.lookalikes,
    tenLoai: header.tenLoai, trichYeu: header.trichYeu,
    kinhGui: kg.kinhGui,
    canCu: readCanCu(lines, bodyStart, bodyEnd),
    bodyStart, bodyEnd,
    sections: readSections(text, lines, bodyStart, bodyEnd),
    endMarker: footer.endMarker,
    noiNhan: footer.noiNhan, signature: footer.signature,
    phuLuc: readPhuLuc(text, lines, bodyStart, bodyEnd),
    dates: scanDates(plain),
    citations: scanCitations(plain, header.soKyHieu),
    words: scanWords(plain), diacriticShare: 1, wordCount: 0, legacyEncoding: null,
    format: null,
  };
  const { plainWords, markedWords } = doc.words;
  doc.wordCount = plainWords;
  doc.diacriticShare = plainWords < 20 ? 1 : markedWords / plainWords;
  doc.legacyEncoding = legacyEncoding(plain, plainWords * 4);

  doc.type = classifyType(doc, header);
  const regime = classifyRegime(doc, header);
  doc.regime = regime.regime;
  doc.regimeEvidence = regime.evidence;
  doc.regimeKind = regime.kind ?? null;
  return doc;
}
