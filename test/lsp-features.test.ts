/**
 * Protocol test of hover, completion, document symbols and folding ranges, against the bundled
 * server over stdio.
 */
import * as assert from 'node:assert/strict';
import { snippetsFor } from '../server/src/snippets/library';
import { CONG_VAN, QUYET_DINH, vary } from './helpers';
import { LspClient, TIMEOUT_MS, positionOf } from './lsp-harness';

const KE_HOACH_HEAD = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:      /KH-UBND
Lạng Sơn, ngày    tháng 5 năm 2026
`;

describe('language server: hover, completion, outline, folding', function () {
  this.timeout(4 * TIMEOUT_MS);
  let client: LspClient;
  let n = 0;

  before(async function () {
    client = new LspClient();
    await client.start({ docsBaseUri: 'file:///ext/docs/rules/' });
  });

  after(function () {
    client?.kill();
  });

  /** Opens `text` as a new document; `|` marks the cursor, returned as a position. */
  async function openAt(text: string): Promise<{ uri: string; text: string; position: { line: number; character: number } }> {
    const uri = `file:///tmp/thethuc-features/doc-${++n}.vanban`;
    const at = text.indexOf('|');
    const clean = at >= 0 ? text.slice(0, at) + text.slice(at + 1) : text;
    await client.open(uri, clean);
    return { uri, text: clean, position: at >= 0 ? positionOf(text, '|') : { line: 0, character: 0 } };
  }

  async function hoverAt(text: string, needle: string, delta = 1) {
    const { uri } = await openAt(text);
    return client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, delta) });
  }

  async function completeAt(text: string): Promise<any[]> {
    const { uri, position } = await openAt(text);
    const list = await client.request('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } });
    return Array.isArray(list) ? list : (list?.items ?? []);
  }

  const labels = (items: any[]) => items.map((i) => i.label);

  describe('hover', function () {
    it('explains a finding: title, right form, citation and the rule page, without repeating its message', async function () {
      const h = await hoverAt(vary(CONG_VAN, ['Số: 05/', 'Số 05/']), 'Số 05', 0);
      assert.equal(h.contents.kind, 'markdown');
      const md: string = h.contents.value;
      assert.match(md, /^\*\*Số, ký hiệu văn bản\*\* · `so-ky-hieu` · Cảnh báo/);
      // the editor shows the diagnostic (“Sau từ “Số” có dấu hai chấm …”) right above the hover
      assert.doesNotMatch(md, /Sau từ “Số” có dấu hai chấm/);
      assert.match(md, /Cách viết đúng:\n\n```text\nSố: 05\/STC-QLNS\n```/);
      assert.match(md, /Sửa nhanh: Thêm dấu hai chấm\./);
      assert.match(md, /Căn cứ: Nghị định 30\/2020\/NĐ-CP, Điều 8 khoản 2 điểm c; Phụ lục I, mục II\.3\./);
      assert.match(md, /\(file:\/\/\/ext\/docs\/rules\/so-ky-hieu\.md\)/);
      assert.deepEqual(h.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } });
    });

    it('says each rule once when several of its findings lie under the cursor', async function () {
      // "NƠI NHẬN" without its colon: two noi-nhan findings on the label, one section
      const h = await hoverAt(vary(CONG_VAN, ['Nơi nhận:', 'NƠI NHẬN']), 'NƠI NHẬN', 2);
      const md: string = h.contents.value;
      assert.equal(md.match(/`noi-nhan`/g)?.length, 1, md);
      assert.match(md, /Sửa nhanh: Thêm dấu hai chấm; Sửa thành “Nơi nhận”\./);
      assert.doesNotMatch(md, /Quy tắc kiểm tra|· Nghị định 30/, 'no part reference over a finding');
    });

    it('shows what the decree requires of a part with no finding, with its article', async function () {
      const cases: [string, RegExp, RegExp][] = [
        ['Nơi nhận:', /^\*\*Nơi nhận\*\* · Nghị định 30\/2020\/NĐ-CP/, /Căn cứ: Nghị định 30\/2020\/NĐ-CP, Điều 8 khoản 2 điểm i; Phụ lục I, mục II\.9\./],
        ['Kính gửi:', /^\*\*Kính gửi/, /Điều 8 khoản 2 điểm i; Phụ lục I, mục II\.9\.b, II\.9\.d/],
        ['Số: 05', /^\*\*Số, ký hiệu của văn bản\*\*/, /Điều 8 khoản 2 điểm c/],
        ['CỘNG HÒA', /^\*\*Quốc hiệu\*\*/, /Điều 8 khoản 2 điểm a; Phụ lục I, mục II\.1\.a/],
        ['Độc lập', /^\*\*Tiêu ngữ\*\*/, /mục II\.1\.b/],
        ['SỞ TÀI CHÍNH', /^\*\*Tên cơ quan, tổ chức ban hành văn bản\*\*/, /Điều 8 khoản 2 điểm b/],
        ['V/v báo cáo', /^\*\*Trích yếu nội dung văn bản\*\*/, /Điều 8 khoản 2 điểm đ/],
        ['KT. GIÁM ĐỐC', /^\*\*Chức vụ, họ tên và chữ ký/, /Điều 8 khoản 2 điểm g; Điều 13/],
        ['./.', /^\*\*Dấu kết thúc nội dung\*\*/, /Phụ lục III/],
      ];
      for (const [needle, title, citation] of cases) {
        const h = await hoverAt(CONG_VAN, needle);
        assert.ok(h, `a hover on ${needle}`);
        const md: string = h.contents.value;
        assert.match(md, title, needle);
        assert.match(md, citation, needle);
        assert.match(md, /Quy tắc kiểm tra: \[[a-z-]+\]\(file:\/\/\/ext\/docs\/rules\/[a-z-]+\.md\)/, needle);
        const line = positionOf(CONG_VAN, needle).line;
        assert.ok(h.range.start.line <= line && line <= h.range.end.line, `${needle}: the range covers the part`);
      }
      // what the requirement means for this document
      const so = await hoverAt(CONG_VAN, 'Số: 05');
      assert.match(so.contents.value, /Văn bản này là công văn: ký hiệu không có chữ viết tắt tên loại\./);
      const qd = await hoverAt(QUYET_DINH, 'Số: 12');
      assert.match(qd.contents.value, /Văn bản này là quyết định: ký hiệu bắt đầu bằng “QĐ-”/);
      const nn = await hoverAt(QUYET_DINH, 'Căn cứ Luật');
      assert.match(nn.contents.value, /^\*\*Căn cứ ban hành văn bản\*\*[^]*Phụ lục I, mục II\.6\.a/);
      // a date in the place and date line: the date first, then the part
      const date = await hoverAt(CONG_VAN, 'ngày 09 tháng 3');
      assert.match(date.contents.value, /^\*\*Thứ Hai, ngày 09\/03\/2026\*\*[^]*---[^]*\*\*Địa danh và thời gian ban hành văn bản\*\*[^]*Điều 8 khoản 2 điểm d/);
      // nothing for a Party document: the decree does not govern it
      const party = await hoverAt('ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY LẠNG SƠN\n*\nSố 12-CV/TU\nLạng Sơn, ngày 05 tháng 3 năm 2026\n\nKính gửi: Ban Thường vụ\n', 'Kính gửi');
      assert.ok(!party || !/Nghị định 30\/2020\/NĐ-CP, Điều 8/.test(party.contents.value), party?.contents.value);
    });

    it('tells what a cited administrative number denotes', async function () {
      const h = await hoverAt(CONG_VAN, '708/BKHCN');
      const md: string = h.contents.value;
      assert.match(md, /^\*\*Công văn số 708\/BKHCN-KHTC\*\*: văn bản hành chính/);
      assert.match(md, /Cơ quan ban hành: `BKHCN` \(Bộ Khoa học và Công nghệ\)/);
      assert.match(md, /Đơn vị soạn thảo hoặc lĩnh vực: `KHTC`/);
      const line = positionOf(CONG_VAN, '708/BKHCN').line;
      assert.equal(h.range.start.line, line);
    });

    it('tells a Party document and a legal normative document apart', async function () {
      const party = await hoverAt(vary(CONG_VAN, ['Công văn số 708/BKHCN-KHTC', 'Nghị quyết số 57-NQ/TW']), '57-NQ');
      assert.match(party.contents.value, /^\*\*Nghị quyết số 57-NQ\/TW\*\*: văn bản của Đảng/);
      assert.match(party.contents.value, /Loại văn bản: Nghị quyết \(`NQ`\)/);
      assert.match(party.contents.value, /Cơ quan ban hành: `TW`/);
      const qppl = await hoverAt(QUYET_DINH, '30/2020');
      assert.match(qppl.contents.value, /^\*\*Nghị định số 30\/2020\/NĐ-CP\*\*: văn bản quy phạm pháp luật/);
      assert.match(qppl.contents.value, /Số: 30, năm 2020/);
      assert.match(qppl.contents.value, /Cơ quan ban hành: `CP` \(Chính phủ\)/);
    });

    it('gives a date its weekday and its distance from the issue date', async function () {
      const h = await hoverAt(CONG_VAN, '20/3/2026');
      assert.equal(h.contents.value, '**Thứ Sáu, ngày 20/03/2026**\n\nSau ngày ban hành (09/03/2026) 11 ngày.');
      const cited = await hoverAt(CONG_VAN, '06/02/2026');
      assert.match(cited.contents.value, /^\*\*Thứ Sáu, ngày 06\/02\/2026\*\*\n\nTrước ngày ban hành \(09\/03\/2026\) 31 ngày\.$/);
      const issue = await hoverAt(CONG_VAN, 'ngày 09 tháng 3');
      assert.match(issue.contents.value, /Thứ Hai, ngày 09\/03\/2026[^]*Ngày ban hành văn bản\./);
      const undated = await hoverAt(vary(CONG_VAN, ['ngày 09 tháng 3', 'ngày    tháng 3']), '20/3/2026');
      assert.match(undated.contents.value, /Chưa xác định được ngày ban hành/);
    });

    it('answers null on plain text', async function () {
      assert.equal(await hoverAt(CONG_VAN, 'Rà soát'), null);
    });
  });

  describe('completion', function () {
    it('offers the type headings on a line of their own under the header', async function () {
      const items = await completeAt(KE_HOACH_HEAD + 'QUY|\n');
      assert.ok(labels(items).includes('QUYẾT ĐỊNH') && labels(items).includes('THÔNG BÁO') && labels(items).includes('KẾ HOẠCH'));
      const qd = items.find((i) => i.label === 'QUYẾT ĐỊNH');
      assert.deepEqual(qd.textEdit, { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 3 } }, newText: 'QUYẾT ĐỊNH' });
      assert.match(qd.detail, /ký hiệu QĐ/);
      // not inside the body
      const body = await completeAt(vary(CONG_VAN, ['1. Rà soát', 'QUY|\n1. Rà soát']));
      assert.ok(!labels(body).includes('QUYẾT ĐỊNH'));
    });

    it('offers the abbreviation of the tên loại after "Số: …/"', async function () {
      const items = await completeAt(KE_HOACH_HEAD.replace('Số:      /KH-UBND', 'Số:      /|') + 'KẾ HOẠCH\nTriển khai chuyển đổi số\n');
      assert.equal(items[0].label, 'KH-');
      assert.equal(items[0].preselect, true);
      assert.ok(labels(items).includes('KH-UBND'), 'with the issuer abbreviation');
      assert.deepEqual(items[0].textEdit.range, { start: { line: 3, character: 10 }, end: { line: 3, character: 10 } });
      // a công văn: no type abbreviation, the issuer's
      const cv = await completeAt(vary(CONG_VAN, ['Số: 05/STC-QLNS', 'Số: 05/|']));
      assert.deepEqual(labels(cv), ['STC-']);
    });

    it('offers only the provinces and sở that exist at the document\'s date', async function () {
      const now = await completeAt(vary(CONG_VAN, ['báo cáo Ủy ban nhân dân tỉnh.', 'báo cáo Ủy ban nhân dân tỉnh |']));
      assert.ok(labels(now).includes('Lạng Sơn') && labels(now).includes('Tuyên Quang'));
      assert.ok(!labels(now).includes('Hà Giang'), 'merged in 2025');
      assert.equal(now.length, 28, 'the 28 provinces after 01/7/2025');
      const before = await completeAt(vary(CONG_VAN, ['năm 2026\nV/v', 'năm 2024\nV/v'], ['báo cáo Ủy ban nhân dân tỉnh.', 'báo cáo Ủy ban nhân dân tỉnh Hà G|']));
      assert.ok(labels(before).includes('Hà Giang'));
      assert.deepEqual(before.find((i) => i.label === 'Hà Giang').textEdit.range.start.character, positionOf(CONG_VAN, 'báo cáo Ủy ban nhân dân tỉnh.').character + 'báo cáo Ủy ban nhân dân tỉnh '.length);
      const soNow = await completeAt(vary(CONG_VAN, ['- Các sở, ban, ngành;', '- Sở |']));
      assert.ok(labels(soNow).includes('Tài chính') && labels(soNow).includes('Nông nghiệp và Môi trường'));
      assert.ok(!labels(soNow).includes('Kế hoạch và Đầu tư'));
      const soBefore = await completeAt(vary(CONG_VAN, ['năm 2026\nV/v', 'năm 2024\nV/v'], ['- Các sở, ban, ngành;', '- Sở |']));
      assert.ok(labels(soBefore).includes('Kế hoạch và Đầu tư'));
      assert.ok(!labels(soBefore).includes('Nông nghiệp và Môi trường'), 'did not exist in 2024');
      const caps = await completeAt('ỦY BAN NHÂN DÂN TỈNH |\n');
      assert.ok(labels(caps).includes('LẠNG SƠN'), 'in capitals after TỈNH');
    });

    it('offers recipients after "Kính gửi:" and in its list', async function () {
      const inline = await completeAt(vary(CONG_VAN, ['Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.', 'Kính gửi: |']));
      assert.ok(labels(inline).includes('Ủy ban nhân dân các xã, phường'));
      assert.ok(labels(inline).includes('Sở Tài chính'));
      assert.ok(!labels(inline).includes('Ủy ban nhân dân các huyện, thành phố'), 'no district level in 2026');
      const list = await completeAt(vary(CONG_VAN, ['- Ủy ban nhân dân các xã, phường.', '- Ủy ban nhân dân các xã, phường;\n|']));
      assert.ok(labels(list).includes('- Sở Tài chính;'));
    });

    it('offers Nơi nhận items: "- Như trên;" only with a Kính gửi, the Lưu line with the drafting unit', async function () {
      const cv = await completeAt(vary(CONG_VAN, ['- Như trên;\n', '|\n'], ['- Lưu: VT, QLNS.\n', '']));
      assert.equal(cv[0].label, '- Như trên;');
      assert.ok(labels(cv).includes('- Lưu: VT, QLNS.'), JSON.stringify(labels(cv)));
      // below "- Như trên;", with the Lưu line already last: neither is offered again, nor any skeleton
      const below = await completeAt(vary(CONG_VAN, ['- Như trên;\n', '- Như trên;\n|\n']));
      assert.ok(!labels(below).some((l: string) => l.includes('Như trên') || l.startsWith('- Lưu')), JSON.stringify(labels(below)));
      assert.ok(labels(below).length > 0, 'the library’s usual recipients are still offered');
      const skeletons = new Set(snippetsFor('document-start').map((e) => e.name));
      assert.ok(!labels(below).some((l: string) => skeletons.has(l)), 'no skeleton in Nơi nhận');
      const qd = await completeAt(vary(QUYET_DINH, ['- Như Điều 3;\n', '|\n']));
      assert.ok(!labels(qd).some((l: string) => l.includes('Như trên')), 'no Kính gửi, no “Như trên”');
      assert.equal(qd[0].label, '- Như Điều 3;', 'the execution article');
    });

    it('offers signature blocks with the titles of the issuing body', async function () {
      const cv = await completeAt(vary(CONG_VAN, ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n', '|\n']));
      const kt = cv.find((i) => i.label === 'KT. GIÁM ĐỐC');
      assert.ok(kt, JSON.stringify(labels(cv)));
      assert.equal(kt.insertTextFormat, 2, 'a snippet');
      assert.equal(kt.textEdit.newText, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n${1:Họ và tên}$0');
      const qd = await completeAt(vary(QUYET_DINH, ['TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐoàn Thanh Sơn\n', 'KT|\n']));
      const tm = qd.find((i) => i.label === 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH');
      assert.equal(tm.textEdit.newText, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n${1:Họ và tên}$0');
      assert.deepEqual(tm.textEdit.range, { start: { line: 24, character: 0 }, end: { line: 24, character: 2 } });
    });

    it('offers the library\'s skeletons only at the start of a document, and clauses on body lines', async function () {
      const start = await completeAt('|');
      assert.deepEqual(labels(start), snippetsFor('document-start').map((e) => e.name));
      for (const item of start) assert.equal(item.insertTextFormat, 2);
      const body = await completeAt(vary(CONG_VAN, ['1. Rà soát', '|\n1. Rà soát']));
      assert.deepEqual(labels(body), snippetsFor('body-line').map((e) => e.name));
      assert.ok(!labels(body).some((l: string) => snippetsFor('document-start').some((e) => e.name === l)), 'no skeleton mid-document');
      const canCu = await completeAt(vary(QUYET_DINH, ['Theo đề nghị', '|\nTheo đề nghị']));
      const expected = snippetsFor('can-cu').map((e) => e.name);
      if (expected.length > 0) assert.deepEqual(labels(canCu), expected);
      else assert.ok(labels(canCu).some((l: string) => l.startsWith('Căn cứ Nghị định số 30/2020/NĐ-CP')));
    });
  });

  describe('outline and folding', function () {
    it('lists the parts of a quyết định and nests its articles and points', async function () {
      const { uri } = await openAt(QUYET_DINH);
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(
        symbols.map((s: any) => s.name),
        ['Cơ quan', 'Quốc hiệu', 'Tiêu ngữ', 'Số', 'Địa danh và ngày', 'Tên loại', 'Trích yếu', 'Căn cứ', 'Nội dung', 'Nơi nhận', 'Chữ ký'],
      );
      const body = symbols.find((s: any) => s.name === 'Nội dung');
      assert.deepEqual(body.children.map((c: any) => c.name.split(' ').slice(0, 2).join(' ')), ['Điều 1.', 'Điều 2.', 'Điều 3.']);
      const dieu2 = body.children[1];
      assert.deepEqual(dieu2.children.map((c: any) => c.name.slice(0, 2)), ['a)', 'b)', 'c)']);
      assert.equal(dieu2.detail, 'Điều');
      assert.deepEqual(dieu2.range, { start: { line: 15, character: 0 }, end: { line: 18, character: 40 } });
      assert.deepEqual(dieu2.selectionRange, { start: { line: 15, character: 0 }, end: { line: 15, character: 7 } });
      const within = (inner: any, outer: any) =>
        (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
        (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
      const check = (s: any) => {
        assert.ok(within(s.selectionRange, s.range), `${s.name}: selection inside range`);
        for (const c of s.children ?? []) {
          assert.ok(within(c.range, s.range), `${c.name} inside ${s.name}`);
          check(c);
        }
      };
      symbols.forEach(check);
      assert.equal(symbols.find((s: any) => s.name === 'Số').detail, 'Số: 12/QĐ-UBND');
    });

    it('lists Kính gửi and the numbered parts of a kế hoạch', async function () {
      const { uri } = await openAt(CONG_VAN);
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      const kg = symbols.find((s: any) => s.name === 'Kính gửi');
      assert.deepEqual(kg.children.map((c: any) => c.name), ['Các sở, ban, ngành;', 'Ủy ban nhân dân các xã, phường.']);
      const plan = await openAt(
        KE_HOACH_HEAD + 'KẾ HOẠCH\nTriển khai chuyển đổi số\nI. MỤC ĐÍCH\n1. Mục đích\nNội dung.\n2. Yêu cầu\nNội dung.\nII. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện./.\n',
      );
      const planSymbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: plan.uri } });
      const body = planSymbols.find((s: any) => s.name === 'Nội dung');
      assert.deepEqual(body.children.map((c: any) => c.name), ['I. MỤC ĐÍCH', 'II. TỔ CHỨC THỰC HIỆN']);
      assert.deepEqual(body.children[0].children.map((c: any) => c.name), ['1. Mục đích', '2. Yêu cầu']);
    });

    it('folds the căn cứ block, the articles, Kính gửi and Nơi nhận', async function () {
      const qd = await openAt(QUYET_DINH);
      const ranges = await client.request('textDocument/foldingRange', { textDocument: { uri: qd.uri } });
      const pairs = ranges.map((r: any) => [r.startLine, r.endLine]);
      assert.deepEqual(pairs, [[8, 10], [12, 14], [15, 18], [20, 23]]);
      const cv = await openAt(CONG_VAN);
      const cvRanges = await client.request('textDocument/foldingRange', { textDocument: { uri: cv.uri } });
      assert.deepEqual(cvRanges.map((r: any) => [r.startLine, r.endLine]), [[8, 10], [14, 15], [17, 20]]);
    });
  });

  describe('end', function () {
    it('shuts down and exits', async function () {
      assert.equal(await client.shutdown(), 0, client.stderr);
    });
  });
});
