/**
 * The snippet and clause library (snippets/vanban.json + snippets/contexts.json, read through
 * server/src/snippets/library.ts): the data is valid VS Code snippet data, every skeleton expands to a
 * draft the engine finds clean, and every clause keeps a clean draft clean.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, inspect } from '../server/src/engine';
import type { Finding } from '../server/src/engine';
import { MERGED_DEPARTMENTS, MERGED_PROVINCES } from '../server/src/engine/data';
import {
  SNIPPETS, SNIPPET_CONTEXTS, KNOWN_VARIABLES, SnippetSyntaxError,
  snippetsFor, snippetByName, expand, placeholders, parseSnippet, snippetDateVariables,
} from '../server/src/snippets/library';
import type { SnippetEntry } from '../server/src/snippets/library';
import { CONG_VAN, QUYET_DINH, vary } from './helpers';

const root = join(__dirname, '..', '..');
const rawText = readFileSync(join(root, 'snippets', 'vanban.json'), 'utf8');
const raw = JSON.parse(rawText) as Record<string, Record<string, unknown>>;
const contexts = JSON.parse(readFileSync(join(root, 'snippets', 'contexts.json'), 'utf8')) as { contexts: Record<string, string> };

/** Letters only Vietnamese writes: a description or prefix "with diacritics" has one of them. */
const VI_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

const show = (fs: Finding[], text: string) => fs.map((f) => `${f.rule}:${f.severity} ${JSON.stringify(text.slice(f.start, f.end))} ${f.message}`).join('\n');

describe('snippet data (snippets/vanban.json, snippets/contexts.json)', () => {
  it('is VS Code snippet data: each entry has exactly prefix, body and description', () => {
    assert.ok(Object.keys(raw).length > 0);
    for (const [name, e] of Object.entries(raw)) {
      assert.deepEqual(Object.keys(e).sort(), ['body', 'description', 'prefix'], name);
      const prefixOk = typeof e.prefix === 'string' || (Array.isArray(e.prefix) && e.prefix.length > 0 && e.prefix.every((p) => typeof p === 'string'));
      assert.ok(prefixOk, `${name}: prefix is a string or a non-empty array of strings`);
      const bodyOk = typeof e.body === 'string' || (Array.isArray(e.body) && e.body.length > 0 && e.body.every((b) => typeof b === 'string'));
      assert.ok(bodyOk, `${name}: body is a string or a non-empty array of strings`);
      assert.equal(typeof e.description, 'string', name);
    }
  });

  it('has no entry name twice (JSON.parse would silently keep only the last)', () => {
    const names = [...rawText.matchAll(/^ {2}"((?:[^"\\]|\\.)*)": \{$/gmu)].map((m) => m[1]);
    assert.equal(names.length, Object.keys(raw).length, 'every top-level entry is on a line of its own');
    assert.equal(new Set(names).size, names.length);
  });

  it('gives every entry a known context, in a file of its own with the same names', () => {
    assert.deepEqual(Object.keys(contexts.contexts), Object.keys(raw), 'same names, same order');
    for (const [name, ctx] of Object.entries(contexts.contexts)) {
      assert.ok((SNIPPET_CONTEXTS as readonly string[]).includes(ctx), `${name}: unknown context ${ctx}`);
    }
    assert.equal(SNIPPETS.length, Object.keys(raw).length, 'SNIPPETS holds every entry');
    for (const s of SNIPPETS) {
      assert.equal(s.context, contexts.contexts[s.name]);
      const r = raw[s.name];
      assert.deepEqual(s.body, Array.isArray(r.body) ? r.body : String(r.body).split('\n'), 'the server sends the same body VS Code reads');
    }
  });

  it('describes every entry in Vietnamese with full diacritics', () => {
    for (const s of SNIPPETS) {
      assert.ok(s.description.length >= 20, `${s.name}: description too short`);
      assert.ok(VI_LETTER.test(s.description), `${s.name}: description without Vietnamese diacritics`);
      assert.equal(s.description, s.description.normalize('NFC'), `${s.name}: description in NFC`);
      assert.ok(VI_LETTER.test(s.name), `${s.name}: the label is Vietnamese too`);
    }
  });

  it('offers a prefix typed without an input method and one with diacritics; prefixes are unique', () => {
    const seen = new Map<string, string>();
    for (const s of SNIPPETS) {
      assert.ok(s.prefix.some((p) => /^[a-z][a-z0-9]*$/.test(p)), `${s.name}: needs an ASCII prefix (${s.prefix.join(', ')})`);
      assert.ok(s.prefix.some((p) => VI_LETTER.test(p)), `${s.name}: needs a prefix with diacritics (${s.prefix.join(', ')})`);
      for (const p of s.prefix) {
        assert.equal(p, p.normalize('NFC'), `${s.name}: prefix ${p} in NFC`);
        assert.ok(!/\s/.test(p), `${s.name}: prefix ${JSON.stringify(p)} has no spaces (completion matches one word)`);
        const key = p.toLocaleLowerCase('vi-VN');
        assert.ok(!seen.has(key), `prefix ${p} used by both ${seen.get(key)} and ${s.name}`);
        seen.set(key, s.name);
      }
    }
  });

  it('writes every placeholder well formed: tab stops 1…n, $0 at most once, real choices, known variables', () => {
    for (const s of SNIPPETS) {
      const a = placeholders(s); // throws SnippetSyntaxError on an unbalanced ${…}, bad choice or transform
      const indexes = a.tabStops.map((t) => t.index);
      assert.deepEqual(indexes, indexes.map((_, i) => i + 1), `${s.name}: tab stops numbered 1…n without gaps`);
      assert.ok(a.finalStops <= 1, `${s.name}: $0 at most once`);
      for (const t of a.tabStops) {
        if (t.choices) {
          assert.ok(t.choices.length >= 2, `${s.name}: choice $${t.index} offers at least two options`);
          assert.equal(new Set(t.choices).size, t.choices.length, `${s.name}: choice $${t.index} repeats an option`);
          assert.ok(t.choices.every((o) => o.trim() === o && o.length > 0), `${s.name}: choice $${t.index} has blank or padded options`);
        } else {
          assert.ok(t.defaultText.trim().length > 0, `${s.name}: $${t.index} has a realistic default, not a blank`);
        }
        assert.ok(!/…|\.{3}/.test(t.defaultText), `${s.name}: $${t.index} default is text, not “…”`);
      }
      for (const v of a.variables) assert.ok(KNOWN_VARIABLES.includes(v), `${s.name}: unknown variable ${v}`);
      for (const line of s.body) {
        assert.ok(!/\t/.test(line), `${s.name}: no tab characters (VS Code would re-indent them)`);
        assert.equal(line, line.trimEnd(), `${s.name}: no trailing spaces`);
      }
    }
  });

  it('uses the names in force after the 2025 reorganisation', () => {
    const stale = [...MERGED_DEPARTMENTS.map((d) => d.old), ...MERGED_PROVINCES.map((p) => `tỉnh ${p.old}`)];
    for (const s of SNIPPETS) {
      const text = s.body.join('\n'); // descriptions may say that the district level is gone
      assert.ok(!/(?<![\p{L}])(huyện|quận|thị xã|thị trấn)(?![\p{L}])/iu.test(text), `${s.name}: no district level`);
      for (const old of stale) assert.ok(!text.toLocaleLowerCase('vi').includes(old.toLocaleLowerCase('vi')), `${s.name}: ${old} no longer exists`);
    }
  });

  it('holds the skeletons asked for and at least 25 clauses, found by context', () => {
    const skeletons = snippetsFor('document-start');
    const types = skeletons.map((s) => inspect(expand(s, snippetDateVariables('2026-03-15'))).type?.name);
    for (const t of ['Công văn', 'Thông báo', 'Kế hoạch', 'Quyết định', 'Tờ trình', 'Báo cáo', 'Giấy mời', 'Giấy giới thiệu', 'Biên bản', 'Chỉ thị', 'Hướng dẫn']) {
      assert.ok(types.includes(t), `a skeleton for ${t}`);
    }
    const clauses = SNIPPETS.filter((s) => s.context !== 'document-start');
    assert.ok(clauses.length >= 25, `${clauses.length} clauses`);
    for (const ctx of SNIPPET_CONTEXTS) assert.ok(snippetsFor(ctx).length > 0, `entries for ${ctx}`);
    assert.deepEqual(snippetsFor('signature').map((s) => s.name), SNIPPETS.filter((s) => s.context === 'signature').map((s) => s.name), 'in file order');
    assert.equal(snippetByName('Công văn (Mẫu 1.5)')?.context, 'document-start');
  });
});

describe('expand(): VS Code snippet syntax', () => {
  const vars = snippetDateVariables('2026-01-07');

  it('fills placeholders with defaults, choices with the first option, mirrors with the same value', () => {
    assert.equal(expand('a $1 b ${2:hai} ${3|x,y|} $0', vars), 'a  b hai x ');
    assert.equal(expand('${1:Sở Nội vụ} … $1', vars), 'Sở Nội vụ … Sở Nội vụ');
    assert.equal(expand('$1 trước ${1:khi}', vars), 'khi trước khi', 'a mirror before its placeholder');
    assert.equal(expand('${1:ngoài ${2:trong}} $2', vars), 'ngoài trong trong', 'nested placeholders');
    assert.equal(expand('KT. ${1|GIÁM ĐỐC,CHỦ TỊCH|}\nPHÓ $1', vars), 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
    assert.equal(expand('KT. ${1|GIÁM ĐỐC,CHỦ TỊCH|}\nPHÓ $1', vars, { 1: 'CHỦ TỊCH' }), 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'a chosen value');
  });

  it('resolves variables, with defaults and regex transforms', () => {
    assert.equal(expand('$CURRENT_DATE/${CURRENT_MONTH}/$CURRENT_YEAR', vars), '07/01/2026');
    assert.equal(expand('${TM_SELECTED_TEXT:không chọn}', {}), 'không chọn');
    assert.equal(expand('${KHONG_CO_BIEN}', {}), 'KHONG_CO_BIEN', 'VS Code inserts an unknown variable by name');
    assert.equal(expand('${TM_FILENAME/(.*)\\..+$/$1/}', { TM_FILENAME: 'cong-van.vanban' }), 'cong-van');
    assert.equal(expand('${X/(a)|(b)/${1:+A}${2:?B:-}/g}', { X: 'ab' }), 'A-B', 'per match: “a” gives A and -, “b” gives B');
    assert.equal(expand('${X/(z)/${1:-không}/}', { X: 'ab' }), 'không', 'the else branch when nothing matches');
    assert.equal(expand('${X/(.*)/${1:/upcase}/}', { X: 'lạng sơn' }), 'LẠNG SƠN');
    assert.equal(expand('${1:sở nội vụ} ${1/(.*)/${1:/capitalize}/}', {}), 'sở nội vụ Sở nội vụ', 'a transformed mirror');
    assert.equal(expand('${X/(.*)/${1:/pascalcase}/}', { X: 'cong-van so' }), 'CongVanSo', 'ASCII words, as VS Code');
    assert.equal(expand('${X/a/\\/\\\\/}', { X: 'a' }), '/\\', 'in a format, \\/ is a slash and \\\\ a backslash');
  });

  it('writes the month as the decree does: a zero only before 1 and 2', () => {
    const month = (m: string) => expand('${CURRENT_MONTH/^0([3-9])$/$1/}', { CURRENT_MONTH: m });
    assert.deepEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map(month),
      ['01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
    );
    assert.deepEqual(
      [snippetDateVariables('2026-01-07'), snippetDateVariables('2026-06-05'), snippetDateVariables('2026-12-31')].map((v) => [v.CURRENT_DATE, v.CURRENT_MONTH, v.CURRENT_YEAR]),
      [['07', '01', '2026'], ['05', '06', '2026'], ['31', '12', '2026']],
    );
  });

  it('keeps escaped characters and plain dollars as text', () => {
    assert.equal(expand('giá \\$5 và \\} và \\\\', {}), 'giá $5 và } và \\');
    assert.equal(expand('${1|a\\,b,c|}', {}), 'a,b');
    assert.equal(expand('${1:a\\}b}', {}), 'a}b');
    assert.equal(expand('100$ và $ rồi', {}), '100$ và $ rồi');
  });

  it('rejects malformed placeholders', () => {
    for (const bad of ['${1:chưa đóng', '${1|a,b}', '${1|a,,b|}', '${1|a|', '${0|a,b|}', '${', '${-1}', '${X/(/a/}', '${X/a/b}', '${1:${2:x}', '${X/a/${1:/hoa}/}']) {
      assert.throws(() => parseSnippet(bad), SnippetSyntaxError, bad);
    }
  });

  it('reports tab stops, mirrors, $0 and variables', () => {
    const a = placeholders('${1:a} ${2|x,y|} $1 $0 $CURRENT_YEAR', vars);
    assert.deepEqual(a.tabStops, [
      { index: 1, occurrences: 2, defaultText: 'a', choices: null },
      { index: 2, occurrences: 1, defaultText: 'x', choices: ['x', 'y'] },
    ]);
    assert.equal(a.finalStops, 1);
    assert.deepEqual(a.variables, ['CURRENT_YEAR']);
  });
});

// ---------------------------------------------------------------------------------------------

/** What each skeleton must be read as: type, ký hiệu, whether it carries "Kính gửi". */
const SKELETONS: Record<string, { type: string; symbol: string; kinhGui: boolean }> = {
  'Công văn (Mẫu 1.5)': { type: 'Công văn', symbol: 'UBND-VP', kinhGui: true },
  'Thông báo kết luận (Mẫu 1.4)': { type: 'Thông báo', symbol: 'TB-VP', kinhGui: false },
  'Kế hoạch (Mẫu 1.4)': { type: 'Kế hoạch', symbol: 'KH-UBND', kinhGui: false },
  'Quyết định cá biệt (Mẫu 1.2)': { type: 'Quyết định', symbol: 'QĐ-UBND', kinhGui: false },
  'Quyết định ban hành, phê duyệt (Mẫu 1.3)': { type: 'Quyết định', symbol: 'QĐ-UBND', kinhGui: false },
  'Tờ trình (Mẫu 1.4)': { type: 'Tờ trình', symbol: 'TTr-SNV', kinhGui: true },
  'Báo cáo (Mẫu 1.4)': { type: 'Báo cáo', symbol: 'BC-STC', kinhGui: true },
  'Giấy mời (Mẫu 1.7)': { type: 'Giấy mời', symbol: 'GM-VP', kinhGui: false },
  'Giấy giới thiệu (Mẫu 1.8)': { type: 'Giấy giới thiệu', symbol: 'GGT-VP', kinhGui: false },
  'Biên bản (Mẫu 1.9)': { type: 'Biên bản', symbol: 'BB-SNV', kinhGui: false },
  'Chỉ thị (Mẫu 1.4)': { type: 'Chỉ thị', symbol: 'CT-UBND', kinhGui: false },
  'Hướng dẫn (Mẫu 1.4)': { type: 'Hướng dẫn', symbol: 'HD-SNV', kinhGui: false },
};

/** A January date, a March date and the 5th of a month, with the date line each must give. */
const DATES: [iso: string, words: string][] = [
  ['2026-01-07', 'ngày 07 tháng 01 năm 2026'],
  ['2026-03-15', 'ngày 15 tháng 3 năm 2026'],
  ['2026-06-05', 'ngày 05 tháng 6 năm 2026'],
];

describe('skeletons: the standard draft of each type', () => {
  it('covers every document-start entry in the table above', () => {
    assert.deepEqual(snippetsFor('document-start').map((s) => s.name).sort(), Object.keys(SKELETONS).sort());
  });

  for (const s of snippetsFor('document-start')) {
    const want = SKELETONS[s.name];
    for (const [iso, words] of DATES) {
      describe(`${s.name}, ${iso}`, () => {
        const text = expand(s, snippetDateVariables(iso));

        it('is clean in draft mode: only the blank number, left for registration, is reported (info)', () => {
          const fs = check(text, { mode: 'draft' }).findings;
          assert.deepEqual(fs.map((f) => `${f.rule}:${f.severity}`), ['so-ky-hieu:info'], show(fs, text));
          assert.equal(text.slice(fs[0].start, fs[0].end), 'Số:      /');
        });

        it('dates the draft today in the decree’s form (biên bản: no date line, Mẫu 1.9)', () => {
          const doc = check(text).doc;
          if (want.type === 'Biên bản') {
            assert.equal(doc.placeDate, null);
            assert.ok(text.includes(`kết thúc vào 10 giờ 30 phút, ${words}./.`), 'the closing line carries the date');
            return;
          }
          assert.ok(doc.placeDate, 'a place and date line');
          assert.equal(doc.placeDate.dateRaw.text, words);
          assert.equal(doc.placeDate.iso, iso);
          assert.equal(doc.placeDate.place?.text, 'Lạng Sơn');
          assert.ok(text.split('\n').includes(`Lạng Sơn, ${words}`));
        });

        it('is read with the parts of its template', () => {
          const r = inspect(text);
          assert.equal(r.type?.name, want.type);
          assert.equal(r.symbol, want.symbol);
          assert.equal(r.number, null, 'the number stays blank: “Số:      /…”');
          assert.ok(r.quocHieu && r.tieuNgu);
          assert.ok(r.issuer.name && r.issuer.name === r.issuer.name.toLocaleUpperCase('vi'), 'issuer in capitals');
          assert.equal(r.kinhGui !== null, want.kinhGui, 'Kính gửi only where the type has one');
          assert.ok(r.noiNhan && /^Lưu: VT\b/.test(r.noiNhan[r.noiNhan.length - 1]), 'Nơi nhận ends with “- Lưu: VT, …”');
          assert.ok(r.signature?.name, 'a signer’s name');
          assert.ok(check(text).doc.endMarker, 'the content ends with “./.”');
          if (want.type === 'Quyết định') {
            assert.equal(r.canCu.length, 3, 'căn cứ, căn cứ, theo đề nghị');
            assert.equal(r.sections, 3, 'Điều 1–3');
          }
        });

        // In final mode the engine can only see blanks it knows: every other blank of the template is
        // pre-filled with realistic text the user types over at the tab stops (the engine cannot tell a
        // default from the final wording), and the day is today's date, already filled in. What is left
        // is the number, which the drafter never fills: the văn thư gives it at registration (Điều 15).
        // So "before signing", exactly one error remains: so-ky-hieu on "Số:      /…".
        it('in final mode reports exactly the blank left to fill: the number (so-ky-hieu)', () => {
          const fs = check(text, { mode: 'final' }).findings;
          assert.deepEqual([...new Set(fs.map((f) => f.rule))], ['so-ky-hieu'], show(fs, text));
          assert.deepEqual(fs.map((f) => f.severity), ['error']);
        });
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------

const CV_DATE = snippetDateVariables('2026-03-09'); // the date of CONG_VAN
const QD_DATE = snippetDateVariables('2026-01-15'); // the date of QUYET_DINH
const CV_LAST_BODY = 'Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.';
const QD_LAST_BODY = 'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ và các thành viên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.';
const QD_LAST_CAN_CU = 'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.';
const CV_KINH_GUI = 'Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.\n';
const CV_NOI_NHAN = 'Nơi nhận:\n- Như trên;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, QLNS.\n';
const QD_NOI_NHAN = 'Nơi nhận:\n- Như Điều 3;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, KGVX.\n';
const CV_SIGNATURE = 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n';

/** The default expansion, then each other option of each choice (one at a time). */
function variants(entry: SnippetEntry, vars: Record<string, string>): { label: string; text: string }[] {
  const out = [{ label: 'mặc định', text: expand(entry, vars) }];
  for (const t of placeholders(entry, vars).tabStops) {
    for (const option of t.choices?.slice(1) ?? []) out.push({ label: `$${t.index} = ${option}`, text: expand(entry, vars, { [t.index]: option }) });
  }
  return out;
}

/** Insert `text` as new lines before the line `anchor` (which must exist). */
function insertBefore(base: string, anchor: string, text: string): string {
  return vary(base, [`\n${anchor}\n`, `\n${text}\n${anchor}\n`]);
}

function assertClean(text: string, what: string): void {
  for (const mode of ['draft', 'final'] as const) {
    const fs = check(text, { mode }).findings;
    assert.deepEqual(fs, [], `${what} (${mode}):\n${show(fs, text)}\n---\n${text}`);
  }
}

describe('clauses: each keeps a clean draft clean', () => {
  it('starts from clean drafts', () => {
    assertClean(CONG_VAN, 'CONG_VAN');
    assertClean(QUYET_DINH, 'QUYET_DINH');
  });

  describe('body lines', () => {
    for (const s of snippetsFor('body-line')) {
      it(s.name, () => {
        // The execution article names an Điều, which only a quyết định has: it goes into QUYET_DINH.
        const inQd = /^Điều /.test(s.body[0]);
        const [base, vars, last] = inQd ? [QUYET_DINH, QD_DATE, QD_LAST_BODY] : [CONG_VAN, CV_DATE, CV_LAST_BODY];
        for (const v of variants(s, vars)) {
          // A closing formula ("./.") replaces the last body line; any other clause is a new line before it.
          const closing = v.text.endsWith('./.');
          const text = closing ? vary(base, [last, v.text]) : insertBefore(base, last, v.text);
          assertClean(text, `${s.name} [${v.label}]`);
          const doc = check(text).doc;
          const body = doc.lines.slice(doc.bodyStart, doc.bodyEnd).map((l) => l.text);
          assert.ok(body.includes(v.text.split('\n')[0]), `${s.name}: read as a body line`);
          if (closing) assert.equal(doc.endMarker?.end, doc.lines[doc.bodyEnd - 1].end, `${s.name}: closes the content`);
        }
      });
    }
  });

  describe('căn cứ lines (into the căn cứ block of a quyết định)', () => {
    for (const s of snippetsFor('can-cu')) {
      it(s.name, () => {
        for (const v of variants(s, QD_DATE)) {
          // "Theo/Xét đề nghị …." ends the block (it ends with "."): it replaces the last line; a "Căn cứ …;" goes before it.
          const last = v.text.endsWith('.');
          const text = last ? vary(QUYET_DINH, [QD_LAST_CAN_CU, v.text]) : insertBefore(QUYET_DINH, QD_LAST_CAN_CU, v.text);
          assertClean(text, `${s.name} [${v.label}]`);
          const canCu = inspect(text).canCu;
          assert.ok(canCu.includes(v.text), `${s.name}: read as a căn cứ`);
          assert.equal(canCu.length, last ? 3 : 4);
        }
      });
    }
  });

  describe('Kính gửi recipients (replacing those of a công văn)', () => {
    for (const s of snippetsFor('kinh-gui')) {
      it(s.name, () => {
        for (const v of variants(s, CV_DATE)) {
          // Several recipients: one per line under "Kính gửi:"; a single one: on the same line.
          const several = v.text.startsWith('- ');
          const text = vary(CONG_VAN, [CV_KINH_GUI, several ? `Kính gửi:\n${v.text}\n` : `Kính gửi: ${v.text}\n`]);
          assertClean(text, `${s.name} [${v.label}]`);
          assert.equal(inspect(text).kinhGui?.length, several ? v.text.split('\n').length : 1);
        }
      });
    }
  });

  describe('Nơi nhận items and blocks', () => {
    for (const s of snippetsFor('noi-nhan')) {
      it(s.name, () => {
        // "- Như Điều N;" points at an Điều: it belongs to a quyết định.
        const inQd = s.body.some((l) => l.includes('Như Điều'));
        const [base, block, vars] = inQd ? [QUYET_DINH, QD_NOI_NHAN, QD_DATE] : [CONG_VAN, CV_NOI_NHAN, CV_DATE];
        const luu = block.split('\n').find((l) => l.startsWith('- Lưu'))!;
        for (const v of variants(s, vars)) {
          let text: string;
          if (v.text.startsWith('Nơi nhận:')) text = vary(base, [block, `${v.text}\n`]); // a whole block
          else if (v.text.startsWith('- Lưu')) text = vary(base, [luu, v.text]); // the Lưu line stays last
          else text = insertBefore(base, luu, v.text); // an item goes before "- Lưu"
          assertClean(text, `${s.name} [${v.label}]`);
          const items = inspect(text).noiNhan!;
          assert.ok(/^Lưu: VT/.test(items[items.length - 1]));
          if (!v.text.startsWith('Nơi nhận:') && !v.text.startsWith('- Lưu')) assert.equal(items.length, 3 + v.text.split('\n').length);
        }
      });
    }
  });

  describe('signature blocks (replacing the signature of a công văn)', () => {
    for (const s of snippetsFor('signature')) {
      it(s.name, () => {
        for (const v of variants(s, CV_DATE)) {
          const text = vary(CONG_VAN, [CV_SIGNATURE, `${v.text}\n`]);
          assertClean(text, `${s.name} [${v.label}]`);
          const sig = inspect(text).signature!;
          const lines = v.text.split('\n');
          // A biên bản's two signatures are read as the first (THƯ KÝ); every other block is read whole.
          assert.equal(sig.name, lines[s.name === 'Chữ ký biên bản' ? 1 : lines.length - 1]);
        }
      });
    }
  });
});

describe('README “## Snippets”', () => {
  it('lists every skeleton with its prefix', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Snippets\n');
    assert.ok(start !== -1, 'the section exists');
    const end = readme.indexOf('\n## ', start + 5);
    const section = readme.slice(start, end === -1 ? undefined : end);
    for (const s of snippetsFor('document-start')) assert.ok(section.includes(`\`${s.prefix[0]}\``), `${s.name}: ${s.prefix[0]}`);
    assert.ok(start < readme.indexOf('\n## How it is built\n'), 'placed before “How it is built”');
  });
});
