/**
 * The script of the print preview's webview, inlined into its HTML with a nonce (webviewMain is
 * serialised with Function.prototype.toString, so it must not use anything from outside itself).
 *
 * It receives the laid-out flow from the extension ({ type: 'render', data: PreviewResult }), measures
 * it off-screen, cuts it into A4 pages at line boundaries (table rows are never cut; a paragraph that
 * asks for a page break starts a page) and shows each page as a window onto the same flow, with the
 * page number centred in the top margin from the second page. Messages back: 'ready', 'select'
 * (a mark was clicked: the finding's index), 'scrolled' (the first line on screen). State (the scroll
 * position) is kept with getState/setState, so the preview comes back where it was when shown again.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
declare function acquireVsCodeApi(): { postMessage(m: unknown): void; getState(): any; setState(s: unknown): void };
// The webview's DOM, typed loosely: the project compiles without the DOM library (Node and VS Code only).
declare const document: any;
declare const window: any;
type Element = any;
type HTMLElement = any;
type HTMLTableElement = any;

export function webviewMain(): void {
  const vscode = acquireVsCodeApi();
  const MM = 96 / 25.4;
  const pagesEl = document.getElementById('pages')!;
  const measure = document.getElementById('measure')!;
  const flowCss = document.getElementById('flowcss')!;
  const notes = document.getElementById('notes')!;
  const tip = document.getElementById('tip')!;
  let data: any = null;
  let pages: { start: number; end: number; el: HTMLElement }[] = [];
  let lines: { top: number; line: number }[] = [];
  let zoom = 1;
  let quietUntil = 0;
  let restored = false;

  function rowsOf(el: Element, origin: number): { top: number; bottom: number }[] {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects: any[] = Array.from(range.getClientRects()).filter((r: any) => r.height > 0);
    const rows: { top: number; bottom: number }[] = [];
    for (const r of rects) {
      const last = rows[rows.length - 1];
      if (last && r.top < last.bottom - 1) last.bottom = Math.max(last.bottom, r.bottom - origin);
      else rows.push({ top: r.top - origin, bottom: r.bottom - origin });
    }
    if (rows.length === 0) {
      const b = el.getBoundingClientRect();
      rows.push({ top: b.top - origin, bottom: b.bottom - origin });
    }
    return rows;
  }

  function paginate(): void {
    const page = data.page;
    const height = (page.heightMm - page.margin.top - page.margin.bottom) * MM;
    const origin = measure.getBoundingClientRect().top;
    const atoms: { top: number; bottom: number; force: boolean }[] = [];
    lines = [];
    for (const el of Array.from(measure.children) as any[]) {
      if (el.tagName === 'TABLE') {
        for (const tr of Array.from((el as HTMLTableElement).rows) as any[]) {
          const b = tr.getBoundingClientRect();
          atoms.push({ top: b.top - origin, bottom: b.bottom - origin, force: false });
        }
      } else if (el.classList.contains('rule')) {
        const last = atoms[atoms.length - 1];
        if (last) last.bottom = Math.max(last.bottom, el.getBoundingClientRect().bottom - origin);
      } else {
        rowsOf(el, origin).forEach((r, i) => atoms.push({ ...r, force: i === 0 && el.getAttribute('data-break') === 'page' }));
      }
    }
    for (const p of Array.from(measure.querySelectorAll('p[data-line]')) as any[]) {
      lines.push({ top: p.getBoundingClientRect().top - origin, line: Number(p.getAttribute('data-line')) });
    }
    const starts = [atoms.length ? Math.min(0, atoms[0].top) : 0];
    for (const a of atoms) {
      const start = starts[starts.length - 1];
      if ((a.force && a.top > start + 1) || a.bottom - start > height + 0.5) starts.push(a.top);
    }
    const total = measure.getBoundingClientRect().height;
    pagesEl.textContent = '';
    pages = starts.map((start, k) => {
      const end = k + 1 < starts.length ? starts[k + 1] : Math.max(start, total);
      const el = document.createElement('div');
      el.className = 'page';
      const area = document.createElement('div');
      area.className = 'area';
      area.style.height = `${Math.min(height, end - start) + 2}px`;
      const flow = document.createElement('div');
      flow.className = 'flow';
      flow.innerHTML = data.html;
      flow.style.top = `${-start}px`;
      area.appendChild(flow);
      el.appendChild(area);
      if (k + 1 >= page.pageNumber.fromPage) {
        const num = document.createElement('div');
        num.className = 'num';
        num.textContent = String(k + 1);
        el.appendChild(num);
      }
      pagesEl.appendChild(el);
      return { start, end, el };
    });
    fit();
  }

  function fit(): void {
    const pageWidth = data ? data.page.widthMm * MM : 794;
    zoom = Math.min(1, Math.max(0.3, (window.innerWidth - 24) / pageWidth));
    (pagesEl.style as any).zoom = String(zoom);
  }

  function render(d: any): void {
    const keep = window.scrollY;
    data = d;
    flowCss.textContent = d.css;
    measure.innerHTML = d.html;
    notes.textContent = '';
    if (d.note) notes.textContent = d.note;
    for (const i of d.unplaced) {
      const m = d.marks[i];
      const div = document.createElement('div');
      div.className = `note f-${m.severity}`;
      div.textContent = m.message;
      div.setAttribute('data-f', String(i));
      notes.appendChild(div);
    }
    paginate();
    document.body.setAttribute('data-version', String(d.version));
    if (!restored) {
      restored = true;
      const s = vscode.getState();
      if (s && typeof s.scrollY === 'number') {
        quietUntil = Date.now() + 400;
        window.scrollTo(0, s.scrollY);
      }
    } else {
      quietUntil = Date.now() + 200;
      window.scrollTo(0, keep);
    }
  }

  /** Scrolls so that the paragraph of `line` is at the top. */
  function reveal(line: number): void {
    if (!data || pages.length === 0) return;
    let y = 0;
    for (const l of lines) if (l.line <= line) y = l.top;
    const k = Math.max(0, pages.findIndex((p) => y < p.end));
    const p = pages[k] ?? pages[pages.length - 1];
    const top = p.el.getBoundingClientRect().top + window.scrollY + (data.page.margin.top * MM + (y - p.start)) * zoom;
    quietUntil = Date.now() + 300;
    window.scrollTo(0, Math.max(0, top - 8));
  }

  /** The first line whose paragraph is on screen. */
  function topLine(): number | null {
    if (!data || pages.length === 0) return null;
    for (const p of pages) {
      const r = p.el.getBoundingClientRect();
      if (r.bottom <= 0) continue;
      const y = p.start + Math.max(0, -r.top / zoom - data.page.margin.top * MM);
      let line: number | null = null;
      for (const l of lines) if (l.top <= y + 2) line = l.line;
      return line ?? (lines[0]?.line ?? 0);
    }
    return null;
  }

  let scrollTimer: any = 0;
  window.addEventListener('scroll', () => {
    vscode.setState({ scrollY: window.scrollY });
    if (Date.now() < quietUntil) return;
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      if (Date.now() < quietUntil) return;
      const line = topLine();
      if (line !== null) vscode.postMessage({ type: 'scrolled', line });
    }, 60);
  });
  window.addEventListener('resize', () => data && fit());
  document.addEventListener('click', (e: any) => {
    const mark = (e.target as Element).closest('[data-f]');
    if (!mark) return;
    const index = Number(mark.getAttribute('data-f')!.split(' ')[0]);
    vscode.postMessage({ type: 'select', index });
  });
  document.addEventListener('mouseover', (e: any) => {
    const mark = (e.target as Element).closest('mark[data-f]');
    if (!mark || !data) {
      tip.hidden = true;
      return;
    }
    tip.textContent = mark.getAttribute('data-f')!.split(' ').map((i: string) => data.marks[Number(i)]?.message ?? '').join('\n');
    const r = mark.getBoundingClientRect();
    tip.style.left = `${Math.max(4, Math.min(window.innerWidth - 320, r.left))}px`;
    tip.style.top = `${r.bottom + 4}px`;
    tip.hidden = false;
  });
  window.addEventListener('message', (e: any) => {
    const m = e.data;
    if (m?.type === 'render') render(m.data);
    else if (m?.type === 'reveal') reveal(m.line);
  });
  vscode.postMessage({ type: 'ready' });
}
