/**
 * For every rule: texts on which it must fire and texts on which it must stay quiet, in the shapes
 * real drafts take (variations of the clean fixtures, or snippets cut from the seeds' shapes).
 * `fixed` is the text after applying that rule's fixes once; `severity` the expected level.
 */
import { CONG_VAN, KE_HOACH, QUYET_DINH, vary } from '../helpers';
import type { Mode } from '../../server/src/engine';

export interface Case {
  name: string;
  text: string;
  mode?: Mode;
  /** Expected number of findings of the rule (fire cases; default: at least one). */
  count?: number;
  severity?: 'error' | 'warning' | 'info' | 'hint';
  /** A substring every finding's message contains. */
  message?: string;
  /**
   * The exact text under the finding (RuleTester's shape): each listed text lies under one of the
   * rule's findings. Reviewed by hand for every case.
   */
  under?: string | string[];
  /** The text after applying the rule's fixes once. */
  fixed?: string;
  /** The text after the first suggestion of the finding is applied (suggestions are never applied in bulk). */
  suggested?: string;
}

export interface RuleCases {
  fire: Case[];
  pass: Case[];
}


export const CASES: Record<string, RuleCases> = {
  'quoc-hieu': {
    fire: [
      { name: 'missing (header lost, as in seed 001)', under: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", text: vary(CONG_VAN, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n', '']), severity: 'error', message: 'Thiếu Quốc hiệu' },
      { name: 'misspelt word', under: "CỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM", text: vary(CONG_VAN, ['CHỦ NGHĨA', 'CHỦ NGHỈA']), severity: 'error', fixed: CONG_VAN },
      { name: 'not in capitals', under: "Cộng hòa xã hội chủ nghĩa Việt Nam", text: vary(CONG_VAN, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cộng hòa xã hội chủ nghĩa Việt Nam']), severity: 'error', fixed: CONG_VAN },
      // HOÀ is the decree's own spelling in two places: a suggestion, never a bulk fix
      { name: 'old tone placement HOÀ is info only (seed 002)', under: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", text: vary(CONG_VAN, ['CỘNG HÒA', 'CỘNG HOÀ']), severity: 'info', fixed: vary(CONG_VAN, ['CỘNG HÒA', 'CỘNG HOÀ']), suggested: CONG_VAN },
    ],
    pass: [
      { name: 'clean công văn', text: CONG_VAN },
      { name: 'flattened two-column header row', text: vary(CONG_VAN, ['SỞ TÀI CHÍNH\nCỘNG HÒA', 'SỞ TÀI CHÍNH      CỘNG HÒA']) },
    ],
  },
  'tieu-ngu': {
    fire: [
      { name: 'en dashes', under: "Độc lập – Tự do – Hạnh phúc", text: vary(CONG_VAN, ['Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc']), severity: 'warning', fixed: CONG_VAN },
      { name: 'no spaces around hyphens', under: "Độc lập-Tự do-Hạnh phúc", text: vary(CONG_VAN, ['Độc lập - Tự do - Hạnh phúc', 'Độc lập-Tự do-Hạnh phúc']), severity: 'warning', fixed: CONG_VAN },
      { name: 'every word capitalised', under: "Độc Lập - Tự Do - Hạnh Phúc", text: vary(CONG_VAN, ['Độc lập - Tự do - Hạnh phúc', 'Độc Lập - Tự Do - Hạnh Phúc']), severity: 'error', fixed: CONG_VAN },
      { name: 'missing under the Quốc hiệu', under: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text: vary(CONG_VAN, ['Độc lập - Tự do - Hạnh phúc\n', '']), severity: 'error' },
    ],
    pass: [
      { name: 'clean', text: CONG_VAN },
      { name: 'Markdown bold header', text: vary(CONG_VAN, ['Độc lập - Tự do - Hạnh phúc', '**Độc lập - Tự do - Hạnh phúc**']) },
    ],
  },
  'co-quan': {
    fire: [
      { name: 'a parent line without its place (“ỦY BAN NHÂN DÂN” over “SỞ TÀI CHÍNH”)', under: "ỦY BAN NHÂN DÂN", text: vary(CONG_VAN, ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', 'ỦY BAN NHÂN DÂN\nSỞ TÀI CHÍNH']), severity: 'warning', message: 'địa danh' },
      { name: 'missing issuer', under: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text: vary(CONG_VAN, ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH\n', '']), severity: 'error' },
      { name: 'issuer abbreviated', under: "UBND TỈNH LẠNG SƠN", text: vary(QUYET_DINH, ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nCỘNG', 'UBND TỈNH LẠNG SƠN\nCỘNG']), severity: 'warning', fixed: QUYET_DINH },
      { name: 'issuer in normal case', under: "Sở Tài chính", text: vary(CONG_VAN, ['SỞ TÀI CHÍNH\n', 'Sở Tài chính\n']), severity: 'warning', fixed: CONG_VAN },
    ],
    pass: [
      { name: 'parent abbreviated (UBND) is allowed', text: vary(CONG_VAN, ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n', 'UBND TỈNH LẠNG SƠN\n']) },
      { name: 'quyết định of the UBND itself', text: QUYET_DINH },
    ],
  },
  'so-ky-hieu': {
    fire: [
      { name: 'no leading zero', under: "5", text: vary(CONG_VAN, ['Số: 05/', 'Số: 5/']), severity: 'error', fixed: CONG_VAN },
      { name: 'no colon', under: "Số", text: vary(CONG_VAN, ['Số: 05/', 'Số 05/']), severity: 'warning', fixed: CONG_VAN },
      { name: 'space before slash (seed 004 shape)', under: " ", text: vary(CONG_VAN, ['Số: 05/', 'Số: 05 /']), severity: 'warning', fixed: CONG_VAN },
      { name: 'spaces around hyphen', under: "STC - QLNS", text: vary(CONG_VAN, ['STC-QLNS', 'STC - QLNS']), severity: 'warning', fixed: CONG_VAN },
      { name: 'lower case symbol', under: "stc-QLNS", text: vary(CONG_VAN, ['STC-QLNS', 'stc-QLNS']), severity: 'warning', fixed: CONG_VAN },
      { name: 'TTR written in capitals', under: "TTR-UBND", text: 'Số: 12/TTR-UBND\n', severity: 'warning', fixed: 'Số: 12/TTr-UBND\n' },
      { name: 'blank number is info while drafting', under: "Số:      /", text: vary(CONG_VAN, ['Số: 05/', 'Số:      /']), severity: 'info' },
      { name: 'blank number is an error before signing', under: "Số:      /", text: vary(CONG_VAN, ['Số: 05/', 'Số:      /']), mode: 'final', severity: 'error' },
      { name: 'missing Số line', under: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", text: vary(CONG_VAN, ['Số: 05/STC-QLNS\n', '']), severity: 'error' },
    ],
    pass: [
      { name: 'clean', text: CONG_VAN },
      { name: 'mixed-case TTr is official', text: 'Số: 12/TTr-UBND\n' },
      { name: 'Số and place-date flattened on one line', text: vary(CONG_VAN, ['Số: 05/STC-QLNS\nLạng Sơn', 'Số: 05/STC-QLNS          Lạng Sơn']) },
      { name: 'citations of other documents are not this document’s number', text: vary(CONG_VAN, ['Công văn số 708/BKHCN-KHTC', 'Nghị quyết số 57-NQ/TW, Nghị định số 30/2020/NĐ-CP, Công văn số 708/BKHCN-KHTC1']) },
    ],
  },
  'ky-hieu-loai': {
    fire: [
      { name: 'THÔNG BÁO numbered as QĐ', under: "QĐ", text: vary(KE_HOACH, ['42/KH-UBND', '42/QĐ-UBND']), severity: 'error', fixed: KE_HOACH },
      { name: 'wrong abbreviation QCh for quy chế', under: "QCh", text: 'Số: 03/QCh-UBND\nLạng Sơn, ngày 09 tháng 3 năm 2026\nQUY CHẾ\nLàm việc của Ủy ban nhân dân tỉnh\n', fixed: 'Số: 03/QC-UBND\nLạng Sơn, ngày 09 tháng 3 năm 2026\nQUY CHẾ\nLàm việc của Ủy ban nhân dân tỉnh\n' },
      { name: 'công văn carrying CV', under: "CV", text: vary(CONG_VAN, ['STC-QLNS', 'CV-STC']), severity: 'warning' },
      { name: 'named type without type abbreviation (a suggestion)', under: "UBND", text: vary(KE_HOACH, ['42/KH-UBND', '42/UBND']), fixed: vary(KE_HOACH, ['42/KH-UBND', '42/UBND']), suggested: KE_HOACH },
    ],
    pass: [
      { name: 'kế hoạch KH', text: KE_HOACH },
      { name: 'công văn <body>-<unit>', text: CONG_VAN },
      { name: 'Party citation 591-CV/TU in the body is not this document’s symbol', text: vary(CONG_VAN, ['Công văn số 708/BKHCN-KHTC', 'Công văn số 591-CV/TU']) },
    ],
  },
  'dia-danh-ngay': {
    fire: [
      { name: 'a date of issue in the future, before signing', under: "ngày 09 tháng 3 năm 2099", text: vary(CONG_VAN, ['năm 2026\nV/v', 'năm 2099\nV/v']), mode: 'final', message: 'tương lai' },
      { name: 'a provincial body writing another place (PL I §II.4.a)', under: "Hà Nội", text: vary(CONG_VAN, ['Lạng Sơn, ngày 09', 'Hà Nội, ngày 09']), severity: 'warning', suggested: CONG_VAN },
      { name: 'numeric date', under: "09/3/2026", text: vary(CONG_VAN, ['Lạng Sơn, ngày 09 tháng 3 năm 2026', 'Lạng Sơn, 09/3/2026']), severity: 'error', fixed: CONG_VAN },
      { name: 'missing comma', under: "Lạng Sơn", text: vary(CONG_VAN, ['Lạng Sơn, ngày', 'Lạng Sơn ngày']), severity: 'error', fixed: CONG_VAN },
      { name: 'day without zero', under: "9", text: vary(CONG_VAN, ['ngày 09 tháng', 'ngày 9 tháng']), severity: 'error', fixed: CONG_VAN },
      { name: 'month 1 without zero', under: "1", text: vary(QUYET_DINH, ['tháng 01 năm 2026', 'tháng 1 năm 2026']), severity: 'error', fixed: QUYET_DINH },
      // the decree asks the zero only for months 1 and 2: info, and a suggestion
      { name: '“tháng 03” is info', under: "03", text: vary(CONG_VAN, ['tháng 3 năm 2026', 'tháng 03 năm 2026']), severity: 'info', fixed: vary(CONG_VAN, ['tháng 3 năm 2026', 'tháng 03 năm 2026']), suggested: CONG_VAN },
      { name: 'two-digit year', under: "26", text: vary(CONG_VAN, ['năm 2026\nV/v', 'năm 26\nV/v']), severity: 'error' },
      { name: 'impossible date', under: "ngày 31 tháng 4 năm 2026", text: vary(CONG_VAN, ['ngày 09 tháng 3', 'ngày 31 tháng 4']), severity: 'error', message: 'không có thật' },
      { name: 'TP. abbreviation', under: "TP. Hồ Chí Minh", text: vary(CONG_VAN, ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'], ['Lạng Sơn, ngày', 'TP. Hồ Chí Minh, ngày']), severity: 'error', fixed: vary(CONG_VAN, ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'], ['Lạng Sơn, ngày', 'Thành phố Hồ Chí Minh, ngày']) },
      { name: 'blank day: info in draft (seed 000)', under: "ngày       tháng 3 năm 2026", text: vary(CONG_VAN, ['ngày 09 tháng', 'ngày       tháng']), severity: 'info' },
      { name: 'blank day: error before signing', under: "ngày       tháng 3 năm 2026", text: vary(CONG_VAN, ['ngày 09 tháng', 'ngày       tháng']), mode: 'final', severity: 'error' },
    ],
    pass: [
      { name: 'a ministry writes Hà Nội', text: vary(CONG_VAN, ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', 'BỘ TÀI CHÍNH'], ['Lạng Sơn, ngày 09', 'Hà Nội, ngày 09'], ['/STC-QLNS', '/BTC-NSNN']) },
      { name: 'a commune body writes its xã', text: vary(CONG_VAN, ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', 'ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ'], ['Lạng Sơn, ngày 09', 'Xuân Phú, ngày 09'], ['/STC-QLNS', '/UBND-VP']) },
      { name: 'clean', text: CONG_VAN },
      { name: 'leap day of a leap year', text: vary(CONG_VAN, ['ngày 09 tháng 3 năm 2026', 'ngày 29 tháng 02 năm 2028']) },
      { name: 'full name of Thành phố Hồ Chí Minh', text: vary(CONG_VAN, ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'], ['Lạng Sơn, ngày', 'Thành phố Hồ Chí Minh, ngày']) },
    ],
  },
  'ten-loai': {
    fire: [
      { name: 'heading in normal case', under: "Kế hoạch", text: vary(KE_HOACH, ['\nKẾ HOẠCH\n', '\nKế hoạch\n']), severity: 'warning', fixed: KE_HOACH },
      { name: 'symbol says QĐ but no heading', under: "QĐ-UBND", text: 'UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\nLạng Sơn, ngày 15 tháng 01 năm 2026\nĐiều 1. Thành lập Tổ công tác.\n' },
    ],
    pass: [
      { name: 'kế hoạch', text: KE_HOACH },
      { name: 'công văn has no heading', text: CONG_VAN },
    ],
  },
  'trich-yeu': {
    fire: [
      { name: 'a công văn written “Về việc …” in the V/v place', under: "Về việc", text: vary(CONG_VAN, ['V/v báo cáo', 'Về việc báo cáo']), severity: 'warning', fixed: CONG_VAN },
      { name: 'a quyết định’s trích yếu in capitals (a portal copy) is read and reported, not missing', under: "VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC CHUYỂN ĐỔI SỐ TỈNH LẠNG SƠN", text: vary(QUYET_DINH, ['Về việc thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn', 'VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC CHUYỂN ĐỔI SỐ TỈNH LẠNG SƠN']), message: 'in thường' },
      { name: 'V/V in capitals (seed 004 shape)', under: "V/V", text: vary(CONG_VAN, ['V/v báo cáo', 'V/V báo cáo']), severity: 'warning', fixed: CONG_VAN },
      { name: 'V/v on a quyết định (warning, a suggestion)', under: "V/v", text: vary(QUYET_DINH, ['Về việc thành lập', 'V/v thành lập']), severity: 'warning', fixed: vary(QUYET_DINH, ['Về việc thành lập', 'V/v thành lập']), suggested: QUYET_DINH },
      { name: 'very long trích yếu is info', under: "V/v báo cáo tình hình giải ngân vốn báo cáo tình hình giải ngân vốn báo cáo tình hình giải ngân vốn báo cáo tình hình giải ngân vốn báo cáo tình hình giải ngân vốn báo cáo tình hình giải ngân vốn báo cáo tình hình giải ngân vốn", text: vary(CONG_VAN, ['V/v báo cáo tình hình giải ngân vốn đầu tư công quý I năm 2026', 'V/v ' + 'báo cáo tình hình giải ngân vốn '.repeat(7)]), severity: 'info' },
    ],
    pass: [
      { name: 'clean công văn', text: CONG_VAN },
      { name: 'quyết định “Về việc …”', text: QUYET_DINH },
    ],
  },
  'kinh-gui': {
    fire: [
      { name: 'two recipients on the Kính gửi line', under: "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường.", text: vary(CONG_VAN, ['Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.', 'Kính gửi: Các sở, ban, ngành; Ủy ban nhân dân các xã, phường.']), severity: 'error', suggested: CONG_VAN },
      { name: 'công văn without Kính gửi', under: "V/v báo cáo tình hình giải ngân vốn đầu tư công quý I năm 2026", text: vary(CONG_VAN, ['Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.\n', '']), severity: 'error' },
      { name: 'no colon', under: "Kính gửi", text: vary(CONG_VAN, ['Kính gửi:', 'Kính gửi']), severity: 'error', fixed: CONG_VAN },
      { name: 'last recipient ends with “;”', under: ";", text: vary(CONG_VAN, ['các xã, phường.', 'các xã, phường;']), severity: 'error', fixed: CONG_VAN },
      // joining two lines is a suggestion the user picks, never a bulk fix (it crosses a line break)
      { name: 'single recipient with a dash on its own line', under: "- Sở Nội vụ.", text: vary(CONG_VAN, ['Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.', 'Kính gửi:\n- Sở Nội vụ.']), severity: 'warning', fixed: vary(CONG_VAN, ['Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.', 'Kính gửi:\n- Sở Nội vụ.']), suggested: vary(CONG_VAN, ['Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.', 'Kính gửi: Sở Nội vụ']) },
    ],
    pass: [
      { name: 'two recipients (seed 002 shape)', text: CONG_VAN },
      { name: 'one recipient inline with final dot (seed 004 shape)', text: vary(CONG_VAN, ['Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.', 'Kính gửi: Các phòng, ban, trung tâm.']) },
      { name: 'quyết định has none', text: QUYET_DINH },
    ],
  },
  'do-mat-khan': {
    fire: [
      { name: 'KHẨN CẤP is not a level', under: "KHẨN CẤP", text: vary(CONG_VAN, ['Số: 05/STC-QLNS\n', 'Số: 05/STC-QLNS\nKHẨN CẤP\n']), severity: 'error' },
      { name: '“Mật” in normal case', under: "Mật", text: vary(CONG_VAN, ['Số: 05/STC-QLNS\n', 'Số: 05/STC-QLNS\nMật\n']), fixed: vary(CONG_VAN, ['Số: 05/STC-QLNS\n', 'Số: 05/STC-QLNS\nMẬT\n']) },
    ],
    pass: [
      { name: 'THƯỢNG KHẨN', text: vary(CONG_VAN, ['Số: 05/STC-QLNS\n', 'Số: 05/STC-QLNS\nTHƯỢNG KHẨN\n']) },
      { name: 'TỐI MẬT and HỎA TỐC', text: vary(CONG_VAN, ['Số: 05/STC-QLNS\n', 'Số: 05/STC-QLNS\nTỐI MẬT\nHỎA TỐC\n']) },
    ],
  },
  'can-cu': {
    fire: [
      { name: '“QUYẾT ĐỊNH” without its colon before the articles', under: "QUYẾT ĐỊNH", text: vary(QUYET_DINH, ['QUYẾT ĐỊNH:\nĐiều 1.', 'QUYẾT ĐỊNH\nĐiều 1.']), severity: 'error', fixed: QUYET_DINH },
      { name: 'căn cứ ending with a comma', under: ",", text: vary(QUYET_DINH, ['ngày 16 tháng 6 năm 2025;', 'ngày 16 tháng 6 năm 2025,']), severity: 'error', fixed: QUYET_DINH },
      { name: 'last căn cứ ending with “;”', under: ";", text: vary(QUYET_DINH, ['Sở Khoa học và Công nghệ.\nQUYẾT ĐỊNH:', 'Sở Khoa học và Công nghệ;\nQUYẾT ĐỊNH:']), fixed: QUYET_DINH },
    ],
    pass: [
      { name: 'a Nghị định cited with its number (as it must be)', text: QUYET_DINH },
      { name: 'clean quyết định', text: QUYET_DINH },
      { name: 'công văn opening with “Căn cứ …,” is not a căn cứ block', text: vary(CONG_VAN, ['Thực hiện Công văn', 'Căn cứ Công văn']) },
    ],
  },
  'danh-so': {
    fire: [
      { name: '“Mục I”, “Mục II” (Mục takes Arabic numerals)', under: ["I", "II"], text: vary(KE_HOACH, ['I. MỤC ĐÍCH, YÊU CẦU', 'Mục I. MỤC ĐÍCH, YÊU CẦU'], ['II. TỔ CHỨC THỰC HIỆN', 'Mục II. TỔ CHỨC THỰC HIỆN']), fixed: vary(KE_HOACH, ['I. MỤC ĐÍCH, YÊU CẦU', 'Mục 1. MỤC ĐÍCH, YÊU CẦU'], ['II. TỔ CHỨC THỰC HIỆN', 'Mục 2. TỔ CHỨC THỰC HIỆN']) },
      { name: '“Điều 1:”', under: "Điều 1:", text: vary(QUYET_DINH, ['Điều 1.', 'Điều 1:']), fixed: QUYET_DINH },
      { name: 'khoản “1)”', under: "1)", text: vary(CONG_VAN, ['1. Rà soát', '1) Rà soát']), fixed: CONG_VAN },
      { name: 'điểm “a.”', under: "a.", text: vary(QUYET_DINH, ['a) Tham mưu', 'a. Tham mưu']), fixed: QUYET_DINH },
      { name: 'gap in khoản numbers', under: "3.", text: vary(CONG_VAN, ['2. Gửi báo cáo', '3. Gửi báo cáo']), message: 'nhảy' },
      { name: 'letter f is not in the Vietnamese alphabet', under: "f)", text: vary(QUYET_DINH, ['c) Báo cáo', 'f) Báo cáo']) },
      { name: 'multi-level numbering 2.1. is info (seed 001)', under: "2.1.", text: vary(CONG_VAN, ['2. Gửi báo cáo', '2. Gửi báo cáo:\n2.1. Báo cáo tháng']), severity: 'info' },
      { name: 'Roman part written I:', under: "I:", text: vary(KE_HOACH, ['I. MỤC ĐÍCH', 'I: MỤC ĐÍCH']), fixed: KE_HOACH },
    ],
    pass: [
      { name: 'a lone “C)” (an OCR’d “c)”, c-101 shape) is a letter, not the Roman numeral 100', text: vary(KE_HOACH, ['Cụ thể hóa các nhiệm vụ đã đề ra.', 'Cụ thể hóa các nhiệm vụ đã đề ra:\na) Rà soát nhiệm vụ;\nb) Giao chỉ tiêu;\nC) Thời gian thực hiện: năm 2026.']) },
      { name: 'quyết định Điều/khoản/điểm', text: QUYET_DINH },
      { name: 'kế hoạch I./1. restarts under II.', text: KE_HOACH },
      { name: 'a footnote body “1 Lưu ý: …” is not a khoản', text: vary(CONG_VAN, ['2. Gửi báo cáo', '2. Gửi báo cáo\n1 Lưu ý: đối với các nhiệm vụ có tính chất mật.\n2']) },
    ],
  },
  'ngay-hop-le': {
    fire: [
      { name: '31/4', under: "31/4/2026", text: vary(CONG_VAN, ['trước ngày 20/3/2026', 'trước ngày 31/4/2026']), severity: 'error' },
      { name: '29/02 of a non-leap year', under: "29/02/2026", text: vary(CONG_VAN, ['ngày 06/02/2026', 'ngày 29/02/2026']), message: '28 ngày' },
      { name: 'words form', under: "ngày 31 tháng 6 năm 2025", text: vary(QUYET_DINH, ['ngày 16 tháng 6 năm 2025', 'ngày 31 tháng 6 năm 2025']) },
    ],
    pass: [
      { name: 'clean', text: CONG_VAN },
      { name: 'document numbers with years are not dates', text: vary(CONG_VAN, ['Công văn số 708/BKHCN-KHTC', 'Nghị định số 30/2020/NĐ-CP']) },
      { name: '29/02/2028 is real', text: vary(CONG_VAN, ['trước ngày 20/3/2026', 'trước ngày 29/02/2028']) },
    ],
  },
  'thoi-han': {
    fire: [
      // not a rule of the decree: a plausibility check, so a warning
      { name: 'deadline a year before the issue date (seed 004 shape)', under: "20/3/2025", text: vary(CONG_VAN, ['trước ngày 20/3/2026', 'trước ngày 20/3/2025']), severity: 'warning' },
      { name: '“chậm nhất trong ngày” before issue', under: "02/3/2026", text: vary(CONG_VAN, ['trước ngày 20/3/2026', 'chậm nhất trong ngày 02/3/2026']) },
      { name: '“trong tháng” already past', under: "trong tháng 02/2026", text: vary(CONG_VAN, ['trước ngày 20/3/2026', 'trong tháng 02/2026']) },
      { name: 'blank day: compared by month', under: "28/02/2026", text: vary(CONG_VAN, ['ngày 09 tháng 3', 'ngày    tháng 3'], ['trước ngày 20/3/2026', 'trước ngày 28/02/2026']) },
    ],
    pass: [
      { name: 'deadline after issue', text: CONG_VAN },
      { name: 'a cited document’s date is not a deadline', text: vary(CONG_VAN, ['ngày 06/02/2026', 'ngày 06/02/2025']) },
      { name: 'blank day, deadline in the same month', text: vary(CONG_VAN, ['ngày 09 tháng 3', 'ngày    tháng 3'], ['trước ngày 20/3/2026', 'trước ngày 02/3/2026']) },
    ],
  },
  'thu-ngay': {
    fire: [
      // the weekday or the date may be wrong: a warning with a suggestion
      { name: 'thứ Năm for a Friday', under: "thứ Năm", text: vary(CONG_VAN, ['trước ngày 20/3/2026', 'trước thứ Năm, ngày 04/12/2026']), severity: 'warning', suggested: vary(CONG_VAN, ['trước ngày 20/3/2026', 'trước thứ Sáu, ngày 04/12/2026']) },
      { name: 'Thứ 2 for a Sunday', under: "Thứ 2", text: vary(CONG_VAN, ['trước ngày 20/3/2026', 'vào Thứ 2 (22/3/2026)']), suggested: vary(CONG_VAN, ['trước ngày 20/3/2026', 'vào Chủ nhật (22/3/2026)']) },
    ],
    pass: [
      { name: 'thứ Sáu, ngày 04/12/2026', text: vary(CONG_VAN, ['trước ngày 20/3/2026', 'trước thứ Sáu, ngày 04/12/2026']) },
      { name: 'words date with weekday', text: vary(CONG_VAN, ['trước ngày 20/3/2026', 'vào thứ Hai, ngày 23 tháng 3 năm 2026']) },
    ],
  },
  'lap-tu': {
    fire: [
      // never applied in bulk: a suggestion the user picks
      { name: '“thực hiện thực hiện” (seed 003)', under: "thực hiện", text: vary(KE_HOACH, ['Triển khai các nhiệm vụ', 'Triển khai thực hiện thực hiện các nhiệm vụ']), severity: 'warning', fixed: vary(KE_HOACH, ['Triển khai các nhiệm vụ', 'Triển khai thực hiện thực hiện các nhiệm vụ']), suggested: vary(KE_HOACH, ['Triển khai các nhiệm vụ', 'Triển khai thực hiện các nhiệm vụ']) },
      { name: 'a doubled function word “các các”', under: "các", text: vary(CONG_VAN, ['Rà soát, tổng hợp kết quả', 'Rà soát, tổng hợp các các kết quả']), suggested: vary(CONG_VAN, ['Rà soát, tổng hợp kết quả', 'Rà soát, tổng hợp các kết quả']) },
    ],
    pass: [
      { name: 'clean', text: CONG_VAN },
      { name: 'not across a line break', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp', '1. Rà soát, tổng hợp tổng\nhợp']) },
      // a syllable may end one word and start the next (issue 11)
      { name: '“cán bộ bộ phận”', text: vary(CONG_VAN, ['Rà soát, tổng hợp', 'Rà soát cán bộ bộ phận một cửa, tổng hợp']) },
      { name: '“Sở Tài chính chính thức”', text: vary(CONG_VAN, ['Rà soát, tổng hợp', 'Sở Tài chính chính thức rà soát, tổng hợp']) },
      { name: '“đầu tư tư nhân”, “hành vi vi phạm”', text: vary(CONG_VAN, ['Rà soát, tổng hợp', 'Rà soát các dự án đầu tư tư nhân và hành vi vi phạm, tổng hợp']) },
      { name: '“trở thành thành phố”, “phục vụ vụ đông”', text: vary(CONG_VAN, ['Rà soát, tổng hợp', 'Rà soát việc trở thành thành phố và phục vụ vụ đông, tổng hợp']) },
      { name: '“kháng kháng sinh”', text: vary(CONG_VAN, ['Rà soát, tổng hợp', 'Rà soát tình trạng kháng kháng sinh, tổng hợp']) },
      { name: 'words separated by a comma', text: vary(CONG_VAN, ['Các sở, ban, ngành;', 'Các sở, sở, ngành;']) },
      { name: 'reduplication “dần dần”', text: vary(CONG_VAN, ['Rà soát, tổng hợp', 'Dần dần rà soát, tổng hợp']) },
      { name: '“trụ sở Sở Nội vụ”: the second word opens a name', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính', 'Gửi báo cáo về trụ sở Sở Tài chính']) },
      { name: 'not back to back (seed 001 “tiến độ … tiến độ”)', text: vary(CONG_VAN, ['tổng hợp kết quả', 'báo cáo tiến độ tổng hợp tiến độ']) },
    ],
  },
  'ket-thuc': {
    fire: [
      { name: 'content ends with “.”', under: "tâm phối hợp thực hiện.", text: vary(CONG_VAN, ['phối hợp thực hiện./.', 'phối hợp thực hiện.']), severity: 'warning', fixed: CONG_VAN },
      // the text may go on (a draft being typed): only a suggestion
      { name: 'content ends with no mark', under: "tâm phối hợp thực hiện", text: vary(CONG_VAN, ['phối hợp thực hiện./.', 'phối hợp thực hiện']), fixed: vary(CONG_VAN, ['phối hợp thực hiện./.', 'phối hợp thực hiện']), suggested: CONG_VAN },
    ],
    pass: [
      { name: 'clean', text: CONG_VAN },
      { name: 'quyết định', text: QUYET_DINH },
    ],
  },
  'khong-dau': {
    fire: [
      { name: 'OCR without diacritics (seed 004 shape)', under: "UBND TINH LAI CHAU CONG HOA XA HOI CHU NGHIA VIET NAM", text: `UBND TINH LAI CHAU CONG HOA XA HOI CHU NGHIA VIET NAM
VAN PHONG Doc lap - Tu do - Hanh phuc
So: 110/VPUBND-HCQT Lai Chau, ngay 22 thang 01 nam 2026
V/v trien khai thuc hien cac nhiem vu Nghi quyet so 57-NQ/TW
Kinh gui: Cac phong, ban, trung tam.
Thuc hien Cong van so 591-CV/TU, ngay 15/01/2026 cua Ban Thuong vu Tinh uy ve viec trien khai thuc hien cac nhiem vu Nghi quyet so 57-NQ/TW cua Bo Chinh tri trong nam 2026, Van phong UBND tinh yeu cau cac phong, ban, trung tam dang ky sang kien, hoan thanh truoc ngay 25/01/2026./.
`, count: 1, severity: 'error' },
    ],
    pass: [
      { name: 'clean', text: CONG_VAN },
      { name: 'short text', text: 'Kinh gui: So Noi vu\n' },
    ],
  },
  unicode: {
    fire: [
      { name: 'NFD words (seeds 002, 003)', under: ["Sở", "Tài", "chính", "đề", "nghị"], text: vary(CONG_VAN, ['Sở Tài chính đề nghị', 'Sở Tài chính đề nghị'.normalize('NFD')]), severity: 'warning', fixed: CONG_VAN },
      { name: 'look-alike Đ (U+00D0) in QĐ', under: "Ð", text: vary(QUYET_DINH, ['12/QĐ-UBND', '12/Q\u00D0-UBND']), fixed: QUYET_DINH },
      { name: 'zero-width space', under: '\u200B', text: vary(CONG_VAN, ['Sở Tài chính đề nghị', 'Sở Tài\u200B chính đề nghị']), count: 1, fixed: CONG_VAN },
    ],
    pass: [
      { name: 'clean NFC', text: CONG_VAN },
      { name: 'CRLF, BOM and NBSP are not findings', text: '\uFEFF' + vary(CONG_VAN, ['Số: 05/', 'Số:\u00A005/']).replace(/\n/g, '\r\n') },
    ],
  },
  'thanh-dieu': {
    fire: [
      // both placements are correct Vietnamese: harmonising is a suggestion
      { name: 'UỶ next to ủy (seed 003)', under: "UỶ", text: vary(QUYET_DINH, ['TM. ỦY BAN NHÂN DÂN', 'TM. UỶ BAN NHÂN DÂN']), severity: 'info', suggested: QUYET_DINH },
      { name: 'hoà next to hòa', under: "hoà", text: vary(CONG_VAN, ['đề nghị các cơ quan', 'đề nghị hoà giải và hòa hợp các cơ quan']), suggested: vary(CONG_VAN, ['đề nghị các cơ quan', 'đề nghị hòa giải và hòa hợp các cơ quan']) },
    ],
    pass: [
      { name: 'only new style', text: QUYET_DINH },
      { name: '“quý” is the same in both styles', text: CONG_VAN.replace(/Ủy/g, 'Uỷ').replace(/ỦY/g, 'UỶ').replace('HÒA', 'HOÀ') },
    ],
  },
  'ten-goi-cu': {
    fire: [
      { name: 'a district body after 01/7/2025: “Phòng Giáo dục và Đào tạo huyện Cao Lộc”', under: "Phòng Giáo dục và Đào tạo huyện Cao Lộc", text: vary(CONG_VAN, ['- Ủy ban nhân dân các xã, phường.', '- Phòng Giáo dục và Đào tạo huyện Cao Lộc.']), severity: 'warning' },
      { name: 'a city under the province after 01/7/2025: “UBND thành phố Lạng Sơn”', under: "UBND thành phố Lạng Sơn", text: vary(CONG_VAN, ['- Ủy ban nhân dân các xã, phường.', '- UBND thành phố Lạng Sơn.']), severity: 'warning' },
      { name: 'a ministry merged in 2025 (corroborated): warning', under: "Bộ Thông tin và Truyền thông", text: vary(CONG_VAN, ['của Bộ Khoa học và Công nghệ về việc', 'gửi Bộ Thông tin và Truyền thông về việc']), severity: 'warning', suggested: vary(CONG_VAN, ['của Bộ Khoa học và Công nghệ về việc', 'gửi Bộ Khoa học và Công nghệ về việc']) },
      { name: 'a ministry merged in 2025 (single source): info', under: "Bộ Kế hoạch và Đầu tư", text: vary(CONG_VAN, ['của Bộ Khoa học và Công nghệ về việc', 'gửi Bộ Kế hoạch và Đầu tư về việc']), severity: 'info' },
      { name: 'district level addressed after 01/7/2025 (seed 003 shape)', under: "UBND các huyện", text: vary(KE_HOACH, ['- Các sở, ban, ngành;', '- UBND các huyện, thành phố;']), severity: 'warning' },
      // the names may be meant (a body of the old province, a ward of the same name): suggestions
      { name: 'merged province in a 2026 document', under: "tỉnh Hà Giang", text: vary(CONG_VAN, ['Sở Tài chính đề nghị', 'Sở Tài chính tỉnh Hà Giang đề nghị']), suggested: vary(CONG_VAN, ['Sở Tài chính đề nghị', 'Sở Tài chính tỉnh Tuyên Quang đề nghị']) },
      { name: 'old-tone spelling of a merged province', under: "tỉnh Hoà Bình", text: vary(CONG_VAN, ['Sở Tài chính đề nghị', 'Sở Tài chính tỉnh Hoà Bình đề nghị']), suggested: vary(CONG_VAN, ['Sở Tài chính đề nghị', 'Sở Tài chính tỉnh Phú Thọ đề nghị']) },
      { name: 'merged sở in a 2026 document', under: "Sở Kế hoạch và Đầu tư", text: vary(CONG_VAN, ['- Các sở, ban, ngành;', '- Sở Kế hoạch và Đầu tư;']), suggested: vary(CONG_VAN, ['- Các sở, ban, ngành;', '- Sở Tài chính;']) },
      { name: 'old province as the place of issue', under: "Yên Bái", text: vary(CONG_VAN, ['Lạng Sơn, ngày 09', 'Yên Bái, ngày 09']), suggested: vary(CONG_VAN, ['Lạng Sơn, ngày 09', 'Lào Cai, ngày 09']) },
    ],
    pass: [
      { name: 'a centrally-run city: “UBND thành phố Hải Phòng”', text: vary(CONG_VAN, ['- Ủy ban nhân dân các xã, phường.', '- UBND thành phố Hải Phòng.']) },
      { name: 'a ministry cited as the issuer of an older document', text: vary(CONG_VAN, ['Công văn số 708/BKHCN-KHTC ngày 06/02/2026 của Bộ Khoa học và Công nghệ', 'Công văn số 708/BKHĐT-KTĐP ngày 06/02/2024 của Bộ Kế hoạch và Đầu tư']) },
      { name: 'same names in a 2024 document', text: vary(CONG_VAN, ['năm 2026\nV/v', 'năm 2024\nV/v'], ['- Các sở, ban, ngành;', '- Sở Kế hoạch và Đầu tư;\n- UBND các huyện;'], ['trước ngày 20/3/2026', 'trước ngày 20/3/2024']) },
      { name: 'a cited document’s issuer keeps its old name', text: vary(CONG_VAN, ['của Bộ Khoa học và Công nghệ', 'của Sở Kế hoạch và Đầu tư']) },
      { name: '“… ngày 05/01/2024 của UBND tỉnh Hòa Bình” stays as issued', text: vary(CONG_VAN, ['Thực hiện Công văn số 708/BKHCN-KHTC ngày 06/02/2026 của Bộ Khoa học và Công nghệ', 'Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh Hòa Bình']) },
      { name: 'a ward named like an old province: “phường Hòa Bình, tỉnh Phú Thọ”', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính', 'Gửi báo cáo về Ủy ban nhân dân phường Hòa Bình, tỉnh Phú Thọ']) },
      { name: '“(cũ)”', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính', 'Gửi báo cáo về địa bàn tỉnh Hà Giang (cũ)']) },
      { name: 'past narrative “Trước ngày 01/7/2025, tỉnh … có”', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', 'Trước ngày 01/7/2025, tỉnh Hà Giang có 11 huyện. 1. Rà soát, tổng hợp kết quả']) },
    ],
  },
  'noi-nhan': {
    fire: [
      { name: 'missing', under: "Nguyễn Văn An", text: vary(CONG_VAN, ['Nơi nhận:\n- Như trên;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, QLNS.\n', '']), severity: 'error' },
      { name: 'no colon', under: "Nơi nhận", text: vary(CONG_VAN, ['Nơi nhận:', 'Nơi nhận']), fixed: CONG_VAN },
      { name: 'item ending with “.”', under: ".", text: vary(CONG_VAN, ['UBND tỉnh;\n- Lưu', 'UBND tỉnh.\n- Lưu']), fixed: CONG_VAN },
      { name: 'Lưu without colon', under: "- Lưu VT, QLNS;", text: vary(CONG_VAN, ['- Lưu: VT, QLNS.', '- Lưu VT, QLNS;']), fixed: CONG_VAN },
      { name: 'VT not first', under: "- Lưu: QLNS, VT.", text: vary(CONG_VAN, ['- Lưu: VT, QLNS.', '- Lưu: QLNS, VT.']) },
      { name: '“+” sub-item is info, a suggestion', under: "+ ", text: vary(CONG_VAN, ['- Chủ tịch, các', '+ Chủ tịch, các']), severity: 'info', suggested: CONG_VAN },
      { name: '“•” bullet is fixed', under: "• ", text: vary(CONG_VAN, ['- Chủ tịch, các', '• Chủ tịch, các']), severity: 'error', fixed: CONG_VAN },
    ],
    pass: [
      { name: 'clean', text: CONG_VAN },
      { name: 'wrapped item (seed 000 shape)', text: vary(CONG_VAN, ['- Chủ tịch, các Phó Chủ tịch UBND tỉnh;', '- C, PCVP UBND tỉnh,\n  các Phòng: KGVX, TH, TTTT;']) },
      { name: 'wrapped item whose second line is in capitals (seed 001 shape)', text: vary(CONG_VAN, ['- Chủ tịch, các Phó Chủ tịch UBND tỉnh;', '- C, PVP UBND tỉnh, các Phòng:\nKGVX, KTCN, NC, TTTT;']) },
      { name: 'Lưu with drafter initials (seed 000)', text: vary(CONG_VAN, ['- Lưu: VT, QLNS.', '- Lưu: VT, KGVX(HTHT).']) },
      { name: 'footer flattened by single spaces (a web copy): the signature column is not an item', text: vary(CONG_VAN, ['Nơi nhận:\n- Như trên;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, QLNS.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An', 'Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, QLNS. Nguyễn Văn An']) },
      { name: 'the two footer columns copied one line each, blank lines between (e-006 shape)', text: vary(QUYET_DINH, ['Nơi nhận:\n- Như Điều 3;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, KGVX.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n', 'Nơi nhận:\n\nTM. ỦY BAN NHÂN DÂN\n\n- Như Điều 3;\n\nKT. CHỦ TỊCH\n\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n\nPHÓ CHỦ TỊCH\n\n- Lưu: VT, KGVX.\n\n']) },
      { name: 'a quyết định footer flattened by single spaces (“- Như Điều 3; KT. CHỦ TỊCH”)', text: vary(QUYET_DINH, ['Nơi nhận:\n- Như Điều 3;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, KGVX.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n', 'Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như Điều 3; KT. CHỦ TỊCH\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh; PHÓ CHỦ TỊCH\n- Lưu: VT, KGVX.\n\n']) },
    ],
  },
  'nhu-tren': {
    fire: [
      { name: 'a công văn with Kính gửi whose Nơi nhận lacks “- Như trên;”', under: "Nơi nhận", text: vary(CONG_VAN, ['- Như trên;\n', '']), severity: 'warning', suggested: CONG_VAN },
      { name: '“Như trên” without Kính gửi', under: "- Như trên;", text: vary(KE_HOACH, ['- Các sở, ban, ngành;', '- Như trên;']), severity: 'warning' },
      { name: '“Như Điều 4” that does not exist', under: "- Như Điều 4;", text: vary(QUYET_DINH, ['- Như Điều 3;', '- Như Điều 4;']) },
    ],
    pass: [
      { name: 'the Kính gửi recipients written out again in Nơi nhận', text: vary(CONG_VAN, ['- Như trên;\n', '- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường;\n']) },
      { name: 'công văn with Kính gửi', text: CONG_VAN },
      { name: 'quyết định “Như Điều 3”', text: QUYET_DINH },
      { name: 'a Công điện: its “… điện:” list plays the part of Kính gửi', text: vary(CONG_VAN, ['Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.', 'SỞ TÀI CHÍNH điện:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.']) },
    ],
  },
  'chu-ky': {
    fire: [
      { name: 'missing signature', under: "- Lưu: VT, QLNS.", text: vary(CONG_VAN, ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n', '']), severity: 'error' },
      { name: '“KT GIÁM ĐỐC” without dot', under: "KT ", text: vary(CONG_VAN, ['KT. GIÁM ĐỐC', 'KT GIÁM ĐỐC']), fixed: CONG_VAN },
      { name: 'Party form K/T', under: "K/T ", text: vary(CONG_VAN, ['KT. GIÁM ĐỐC', 'K/T GIÁM ĐỐC']), fixed: CONG_VAN },
      { name: 'deputy without KT.', under: "PHÓ GIÁM ĐỐC", text: vary(CONG_VAN, ['KT. GIÁM ĐỐC\n', '']), severity: 'warning' },
      { name: 'TUQ. over KT. is not allowed', under: "TUQ. GIÁM ĐỐC\nKT. CHÁNH VĂN PHÒNG", text: vary(CONG_VAN, ['KT. GIÁM ĐỐC', 'TUQ. GIÁM ĐỐC\nKT. CHÁNH VĂN PHÒNG']), message: 'không hợp lệ' },
      { name: 'TM. before a position', under: ["TM. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], text: vary(CONG_VAN, ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'TM. CHỦ TỊCH\nPHÓ CHỦ TỊCH']) },
      { name: 'TM. ỦY BAN NHÂN DÂN / KT. GIÁM ĐỐC contradicts itself', under: "TM. ỦY BAN NHÂN DÂN\nKT. GIÁM ĐỐC", text: vary(QUYET_DINH, ['KT. CHỦ TỊCH', 'KT. GIÁM ĐỐC']), message: 'CHỦ TỊCH' },
      { name: 'name in capitals', under: "NGUYỄN VĂN AN", text: vary(CONG_VAN, ['Nguyễn Văn An', 'NGUYỄN VĂN AN']), fixed: CONG_VAN },
      { name: 'degree before the name', under: "TS. ", text: vary(CONG_VAN, ['Nguyễn Văn An', 'TS. Nguyễn Văn An']), fixed: CONG_VAN },
    ],
    pass: [
      { name: 'KT. / PHÓ (seed 000)', text: CONG_VAN },
      { name: 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG (the decree’s own sample)', text: vary(CONG_VAN, ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG']) },
      { name: 'TM. / KT. / PHÓ (seed 003)', text: QUYET_DINH },
      { name: 'Markdown bold signature (seed 001)', text: vary(CONG_VAN, ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', '**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**']) },
    ],
  },
  'phu-luc': {
    fire: [
      { name: 'two appendices numbered in Arabic', under: ["1", "2"], text: vary(KE_HOACH, ['Phụ lục I kèm theo', 'Phụ lục 1 và Phụ lục 2 kèm theo']), fixed: vary(KE_HOACH, ['Phụ lục I kèm theo', 'Phụ lục I và Phụ lục II kèm theo']) },
      { name: 'appendix not referred to', under: ["Phụ lục I", "PHỤ LỤC II"], text: KE_HOACH.replace('Dương Xuân Huyên\n', 'Dương Xuân Huyên\nPHỤ LỤC II\nDANH MỤC NHIỆM VỤ\n') },
    ],
    pass: [
      { name: 'Roman reference', text: KE_HOACH },
      { name: 'another document’s appendix in Arabic (seed 000)', text: vary(CONG_VAN, ['để tổng hợp, báo cáo', 'theo Phụ lục 2 kèm theo Công văn số 708/BKHCN-KHTC để tổng hợp, báo cáo']) },
      { name: '“Phụ lục 1 ban hành kèm theo Thông tư số …” is another document’s', text: vary(CONG_VAN, ['để tổng hợp, báo cáo', 'theo mẫu tại Phụ lục 1 ban hành kèm theo Thông tư số 01/2011/TT-BNV và Phụ lục 2 của Nghị định số 30/2020/NĐ-CP để tổng hợp, báo cáo']) },
      { name: 'one appendix of its own numbered “1”', text: vary(KE_HOACH, ['Phụ lục I kèm theo', 'Phụ lục 1 kèm theo']) },
    ],
  },
  'viet-hoa': {
    fire: [
      { name: 'a body’s name with every word capitalised (b-010, a-014 shapes)', under: ['Sở Tài Chính', 'Ủy Ban Nhân Dân'], text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.', 'Gửi báo cáo về Sở Tài Chính trước ngày 20/3/2026 để tổng hợp, báo cáo Ủy Ban Nhân Dân tỉnh.']), severity: 'warning', fixed: CONG_VAN },
      { name: '“Chính Phủ”, “Quốc Hội” (real copies)', under: 'Chính Phủ', text: vary(QUYET_DINH, ['ngày 05 tháng 3 năm 2020 của Chính phủ', 'ngày 05 tháng 3 năm 2020 của Chính Phủ']), fixed: QUYET_DINH },
      { name: 'a body’s name in lower case: a suggestion', under: 'sở tài chính', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo về sở tài chính trước']), suggested: CONG_VAN },
      { name: '“Tỉnh” capitalised mid-sentence', under: 'Tỉnh', text: vary(CONG_VAN, ['báo cáo Ủy ban nhân dân tỉnh.', 'báo cáo Ủy ban nhân dân Tỉnh Lạng Sơn.']), fixed: vary(CONG_VAN, ['báo cáo Ủy ban nhân dân tỉnh.', 'báo cáo Ủy ban nhân dân tỉnh Lạng Sơn.']) },
      { name: 'an address “…, Xã Mỹ Hạnh, tỉnh Tây Ninh” (b-016 shape)', under: 'Xã', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo về ấp Hòa Bình, Xã Mỹ Hạnh, tỉnh Tây Ninh trước']), fixed: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo về ấp Hòa Bình, xã Mỹ Hạnh, tỉnh Tây Ninh trước']) },
      { name: '“quận 1” (a unit named by a number)', under: 'quận', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo về trụ sở tại quận 1 trước']), fixed: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo về trụ sở tại Quận 1 trước']) },
      { name: '“thành phố Hồ Chí Minh”', under: 'thành phố Hồ Chí Minh', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo về Sở Tài chính thành phố Hồ Chí Minh trước']), fixed: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo về Sở Tài chính Thành phố Hồ Chí Minh trước']) },
      { name: '“Điểm a Khoản 2 điều 5” (PL II §V.7)', under: ['Điểm', 'Khoản', 'điều'], text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Theo Điểm a Khoản 2 điều 5 của Nghị định số 30/2020/NĐ-CP, rà soát, tổng hợp kết quả']), fixed: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Theo điểm a khoản 2 Điều 5 của Nghị định số 30/2020/NĐ-CP, rà soát, tổng hợp kết quả']) },
      { name: '“- Như điều 3;” in Nơi nhận', under: 'điều', text: vary(QUYET_DINH, ['- Như Điều 3;', '- Như điều 3;']), fixed: QUYET_DINH },
      { name: 'a position attached to a body: info', under: 'phó chủ tịch', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo đồng chí phó chủ tịch UBND tỉnh trước']), severity: 'info' },
      { name: '“tết Nguyên đán” (c-016 shape): info', under: 'tết Nguyên đán', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo trước tết Nguyên đán, về Sở Tài chính trước']), severity: 'info' },
      { name: '“Luật tiếp công dân” (b-010 shape): a law’s name, info', under: 'Luật tiếp công dân', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Thực hiện Luật tiếp công dân, rà soát, tổng hợp kết quả']), severity: 'info', suggested: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Thực hiện Luật Tiếp công dân, rà soát, tổng hợp kết quả']) },
      { name: '“Luật Tổ chức Chính quyền địa phương” (a-002 shape)', under: 'Luật Tổ chức Chính quyền địa phương', text: vary(QUYET_DINH, ['Luật Tổ chức chính quyền địa phương', 'Luật Tổ chức Chính quyền địa phương']), severity: 'info', suggested: QUYET_DINH },
      { name: '“bộ luật lao động”', under: 'bộ luật lao động', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Theo bộ luật lao động, rà soát, tổng hợp kết quả']), severity: 'info' },
      { name: '“Đảng và nhà nước” (b-011 shape): info', under: 'nhà nước', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Theo chủ trương của Đảng và nhà nước, rà soát, tổng hợp kết quả']), severity: 'info' },
    ],
    pass: [
      { name: 'clean công văn', text: CONG_VAN },
      { name: 'headings and the header in capitals', text: QUYET_DINH },
      { name: '“các sở, ban, ngành” (common nouns)', text: vary(CONG_VAN, ['- Các sở, ban, ngành;', '- Các sở, ban, ngành tỉnh;']) },
      { name: '“Tỉnh Đoàn” is a name', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo về Tỉnh Đoàn Lạng Sơn trước']) },
      { name: 'a sentence that starts with “Tỉnh”', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Tỉnh Lạng Sơn rà soát, tổng hợp kết quả']) },
      { name: '“Bộ Công Thương” (official capitals)', text: vary(CONG_VAN, ['Gửi báo cáo về Sở Tài chính trước', 'Gửi báo cáo về Bộ Công Thương trước']) },
      { name: '“điều kiện” is no article', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Đủ điều kiện thì rà soát, tổng hợp kết quả']) },
      { name: 'law names written right, “pháp luật đất đai”, “các luật”, a law in capitals', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Theo Luật Đất đai năm 2024, Bộ luật Dân sự, pháp luật đất đai, các luật chuyên ngành và LUẬT ĐẦU TƯ CÔNG, rà soát, tổng hợp kết quả']) },
      { name: '“ngân sách nhà nước”, “Ủy ban nhân dân”, “nhân dân các xã” stay as written', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Vốn ngân sách nhà nước, nhân dân các xã và Ủy ban nhân dân tỉnh: rà soát, tổng hợp kết quả']) },
    ],
  },
  'trich-dan': {
    fire: [
      { name: 'a cited document dated after this one', under: '16/3/2026', text: vary(CONG_VAN, ['708/BKHCN-KHTC ngày 06/02/2026', '708/BKHCN-KHTC ngày 16/3/2026']), severity: 'warning' },
      { name: 'a Luật cited in căn cứ with its number (PL I §II.6.a)', under: "số 72/2025/QH15", text: vary(QUYET_DINH, ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;']), severity: 'warning', suggested: QUYET_DINH },
      { name: 'a Pháp lệnh cited in căn cứ with its issuer', under: "của Ủy ban Thường vụ Quốc hội", text: vary(QUYET_DINH, ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', 'Căn cứ Pháp lệnh Chi phí tố tụng ngày 28 tháng 3 năm 2024 của Ủy ban Thường vụ Quốc hội;']), severity: 'warning' },
      { name: 'a first citation without its date: info', under: 'Công văn số 708/BKHCN-KHTC', text: vary(CONG_VAN, ['708/BKHCN-KHTC ngày 06/02/2026 của Bộ Khoa học và Công nghệ', '708/BKHCN-KHTC của Bộ Khoa học và Công nghệ']), severity: 'info' },
    ],
    pass: [
      { name: 'a full first citation (seed 000 shape)', text: CONG_VAN },
      { name: 'a later citation short', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Theo Công văn số 708/BKHCN-KHTC, rà soát, tổng hợp kết quả']) },
      { name: 'a note in brackets names an attachment', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. (Công văn số 125/BNV-VP gửi kèm) Rà soát, tổng hợp kết quả']) },
      { name: 'a legal normative document cited by number (căn cứ)', text: QUYET_DINH },
      { name: 'a Luật cited in căn cứ by its name and date (as the quyết định of the corpus do)', text: vary(QUYET_DINH, ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;']) },
    ],
  },
  'khoang-trang': {
    fire: [
      { name: 'a space before a comma (b-003 shape)', under: ' ,', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp', '1. Rà soát , tổng hợp']), severity: 'warning', fixed: CONG_VAN },
      { name: 'a space before a semicolon (a-014 shape)', under: ' ;', text: vary(QUYET_DINH, ['a) Tham mưu triển khai các nhiệm vụ chuyển đổi số;', 'a) Tham mưu triển khai các nhiệm vụ chuyển đổi số ;']), fixed: QUYET_DINH },
      { name: 'two spaces between words (seed 003 “về  kết quả”)', under: '  ', text: vary(CONG_VAN, ['tổng hợp kết quả giải ngân', 'tổng hợp kết quả  giải ngân']), severity: 'info', fixed: CONG_VAN },
      { name: 'the closing mark written “. /.”', under: '. /.', text: vary(CONG_VAN, ['phối hợp thực hiện./.', 'phối hợp thực hiện. /.']), severity: 'warning', fixed: CONG_VAN },
    ],
    pass: [
      { name: 'clean công văn', text: CONG_VAN },
      { name: 'the header’s spacing is not body text (seed 000)', text: vary(CONG_VAN, ['Số: 05/STC-QLNS\nLạng Sơn', 'Số: 05/STC-QLNS      Lạng Sơn']) },
      { name: 'an ellipsis and decimals', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Rà soát, tổng hợp kết quả ... đạt 0,5 .5 điểm']) },
      { name: 'a form with dotted blanks', text: vary(CONG_VAN, ['1. Rà soát, tổng hợp kết quả', '1. Họ và tên:  ..................  Rà soát, tổng hợp kết quả']) },
    ],
  },
  'che-do': {
    fire: [
      { name: 'Party document', under: "ĐẢNG CỘNG SẢN VIỆT NAM", text: 'ĐẢNG BỘ TỈNH LẠNG SƠN\nBAN THƯỜNG VỤ TỈNH ỦY\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 242-KH/TU\nLạng Sơn, ngày 03 tháng 6 năm 2025\nKẾ HOẠCH\nThực hiện các nhiệm vụ\n', count: 1, severity: 'info' },
      { name: 'legal normative document', under: "Số: 15/2025/QĐ-UBND", text: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/2025/QĐ-UBND\nLạng Sơn, ngày 15 tháng 5 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy định quản lý\n', count: 1 },
    ],
    pass: [
      { name: 'administrative công văn citing Party documents', text: vary(CONG_VAN, ['Công văn số 708/BKHCN-KHTC', 'Nghị quyết số 57-NQ/TW']) },
      { name: 'quyết định cá biệt', text: QUYET_DINH },
    ],
  },
};
