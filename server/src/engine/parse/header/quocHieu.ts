/**
 * Quốc hiệu (Phụ lục I, mục II.1.a): found anywhere in the header zone, also broken over lines
 * ("CỘNG" / "HÒA XÃ HỘI …"), beside the issuer on a flattened row, or with a damaged word
 * ("XàHỘI", "CHỦ NGHỈA"): a damaged Quốc hiệu is still the Quốc hiệu, and the rule says what is
 * wrong with it.
 */
import { QUOC_HIEU_K, QUOC_HIEU_LETTERS, QUOC_HIEU_PARTIAL_K, ORG_HEADER_K, PARTY_HEADER_LETTERS } from '../../vocab';
import { findFixedPhrase } from './phrase';
import type { HeaderContext } from './context';

export const findQuocHieu = (ctx: HeaderContext) => findFixedPhrase(ctx, QUOC_HIEU_K, QUOC_HIEU_LETTERS, 4, QUOC_HIEU_PARTIAL_K);

/**
 * "ĐẢNG CỘNG SẢN VIỆT NAM" (or "ĐOÀN TNCS HỒ CHÍ MINH") in the place of the Quốc hiệu: alone in its
 * cell, or (with `alone` false, once a "Số:" line shows this is a header) beside the issuer.
 */
export function findOrgHeader(ctx: HeaderContext, alone = true) {
  const p = findFixedPhrase(ctx, ORG_HEADER_K, PARTY_HEADER_LETTERS, 1);
  if (!p || !alone) return p;
  // alone in its cell ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM" names the Central Committee)
  const lineStart = ctx.plain.lastIndexOf('\n', p.start - 1) + 1;
  const before = ctx.text.slice(lineStart, p.start);
  if (/\S/.test(before) && !/(\s{2,}|[|*])\s*$/.test(before) && !/^[^\p{Ll}]*\s{2,}/u.test(before)) {
    ctx.taken = ctx.taken.filter((t) => t.start !== p.start);
    return null;
  }
  return p;
}
