/**
 * Tiêu ngữ (Phụ lục I, mục II.1.b): found in the header zone with its hyphens, dashes, or none (PDF
 * text loses them: "Độc lập  Tự do  Hạnh phúc"), broken over lines, or with a damaged word.
 */
import { TIEU_NGU_K, TIEU_NGU_LETTERS, TIEU_NGU_PARTIAL_K } from '../../vocab';
import { findFixedPhrase } from './phrase';
import type { HeaderContext } from './context';

export const findTieuNgu = (ctx: HeaderContext) => findFixedPhrase(ctx, TIEU_NGU_K, TIEU_NGU_LETTERS, 3, TIEU_NGU_PARTIAL_K);
