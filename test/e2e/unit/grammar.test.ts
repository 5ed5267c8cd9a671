/**
 * The TextMate grammar (syntaxes/vanban.tmLanguage.json), run with the tokenizer VS Code itself uses
 * (vscode-textmate + vscode-oniguruma): each part of a văn bản gets its scope.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tm from 'vscode-textmate';
import * as onig from 'vscode-oniguruma';
import { ROOT } from './root';

let grammar: tm.IGrammar;

/** The scopes (without the root and the .vanban suffix) of each non-plain piece of each line. */
function tokenize(text: string): Map<string, string>[] {
  let stack = tm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const pieces = new Map<string, string>();
    for (const t of r.tokens) {
      const scopes = t.scopes.slice(1).map((s) => s.replace(/\.vanban$/, ''));
      if (scopes.length) pieces.set(line.slice(t.startIndex, t.endIndex), scopes[scopes.length - 1]);
    }
    return pieces;
  });
}

function scopeOf(line: string, piece: string, context = ''): string | undefined {
  const lines = tokenize(context + line);
  return lines[lines.length - 1].get(piece);
}

describe('client: TextMate grammar for vanban', () => {
  before(async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new tm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
        createOnigString: (s: string) => new onig.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        assert.equal(scopeName, 'text.vanban');
        const path = join(ROOT, 'syntaxes', 'vanban.tmLanguage.json');
        return tm.parseRawGrammar(readFileSync(path, 'utf8'), path);
      },
    });
    const g = await registry.loadGrammar('text.vanban');
    assert.ok(g);
    grammar = g;
  });

  it('colours the header: issuer, Quốc hiệu, Tiêu ngữ', () => {
    assert.equal(scopeOf('UBND TỈNH LẠNG SƠN', 'UBND TỈNH LẠNG SƠN'), 'entity.name.type.co-quan');
    assert.equal(scopeOf('SỞ TÀI CHÍNH', 'SỞ TÀI CHÍNH'), 'entity.name.type.co-quan');
    assert.equal(scopeOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'markup.heading.quoc-hieu');
    assert.equal(scopeOf('**Cộng hoà xã hội chủ nghĩa Việt Nam**', 'Cộng hoà xã hội chủ nghĩa Việt Nam'), 'markup.heading.quoc-hieu');
    assert.equal(scopeOf('Độc lập – Tự do – Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc'), 'markup.heading.tieu-ngu');
    assert.equal(scopeOf('MẬT', 'MẬT'), 'keyword.control.do-mat-khan');
  });

  it('colours "Số: …/…", the place and the dates', () => {
    const so = tokenize('Số: 08/SKHCN-QLCN')[0];
    assert.equal(so.get('Số'), 'keyword.other.so');
    assert.equal(so.get('08'), 'constant.numeric.so');
    assert.equal(so.get('SKHCN-QLCN'), 'entity.name.tag.ky-hieu');
    const twoColumns = tokenize('Số:     /VP-KGVX        Lạng Sơn, ngày      tháng 02 năm 2026')[0];
    assert.equal(twoColumns.get('VP-KGVX'), 'entity.name.tag.ky-hieu');
    assert.equal(twoColumns.get('Lạng Sơn'), 'variable.other.dia-danh');
    assert.equal(twoColumns.get('ngày      tháng 02 năm 2026'), 'constant.numeric.date');
    assert.equal(scopeOf('Tuyên Quang, ngày 05 tháng 02 năm 2026', 'ngày 05 tháng 02 năm 2026'), 'constant.numeric.date');
    assert.equal(scopeOf('trước ngày 05/02/2026 để tổng hợp', '05/02/2026'), 'constant.numeric.date');
    // A symbol in a citation is not a place.
    assert.equal(scopeOf('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020;', 'CP'), undefined);
  });

  it('colours tên loại, trích yếu, Kính gửi and its items', () => {
    assert.equal(scopeOf('QUYẾT ĐỊNH', 'QUYẾT ĐỊNH'), 'markup.heading.ten-loai');
    assert.equal(scopeOf('**KẾ HOẠCH**', 'KẾ HOẠCH'), 'markup.heading.ten-loai');
    assert.equal(scopeOf('V/v báo cáo tình hình', 'V/v'), 'keyword.other.trich-yeu');
    assert.equal(scopeOf('Về việc thành lập Tổ công tác', 'thành lập Tổ công tác'), 'string.unquoted.trich-yeu');
    const kg = tokenize('Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã.\n\nThực hiện Công văn số 1/UBND.');
    assert.equal(kg[0].get('Kính gửi'), 'keyword.other.kinh-gui');
    assert.equal(kg[1].get('-'), 'punctuation.definition.list.begin');
    assert.equal(kg[1].get('Các sở, ban, ngành'), 'string.unquoted.recipient');
    assert.equal(kg[2].get('.'), 'punctuation.terminator');
    assert.equal(kg[4].size, 0, 'the body after the list is plain');
  });

  it('colours Nơi nhận, its "- …;" items and "- Lưu:"', () => {
    const nn = tokenize('Nơi nhận:\n- Như trên;\n- Lưu: VT, QLNS.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An');
    assert.equal(nn[0].get('Nơi nhận'), 'keyword.other.noi-nhan');
    assert.equal(nn[1].get('Như trên'), 'string.unquoted.recipient');
    assert.equal(nn[1].get(';'), 'punctuation.terminator');
    assert.equal(nn[2].get('Lưu'), 'keyword.other.luu');
    assert.equal(nn[3].get('KT'), 'keyword.control.chu-ky');
    assert.equal(nn[3].get('GIÁM ĐỐC'), 'entity.name.function.chu-ky');
    assert.equal(nn[4].get('PHÓ GIÁM ĐỐC'), 'entity.name.function.chuc-vu');
    assert.equal(nn[5].get('Nguyễn Văn An'), 'variable.other.nguoi-ky');
  });

  it('colours the signature prefixes TM./KT./TL./TUQ./Q.', () => {
    for (const prefix of ['TM', 'KT', 'TL', 'TUQ', 'Q']) {
      assert.equal(scopeOf(`${prefix}. ỦY BAN NHÂN DÂN`, prefix), 'keyword.control.chu-ky', prefix);
    }
  });

  it('colours section markers: I., 1., a), Điều N.', () => {
    assert.equal(scopeOf('I. MỤC ĐÍCH, YÊU CẦU', 'I'), 'constant.numeric.muc-la-ma');
    assert.equal(scopeOf('I. MỤC ĐÍCH, YÊU CẦU', 'MỤC ĐÍCH, YÊU CẦU'), 'markup.heading.muc');
    assert.equal(scopeOf('1. Rà soát, tổng hợp', '1'), 'constant.numeric.khoan');
    assert.equal(scopeOf('2.1. Rà soát', '2.1'), 'constant.numeric.khoan');
    assert.equal(scopeOf('a) Tham mưu triển khai', 'a'), 'constant.character.diem');
    assert.equal(scopeOf('đ) Tham mưu triển khai', 'đ'), 'constant.character.diem');
    assert.equal(scopeOf('Điều 1. Thành lập Tổ công tác', 'Điều 1'), 'keyword.other.dieu');
    assert.equal(scopeOf('Chương II', 'Chương II'), 'keyword.other.chuong');
    assert.equal(scopeOf('Căn cứ Luật Tổ chức chính quyền địa phương;', 'Căn cứ'), 'keyword.other.can-cu');
    assert.equal(scopeOf('phối hợp thực hiện./.', './.'), 'punctuation.terminator.ket-thuc');
  });

  it('finds the Quốc hiệu in every example', () => {
    for (const name of ['examples/cong-van-loi.txt', 'examples/quyet-dinh.vanban', 'examples/ke-hoach.md']) {
      const lines = tokenize(readFileSync(join(ROOT, name), 'utf8'));
      assert.ok(lines.some((l) => [...l.values()].includes('markup.heading.quoc-hieu')), `${name}: Quốc hiệu`);
    }
  });
});
