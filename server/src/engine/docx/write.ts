/**
 * The .docx writer: renders the layout model (layout/model.ts) with the `docx` library. It decides
 * nothing about the layout; it only says in WordprocessingML what the model says:
 *
 * - the section: A4, the model's margins, the page number (a PAGE field, centred in the top margin)
 *   in the default header and an empty first-page header (w:titlePg), so page 1 shows no number;
 * - every run with its font, size, bold and italic written out (no style to resolve), Times New Roman
 *   also as the document default, language vi-VN;
 * - the header and footer as borderless fixed-width tables;
 * - a rule line as an empty paragraph 3 pt high whose bottom border is the rule, indented on both
 *   sides so that the border is as wide as the model says and centred in its column.
 *
 * The output is deterministic: the same text gives the same word/document.xml, byte for byte.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, WidthType, type IBorderOptions,
} from 'docx';
import type { Align, Block, Layout, Para, TableBlock } from '../layout/model';

const TWIPS_PER_MM = 1440 / 25.4;
const tw = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const halfPoints = (pt: number) => Math.round(pt * 2);

/** Word's default left and right cell margins (0.19 cm); the layout measured rules inside them. */
const CELL_MARGIN_TWIPS = 108;
const RULE_HEIGHT_TWIPS = 60;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

function paragraph(p: Para, font: string): Paragraph {
  return new Paragraph({
    alignment: ALIGN[p.align],
    spacing: { before: Math.round(p.spaceBeforePt * 20), after: Math.round(p.spaceAfterPt * 20), line: 240, lineRule: LineRuleType.AUTO },
    indent: {
      left: tw(p.leftMm),
      ...(p.firstLineMm >= 0 ? { firstLine: tw(p.firstLineMm) } : { hanging: tw(-p.firstLineMm) }),
    },
    pageBreakBefore: p.pageBreakBefore || undefined,
    keepNext: p.keepNext || undefined,
    widowControl: false,
    children: runsOf(p).map((r) => new TextRun({ text: r.text, font, size: halfPoints(p.sizePt), bold: r.bold, italics: r.italic, language: { value: 'vi-VN' } })),
  });
}

/** The paragraph's text cut where its emphasis changes the style. */
export function runsOf(p: Para): { text: string; bold: boolean; italic: boolean }[] {
  const cuts = new Set<number>([0, p.text.length]);
  for (const e of p.emphasis ?? []) cuts.add(Math.max(0, Math.min(p.text.length, e.start))).add(Math.max(0, Math.min(p.text.length, e.end)));
  const points = [...cuts].sort((a, b) => a - b);
  const out: { text: string; bold: boolean; italic: boolean }[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const e = (p.emphasis ?? []).find((x) => x.start <= points[k] && points[k + 1] <= x.end);
    out.push({ text: p.text.slice(points[k], points[k + 1]), bold: e ? e.bold : p.bold, italic: e ? e.italic : p.italic });
  }
  return out.length ? out : [{ text: '', bold: p.bold, italic: p.italic }];
}

/** An empty paragraph whose bottom border is a rule `widthMm` wide, centred in `columnMm`. */
function ruleParagraph(widthMm: number, columnTwips: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - tw(widthMm)) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: RULE_HEIGHT_TWIPS, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function paragraphs(paras: Para[], font: string, columnTwips: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paras) {
    out.push(paragraph(p, font));
    if (p.rule) out.push(ruleParagraph(p.rule.widthMm, columnTwips - tw(p.leftMm)));
  }
  return out;
}

function table(t: TableBlock, font: string): Table {
  const widths = t.rows[0].map((c) => tw(c.widthMm));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS, top: 0, bottom: 0 },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: t.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.map((cell) => {
            const w = tw(cell.widthMm);
            const children = paragraphs(cell.paras, font, w - 2 * CELL_MARGIN_TWIPS);
            return new TableCell({
              width: { size: w, type: WidthType.DXA },
              borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
              children: children.length ? children : [new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })],
            });
          }),
        }),
    ),
  });
}

/** The Document of a layout (for tests that look inside before packing). */
export function toDocument(layout: Layout): Document {
  const { page } = layout;
  const font = page.font;
  const textTwips = tw(page.widthMm - page.margin.left - page.margin.right);
  const children: (Paragraph | Table)[] = [];
  let last: Block | null = null;
  for (const b of layout.blocks) {
    if (b.kind === 'table') {
      // two tables in a row would merge into one: keep a paragraph between them
      if (last?.kind === 'table') children.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }));
      children.push(table(b, font));
    } else {
      for (const p of paragraphs([b], font, textTwips)) children.push(p);
    }
    last = b;
  }
  // a document may not end with a table
  if (last?.kind === 'table' || children.length === 0) children.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }));

  const numberParagraph = () =>
    new Paragraph({
      alignment: ALIGN[page.pageNumber.align],
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ children: [PageNumber.CURRENT], font, size: halfPoints(page.pageNumber.sizePt) })],
    });
  const empty = () => new Paragraph({ children: [] });
  const place = page.pageNumber.place;
  const firstToo = page.pageNumber.fromPage <= 1;
  const headers = place === 'top' ? { default: new Header({ children: [numberParagraph()] }), ...(firstToo ? {} : { first: new Header({ children: [empty()] }) }) } : undefined;
  const footers = place === 'bottom' ? { default: new Footer({ children: [numberParagraph()] }), ...(firstToo ? {} : { first: new Footer({ children: [empty()] }) }) } : undefined;
  return new Document({
    creator: 'Thể thức',
    title: '',
    description: '',
    styles: {
      default: {
        document: {
          run: { font, size: halfPoints(14), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: place !== 'none' && !firstToo,
          page: {
            size: { width: tw(page.widthMm), height: tw(page.heightMm) },
            margin: {
              top: tw(page.margin.top), bottom: tw(page.margin.bottom), left: tw(page.margin.left), right: tw(page.margin.right),
              header: tw(page.headerMm), footer: tw(page.headerMm), gutter: 0,
            },
          },
        },
        ...(headers ? { headers } : {}),
        ...(footers ? { footers } : {}),
        children,
      },
    ],
  });
}

/** The .docx bytes of a layout. */
export async function writeDocx(layout: Layout): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(toDocument(layout)));
}

export { tw as twipsOfMm };
