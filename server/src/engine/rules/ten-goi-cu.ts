import { defineRule } from './rule';
import type { Report } from './rule';
import { issueDateOrMonth, replaceFix, q, escapeRegExp } from './util';
import { MERGED_PROVINCES, MERGED_DEPARTMENTS, DEPARTMENTS_VALID_FROM, DISTRICT_LEVEL_UNTIL } from '../data';

const DISTRICT = /(?<![\p{L}\p{N}])(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND)\s+(?:các\s+)?(?:huyện|quận|thị xã)|cấp huyện|thị trấn)(?![\p{L}\p{N}])/giu;

// Province names preceded by "tỉnh" (any case) or used as the place of issue.
const PROVINCE_RES = MERGED_PROVINCES.map((p) => ({
  p,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(tỉnh|TỈNH|Tỉnh)\\s+(${escapeRegExp(p.old)}|${escapeRegExp(p.old.toLocaleUpperCase('vi'))})(?![\\p{L}\\p{N}])`, 'gu'),
}));
const DEPT_RES = MERGED_DEPARTMENTS.map((d) => ({
  d,
  re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(d.old).replace(/\\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu'),
}));

/** A name right after "của" or inside a citation names the issuer of an older document: leave it. */
function isCitedIssuer(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  return /(của|do)\s+$/u.test(before);
}

function showIso(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export default defineRule({
  id: 'ten-goi-cu',
  title: 'Tên gọi cũ sau sắp xếp năm 2025',
  description: 'Không dùng tên đã bị bãi bỏ khi sắp xếp năm 2025 như cơ quan đang tồn tại: cấp huyện (từ 01/7/2025), tỉnh đã hợp nhất (34 đơn vị từ 01/7/2025), sở đã hợp nhất (từ 01/3/2025), xét theo ngày của văn bản.',
  citation: 'Nghị quyết 202/2025/QH15; Luật Tổ chức chính quyền địa phương 2025; Nghị định 45/2025/NĐ-CP',
  severity: 'warning',
  fixable: true,
  needsDiacritics: true,
  check({ doc, report }) {
    const date = issueDateOrMonth(doc);
    if (!date) return;
    const text = doc.plain;
    const seen = new Set<number>();
    const add = (r: Report) => {
      if (seen.has(r.start)) return;
      seen.add(r.start);
      report(r);
    };
    if (date >= DISTRICT_LEVEL_UNTIL) {
      DISTRICT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DISTRICT.exec(text))) {
        if (isCitedIssuer(text, m.index)) continue;
        add({ start: m.index, end: m.index + m[0].length, message: `Từ ${showIso(DISTRICT_LEVEL_UNTIL)} không còn cấp huyện; ${q(m[0])} không còn là cơ quan, đơn vị đang tồn tại (chính quyền địa phương hai cấp: tỉnh và xã, phường, đặc khu).` });
      }
    }
    for (const { p, re } of PROVINCE_RES) {
      if (date < p.until) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (isCitedIssuer(text, m.index)) continue;
        const upper = m[1] === 'TỈNH';
        const kind = p.successorKind ?? 'tỉnh';
        let word = m[1] === 'Tỉnh' ? kind[0].toUpperCase() + kind.slice(1) : kind;
        let name = p.successor;
        if (upper) {
          word = word.toLocaleUpperCase('vi');
          name = name.toLocaleUpperCase('vi');
        }
        const replacement = p.successor.startsWith('Thành phố') ? (upper ? name : p.successor) : `${word} ${name}`;
        add({
          start: m.index, end: m.index + m[0].length,
          message: `Từ ${showIso(p.until)}, tỉnh ${p.old} đã hợp nhất vào ${kind} ${p.successor}; văn bản ngày ${showIso(date)} nên dùng tên hiện hành ${q(replacement)}.`,
          fix: replaceFix(`Đổi thành “${replacement}”`, { start: m.index, end: m.index + m[0].length }, replacement),
        });
      }
    }
    const place = doc.placeDate?.place;
    if (place) {
      const p = MERGED_PROVINCES.find((x) => x.old === place.text && date >= x.until);
      if (p) {
        add({
          ...place,
          message: `Địa danh ${q(place.text)} không còn là đơn vị hành chính cấp tỉnh từ ${showIso(p.until)}; ghi địa danh hiện hành (${q(p.successor)}).`,
          fix: replaceFix(`Đổi thành “${p.successor}”`, place, p.successor),
        });
      }
    }
    if (date >= DEPARTMENTS_VALID_FROM) {
      for (const { d, re } of DEPT_RES) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          if (isCitedIssuer(text, m.index)) continue;
          const r: Report = {
            start: m.index, end: m.index + m[0].length,
            message: `${q(d.old)} đã hợp nhất từ ${showIso(DEPARTMENTS_VALID_FROM)}${d.oneToOne ? ` vào ${d.successor}` : ` (chức năng chuyển chủ yếu về ${d.successor})`}; văn bản ngày ${showIso(date)} nên dùng tên cơ quan hiện hành.`,
          };
          const succ = m[0] === m[0].toLocaleUpperCase('vi') ? d.successor.toLocaleUpperCase('vi') : d.successor;
          if (d.oneToOne) r.fix = replaceFix(`Đổi thành “${succ}”`, r, succ);
          add(r);
        }
      }
    }
  },
});
