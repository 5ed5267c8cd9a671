/**
 * A layout changed on purpose: the .docx examples of the typography rules and their tests export a
 * clean draft, change one thing (a part's size or style, the font, the page) and check the file.
 */
import type { Align, Block, Layout, PageSetup, Para, Role } from './model';

export interface DocxVariant {
  /** The part whose paragraphs change (every paragraph when absent). */
  role?: Role;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  align?: Align;
  /** The font of every run. */
  font?: string;
  page?: {
    widthMm?: number;
    heightMm?: number;
    margin?: Partial<PageSetup['margin']>;
    pageNumber?: Partial<PageSetup['pageNumber']>;
  };
}

export function applyVariant(layout: Layout, v: DocxVariant): Layout {
  const change = (p: Para): Para => {
    if (v.role !== undefined && p.role !== v.role) return p;
    if (v.sizePt === undefined && v.bold === undefined && v.italic === undefined && v.align === undefined) return p;
    const emphasis = p.emphasis?.map((e) => ({ ...e, bold: v.bold ?? e.bold, italic: v.italic ?? e.italic }));
    return { ...p, sizePt: v.sizePt ?? p.sizePt, bold: v.bold ?? p.bold, italic: v.italic ?? p.italic, align: v.align ?? p.align, ...(emphasis ? { emphasis } : {}) };
  };
  const blocks: Block[] = layout.blocks.map((b) =>
    b.kind === 'para' ? change(b) : { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, paras: c.paras.map(change) }))) },
  );
  const page: PageSetup = {
    ...layout.page,
    font: v.font ?? layout.page.font,
    widthMm: v.page?.widthMm ?? layout.page.widthMm,
    heightMm: v.page?.heightMm ?? layout.page.heightMm,
    margin: { ...layout.page.margin, ...v.page?.margin },
    pageNumber: { ...layout.page.pageNumber, ...v.page?.pageNumber },
  };
  return { page, blocks };
}
