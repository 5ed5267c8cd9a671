/**
 * The exported .docx, rendered: LibreOffice (headless) converts it to PDF and poppler measures the
 * pages. A4, text between 30 and 195 mm, no page number on page 1, page 2's number centred at the
 * top, the Tiêu ngữ rule as wide as its text, the issuer's and the trích yếu's rules a third to a
 * half of their text and centred under it.
 *
 * Then the print preview's HTML (layout/html.ts, the same layout model) printed by headless Chromium
 * lands within 2 mm of LibreOffice's rendering of the export, word by word.
 *
 * Needs `soffice` (Debian: libreoffice-writer-nogui), poppler-utils, fonts-liberation2 (Times New
 * Roman's metric twin with the Vietnamese letters) and chromium; `.ci/run` installs them. Without them
 * the tests are skipped with a message, except under CI (CI=true), where they must run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { layoutOf, parse, renderPrintHtml, writeDocx } from '../server/src/engine';
import { box, findPhrase, hasCommand, pdfRules, pdfWords, PT_PER_MM, ruleUnder, type Page } from './render/pdf';
import { QUYET_DINH } from './helpers';

const ROOT = resolve(__dirname, '../..');

/** The body of the công văn repeated until it runs over two pages. */
function longCongVan(): string {
  const text = readFileSync(join(ROOT, 'examples/cong-van-dung.txt'), 'utf8');
  const body = text.slice(text.indexOf('1. Rà soát'), text.indexOf('Trong quá trình'));
  let extra = '';
  for (let k = 3; k < 14; k++) extra += body.replace(/^1\. /m, `${k}. `).replace(/^2\. /m, `${k}a. `);
  return text.replace('Trong quá trình', `${extra}Trong quá trình`);
}

export function requireSoffice(ctx: Mocha.Context, what: string): void {
  if (hasCommand('soffice') && hasCommand('pdftotext') && hasCommand('pdftoppm')) return;
  if (process.env.CI) assert.fail(`${what}: soffice, pdftotext or pdftoppm is missing, and CI must run this test (.ci/run installs them)`);
  console.log(`      (skipped: ${what} needs LibreOffice and poppler-utils: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation2)`);
  ctx.skip();
}

/** Converts .docx files to PDF in one LibreOffice run (a fresh profile, headless). */
export function toPdf(dir: string, names: string[]): void {
  const profile = join(dir, 'lo-profile');
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, n))], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  for (const n of names) {
    const pdf = join(dir, n.replace(/\.docx$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${n}: ${r.stderr || r.stdout || r.error}`);
  }
}

const MM = (pt: number) => Math.round((pt / PT_PER_MM) * 10) / 10;

describe('rendering: the exported .docx through LibreOffice (PDF measured with poppler)', function () {
  this.timeout(300_000);
  let dir = '';
  const pages: Record<string, Page[]> = {};

  before(async function () {
    requireSoffice(this, 'the rendering checks');
    dir = mkdtempSync(join(tmpdir(), 'thethuc-render-'));
    const docs: Record<string, string> = {
      'cong-van': readFileSync(join(ROOT, 'examples/cong-van-dung.txt'), 'utf8'),
      'quyet-dinh': QUYET_DINH,
      'dai': longCongVan(),
    };
    for (const [name, text] of Object.entries(docs)) {
      writeFileSync(join(dir, `${name}.docx`), await writeDocx(layoutOf(parse(text))));
      writeFileSync(join(dir, `${name}.html`), renderPrintHtml(layoutOf(parse(text)), name));
    }
    toPdf(dir, Object.keys(docs).map((n) => `${n}.docx`));
    for (const name of Object.keys(docs)) pages[name] = pdfWords(join(dir, `${name}.pdf`));
  });

  after(() => {
    if (dir && !process.env.THETHUC_KEEP_RENDER) rmSync(dir, { recursive: true, force: true });
  });

  it('every page is A4 (595 × 842 pt)', () => {
    for (const [name, ps] of Object.entries(pages)) {
      for (const p of ps) {
        assert.ok(Math.abs(p.width - 595.28) < 1 && Math.abs(p.height - 841.89) < 1, `${name}: ${p.width} × ${p.height}`);
      }
    }
  });

  it('all text lies between 30 mm and 195 mm from the left edge', () => {
    let min = Infinity;
    let max = -Infinity;
    for (const [name, ps] of Object.entries(pages)) {
      for (const p of ps) {
        for (const w of p.words) {
          min = Math.min(min, w.x0);
          max = Math.max(max, w.x1);
          assert.ok(w.x0 >= 30 * PT_PER_MM - 0.5 && w.x1 <= 195 * PT_PER_MM + 0.5, `${name}: “${w.text}” at ${MM(w.x0)}–${MM(w.x1)} mm`);
        }
      }
    }
    console.log(`      text from ${MM(min)} mm to ${MM(max)} mm`);
  });

  it('no number on page 1; page 2 has its number centred in the top margin', () => {
    const ps = pages['dai'];
    assert.ok(ps.length >= 2, `the long draft rendered ${ps.length} page(s)`);
    for (const [name, doc] of Object.entries(pages)) {
      const top = doc[0].words.filter((w) => w.y1 < 20 * PT_PER_MM);
      assert.deepEqual(top.map((w) => w.text), [], `${name}: words in page 1's top margin`);
    }
    const num = ps[1].words.filter((w) => w.y1 < 20 * PT_PER_MM);
    assert.deepEqual(num.map((w) => w.text), ['2']);
    const centre = (num[0].x0 + num[0].x1) / 2;
    const textCentre = ((30 + 195) / 2) * PT_PER_MM;
    assert.ok(Math.abs(centre - textCentre) < 2, `page number centre ${MM(centre)} mm, text area centre ${MM(textCentre)} mm`);
    console.log(`      page 2: number “2” centred at ${MM(centre)} mm, top ${MM(num[0].y0)} mm; ${ps.length} pages`);
  });

  it('the Tiêu ngữ rule is as wide as its text; the issuer rule a third to a half of it, centred', () => {
    const p = pages['cong-van'][0];
    const rules = pdfRules(join(dir, 'cong-van.pdf'), 1, dir);
    const tn = box(findPhrase(p, 'Độc lập - Tự do - Hạnh phúc')!);
    const tnRule = ruleUnder(rules, tn);
    assert.ok(tnRule, `no rule under the Tiêu ngữ; rules: ${JSON.stringify(rules)}`);
    assert.ok(Math.abs(tnRule.x1 - tnRule.x0 - (tn.x1 - tn.x0)) < 2.5, `Tiêu ngữ ${MM(tn.x1 - tn.x0)} mm, rule ${MM(tnRule.x1 - tnRule.x0)} mm`);
    assert.ok(Math.abs((tnRule.x0 + tnRule.x1) / 2 - (tn.x0 + tn.x1) / 2) < 2, 'Tiêu ngữ rule centred');
    const issuer = box(findPhrase(p, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ')!);
    const isRule = ruleUnder(rules, issuer);
    assert.ok(isRule, 'no rule under the issuer');
    const share = (isRule.x1 - isRule.x0) / (issuer.x1 - issuer.x0);
    assert.ok(share >= 1 / 3 && share <= 1 / 2, `issuer rule share ${share.toFixed(2)}`);
    assert.ok(Math.abs((isRule.x0 + isRule.x1) / 2 - (issuer.x0 + issuer.x1) / 2) < 2, 'issuer rule centred');
    console.log(`      Tiêu ngữ ${MM(tn.x1 - tn.x0)} mm, its rule ${MM(tnRule.x1 - tnRule.x0)} mm; issuer ${MM(issuer.x1 - issuer.x0)} mm, its rule ${MM(isRule.x1 - isRule.x0)} mm (${share.toFixed(2)})`);
  });

  it('the print preview\'s HTML printed by headless Chromium lands within 2 mm of LibreOffice, word by word', function () {
    const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find(hasCommand);
    if (!chromium) {
      if (process.env.CI) assert.fail('chromium is missing, and CI must run this test (.ci/run installs it)');
      console.log('      (skipped: needs chromium: apt-get install -y chromium)');
      this.skip();
    }
    const lines: string[] = [];
    for (const name of Object.keys(pages)) {
      const pdf = join(dir, `${name}-chromium.pdf`);
      const r = spawnSync(chromium!, [
        '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
        `--user-data-dir=${join(dir, 'chromium-profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${join(dir, `${name}.html`)}`,
      ], { encoding: 'utf8', timeout: 120_000 });
      assert.ok(existsSync(pdf), `chromium printed nothing: ${r.stderr}`);
      const lo = pages[name];
      const ch = pdfWords(pdf);
      assert.equal(ch.length, lo.length, `${name}: ${ch.length} pages printed by Chromium, ${lo.length} by LibreOffice`);
      // pair the words in reading order (same text), page by page
      let worst = 0;
      let worstWord = '';
      let n = 0;
      const far: string[] = [];
      lo.forEach((page, i) => {
        const other = ch[i].words;
        let j = 0;
        for (const w of page.words) {
          const k = other.findIndex((o, x) => x >= j && o.text === w.text);
          if (k < 0 || k - j > 5) continue;
          j = k + 1;
          const d = Math.hypot(other[k].x0 - w.x0, other[k].y0 - w.y0) / PT_PER_MM;
          n++;
          if (d > worst) [worst, worstWord] = [d, w.text];
          if (d > 2) far.push(`page ${i + 1} “${w.text}”: ${d.toFixed(2)} mm`);
        }
        const total = page.words.length;
        assert.ok(n >= total * 0.95 || i > 0, `${name}: only ${n} of ${total} words paired`);
      });
      assert.deepEqual(far.slice(0, 10), [], `${name}: words more than 2 mm apart`);
      lines.push(`${name}: ${n} words, farthest ${worst.toFixed(2)} mm (“${worstWord}”)`);
    }
    console.log(`      Chromium vs LibreOffice: ${lines.join('; ')}`);
  });

  it('the trích yếu rule is a third to a half of its text, centred under it', () => {
    const p = pages['quyet-dinh'][0];
    const rules = pdfRules(join(dir, 'quyet-dinh.pdf'), 1, dir);
    const ty = box(findPhrase(p, 'Về việc thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn')!);
    const rule = ruleUnder(rules, ty);
    assert.ok(rule, 'no rule under the trích yếu');
    const share = (rule.x1 - rule.x0) / (ty.x1 - ty.x0);
    assert.ok(share >= 1 / 3 && share <= 1 / 2, `trích yếu rule share ${share.toFixed(2)}`);
    assert.ok(Math.abs((rule.x0 + rule.x1) / 2 - (ty.x0 + ty.x1) / 2) < 2, 'trích yếu rule centred');
    console.log(`      trích yếu ${MM(ty.x1 - ty.x0)} mm, its rule ${MM(rule.x1 - rule.x0)} mm (${share.toFixed(2)})`);
  });
});
