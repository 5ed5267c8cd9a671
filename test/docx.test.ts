/**
 * Word in and Word out: the .docx writer (layout model → file), the reader (file → text, cells,
 * formatting), the round trip (the findings on a draft equal the findings on its export read back),
 * the typography rules (their cases, on exported files changed on purpose), and bad files.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { check, checkDocx, DocxError, layoutOf, parse, readDocx, RULES, writeDocx, type Finding } from '../server/src/engine';
import { applyVariant, type DocxVariant } from '../server/src/engine/layout/variant';
import { run } from '../server/src/cli/run';
import { CONG_VAN, KE_HOACH, QUYET_DINH } from './helpers';
import { makeDocx, p, sectPr } from './docx/make';

const ROOT = resolve(__dirname, '../..');

const exportDocx = (text: string, variant?: DocxVariant) => {
  const layout = layoutOf(parse(text));
  return writeDocx(variant ? applyVariant(layout, variant) : layout);
};

function documentXml(bytes: Uint8Array): string {
  return new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
}

function drafts(): [string, string][] {
  const out: [string, string][] = [];
  for (const dir of ['examples', 'test/fixtures/seeds']) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) out.push([`${dir}/${name}`, readFileSync(join(ROOT, dir, name), 'utf8')]);
  }
  return out;
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

describe('.docx out: the writer', function () {
  this.timeout(60_000);

  it('writes the same word/document.xml, byte for byte, for the same text', async () => {
    for (const [name, text] of drafts()) {
      const a = documentXml(await exportDocx(text));
      const b = documentXml(await exportDocx(text));
      assert.equal(a, b, name);
    }
  });

  it('lays the header out as a two-column borderless table, page numbers from page 2, A4 and the margins', async () => {
    const xml = documentXml(await exportDocx(CONG_VAN));
    assert.match(xml, /<w:tbl>/);
    assert.match(xml, /<w:gridCol w:w="4082"\/><w:gridCol w:w="5272"\/>/); // 72 mm | 93 mm
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(xml, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    assert.match(xml, /<w:titlePg\/>/);
    assert.match(xml, /<w:headerReference w:type="default"/);
    assert.match(xml, /<w:rFonts w:ascii="Times New Roman"/);
    assert.doesNotMatch(xml, /<w:top w:val="single"/); // no visible table border
  });
});

describe('.docx round trip: the findings on the text equal the findings on its export read back', function () {
  this.timeout(120_000);
  const key = (f: Finding) => `${f.rule} | ${f.severity} | ${f.message}`;
  const norm = (s: string) => s.replace(/[*_`|]/g, '').replace(/\s+/g, ' ').trim();

  for (const [name, text] of drafts()) {
    it(name, async () => {
      const onText = check(text).findings;
      const r = checkDocx(await exportDocx(text));
      assert.deepEqual(r.findings.map(key).sort(), onText.map(key).sort());
      // and in the same place: the words under each finding match (one may hold the other when the
      // draft put two parts on one line that the export sets in two cells)
      const unmatched = r.findings.filter((f) => {
        const under = norm(r.text.slice(f.start, f.end));
        return !onText.some((g) => key(g) === key(f) && (norm(text.slice(g.start, g.end)).includes(under) || under.includes(norm(text.slice(g.start, g.end)))));
      });
      assert.deepEqual(unmatched.map((f) => `${key(f)} «${r.text.slice(f.start, f.end)}»`), []);
    });
  }

  it('an export has no typography finding of its own', async () => {
    const ids = new Set(RULES.filter((x) => x.input === 'docx').map((x) => x.id));
    for (const text of [CONG_VAN, QUYET_DINH, KE_HOACH]) {
      const found = checkDocx(await exportDocx(text)).findings.filter((f) => ids.has(f.rule));
      assert.deepEqual(found.map((f) => f.message), []);
    }
  });
});

describe('.docx in: the reader', () => {
  it('reads header table cells as cells (the parser\'s reader seam) and places findings in them', () => {
    const cell = (paras: string) => `<w:tc>${paras}</w:tc>`;
    const body = `<w:tbl><w:tr>${cell(p([['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN']]) + p([['SỞ TÀI CHÍNH']]))}${cell(p([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]) + p([['Độc lập - Tự do - Hạnh phúc']]))}</w:tr>`
      + `<w:tr>${cell(p([['Số: 5/STC-QLNS']]))}${cell(p([['Lạng Sơn, ngày 09 tháng 3 năm 2026']]))}</w:tr></w:tbl>`
      + p([['V/v báo cáo tình hình giải ngân']]) + sectPr();
    const r = checkDocx(makeDocx({ body }));
    assert.equal(r.doc.issuer.name?.text, 'SỞ TÀI CHÍNH');
    assert.equal(r.doc.quocHieu?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.deepEqual(r.read.cellLines, [0, 2, 4, 5, 6]);
    const f = r.findings.find((x) => x.rule === 'so-ky-hieu')!;
    assert.deepEqual(r.place(f), { paragraph: 5, table: 1, row: 2, cell: 1, where: 'bảng 1, hàng 2, ô 1 (đoạn 5)', excerpt: '5' });
  });

  it('resolves run formatting docDefaults → paragraph style → character style → run, with theme fonts', () => {
    const styles = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>`
      + `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:sz w:val="28"/></w:rPr></w:style>`
      + `<w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>`
      + `<w:style w:type="character" w:styleId="Em"><w:rPr><w:i/></w:rPr></w:style>`;
    const body = p([['Một'], ['Hai', '<w:rStyle w:val="Em"/>'], ['Ba', '<w:b w:val="0"/><w:sz w:val="26"/>']], '<w:pStyle w:val="Heading"/>') + p([['Bốn']]) + sectPr();
    const read = readDocx(makeDocx({ body, styles, theme: { major: 'Cambria', minor: 'Times New Roman' } }));
    const [h, n] = read.paragraphs;
    assert.equal(h.align, 'center');
    assert.deepEqual(h.runs.map((r) => [read.text.slice(r.start, r.end), r.font, r.sizePt, r.bold, r.italic]), [
      ['Một', 'Arial', 14, true, false],
      ['Hai', 'Arial', 14, true, true],
      ['Ba', 'Arial', 13, false, false],
    ]);
    assert.equal(n.align, 'justify');
    assert.deepEqual([n.runs[0].font, n.runs[0].sizePt, n.runs[0].bold], ['Times New Roman', 14, false]);
  });

  it('leaves tracked deletions out, reads insertions, hyperlinks, field results, content controls and a text box once', () => {
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const body = `<w:p>${run('Giữ ')}<w:del w:id="1" w:author="A"><w:r><w:delText>bỏ </w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${run('thêm ')}</w:ins>`
      + `<w:hyperlink r:id="rId9">${run('liên kết ')}</w:hyperlink>`
      + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('05/02/2026')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
      + `<w:fldSimple w:instr=" AUTHOR ">${run(' Tên')}</w:fldSimple></w:p>`
      + `<w:sdt><w:sdtPr/><w:sdtContent>${p([['Trong điều khiển nội dung']])}</w:sdtContent></w:sdt>`
      + `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${p([['Trong hộp chữ']])}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>${p([['Trong hộp chữ']])}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
      + `<w:p><w:moveFrom w:id="3" w:author="A">${run('dời đi')}</w:moveFrom><w:moveTo w:id="4" w:author="A">${run('dời đến')}</w:moveTo></w:p>`
      + sectPr();
    const read = readDocx(makeDocx({ body }));
    assert.equal(read.text, 'Giữ thêm liên kết 05/02/2026 Tên\nTrong điều khiển nội dung\nTrong hộp chữ\n\ndời đến');
  });

  it('reads the section: size, margins, first-page setting and the PAGE field in headers and footers', () => {
    const hdr = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const ftr = `<w:p><w:fldSimple w:instr="PAGE \\* MERGEFORMAT"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`;
    const body = p([['Nội dung']]) + sectPr('<w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="first" r:id="rIdF1"/><w:titlePg/>', '<w:pgSz w:w="12240" w:h="15840"/>');
    const read = readDocx(makeDocx({ body, headers: { rIdH1: hdr }, footers: { rIdF1: ftr } }));
    const s = read.sections[0];
    assert.deepEqual([Math.round(s.widthMm * 10) / 10, Math.round(s.heightMm * 10) / 10], [215.9, 279.4]);
    assert.deepEqual(Object.values(s.margin).map((m) => Math.round(m)), [20, 20, 30, 15]);
    assert.equal(s.titlePage, true);
    assert.deepEqual(s.headers.default, { hasPageNumber: true, align: 'center', sizePt: 13 });
    assert.equal(s.footers.first?.hasPageNumber, true);
  });
});

/** Cases of the typography rules: an export of a clean draft, changed as `variant` says. */
interface DocxCase {
  name: string;
  text: string;
  variant: DocxVariant;
  /** The text under a finding (in the text read from the file). */
  under?: string;
  message?: string;
}

const DOCX_CASES: Record<string, { fire: DocxCase[]; pass: DocxCase[] }> = {
  'kho-giay': {
    fire: [{ name: 'Letter', text: CONG_VAN, variant: { page: { widthMm: 215.9, heightMm: 279.4 } }, under: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', message: '(Letter)' }],
    pass: [{ name: 'A4', text: CONG_VAN, variant: {} }, { name: 'A4 quyết định', text: QUYET_DINH, variant: { page: { margin: { left: 35 } } } }],
  },
  'le-trang': {
    fire: [
      { name: 'left 25 mm', text: CONG_VAN, variant: { page: { margin: { left: 25 } } }, under: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', message: 'Lề trái 25 mm (quy định 30–35 mm).' },
      { name: 'Word defaults 25.4 mm', text: QUYET_DINH, variant: { page: { margin: { top: 25.4, bottom: 25.4, left: 25.4, right: 25.4 } } }, message: 'Lề trên 25,4 mm' },
    ],
    pass: [{ name: 'the decree\'s smallest', text: CONG_VAN, variant: {} }, { name: 'the largest', text: CONG_VAN, variant: { page: { margin: { top: 25, bottom: 25, left: 35, right: 20 } } } }],
  },
  'phong-chu': {
    fire: [
      { name: 'Arial everywhere', text: CONG_VAN, variant: { font: 'Arial' }, under: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', message: '“Arial” trong' },
      { name: '.VnTime (TCVN3)', text: QUYET_DINH, variant: { font: '.VnTime' }, message: 'bộ mã TCVN3' },
    ],
    pass: [{ name: 'Times New Roman', text: CONG_VAN, variant: {} }, { name: 'Times New Roman, quyết định', text: QUYET_DINH, variant: {} }],
  },
  'co-chu': {
    fire: [
      { name: 'body in 12 pt', text: CONG_VAN, variant: { role: 'body', sizePt: 12 }, under: 'Thực hiện Công văn số 708/BKHCN-KHTC ngày 06/02/2026 của Bộ Khoa học và Công nghệ về việc báo cáo tình hình thực hiện các nhiệm vụ, Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện như sau:', message: 'Nội dung văn bản cỡ 12 (và 1 đoạn khác); quy định cỡ 13–14.' },
      { name: 'Quốc hiệu in 14 pt', text: CONG_VAN, variant: { role: 'quocHieu', sizePt: 14 }, under: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', message: 'Quốc hiệu cỡ 14; quy định cỡ 12–13.' },
      { name: 'Nơi nhận list in 13 pt', text: QUYET_DINH, variant: { role: 'noiNhanItem', sizePt: 13 }, under: '- Như Điều 3;' },
    ],
    pass: [{ name: 'as exported', text: CONG_VAN, variant: {} }, { name: 'Tiêu ngữ in 14 pt', text: CONG_VAN, variant: { role: 'tieuNgu', sizePt: 14 } }],
  },
  'kieu-chu': {
    fire: [
      { name: 'Tiêu ngữ not bold', text: CONG_VAN, variant: { role: 'tieuNgu', bold: false }, under: 'Độc lập - Tự do - Hạnh phúc', message: 'Tiêu ngữ không in đậm; quy định chữ đứng, đậm.' },
      { name: 'date upright', text: CONG_VAN, variant: { role: 'placeDate', italic: false }, under: 'Lạng Sơn, ngày 09 tháng 3 năm 2026' },
      { name: 'chủ quản bold', text: CONG_VAN, variant: { role: 'chuQuan', bold: true }, under: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', message: 'in đậm' },
      { name: '“Điều 1.” not bold', text: QUYET_DINH, variant: { role: 'dieu', bold: false }, under: 'Điều 1. Thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn, gồm các thành viên sau:', message: '“Điều” và số thứ tự điều không in đậm (và 2 đoạn khác)' },
    ],
    pass: [{ name: 'as exported', text: QUYET_DINH, variant: {} }, { name: 'body in bold is not judged', text: CONG_VAN, variant: { role: 'body', bold: true } }],
  },
  'can-le': {
    fire: [
      { name: 'body left-aligned', text: CONG_VAN, variant: { role: 'body', align: 'left' }, message: 'căn trái (và 1 đoạn khác); quy định căn đều hai lề.' },
      { name: 'tên loại left-aligned', text: QUYET_DINH, variant: { role: 'tenLoai', align: 'left' }, under: 'QUYẾT ĐỊNH' },
    ],
    pass: [{ name: 'as exported', text: CONG_VAN, variant: {} }, { name: 'a signature block left-aligned is not judged', text: CONG_VAN, variant: { role: 'quyenHan', align: 'left' } }],
  },
  'so-trang': {
    fire: [
      { name: 'number on page 1 too', text: CONG_VAN, variant: { page: { pageNumber: { fromPage: 1 } } }, message: 'hiển thị ở trang thứ nhất' },
      { name: 'number at the bottom', text: CONG_VAN, variant: { page: { pageNumber: { place: 'bottom' } } }, message: 'lề dưới' },
      { name: 'number on the right', text: CONG_VAN, variant: { page: { pageNumber: { align: 'right' } } }, message: 'không canh giữa' },
      { name: 'number in 11 pt', text: CONG_VAN, variant: { page: { pageNumber: { sizePt: 11 } } }, message: 'cỡ 11' },
      { name: 'no number on a long text', text: CONG_VAN.replace('1. Rà soát', `${'Rà soát, tổng hợp kết quả giải ngân vốn đầu tư công quý I năm 2026. '.repeat(40)}\n1. Rà soát`), variant: { page: { pageNumber: { place: 'none' } } }, message: 'không có số trang' },
    ],
    pass: [{ name: 'as exported', text: CONG_VAN, variant: {} }, { name: 'no number on a one-page text', text: CONG_VAN, variant: { page: { pageNumber: { place: 'none' } } } }],
  },
};

describe('typography rules (.docx only): cases on exported files changed on purpose', function () {
  this.timeout(60_000);

  it('every .docx rule has cases that fire (each naming what it checks) and two that pass', () => {
    const ids = RULES.filter((r) => r.input === 'docx').map((r) => r.id).sort();
    assert.deepEqual(Object.keys(DOCX_CASES).sort(), ids);
    for (const [id, c] of Object.entries(DOCX_CASES)) assert.ok(c.fire.length >= 1 && c.pass.length >= 2, id);
  });

  for (const [id, cases] of Object.entries(DOCX_CASES)) {
    describe(id, () => {
      for (const c of cases.fire) {
        it(`fires: ${c.name}`, async () => {
          const r = checkDocx(await exportDocx(c.text, c.variant));
          const mine = r.findings.filter((f) => f.rule === id);
          assert.ok(mine.length > 0, `expected ${id}; got ${JSON.stringify(r.findings.map((f) => f.rule))}`);
          if (c.under !== undefined) assert.ok(mine.some((f) => r.text.slice(f.start, f.end) === c.under), `under: ${mine.map((f) => JSON.stringify(r.text.slice(f.start, f.end))).join(', ')}`);
          if (c.message) assert.ok(mine.some((f) => f.message.includes(c.message!)), mine.map((f) => f.message).join('\n'));
          for (const f of mine) assert.match(f.message, /\[Nghị định 30\/2020\/NĐ-CP, Phụ lục I/);
          // the text rules see the same text as in the draft: only typography differs
          assert.deepEqual(r.findings.filter((f) => !RULES.find((x) => x.id === f.rule)?.input).map((f) => f.rule), check(c.text).findings.map((f) => f.rule));
        });
      }
      for (const c of cases.pass) {
        it(`quiet: ${c.name}`, async () => {
          const r = checkDocx(await exportDocx(c.text, c.variant));
          assert.deepEqual(r.findings.filter((f) => f.rule === id).map((f) => f.message), []);
        });
      }
    });
  }

  it('the rules stay quiet on plain text', () => {
    const ids = new Set(RULES.filter((r) => r.input === 'docx').map((r) => r.id));
    assert.deepEqual(check(CONG_VAN).findings.filter((f) => ids.has(f.rule)), []);
  });
});

describe('bad .docx files exit 2 with a clear message', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-docx-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const expectTrouble = async (name: string, bytes: Uint8Array, message: RegExp) => {
    writeFileSync(join(dir, name), bytes);
    const r = await cli(['check', name], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, message);
    assert.throws(() => readDocx(bytes), DocxError);
  };

  it('a .doc renamed .docx', () => expectTrouble('cu.docx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /không đọc được tệp cu\.docx: đây là tệp Word 97–2003 \(\.doc\)/));

  it('a text file renamed .docx', () => expectTrouble('chu.docx', strToU8('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'), /không phải tệp \.docx \(tệp \.docx là một tệp nén zip\)/));

  it('a corrupt zip (cut short)', async () => {
    const good = await exportDocx(CONG_VAN);
    await expectTrouble('cut.docx', good.subarray(0, Math.floor(good.length / 2)), /tệp \.docx bị hỏng/);
  });

  it('a zip with damaged compressed data', async () => {
    const files = unzipSync(await exportDocx(CONG_VAN));
    const zipped = zipSync(files, { level: 6 });
    const broken = Uint8Array.from(zipped);
    // flip bytes inside word/document.xml's data (after its local header)
    const at = Buffer.from(broken).indexOf('word/document.xml') + 40;
    for (let i = at; i < at + 64; i++) broken[i] ^= 0x5a;
    await expectTrouble('hong.docx', broken, /tệp \.docx bị hỏng/);
  });

  it('a zip without word/document.xml', () => expectTrouble('rong.docx', zipSync({ 'a.txt': strToU8('x') }), /thiếu word\/document\.xml/));

  it('an XML entity bomb (a DTD) is refused, not expanded', () => expectTrouble('dtd.docx', zipSync({ 'word/document.xml': strToU8('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>') }), /XML không hợp lệ trong word\/document\.xml/));

  it('invalid XML in word/document.xml', () => expectTrouble('xml.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') }), /XML không hợp lệ trong word\/document\.xml/));

  it('a zip bomb: inflating stops at the cap (64 MiB), whatever the directory declares', async () => {
    const zeros = deflateRawSync(Buffer.alloc(80 * 1024 * 1024), { level: 9 });
    const files = unzipSync(await exportDocx(CONG_VAN));
    const zip = Buffer.from(zipSync({ ...files, 'word/document.xml': strToU8('x') }, { level: 0 }));
    // replace document.xml's one stored byte by the bomb, declared as 1 byte deflated (a lying directory)
    const bomb = lyingEntry(zip, 'word/document.xml', zeros);
    await expectTrouble('bom.docx', bomb, /giải nén ra quá lớn \(hơn 64 MB; có thể là tệp nén độc hại\)/);
  });
});

/** A zip like `zip` whose entry `name` holds `deflated` data (method 8) while its sizes say 1 byte. */
function lyingEntry(zip: Buffer, name: string, deflated: Buffer): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const entryName = zip.toString('utf8', p + 46, p + 46 + nameLen);
    const local = zip.readUInt32LE(p + 42);
    const lNameLen = zip.readUInt16LE(local + 26);
    const lExtraLen = zip.readUInt16LE(local + 28);
    const compressed = zip.readUInt32LE(p + 20);
    let header = Buffer.from(zip.subarray(local, local + 30 + lNameLen + lExtraLen));
    let data = zip.subarray(local + 30 + lNameLen + lExtraLen, local + 30 + lNameLen + lExtraLen + compressed);
    const cd = Buffer.from(zip.subarray(p, p + 46 + nameLen + extraLen + commentLen));
    if (entryName === name) {
      data = deflated;
      for (const [buf, m, c] of [[header, 8, 18], [cd, 10, 20]] as const) {
        buf.writeUInt16LE(8, m);
        buf.writeUInt32LE(deflated.length, c);
      }
      header = Buffer.from(header);
    }
    cd.writeUInt32LE(offset, 42);
    parts.push(header, Buffer.from(data));
    central.push(cd);
    offset += header.length + data.length;
    p += 46 + nameLen + extraLen + commentLen;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.from(zip.subarray(eocd, eocd + 22));
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, end]);
}

describe('the CLI with Word files', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-cli-docx-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('export writes a .docx (default name) and an .html; check reads the .docx back, placing findings in paragraphs', async () => {
    writeFileSync(join(dir, 'du-thao.txt'), CONG_VAN.replace('Số: 05/STC-QLNS', 'Số: 5/STC-QLNS'));
    let r = await cli(['export', 'du-thao.txt'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Đã xuất du-thao.docx\n');
    assert.ok(existsSync(join(dir, 'du-thao.docx')));
    r = await cli(['export', 'du-thao.txt', '-o', 'ban-in.html'], dir);
    assert.equal(r.code, 0);
    assert.match(readFileSync(join(dir, 'ban-in.html'), 'utf8'), /@page\{size:210mm 297mm;margin:20mm 15mm 20mm 30mm;/);
    r = await cli(['check', '--format', 'json', 'du-thao.docx'], dir);
    assert.equal(r.code, 1);
    const [report] = JSON.parse(r.stdout);
    assert.equal(report.file, 'du-thao.docx');
    const d = report.diagnostics.find((x: { rule: string }) => x.rule === 'so-ky-hieu');
    assert.deepEqual({ ...d, message: undefined }, { rule: 'so-ky-hieu', severity: 'error', message: undefined, paragraph: 7, table: 1, row: 2, cell: 1, excerpt: '5' });
    assert.equal(d.line, undefined);
    r = await cli(['check', 'du-thao.docx'], dir);
    assert.match(r.stdout, /bảng 1, hàng 2, ô 1 \(đoạn 7\) «5»/);
    r = await cli(['check', '--format', 'sarif', 'du-thao.docx'], dir);
    const sarif = JSON.parse(r.stdout);
    assert.deepEqual(sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'so-ky-hieu').locations[0].logicalLocations, [
      { name: 'bảng 1, hàng 2, ô 1 (đoạn 7)', fullyQualifiedName: 'bảng 1, hàng 2, ô 1 (đoạn 7): 5', kind: 'element' },
    ]);
  });

  it('--fix never writes a Word file', async () => {
    const bytes = await exportDocx(CONG_VAN.replace('Số: 05/STC-QLNS', 'Số: 5/STC-QLNS'));
    writeFileSync(join(dir, 'giu.docx'), bytes);
    const r = await cli(['check', '--fix', 'giu.docx'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--fix không sửa tệp Word \(\.docx\)/);
    assert.deepEqual(readFileSync(join(dir, 'giu.docx')), Buffer.from(bytes));
  });

  it('export refuses a .docx input and an output that is neither .docx nor .html', async () => {
    assert.equal((await cli(['export', 'a.docx'], dir)).code, 2);
    assert.equal((await cli(['export', 'a.txt', '-o', 'a.pdf'], dir)).code, 2);
  });
});
