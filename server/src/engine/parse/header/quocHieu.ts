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

/** "ĐẢNG CỘNG SẢN VIỆT NAM" (or "ĐOÀN TNCS HỒ CHÍ MINH") in the place of the Quốc hiệu. */
export const findOrgHeader = (ctx: HeaderContext) => findFixedPhrase(ctx, ORG_HEADER_K, PARTY_HEADER_LETTERS, 1);
