/**
 * The document model: the parts of a văn bản hành chính, each with its span in the normalised text.
 *
 * Glossary (domain words kept as the decree writes them):
 * - quocHieu: Quốc hiệu, the line "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
 * - tieuNgu: Tiêu ngữ, the motto "Độc lập - Tự do - Hạnh phúc" under the Quốc hiệu.
 * - coQuan: tên cơ quan, tổ chức ban hành (issuer) and its chủ quản (parent body).
 * - soKyHieu: "Số: 05/QĐ-UBND", the document's number (số) and symbol (ký hiệu).
 * - diaDanh / placeDate: địa danh và thời gian ban hành, "Lạng Sơn, ngày 05 tháng 02 năm 2026".
 * - tenLoai: tên loại, the type heading (QUYẾT ĐỊNH, THÔNG BÁO …); công văn has none.
 * - trichYeu: trích yếu, the summary line; for a công văn it starts "V/v".
 * - kinhGui: "Kính gửi:" and the recipients.
 * - canCu: the căn cứ lines (legal grounds) of a quyết định or nghị quyết.
 * - khoản / điểm: numbered clause "1." and lettered point "a)" of the body.
 * - noiNhan: "Nơi nhận:" and its items, the last being "- Lưu: VT, …".
 * - chữ ký (signature): authority prefix (TM./KT./TL./TUQ./Q.), titles, signer's name.
 * - phuLuc: phụ lục, appendices.
 * - độ mật / độ khẩn: secrecy (MẬT …) and urgency (KHẨN …) marks.
 */
import type { SourceText } from '../text/source';
import type { Regime, Span } from '../types';
import type { DocType } from '../data';
import type { Words } from '../text/words';
import type { DocxRead } from '../docx/read';

export type { Regime };

/** One non-blank line of the normalised text, trimmed, with Markdown emphasis masked out. */
export interface Line {
  /** 0-based line number in the normalised text (equal to the original's line number). */
  lineNo: number;
  /** Span of the trimmed content. */
  start: number;
  end: number;
  /** Trimmed content, Markdown markers replaced by spaces. */
  text: string;
}

/** A piece of the document: its span and its (normalised) text. */
export interface Part extends Span {
  text: string;
  /**
   * The part runs over more than one line (a cell a copy broke: "CỘNG" / "HÒA XÃ HỘI …"); `text`
   * joins the lines with one space. Rules judge that text but never fix across the break.
   */
  broken?: boolean;
}

/** A list item ("- …;") possibly wrapped over several lines; `text` joins the lines with spaces. */
export interface Item extends Span {
  text: string;
  lines: Line[];
}

export interface SoKyHieu extends Span {
  /** "Số", "SỐ", "So" … as written. */
  label: Part;
  hasColon: boolean;
  /** The number as written ("05", "5"), or null when blank. */
  number: Part | null;
  slash: Part | null;
  /** The year of a legal normative document's number ("2018" in "30/2018/QĐ-UBND"). */
  year: Part | null;
  /**
   * The symbol after "/" (and after the year) as written, spaces included ("BNV - VP", "QĐ-UBND");
   * for a Party number "57-NQ/TW", "NQ/TW".
   */
  symbol: Part | null;
  /** "57-NQ/TW": the Party's form of number and symbol. */
  party?: boolean;
}

export interface PlaceDate extends Span {
  place: Part | null;
  hasComma: boolean;
  /** "ngày 05 tháng 02 năm 2026" (or the numeric form, when `numeric`). */
  dateRaw: Part;
  numeric: boolean;
  day: Part | null;
  month: Part | null;
  year: Part | null;
  /** Calendar date when day, month and year are all present and real. */
  iso: string | null;
  /** Year and month even when the day is blank. */
  yearValue: number | null;
  monthValue: number | null;
}

export interface Signature extends Span {
  /** Authority lines, e.g. "KT. CHÁNH VĂN PHÒNG", in order. */
  authority: Part[];
  /** Title lines without a prefix, e.g. "PHÓ CHÁNH VĂN PHÒNG". */
  titles: Part[];
  /** Every signature line in order (authority and titles). */
  lines: Part[];
  name: Part | null;
}

export type SectionKind = 'phan' | 'chuong' | 'muc' | 'roman' | 'dieu' | 'khoan' | 'sub' | 'diem';

export interface Section {
  kind: SectionKind;
  /** The marker as written: "Điều 1.", "I.", "1.", "a)", "Chương II". */
  marker: Part;
  /** The numbering label: "1", "I", "a". */
  label: string;
  /** Position in its sequence (1-based); null when the label is not a well-formed numeral/letter. */
  value: number | null;
  /** The character after the label (".", ":", ")"), or "" when none. */
  punct: string;
  line: Line;
  children: Section[];
}

export interface DateMention extends Span {
  kind: 'numeric' | 'words';
  day: number | null;
  month: number | null;
  year: number | null;
  /** True when day, month and year form a real calendar date. */
  valid: boolean;
  iso: string | null;
}

export interface Citation extends Span {
  /** "57-NQ/TW", "30/2020/NĐ-CP", "708/BKHCN-KHTC". */
  text: string;
  regime: Regime;
  /** The type abbreviation inside it ("NQ", "NĐ", null for a công văn). */
  abbrev: string | null;
}

/** Header lines that look like a part the parser could not read (see parse/header/lookalike.ts). */
export interface Lookalikes {
  quocHieu?: Part;
  tieuNgu?: Part;
  soKyHieu?: Part;
  placeDate?: Part;
}

export interface VanBan {
  source: SourceText;
  /** Normalised text (see SourceText). */
  text: string;
  /** `text` with Markdown markers and superscript footnote digits replaced by spaces (same length). */
  plain: string;
  /** Non-blank content lines, in order, artifacts excluded. */
  lines: Line[];
  /** Page-number lines and footnote bodies found inside the text. */
  artifacts: Line[];
  regime: Regime;
  /** The text that decided a non-ND30 regime. */
  regimeEvidence: Part | null;
  /** For regime "other": what the text is, in Vietnamese ("đơn của cá nhân", "hợp đồng" …). */
  regimeKind: string | null;
  /** "ĐẢNG CỘNG SẢN VIỆT NAM" (or "ĐOÀN TNCS HỒ CHÍ MINH") in the place of the Quốc hiệu. */
  orgHeader: Part | null;
  /**
   * Lines around the document that are not part of it: a legal portal's title, breadcrumbs and
   * metadata table above it, comments and related documents below it. They are masked out of
   * `plain` and never checked or fixed.
   */
  chrome: Line[];
  type: DocType | null;
  issuer: { parent: Part | null; name: Part | null };
  quocHieu: Part | null;
  tieuNgu: Part | null;
  soKyHieu: SoKyHieu | null;
  placeDate: PlaceDate | null;
  /** Header lines that look like a missing part: rules say what is wrong with them. */
  lookalikes: Lookalikes;
  /** Lines that look like a secrecy or urgency mark (right or wrong). */
  markings: Part[];
  tenLoai: Part | null;
  trichYeu: Item | null;
  kinhGui: { label: Part; hasColon: boolean; inline: Part | null; items: Item[] } | null;
  canCu: Item[];
  /** Index range [bodyStart, bodyEnd) into `lines`. */
  bodyStart: number;
  bodyEnd: number;
  sections: Section[];
  /** The "./." closing the content. */
  endMarker: Part | null;
  noiNhan: { label: Part; hasColon: boolean; items: Item[] } | null;
  signature: Signature | null;
  phuLuc: { headings: Part[]; references: Part[] };
  dates: DateMention[];
  citations: Citation[];
  /** The words of `plain`, found once and shared by the rules that need them. */
  words: Words;
  /**
   * How a .docx lays the text out (fonts, sizes, styles, alignment, page setup), when the text was
   * read from one; null for plain text. The typography rules read it.
   */
  format: DocxRead | null;
  /** Share of words carrying diacritics (1 for a short text). */
  diacriticShare: number;
  /** The text was typed with a legacy font encoding (TCVN3, VNI) and read as Unicode, or null. */
  legacyEncoding: 'TCVN3' | 'VNI' | null;
  wordCount: number;
}
