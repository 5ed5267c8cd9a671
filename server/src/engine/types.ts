/**
 * The engine's shared types, in a leaf module (it imports nothing), so that the model, the rules, the
 * configuration and the parser can all name them without import circles.
 */

/** A range of UTF-16 offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** "draft" while drafting (blank number and day are fine); "final": the check before signing. */
export type Mode = 'draft' | 'final';

/**
 * Which rules a text falls under:
 * - nd30: an administrative document (Nghị định 30/2020/NĐ-CP);
 * - qppl: a legal normative document (văn bản quy phạm pháp luật), which shares the header, the
 *   signature and Nơi nhận with administrative documents but follows the law on legal documents;
 * - party: a Party document (its own format rules);
 * - other: not an official document of a State body (a citizen's đơn, a private contract, a
 *   newsletter, a Đoàn/Hội document).
 */
export type Regime = 'nd30' | 'qppl' | 'party' | 'other';

export interface Profile {
  /** Default place name for the date line ("Lạng Sơn"). */
  place?: string;
  /** Organisation abbreviations used in symbols and Nơi nhận ("VP", "KGVX"). */
  abbreviations?: string[];
  /** Allow học hàm / học vị before the signer's name (education, health, science bodies). */
  allowTitlesBeforeName?: boolean;
}
