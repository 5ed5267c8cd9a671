/**
 * Lines of the header that look like a part no recogniser could read ("Số 12 UBND-VP", "Lạng Sơn
 * 5-3-2026", "CỘNG HÒA VIỆT NAM"): a rule then says what is wrong with that line instead of reporting
 * the part as missing.
 */
import type { Lookalikes } from '../../model/vanban';
import { foldKey } from '../../text/vietnamese';
import { remainders, type HeaderContext } from './context';

const LOOKS_LIKE: [keyof Lookalikes, RegExp][] = [
  ['quocHieu', /^(CONG\s*HOA|.*CHU\s*NGHIA\s*VIET|.*XA\s*HOI\s*CHU)/],
  ['tieuNgu', /^(DOC\s*LAP|.*TU\s*DO\s*-?\s*HANH|.*HANH\s*PHUC$)/],
  ['soKyHieu', /^S[O0E6]?\s*[:.]?\s*\d+\s*[/\-. ]\s*\p{Lu}|^\d{1,4}\s*\/\s*\p{Lu}{2,}/u],
  ['placeDate', /(NGAY\s*\d{1,2}\s*(THANG|\/|-)|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(19|20)\d\d)/],
];

export function findLookalikes(ctx: HeaderContext, missing: Set<keyof Lookalikes>): Lookalikes {
  const out: Lookalikes = {};
  if (missing.size === 0) return out;
  for (const piece of ctx.pieces) {
    for (const r of remainders(ctx, piece)) {
      if (r.text.length > 120) continue;
      const k = foldKey(r.text);
      for (const [part, re] of LOOKS_LIKE) {
        if (missing.has(part) && !out[part] && re.test(k)) out[part] = r;
      }
    }
  }
  return out;
}
