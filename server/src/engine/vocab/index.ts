/**
 * One vocabulary of the decree's wording, shared by the parser, the rules, completion and the
 * client's detection: the fixed phrases (Quốc hiệu, Tiêu ngữ), the labels ("Số:", "Kính gửi:",
 * "Nơi nhận:", "V/v"), the signing authority prefixes, the secrecy and urgency marks, the words
 * that open a body, and what a legal portal prints around a document.
 *
 * Patterns whose name ends in `_K` match foldKey() output (no diacritics, upper case, same length as
 * the input), so lost diacritics and odd capitals are recognised; the rules then judge the exact text.
 * Patterns whose name ends in `_RE` match the text as written.
 */

/** Phụ lục I, mục II.1.a. */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** The same with the old tone placement (HOÀ), which the decree itself uses in two places. */
export const QUOC_HIEU_OLD_TONE = 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Phụ lục I, mục II.1.b. */
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
/** The Party's header in the place of the Quốc hiệu. */
export const PARTY_HEADER = 'ĐẢNG CỘNG SẢN VIỆT NAM';

export const LABEL_SO = 'Số';
export const LABEL_KINH_GUI = 'Kính gửi';
export const LABEL_NOI_NHAN = 'Nơi nhận';
export const LABEL_VV = 'V/v';

/** Letters of the Quốc hiệu and Tiêu ngữ without spaces, folded: what a damaged copy is compared with. */
export const QUOC_HIEU_LETTERS = 'CONGHOAXAHOICHUNGHIAVIETNAM';
export const TIEU_NGU_LETTERS = 'DOCLAPTUDOHANHPHUC';
export const PARTY_HEADER_LETTERS = 'DANGCONGSANVIETNAM';

/**
 * The Quốc hiệu in folded text, allowing what copies do to it: a line break or no space between
 * words, "0" for "O", "Q" for "O" (OCR "HQI").
 */
export const QUOC_HIEU_K = /C[O0]NG\s*H[O0]A\s*X[A]\s*H[O0Q]I\s*CH[U]\s*NGH[I1]A\s*VI[E]T\s*NAM/;
/** The Tiêu ngữ in folded text; the hyphens may be lost (PDF) or be dashes. */
export const TIEU_NGU_K = /D[O0]C\s*L[A1]P\s*[-–—]?\s*T[U]\s*D[O0]\s*[-–—]?\s*H[A]NH\s*PH[U]C/;
export const PARTY_HEADER_K = /DANG\s+CONG\s+SAN\s+VIET\s+NAM/;
/** The undamaged start of a Quốc hiệu whose end a copy garbled. */
export const QUOC_HIEU_PARTIAL_K = /C[O0]NG\s*H[O0]A\s*X[A]\s*H[O0Q]I?\s*CH[U]\s*NGH|XA\s*HOI\s*CHU\s*NGHIA\s*VIET\s*NAM/;
/** The undamaged part of a Tiêu ngữ whose other words a copy garbled ("Péc 1ap - Tu do - Hanh phiic"). */
export const TIEU_NGU_PARTIAL_K = /D[O0]C\s*L[A1]P\s*[-–—]?\s*T[U]\s*D[O0]\s*[-–—]\s*(?=\S)|(?<=\s|^)\S{2,4}\s\S{2,4}\s*[-–—]\s*T[U]\s*D[O0]\s*[-–—]?\s*H[A]NH\s*PH/;
/** A number line: "Số: 12/UBND-VP", a draft's "Số:     /TB-VP", "Số: 30/2020/NĐ-CP", OCR "S6: 110 /VPUBND". */
export const SO_LINE_K = /^S[O06]\s*:?\s*[\d.…_\s]*\/\s*(?:\d{4}\s*\/\s*)?[A-Z]/;

/** "Số:" (also "Sô:", "SỐ:", OCR "S6:", "Sé:"): the label of the number line, folded. */
export const SO_LABEL_K = /S[O0E6]/;
export const KINH_GUI_K = /^KINH\s*GU\S?I(?![A-Z])/;
export const NOI_NHAN_K = /^NOI\s*NHAN(?![A-Z])/;
/** "V/v", "V/V", "V / v" at the start of a trích yếu. */
export const VV_K = /^V\s*\/\s*V(?=[\s.:]|$)/;

/**
 * Signing authority (Điều 13; Phụ lục I, mục II.7): thay mặt, ký thay, thừa lệnh, thừa ủy quyền,
 * quyền; in the order of the decree.
 */
export const AUTHORITY_PREFIXES = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;
/** The Party's forms of the same (T/M, K/T, T/L, T/UQ). */
export const PARTY_AUTHORITY_PREFIXES = ['T/M', 'K/T', 'T/L', 'T/UQ'] as const;
/**
 * An authority line: the prefix in any case ("TM.", "Tm.", "Tuq."), a dot or not, then capitals.
 * Group `p` is the prefix as written.
 */
export const AUTHORITY_PREFIX_RE = /^(?<p>T\/M|K\/T|T\/L|T\/UQ|[Tt][Uu][Qq]|[Tt][Mm]|[Kk][Tt]|[Tt][Ll]|Q)(?![\p{L}\p{N}])(?<dot>\s*\.)?(?<sp>\s*)/u;
export const AUTHORITY_RE = new RegExp(AUTHORITY_PREFIX_RE.source + '(?=\\p{Lu})', 'u');

/** Secrecy marks (Điều 8 khoản 3; Phụ lục I, mục III.1) and urgency marks (mục III.2), folded. */
export const SECRECY_MARKS_K = ['TUYET MAT', 'TOI MAT', 'MAT'];
export const URGENCY_MARKS_K = ['HOA TOC HEN GIO', 'HOA TOC', 'THUONG KHAN', 'RAT KHAN', 'KHAN CAP', 'KHAN'];
export const MARK_K = new RegExp(`^(${[...SECRECY_MARKS_K, 'BI MAT', ...URGENCY_MARKS_K].join('|')})[!.]?$`);

/**
 * Generic nouns of administrative units (Phụ lục II, mục III.1): a header line that starts with one
 * continues the issuer's name above it ("ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG").
 */
export const ADMIN_UNIT_K = /^(TINH|THANH PHO|TP\.?|HUYEN|QUAN|THI XA|XA|PHUONG|THI TRAN|DAC KHU)(?![A-Z])/;

/** Words that open the căn cứ block (Phụ lục I, mục II.6.a) or the grounds that close it. */
export const CAN_CU_K = /^(CAN CU|THEO DE NGHI|XET DE NGHI|THEO DUNG DE NGHI|XET\s|TREN CO SO)/;

/** Words that open the body after the header: no header part starts like this. */
export const BODY_START_K =
  /^(CAN CU|THUC HIEN|THEO\s|XET\s|TREN CO SO|DE\s|NHAM\s|NGAY \d|HOM NAY|VAO HOI|SAU KHI|TRIEN KHAI|PHUC DAP|TRA LOI|TIEP NHAN|QUA\s|HIEN NAY|DIEU \d|PHAN [IVX]|CHUONG [IVX\d]|[IVX]+\.\s|\d{1,3}\.\s)/;

/** Names of bodies that a line may start with (for an issuer typed in mixed case). */
export const ORG_START_RE = /^(Sở|Ủy ban|Uỷ ban|UBND|Văn phòng|Bộ|Cục|Chi cục|Tổng cục|Ban|Phòng|Trường|Trung tâm|Công ty|Hội đồng|Viện|Bệnh viện|Thanh tra|Đài|Báo)\s/u;

/** Words of a signer's title: a capital line with one of these is a title, not a name. */
export const TITLE_WORDS_RE = /(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|CHÁNH|VĂN PHÒNG|ỦY BAN|UỶ BAN|HỘI ĐỒNG|THƯ KÝ|CHỦ TỌA|CHỦ TOẠ|BỘ|CỤC|BAN|SỞ|THỦ|TỔNG|KẾ TOÁN|TỔ|ĐỘI|NHÂN DÂN|HIỆU|BÍ THƯ)/u;

/**
 * Labels of the metadata tables that legal portals print above or beside a document ("Số hiệu",
 * "Ngày ban hành", "Người ký" …): such lines are not the document's header and are never fixed.
 */
export const PORTAL_METADATA_K =
  /^(SO HIEU|SO KI HIEU|SO KY HIEU|KY HIEU|LOAI VAN BAN|NOI BAN HANH|CO QUAN BAN HANH|NGUOI KY|NGAY BAN HANH|NGAY HIEU LUC|NGAY CO HIEU LUC|NGAY CONG BAO|SO CONG BAO|TINH TRANG|LINH VUC|NGAY HET HIEU LUC|TRICH YEU|CAP BAN HANH|NGANH|CHUC DANH|NGUON THU THAP|NGAY DANG|TAI VE|TAI VAN BAN|TAI BAN DAY DU|THUOC TINH|VAN BAN GOC|LUOC DO|BAN DANG XEM|DANG TAI NOI DUNG|HIEU LUC|PHAM VI)(?![A-Z])\s*:?/;

/** What portals print after a document: comments, related documents, share buttons. */
export const PORTAL_TAIL_K =
  /^(BINH LUAN|Y KIEN BAN DOC|GUI Y KIEN|GUI BINH LUAN|VAN BAN LIEN QUAN|BAI VIET LIEN QUAN|TIN LIEN QUAN|CHIA SE|TAI VE|TAI VAN BAN|TU KHOA|XEM THEM|THONG TIN VAN BAN|VAN BAN CUNG LINH VUC|DANH GIA|BAN CAN DANG NHAP|DANG NHAP|HOI DAP PHAP LUAT|VAN BAN NAY CHUA CAP NHAT|CAC NOI DUNG DUOC SUA DOI|LUOC DO|VAN BAN GOC)(?![A-Z])/;

/**
 * Words of bodies' names that a narrow column may break across lines ("ỦY BAN NHÂN" / "DÂN",
 * "HỘI ĐỒNG" / "NHÂN DÂN"): two header lines whose junction falls inside one of these are one line.
 * Folded, words separated by one space.
 */
export const NAME_PHRASES_K = [
  'UY BAN NHAN DAN', 'HOI DONG NHAN DAN', 'UY BAN THUONG VU QUOC HOI', 'BAN CHAP HANH TRUNG UONG',
  'MAT TRAN TO QUOC VIET NAM', 'DOAN TNCS HO CHI MINH', 'BAN THUONG VU', 'BAN CHAP HANH', 'THUONG TRUC',
  'UY BAN', 'NHAN DAN', 'HOI DONG', 'QUOC HOI', 'THUONG VU', 'CHINH PHU', 'TRUNG UONG', 'CHAP HANH',
  'VAN PHONG', 'TAI CHINH', 'NOI VU', 'TU PHAP', 'NGOAI GIAO', 'QUOC PHONG', 'CONG AN', 'THANH TRA',
  'GIAO DUC', 'DAO TAO', 'KHOA HOC', 'CONG NGHE', 'NONG NGHIEP', 'PHAT TRIEN', 'NONG THON', 'MOI TRUONG',
  'TAI NGUYEN', 'XAY DUNG', 'GIAO THONG', 'VAN TAI', 'THONG TIN', 'TRUYEN THONG', 'LAO DONG', 'THUONG BINH',
  'XA HOI', 'VAN HOA', 'THE THAO', 'DU LICH', 'CONG THUONG', 'KE HOACH', 'DAU TU', 'Y TE', 'MAT TRAN',
  'TO QUOC', 'VIET NAM', 'DAN TOC', 'TON GIAO', 'KIEM TOAN', 'NHA NUOC', 'NGAN HANG', 'BAO HIEM',
  'HAI QUAN', 'KHO BAC', 'TONG CUC', 'CHI CUC', 'TRUNG TAM', 'BENH VIEN', 'DAI HOC', 'HOC VIEN',
  'HANH CHINH', 'TOA AN', 'KIEM SAT', 'QUAN LY', 'CHI DAO', 'THI HANH', 'DAN SU', 'BI THU', 'TINH UY',
  'THANH UY', 'HUYEN UY', 'DANG UY', 'CHU TICH', 'GIAM DOC', 'CONG DOAN', 'THANH NIEN', 'PHU NU',
];

/** A header line that names a body without its place: a parent line always carries its place. */
export const GENERIC_BODY_K = /^(UY BAN NHAN DAN|UBND|HOI DONG NHAN DAN|HDND)$/;

/** Organisations whose own line stands where the Quốc hiệu stands (Party, Đoàn). */
export const ORG_HEADER_K = /DANG\s+CONG\s+SAN\s+VIET\s+NAM|DOAN\s+TNCS\s+HO\s+CHI\s+MINH|DOAN\s+THANH\s+NIEN\s+CONG\s+SAN\s+HO\s+CHI\s+MINH/;

/** The closing mark written "/." or ". /." or "./ ." instead of "./." (khoang-trang reports it, ket-thuc leaves it). */
export const END_MARK_VARIANT_RE = /(?<![./])(\/\.|\.\s+\/\s*\.|\.\/\s+\.)\s*$/u;
