/**
 * The layout model: a văn bản laid out as Phụ lục I of the decree prescribes, independent of any
 * output format. The .docx writer (docx/write.ts) and the HTML print preview (layout/html.ts) both
 * render this model; neither decides a size, a style, a position or a rule line of its own.
 *
 * Units: millimetres for geometry, points for type (1 pt = 1/72 in).
 */

/** The part of a văn bản a paragraph holds (its place and typography come from STYLES). */
export type Role =
  | 'chuQuan' // tên cơ quan, tổ chức chủ quản trực tiếp
  | 'coQuan' // tên cơ quan, tổ chức ban hành
  | 'quocHieu'
  | 'tieuNgu'
  | 'soKyHieu'
  | 'vv' // trích yếu of a công văn ("V/v …")
  | 'marking' // độ mật, mức độ khẩn, phạm vi lưu hành
  | 'placeDate'
  | 'tenLoai'
  | 'trichYeu'
  | 'thamQuyen' // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" above the căn cứ of a quyết định
  | 'canCu'
  | 'banHanh' // "QUYẾT ĐỊNH:" closing the căn cứ
  | 'kinhGui'
  | 'kinhGuiItem'
  | 'body'
  | 'phan' // "Phần I", "Chương I", "Mục 1": the word and its number
  | 'tieuDe' // the title under Phần / Chương / Mục, in capitals
  | 'roman' // "I. MỤC ĐÍCH, YÊU CẦU"
  | 'dieu'
  | 'khoan'
  | 'diem'
  | 'noiNhanLabel'
  | 'noiNhanItem'
  | 'quyenHan' // "TM. …", "KT. …", titles of the signer
  | 'hoTen' // the signer's name
  | 'ghiChuKy' // "(Đã ký)", "[đã ký]" in a copy
  | 'phuLuc' // "Phụ lục I"
  | 'other'; // header text no recogniser took

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Style {
  /** Point size the export uses (the decree's sample column). */
  sizePt: number;
  /** Sizes the decree allows (inclusive). */
  sizes: [number, number];
  bold: boolean;
  italic: boolean;
  align: Align;
  /** Where the decree says so: "Phụ lục I, mục II.1.a". */
  citation: string;
  /** Vietnamese name of the part, for messages. */
  name: string;
  /** Whether bold, italic and alignment are prescribed for the part (false: only the size is). */
  prescribed: { bold: boolean; italic: boolean; align: boolean };
}

const PL = 'Nghị định 30/2020/NĐ-CP, Phụ lục I';
const s = (
  name: string, sizePt: number, sizes: [number, number], bold: boolean, italic: boolean, align: Align, citation: string,
  prescribed: Partial<Style['prescribed']> = {},
): Style => ({ name, sizePt, sizes, bold, italic, align, citation: `${PL}, ${citation}`, prescribed: { bold: true, italic: true, align: true, ...prescribed } });

/** Phụ lục I: size, style and alignment of each part (mục II, III and the table of mục V). */
export const STYLES: Record<Role, Style> = {
  chuQuan: s('tên cơ quan chủ quản', 12, [12, 13], false, false, 'center', 'mục II.2.b'),
  coQuan: s('tên cơ quan ban hành', 12, [12, 13], true, false, 'center', 'mục II.2.b'),
  quocHieu: s('Quốc hiệu', 12, [12, 13], true, false, 'center', 'mục II.1.a'),
  tieuNgu: s('Tiêu ngữ', 13, [13, 14], true, false, 'center', 'mục II.1.b'),
  soKyHieu: s('số, ký hiệu', 13, [13, 13], false, false, 'center', 'mục II.3.c'),
  vv: s('trích yếu công văn', 12, [12, 13], false, false, 'center', 'mục II.5.b'),
  marking: s('dấu chỉ mức độ khẩn, phạm vi lưu hành', 13, [13, 14], true, false, 'center', 'mục III.2.b–c', { align: false }),
  placeDate: s('địa danh và thời gian ban hành', 13, [13, 14], false, true, 'center', 'mục II.4.c'),
  tenLoai: s('tên loại văn bản', 14, [13, 14], true, false, 'center', 'mục II.5.b'),
  trichYeu: s('trích yếu nội dung', 14, [13, 14], true, false, 'center', 'mục II.5.b'),
  thamQuyen: s('thẩm quyền ban hành', 14, [13, 14], true, false, 'center', 'mục V; Phụ lục III, mẫu 1.2', { align: false }),
  canCu: s('căn cứ ban hành', 14, [13, 14], false, true, 'justify', 'mục II.6.a', { align: false }),
  banHanh: s('tên loại trước phần điều khoản', 14, [13, 14], true, false, 'center', 'Phụ lục III, mẫu 1.2', { align: false }),
  kinhGui: s('“Kính gửi”', 14, [13, 14], false, false, 'left', 'mục II.9.d', { align: false, bold: false }),
  kinhGuiItem: s('nơi nhận sau “Kính gửi”', 14, [13, 14], false, false, 'left', 'mục II.9.d', { align: false, bold: false }),
  body: s('nội dung văn bản', 14, [13, 14], false, false, 'justify', 'mục II.6.e', { bold: false, italic: false }),
  phan: s('phần, chương, mục', 14, [13, 14], true, false, 'center', 'mục II.6.đ'),
  tieuDe: s('tiêu đề phần, chương, mục', 14, [13, 14], true, false, 'center', 'mục II.6.đ'),
  roman: s('số thứ tự và tiêu đề mục', 14, [13, 14], true, false, 'justify', 'mục II.6.đ; mục V', { align: false }),
  dieu: s('điều', 14, [13, 14], true, false, 'justify', 'mục II.6.đ', { align: false }),
  khoan: s('khoản', 14, [13, 14], false, false, 'justify', 'mục II.6.đ', { bold: false, italic: false }),
  diem: s('điểm', 14, [13, 14], false, false, 'justify', 'mục II.6.đ', { bold: false, italic: false }),
  noiNhanLabel: s('“Nơi nhận”', 12, [12, 12], true, true, 'left', 'mục II.9.d'),
  noiNhanItem: s('danh sách nơi nhận', 11, [11, 11], false, false, 'left', 'mục II.9.d', { align: false, bold: false }),
  quyenHan: s('quyền hạn, chức vụ người ký', 14, [13, 14], true, false, 'center', 'mục II.7.đ', { align: false }),
  hoTen: s('họ tên người ký', 14, [13, 14], true, false, 'center', 'mục II.7.đ', { align: false }),
  ghiChuKy: s('ghi chú chữ ký', 14, [13, 14], false, true, 'center', 'mục II.7', { bold: false, italic: false, align: false }),
  phuLuc: s('“Phụ lục” và số', 14, [14, 14], true, false, 'center', 'mục III.1.b'),
  other: s('thành phần khác', 13, [11, 14], false, false, 'center', 'mục V', { bold: false, italic: false, align: false }),
};

/** Page setup: A4, the smallest margins of the decree's ranges, page numbers from page 2. */
export interface PageSetup {
  widthMm: number;
  heightMm: number;
  margin: { top: number; bottom: number; left: number; right: number };
  /** Distance from the top edge to the page number's line. */
  headerMm: number;
  font: string;
  /** The page number: in the top (the decree) or bottom margin, shown from `fromPage` on. */
  pageNumber: { sizePt: number; align: Align; fromPage: number; place: 'top' | 'bottom' | 'none' };
}

export const PAGE: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  margin: { top: 20, bottom: 20, left: 30, right: 15 },
  headerMm: 10,
  font: 'Times New Roman',
  pageNumber: { sizePt: 14, align: 'center', fromPage: 2, place: 'top' },
};

/** The ranges the decree allows (Phụ lục I, mục I). */
export const PAGE_RULES = {
  size: { widthMm: 210, heightMm: 297, citation: `${PL}, mục I.1` },
  margin: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20], citation: `${PL}, mục I.3` },
  font: { family: 'Times New Roman', citation: `${PL}, mục I.4` },
  pageNumber: { sizes: [13, 14] as [number, number], citation: `${PL}, mục I.7` },
} as const;

/** A short horizontal rule under a paragraph's text, centred on it. */
export interface RuleLine {
  widthMm: number;
}

export interface Para {
  kind: 'para';
  role: Role;
  /** The text as the draft writes it (Markdown markers dropped). */
  text: string;
  sizePt: number;
  bold: boolean;
  italic: boolean;
  align: Align;
  /** First-line and left indents. */
  firstLineMm: number;
  leftMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /**
   * Stretches of the text set apart from the paragraph's style, [start, end) in `text`: the bold
   * "Điều 1." before an article's content (Phụ lục I, mục II.6.đ).
   */
  emphasis?: { start: number; end: number; bold: boolean; italic: boolean }[];
  /** A rule line under the text (Tiêu ngữ, tên cơ quan ban hành, trích yếu). */
  rule?: RuleLine;
  pageBreakBefore?: boolean;
  /** Keep with the next paragraph on one page. */
  keepNext?: boolean;
  /**
   * Where the text comes from in the draft's original text: pairs [index in text, original offset],
   * one per stretch copied unchanged (Markdown markers between stretches were left out).
   */
  origin: number[];
  /** Offsets in the draft's original text, and the 0-based line the paragraph starts on. */
  start: number;
  end: number;
  line: number;
}

export interface Cell {
  widthMm: number;
  paras: Para[];
}

/** A borderless table: the header (issuer | Quốc hiệu; Số | date) and the footer (Nơi nhận | signature). */
export interface TableBlock {
  kind: 'table';
  role: 'header' | 'footer';
  rows: Cell[][];
}

export type Block = Para | TableBlock;

export interface Layout {
  page: PageSetup;
  blocks: Block[];
}

/** Line spacing of every paragraph: single (the decree allows single to 1.5 lines). */
export const LINE_SPACING = 'single';
/** The first-line indent of body paragraphs (1.27 cm; the decree allows 1 cm or 1.27 cm). */
export const FIRST_LINE_MM = 12.7;
/** Header and footer columns. */
export const HEADER_COLUMNS_MM: [number, number] = [72, 93];
export const FOOTER_COLUMNS_MM: [number, number] = [74, 91];
/** The rule under the issuer and the trích yếu: this share of the text's width (the decree: 1/3 to 1/2). */
export const SHORT_RULE_SHARE = 0.4;
