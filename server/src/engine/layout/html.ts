/**
 * The HTML rendering of the layout model: the print preview ("Xem trước bản in") and `thethuc export
 * -o file.html`. Like the .docx writer it only renders the model: sizes, styles, indents, spacing,
 * rule lines and columns all come from layout/model.ts.
 *
 * renderFlow() gives the document as one flow (tables, paragraphs, rule lines) 165 mm wide, with the
 * findings marked in place, and its CSS (classes only). renderPrintHtml() wraps both in a page whose @page
 * rules (A4, the model's margins, the number centred in the top margin from page 2) let a browser
 * print it as the .docx prints. The webview cuts the same flow into A4 pages itself.
 */
import type { Block, Layout, Para, TableBlock } from './model';
import { originalOffset } from './build';
import { SINGLE_LINE } from './metrics';
import type { Severity } from '../types';

export interface Mark {
  /** Offsets in the draft's original text. */
  start: number;
  end: number;
  severity: Severity;
  message: string;
  rule: string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** The paragraph's text with its emphasis, and the marks that fall in it wrapped in <mark>. */
function markedText(p: Para, marks: Mark[], indices: number[]): string {
  // local ranges: the first and last index whose original offset lies in the mark
  const ranges: { a: number; b: number; i: number }[] = [];
  for (const i of indices) {
    const m = marks[i];
    let a = -1;
    let b = -1;
    for (let k = 0; k < p.text.length; k++) {
      const o = originalOffset(p, k);
      if (o >= m.start && o < Math.max(m.end, m.start + 1)) {
        if (a < 0) a = k;
        b = k + 1;
      }
    }
    if (a < 0) {
      // a mark between two characters (an insertion point): the character after it
      a = 0;
      while (a < p.text.length && originalOffset(p, a) < m.start) a++;
      if (a >= p.text.length) a = p.text.length - 1;
      b = a + 1;
    }
    ranges.push({ a, b, i });
  }
  const emphasis = p.emphasis ?? [];
  const cuts = new Set<number>([0, p.text.length]);
  for (const r of ranges) cuts.add(r.a).add(r.b);
  for (const e of emphasis) cuts.add(Math.min(p.text.length, e.start)).add(Math.min(p.text.length, e.end));
  const points = [...cuts].sort((x, y) => x - y);
  let out = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    let text = escapeHtml(p.text.slice(a, b));
    const e = emphasis.find((x) => x.start <= a && b <= x.end);
    if (e && (e.bold !== p.bold || e.italic !== p.italic)) {
      text = `<span style="font-weight:${e.bold ? 'bold' : 'normal'};font-style:${e.italic ? 'italic' : 'normal'}">${text}</span>`;
    }
    const here = ranges.filter((r) => r.a <= a && b <= r.b).map((r) => r.i);
    if (here.length === 0) {
      out += text;
      continue;
    }
    const worst = here.reduce((w, i) => (RANK[marks[i].severity] < RANK[marks[w].severity] ? i : w), here[0]);
    const title = here.map((i) => `${marks[i].message} (${marks[i].rule})`).join('\n');
    out += `<mark class="f f-${marks[worst].severity}" data-f="${here.join(' ')}" title="${escapeHtml(title)}">${text}</mark>`;
  }
  return out;
}

/** Class names for the paragraphs' styles: the preview's CSP allows no style attribute. */
class Classes {
  private readonly byRule = new Map<string, string>();

  name(declarations: string[]): string {
    const rule = declarations.filter(Boolean).join(';');
    if (!rule) return '';
    let c = this.byRule.get(rule);
    if (!c) {
      c = `s${this.byRule.size}`;
      this.byRule.set(rule, c);
    }
    return c;
  }

  css(): string {
    return [...this.byRule].map(([rule, c]) => `.flow .${c}{${rule}}`).join('\n');
  }
}

function paragraphHtml(p: Para, marks: Mark[], byPara: Map<Para, number[]>, classes: Classes): string {
  const style = classes.name([
    `font-size:${fmt(p.sizePt)}pt`,
    p.bold ? 'font-weight:bold' : '',
    p.italic ? 'font-style:italic' : '',
    `text-align:${p.align}`,
    p.leftMm ? `padding-left:${fmt(p.leftMm)}mm` : '',
    p.firstLineMm ? `text-indent:${fmt(p.firstLineMm)}mm` : '',
    p.spaceBeforePt ? `margin-top:${fmt(p.spaceBeforePt)}pt` : '',
    p.spaceAfterPt ? `margin-bottom:${fmt(p.spaceAfterPt)}pt` : '',
  ]);
  const attrs = `class="p r-${p.role} ${style}" data-line="${p.line}" data-start="${p.start}" data-end="${p.end}"${p.pageBreakBefore ? ' data-break="page"' : ''}`;
  let html = `<p ${attrs}>${markedText(p, marks, byPara.get(p) ?? [])}</p>`;
  if (p.rule) {
    const width = `width:${fmt(p.rule.widthMm)}mm`;
    const left = p.leftMm ? `margin-left:calc(${fmt(p.leftMm)}mm + (100% - ${fmt(p.leftMm)}mm - ${fmt(p.rule.widthMm)}mm) / 2)` : '';
    html += `<div class="rule ${classes.name([width, left])}"></div>`;
  }
  return html;
}

function tableHtml(t: TableBlock, marks: Mark[], byPara: Map<Para, number[]>, classes: Classes): string {
  const cols = t.rows[0].map((c) => `<col class="${classes.name([`width:${fmt(c.widthMm)}mm`])}">`).join('');
  const rows = t.rows
    .map((r) => `<tr>${r.map((c) => `<td>${c.paras.map((p) => paragraphHtml(p, marks, byPara, classes)).join('')}</td>`).join('')}</tr>`)
    .join('');
  return `<table class="t t-${t.role}"><colgroup>${cols}</colgroup>${rows}</table>`;
}

function allParas(blocks: Block[]): Para[] {
  const out: Para[] = [];
  for (const b of blocks) {
    if (b.kind === 'para') out.push(b);
    else for (const r of b.rows) for (const c of r) for (const p of c.paras) out.push(p);
  }
  return out;
}

/** Marks that fall in no paragraph (chrome around the document, an empty draft). */
export function unplacedMarks(layout: Layout, marks: Mark[]): number[] {
  const paras = allParas(layout.blocks);
  return marks.map((_, i) => i).filter((i) => !paras.some((p) => overlaps(p, marks[i])));
}

function overlaps(p: Para, m: Mark): boolean {
  const end = Math.max(m.end, m.start + 1);
  return m.start < p.end && p.start < end;
}

/**
 * The document as one flow of HTML, the marks in place, and its CSS (flowCss and a class for each
 * paragraph style: no style attributes, so a strict Content-Security-Policy can hold it).
 */
export function renderFlow(layout: Layout, marks: Mark[] = []): { html: string; css: string } {
  const byPara = new Map<Para, number[]>();
  const paras = allParas(layout.blocks);
  marks.forEach((m, i) => {
    const p = paras.find((x) => overlaps(x, m));
    if (p) byPara.set(p, [...(byPara.get(p) ?? []), i]);
  });
  const classes = new Classes();
  const html = layout.blocks.map((b) => (b.kind === 'table' ? tableHtml(b, marks, byPara, classes) : paragraphHtml(b, marks, byPara, classes))).join('\n');
  return { html, css: `${flowCss(layout)}\n${classes.css()}\n` };
}

/** Styles of the flow: the page's font, single line spacing, borderless tables, the rule lines. */
export function flowCss(layout: Layout): string {
  const { page } = layout;
  const textMm = page.widthMm - page.margin.left - page.margin.right;
  return `
.flow{width:${fmt(textMm)}mm;display:flow-root;color:#000;font-family:"${page.font}","Liberation Serif","Tinos",serif;font-kerning:none;font-variant-ligatures:none;line-height:${SINGLE_LINE.toFixed(4)}}
.flow p{margin:0;white-space:pre-wrap;overflow-wrap:break-word}
.flow table{border-collapse:collapse;table-layout:fixed;width:${fmt(textMm)}mm}
.flow td{padding:0 1.9mm;vertical-align:top;border:none}
.flow .rule{height:3pt;box-sizing:content-box;padding-bottom:1pt;border-bottom:0.75pt solid #000;margin:0 auto}
.flow mark.f{background:none;color:inherit;text-decoration-line:underline;text-decoration-style:wavy;text-decoration-skip-ink:none;text-underline-offset:2pt;cursor:pointer}
.flow mark.f-error{text-decoration-color:#e51400}
.flow mark.f-warning{text-decoration-color:#bf8803}
.flow mark.f-info{text-decoration-color:#1a85ff}
.flow mark.f-hint{text-decoration-color:#888}
`;
}

/** A standalone page for printing (A4, margins, page numbers from page 2), marks left out. */
export function renderPrintHtml(layout: Layout, title = ''): string {
  const { page } = layout;
  const m = page.margin;
  const flow = renderFlow(layout);
  const css = `${flow.css}
@page{size:${page.widthMm}mm ${page.heightMm}mm;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
@top-center{content:counter(page);font-family:"${page.font}","Liberation Serif",serif;font-size:${page.pageNumber.sizePt}pt;vertical-align:top;padding-top:${page.headerMm}mm}}
@page:first{@top-center{content:none}}
html,body{margin:0;padding:0;background:#fff}
.flow [data-break="page"]{break-before:page}
.flow tr{break-inside:avoid}
`;
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head>
<body><div class="flow">
${flow.html}
</div></body></html>
`;
}
