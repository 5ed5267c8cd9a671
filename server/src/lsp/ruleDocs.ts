/**
 * What each rule's page (docs/rules/<id>.md, written by scripts/gen-rule-docs.ts) says beyond the
 * rule's own metadata: why the rule exists, and examples that pass and examples that are reported.
 * Hover shows the first passing example as "the right form".
 *
 * Every example is checked by test/rule-docs.test.ts: placed in the document named by `base` (a clean
 * công văn, quyết định or kế hoạch from the tests), in place of `replaces` (or, without `replaces`,
 * the base must already contain it), or checked alone when there is no `base`. A passing example must
 * give no finding of the rule, a reported one at least one.
 */
import type { Mode } from '../engine';

export type ExampleBase = 'cong-van' | 'quyet-dinh' | 'ke-hoach';

export interface Example {
  /** The lines shown on the page. */
  text: string;
  /** A remark shown under the example. */
  note?: string;
  base?: ExampleBase;
  replaces?: string;
  mode?: Mode;
}

export interface RuleDoc {
  /** Why the decree (or good practice) asks for this, in Vietnamese. */
  why: string;
  right: Example[];
  wrong: Example[];
}

const CV_KINH_GUI = 'Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.';
const CV_SIGNATURE = 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An';
const CV_NOI_NHAN = 'Nơi nhận:\n- Như trên;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, QLNS.';
const QD_CAN_CU =
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n' +
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\n' +
  'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.';

export const RULE_DOCS: Record<string, RuleDoc> = {
  'che-do': {
    why:
      'Nghị định 30/2020/NĐ-CP quy định thể thức của văn bản hành chính. Văn bản của Đảng và văn bản quy phạm pháp luật có quy định thể thức riêng ' +
      '(ví dụ số “242-KH/TU”, thẩm quyền “T/M”, số có năm “15/2025/QĐ-UBND”); kiểm tra chúng theo Nghị định 30 chỉ sinh ra các báo lỗi sai. ' +
      'Vì vậy khi nhận ra loại văn bản này, Thể thức báo một thông tin và các quy tắc của Nghị định 30 không chạy.',
    right: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND', base: 'quyet-dinh', note: 'Văn bản hành chính: được kiểm tra đầy đủ.' }],
    wrong: [
      {
        text: 'ĐẢNG BỘ TỈNH LẠNG SƠN\nBAN THƯỜNG VỤ TỈNH ỦY\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 242-KH/TU\nLạng Sơn, ngày 03 tháng 6 năm 2025\nKẾ HOẠCH\nThực hiện các nhiệm vụ',
        note: 'Văn bản của Đảng: một thông tin, không kiểm tra theo Nghị định 30.',
      },
      {
        text: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/2025/QĐ-UBND\nLạng Sơn, ngày 15 tháng 5 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy định quản lý',
        note: 'Số có năm ban hành: văn bản quy phạm pháp luật.',
      },
    ],
  },
  'khong-dau': {
    why:
      'Văn bản hành chính dùng phông chữ tiếng Việt Unicode (Phụ lục I, mục I.4). Văn bản mất dấu (bản nhận dạng OCR, gõ không có bộ gõ) vừa khó đọc, ' +
      'vừa dễ hiểu sai (“ngay” là “ngày” hay “ngay”?). Khi phần lớn các từ không có dấu, Thể thức báo một lỗi cho cả văn bản và tạm dừng các quy tắc ' +
      'dễ báo tràn lan, để người soạn gõ lại hoặc nhận dạng lại văn bản trước.',
    right: [{ text: 'Thực hiện Công văn số 708/BKHCN-KHTC ngày 06/02/2026 của Bộ Khoa học và Công nghệ', base: 'cong-van' }],
    wrong: [
      {
        text:
          'UBND TINH LAI CHAU CONG HOA XA HOI CHU NGHIA VIET NAM\nVAN PHONG Doc lap - Tu do - Hanh phuc\nSo: 110/VPUBND-HCQT Lai Chau, ngay 22 thang 01 nam 2026\n' +
          'V/v trien khai thuc hien cac nhiem vu Nghi quyet so 57-NQ/TW\nKinh gui: Cac phong, ban, trung tam.\n' +
          'Thuc hien Cong van so 591-CV/TU, ngay 15/01/2026 cua Ban Thuong vu Tinh uy ve viec trien khai thuc hien cac nhiem vu Nghi quyet so 57-NQ/TW cua Bo Chinh tri trong nam 2026, ' +
          'Van phong UBND tinh yeu cau cac phong, ban, trung tam dang ky sang kien, hoan thanh truoc ngay 25/01/2026./.',
        note: 'Bản nhận dạng OCR mất dấu: một lỗi cho cả văn bản.',
      },
    ],
  },
  unicode: {
    why:
      'Văn bản dùng bộ mã Unicode theo TCVN 6909:2001 (Phụ lục I, mục I.4). Cùng một chữ “ở” có thể được lưu ở dạng dựng sẵn (NFC) hoặc tổ hợp ' +
      '(NFD: “o” + dấu móc + dấu hỏi); hai dạng nhìn giống hệt nhau nhưng tìm kiếm, sắp xếp, so khớp tên cơ quan đều sai. Chữ “Ð” (U+00D0, chữ Eth) ' +
      'trông như “Đ” nhưng là ký tự khác, làm sai ký hiệu “QĐ”, “HĐND”. Ký tự vô hình (zero-width) chen giữa chữ cũng vậy. Sửa tự động đưa về dạng dựng sẵn.',
    right: [{ text: 'Sở Tài chính đề nghị các cơ quan, đơn vị', base: 'cong-van' }],
    wrong: [
      {
        text: 'Sở Tài chính đề nghị'.normalize('NFD'),
        base: 'cong-van',
        replaces: 'Sở Tài chính đề nghị',
        note: 'Các chữ “ở”, “à”, “í”, “ề”, “ị” ở dạng tổ hợp (NFD): nhìn như nhau, mã khác nhau.',
      },
      { text: 'Số: 12/Q\u00D0-UBND', base: 'quyet-dinh', replaces: 'Số: 12/QĐ-UBND', note: 'Chữ “Ð” là U+00D0 (Eth), không phải “Đ” (U+0110).' },
    ],
  },
  'quoc-hieu': {
    why:
      'Quốc hiệu là thành phần bắt buộc của văn bản (Điều 8 khoản 2 điểm a), ghi đúng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”, chữ in hoa (Phụ lục I, mục II.1.a). ' +
      'Thiếu Quốc hiệu thường do sao chép mất phần đầu văn bản. Cách bỏ dấu cũ “HOÀ” chỉ được nhắc ở mức thông tin, vì chính Nghị định dùng cả hai cách.',
    right: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', base: 'cong-van' }],
    wrong: [
      { text: 'Cộng hòa xã hội chủ nghĩa Việt Nam', base: 'cong-van', replaces: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', note: 'Không viết in hoa.' },
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM', base: 'cong-van', replaces: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', note: 'Sai dấu chữ “NGHĨA”.' },
      { text: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', base: 'cong-van', replaces: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', note: 'Cách bỏ dấu cũ: chỉ là thông tin.' },
    ],
  },
  'tieu-ngu': {
    why:
      'Tiêu ngữ đứng ngay dưới Quốc hiệu; chữ cái đầu của các cụm từ viết hoa, giữa các cụm từ có gạch nối (-) và có cách chữ (Phụ lục I, mục II.1.b). ' +
      'Gạch ngang dài (–, —) do trình soạn thảo tự đổi, hay viết hoa mọi chữ, là những lỗi hay gặp.',
    right: [{ text: 'Độc lập - Tự do - Hạnh phúc', base: 'cong-van' }],
    wrong: [
      { text: 'Độc lập – Tự do – Hạnh phúc', base: 'cong-van', replaces: 'Độc lập - Tự do - Hạnh phúc', note: 'Gạch ngang dài (–) thay cho gạch nối (-).' },
      { text: 'Độc lập-Tự do-Hạnh phúc', base: 'cong-van', replaces: 'Độc lập - Tự do - Hạnh phúc', note: 'Không cách chữ quanh gạch nối.' },
      { text: 'Độc Lập - Tự Do - Hạnh Phúc', base: 'cong-van', replaces: 'Độc lập - Tự do - Hạnh phúc', note: 'Viết hoa mọi chữ.' },
    ],
  },
  'co-quan': {
    why:
      'Tên cơ quan, tổ chức ban hành là thành phần bắt buộc (Điều 8 khoản 2 điểm b), viết in hoa. Tên cơ quan chủ quản trực tiếp (dòng trên) được viết tắt ' +
      'những cụm từ thông dụng như “UBND”, “HĐND”; tên cơ quan ban hành phải ghi đầy đủ (Phụ lục I, mục II.2).',
    right: [
      { text: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', base: 'cong-van' },
      { text: 'UBND TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', base: 'cong-van', replaces: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', note: 'Cơ quan chủ quản được viết tắt.' },
    ],
    wrong: [
      { text: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSở Tài chính', base: 'cong-van', replaces: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH', note: 'Tên cơ quan ban hành không in hoa.' },
      { text: 'UBND TỈNH LẠNG SƠN', base: 'quyet-dinh', replaces: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', note: 'Quyết định của chính Ủy ban nhân dân tỉnh: tên cơ quan ban hành không được viết tắt.' },
    ],
  },
  'so-ky-hieu': {
    why:
      'Số, ký hiệu là thành phần bắt buộc (Điều 8 khoản 2 điểm c). Sau từ “Số” có dấu hai chấm; số nhỏ hơn 10 ghi thêm số 0 phía trước; giữa số và ký hiệu là dấu “/”, ' +
      'giữa các nhóm chữ viết tắt của ký hiệu là dấu “-”, không cách chữ; ký hiệu viết in hoa, trừ các chữ viết tắt QyĐ, CTr, TTr, TrS của Phụ lục III ' +
      '(Phụ lục I, mục II.3). Số để trống trong dự thảo là bình thường: văn thư cấp số khi đăng ký văn bản (Điều 15), nên chỉ là lỗi khi kiểm tra trước khi ký.',
    right: [
      { text: 'Số: 05/STC-QLNS', base: 'cong-van' },
      { text: 'Số: 12/TTr-UBND', note: 'TTr (tờ trình) viết đúng chữ hoa, chữ thường như Phụ lục III.' },
    ],
    wrong: [
      { text: 'Số 05/STC-QLNS', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Thiếu dấu hai chấm.' },
      { text: 'Số: 5/STC-QLNS', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Thiếu số 0 trước số nhỏ hơn 10.' },
      { text: 'Số: 05 /STC - QLNS', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Cách chữ quanh “/” và “-”.' },
      { text: 'Số: 12/TTR-UBND', note: 'TTR phải viết là TTr.' },
      { text: 'Số:      /STC-QLNS', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', mode: 'final', note: 'Số để trống: trong dự thảo chỉ là thông tin (văn thư cấp số khi đăng ký văn bản).' },
    ],
  },
  'ky-hieu-loai': {
    why:
      'Ký hiệu của văn bản có tên loại gồm chữ viết tắt tên loại theo Phụ lục III rồi đến chữ viết tắt tên cơ quan (“KH-UBND” cho kế hoạch); ' +
      'công văn không có tên loại nên ký hiệu chỉ gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo hoặc lĩnh vực (“STC-QLNS”), không dùng “CV” ' +
      '(Phụ lục I, mục II.3.b). Chữ viết tắt sai lệch với tên loại làm văn bản bị đăng ký, tra cứu nhầm loại.',
    right: [
      { text: 'Số: 42/KH-UBND', base: 'ke-hoach', note: 'Tên loại KẾ HOẠCH, chữ viết tắt KH.' },
      { text: 'Số: 05/STC-QLNS', base: 'cong-van', note: 'Công văn: không có chữ viết tắt tên loại.' },
    ],
    wrong: [
      { text: 'Số: 42/QĐ-UBND', base: 'ke-hoach', replaces: 'Số: 42/KH-UBND', note: 'Văn bản là KẾ HOẠCH nhưng ký hiệu ghi QĐ.' },
      { text: 'Số: 05/CV-STC', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Công văn không ghi “CV”.' },
      {
        text: 'Số: 03/QCh-UBND\nLạng Sơn, ngày 09 tháng 3 năm 2026\nQUY CHẾ\nLàm việc của Ủy ban nhân dân tỉnh',
        note: 'Chữ viết tắt của quy chế là QC (Phụ lục III).',
      },
    ],
  },
  'dia-danh-ngay': {
    why:
      'Địa danh và thời gian ban hành là thành phần bắt buộc (Điều 8 khoản 2 điểm d). Ngày, tháng, năm viết đầy đủ bằng chữ “ngày … tháng … năm …”, sau địa danh ' +
      'có dấu phẩy; ngày nhỏ hơn 10 và tháng 1, 2 ghi thêm số 0; năm ghi đủ bốn chữ số; địa danh ghi tên đầy đủ, không viết tắt “TP.”; cơ quan cấp tỉnh ghi tên tỉnh, ' +
      'cơ quan cấp xã ghi tên xã, phường, đặc khu (Phụ lục I, mục II.4). ' +
      'Ngày để trống trong dự thảo chỉ là lỗi khi kiểm tra trước khi ký.',
    right: [
      { text: 'Lạng Sơn, ngày 09 tháng 3 năm 2026', base: 'cong-van' },
      { text: 'Lạng Sơn, ngày 15 tháng 01 năm 2026', base: 'quyet-dinh', note: 'Tháng 1, 2 ghi thêm số 0.' },
    ],
    wrong: [
      { text: 'Lạng Sơn, 09/3/2026', base: 'cong-van', replaces: 'Lạng Sơn, ngày 09 tháng 3 năm 2026', note: 'Không viết ngày tháng bằng chữ.' },
      { text: 'Lạng Sơn ngày 9 tháng 3 năm 2026', base: 'cong-van', replaces: 'Lạng Sơn, ngày 09 tháng 3 năm 2026', note: 'Thiếu dấu phẩy, thiếu số 0 trước ngày.' },
      { text: 'Lạng Sơn, ngày 15 tháng 1 năm 2026', base: 'quyet-dinh', replaces: 'Lạng Sơn, ngày 15 tháng 01 năm 2026', note: 'Tháng 1 phải ghi “01”.' },
      { text: 'TP. Hồ Chí Minh, ngày 09 tháng 3 năm 2026', base: 'cong-van', replaces: 'Lạng Sơn, ngày 09 tháng 3 năm 2026', note: 'Viết tắt địa danh.' },
      { text: 'Lạng Sơn, ngày 31 tháng 4 năm 2026', base: 'cong-van', replaces: 'Lạng Sơn, ngày 09 tháng 3 năm 2026', note: 'Tháng 4 chỉ có 30 ngày.' },
    ],
  },
  'do-mat-khan': {
    why:
      'Độ mật chỉ có ba mức MẬT, TỐI MẬT, TUYỆT MẬT; mức độ khẩn chỉ có KHẨN, THƯỢNG KHẨN, HỎA TỐC; viết in hoa (Phụ lục I, mục III.2). ' +
      'Các cách ghi khác (“KHẨN CẤP”, “RẤT KHẨN”, “Mật”) không được văn thư và hệ thống quản lý văn bản nhận biết đúng mức.',
    right: [{ text: 'Số: 05/STC-QLNS\nTHƯỢNG KHẨN', base: 'cong-van', replaces: 'Số: 05/STC-QLNS' }],
    wrong: [
      { text: 'Số: 05/STC-QLNS\nKHẨN CẤP', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Không có mức “KHẨN CẤP”.' },
      { text: 'Số: 05/STC-QLNS\nMật', base: 'cong-van', replaces: 'Số: 05/STC-QLNS', note: 'Viết in hoa: MẬT.' },
    ],
  },
  'ten-loai': {
    why:
      'Văn bản có tên loại (mọi loại trừ công văn) ghi tên loại là một trong các loại của Điều 7, bằng chữ in hoa (Phụ lục I, mục II.5). ' +
      'Tên loại quyết định ký hiệu (xem ky-hieu-loai) và các thành phần khác của văn bản.',
    right: [{ text: 'KẾ HOẠCH\nTriển khai các nhiệm vụ chuyển đổi số 6 tháng cuối năm 2026', base: 'ke-hoach' }],
    wrong: [
      {
        text: 'Kế hoạch\nTriển khai các nhiệm vụ chuyển đổi số 6 tháng cuối năm 2026',
        base: 'ke-hoach',
        replaces: 'KẾ HOẠCH\nTriển khai các nhiệm vụ chuyển đổi số 6 tháng cuối năm 2026',
        note: 'Tên loại không in hoa.',
      },
    ],
  },
  'trich-yeu': {
    why:
      'Trích yếu nêu ngắn gọn nội dung văn bản (Phụ lục I, mục II.5). Trích yếu của công văn bắt đầu bằng “V/v” (về việc) và đặt dưới số, ký hiệu; ' +
      'văn bản có tên loại đặt trích yếu dưới tên loại và không dùng “V/v” (quyết định viết “Về việc …”).',
    right: [
      { text: 'V/v báo cáo tình hình giải ngân vốn đầu tư công quý I năm 2026', base: 'cong-van' },
      { text: 'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn', base: 'quyet-dinh' },
    ],
    wrong: [
      { text: 'V/V báo cáo tình hình giải ngân vốn đầu tư công quý I năm 2026', base: 'cong-van', replaces: 'V/v báo cáo', note: '“V/v” viết chữ v thường.' },
      {
        text: 'QUYẾT ĐỊNH\nV/v thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn',
        base: 'quyet-dinh',
        replaces: 'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn',
        note: 'Văn bản có tên loại không dùng “V/v”.',
      },
    ],
  },
  'kinh-gui': {
    why:
      'Công văn (và tờ trình, báo cáo gửi cơ quan cấp trên) ghi “Kính gửi:” và tên cơ quan, cá nhân nhận (Phụ lục I, mục II.9.b). Gửi một nơi thì viết cùng dòng; ' +
      'gửi nhiều nơi thì mỗi nơi một dòng bắt đầu bằng gạch đầu dòng, cuối dòng có dấu chấm phẩy, dòng cuối cùng kết thúc bằng dấu chấm.',
    right: [
      { text: CV_KINH_GUI, base: 'cong-van' },
      { text: 'Kính gửi: Các phòng, ban, trung tâm.', base: 'cong-van', replaces: CV_KINH_GUI, note: 'Một nơi nhận: viết cùng dòng.' },
    ],
    wrong: [
      { text: 'Kính gửi\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.', base: 'cong-van', replaces: CV_KINH_GUI, note: 'Thiếu dấu hai chấm.' },
      { text: 'Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường;', base: 'cong-van', replaces: CV_KINH_GUI, note: 'Nơi nhận cuối cùng kết thúc bằng dấu chấm.' },
      { text: 'Kính gửi:\n- Sở Nội vụ.', base: 'cong-van', replaces: CV_KINH_GUI, note: 'Một nơi nhận mà xuống dòng, có gạch đầu dòng.' },
    ],
  },
  'can-cu': {
    why:
      'Căn cứ ban hành của quyết định, nghị quyết: mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.) ' +
      '(Phụ lục I, mục II.6.a). Luật, pháp lệnh chỉ ghi tên loại và tên văn bản, không ghi số, ký hiệu.',
    right: [{ text: QD_CAN_CU, base: 'quyet-dinh' }],
    wrong: [
      {
        text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025,',
        base: 'quyet-dinh',
        replaces: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        note: 'Căn cứ kết thúc bằng dấu phẩy.',
      },
      {
        text: 'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ;\nQUYẾT ĐỊNH:',
        base: 'quyet-dinh',
        replaces: 'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.\nQUYẾT ĐỊNH:',
        note: 'Dòng cuối cùng phải kết thúc bằng dấu chấm.',
      },
    ],
  },
  'danh-so': {
    why:
      'Bố cục văn bản theo phần, chương, mục, điều, khoản, điểm: phần, chương, mục đánh số La Mã; điều ghi “Điều 1.”; khoản đánh số Ả Rập “1.”; ' +
      'điểm dùng chữ cái tiếng Việt theo thứ tự “a)”, “b)” … (không có f, j, w, z) (Phụ lục I, mục II.6.đ). Số trùng hay bỏ cách làm sai mọi dẫn chiếu ' +
      '(“khoản 2 Điều 3”).',
    right: [
      { text: 'Điều 2. Tổ công tác có nhiệm vụ:\na) Tham mưu triển khai các nhiệm vụ chuyển đổi số;\nb) Đôn đốc các cơ quan, đơn vị thực hiện;', base: 'quyet-dinh' },
      { text: 'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích', base: 'ke-hoach' },
    ],
    wrong: [
      { text: 'Điều 1: Thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn', base: 'quyet-dinh', replaces: 'Điều 1. Thành lập', note: '“Điều 1.” có dấu chấm.' },
      { text: 'a. Tham mưu triển khai các nhiệm vụ chuyển đổi số;', base: 'quyet-dinh', replaces: 'a) Tham mưu', note: 'Điểm ghi “a)”.' },
      { text: '1) Rà soát, tổng hợp kết quả giải ngân vốn đầu tư công quý I năm 2026.', base: 'cong-van', replaces: '1. Rà soát', note: 'Khoản ghi “1.”.' },
      { text: 'f) Báo cáo kết quả trước ngày 30/6/2026.', base: 'quyet-dinh', replaces: 'c) Báo cáo', note: 'Chữ f không có trong bảng chữ cái tiếng Việt; sau b) là c).' },
    ],
  },
  'ngay-hop-le': {
    why:
      'Mọi ngày tháng ghi trong văn bản (thời hạn, ngày của văn bản được dẫn) phải là ngày có thật trên lịch. Ngày không có thật như 31/4 hay 29/02 của năm ' +
      'không nhuận làm thời hạn không thực hiện được và thường là lỗi gõ.',
    right: [{ text: 'Gửi báo cáo về Sở Tài chính trước ngày 29/02/2028', base: 'cong-van', replaces: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026', note: 'Năm 2028 là năm nhuận.' }],
    wrong: [
      { text: 'Gửi báo cáo về Sở Tài chính trước ngày 31/4/2026', base: 'cong-van', replaces: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026', note: 'Tháng 4 chỉ có 30 ngày.' },
      { text: 'Công văn số 708/BKHCN-KHTC ngày 29/02/2026', base: 'cong-van', replaces: 'Công văn số 708/BKHCN-KHTC ngày 06/02/2026', note: 'Tháng 02/2026 chỉ có 28 ngày.' },
    ],
  },
  'thoi-han': {
    why:
      'Thời hạn giao trong văn bản (“trước ngày”, “chậm nhất”, “hoàn thành trước”, “trong tháng”) không thể sớm hơn ngày ban hành văn bản: nơi nhận không thể thực hiện. ' +
      'Lỗi này thường do sao chép văn bản năm trước mà quên sửa năm.',
    right: [{ text: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026', base: 'cong-van', note: 'Văn bản ban hành ngày 09/3/2026.' }],
    wrong: [
      {
        text: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2025',
        base: 'cong-van',
        replaces: 'Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026',
        note: 'Văn bản ban hành ngày 09/3/2026 mà hạn là 20/3/2025.',
      },
    ],
  },
  'thu-ngay': {
    why: 'Thứ ghi cạnh một ngày phải đúng là thứ của ngày đó; khi thứ và ngày lệch nhau, người nhận không biết theo thứ hay theo ngày.',
    right: [{ text: 'trước thứ Sáu, ngày 04/12/2026', base: 'cong-van', replaces: 'trước ngày 20/3/2026' }],
    wrong: [{ text: 'trước thứ Năm, ngày 04/12/2026', base: 'cong-van', replaces: 'trước ngày 20/3/2026', note: 'Ngày 04/12/2026 là thứ Sáu.' }],
  },
  'lap-tu': {
    why: 'Từ hoặc cụm từ bị lặp liền nhau (“thực hiện thực hiện”) thường là lỗi khi sửa, dán văn bản; văn bản hành chính cần diễn đạt chính xác, rõ ràng.',
    right: [{ text: 'Triển khai thực hiện các nhiệm vụ chuyển đổi số', base: 'ke-hoach', replaces: 'Triển khai các nhiệm vụ chuyển đổi số' }],
    wrong: [
      { text: 'Triển khai thực hiện thực hiện các nhiệm vụ chuyển đổi số', base: 'ke-hoach', replaces: 'Triển khai các nhiệm vụ chuyển đổi số' },
      { text: 'Rà soát, tổng hợp các các kết quả giải ngân', base: 'cong-van', replaces: 'Rà soát, tổng hợp kết quả giải ngân' },
    ],
  },
  'ket-thuc': {
    why: 'Các mẫu văn bản của Phụ lục III kết thúc phần nội dung bằng dấu “./.”, để không ai thêm được chữ vào sau nội dung đã ký.',
    right: [{ text: 'Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.', base: 'cong-van' }],
    wrong: [
      {
        text: 'Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện.',
        base: 'cong-van',
        replaces: 'Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.',
        note: 'Thiếu “./.” ở cuối nội dung.',
      },
    ],
  },
  'thanh-dieu': {
    why:
      'Tiếng Việt có hai cách đặt dấu thanh (“hòa”/“hoà”, “ủy”/“uỷ”); cả hai đều gặp, nhưng dùng lẫn trong một văn bản là thiếu thống nhất và làm tìm kiếm sai. ' +
      'Các mẫu của Nghị định 30 viết “CỘNG HÒA”, “ỦY BAN”, nên Thể thức gợi ý cách mới; đây chỉ là thông tin.',
    right: [{ text: 'TM. ỦY BAN NHÂN DÂN', base: 'quyet-dinh', note: 'Cả văn bản cùng viết “Ủy”.' }],
    wrong: [{ text: 'TM. UỶ BAN NHÂN DÂN', base: 'quyet-dinh', replaces: 'TM. ỦY BAN NHÂN DÂN', note: 'Các chỗ khác của văn bản viết “Ủy”.' }],
  },
  'ten-goi-cu': {
    why:
      'Năm 2025 cấp huyện kết thúc hoạt động, 63 tỉnh, thành phố sắp xếp còn 34 (từ 01/7/2025, Nghị quyết 202/2025/QH15), nhiều sở hợp nhất ' +
      '(từ 01/3/2025, Nghị định 45/2025/NĐ-CP). Văn bản ban hành sau các mốc đó không gửi, giao việc cho cơ quan đã không còn. Quy tắc xét theo ngày của văn bản, ' +
      'bỏ qua tên cơ quan ban hành của văn bản được dẫn, và chỉ gợi ý sửa khi cơ quan kế thừa là một (Sở Kế hoạch và Đầu tư → Sở Tài chính).',
    right: [
      { text: '- Sở Tài chính;', base: 'cong-van', replaces: '- Các sở, ban, ngành;' },
      { text: 'Sở Tài chính tỉnh Tuyên Quang đề nghị', base: 'cong-van', replaces: 'Sở Tài chính đề nghị' },
    ],
    wrong: [
      { text: '- Sở Kế hoạch và Đầu tư;', base: 'cong-van', replaces: '- Các sở, ban, ngành;', note: 'Văn bản năm 2026: sở này đã hợp nhất vào Sở Tài chính.' },
      { text: 'Yên Bái, ngày 09 tháng 3 năm 2026', base: 'cong-van', replaces: 'Lạng Sơn, ngày 09 tháng 3 năm 2026', note: 'Tỉnh Yên Bái đã hợp nhất vào tỉnh Lào Cai từ 01/7/2025.' },
      { text: '- UBND các huyện, thành phố;', base: 'ke-hoach', replaces: '- Các sở, ban, ngành;', note: 'Cấp huyện kết thúc hoạt động từ 01/7/2025.' },
    ],
  },
  'noi-nhan': {
    why:
      'Nơi nhận là thành phần bắt buộc (Điều 8 khoản 2 điểm i). “Nơi nhận:” có dấu hai chấm; mỗi nơi nhận một dòng bắt đầu bằng gạch đầu dòng, kết thúc bằng ' +
      'dấu chấm phẩy; dòng cuối cùng là “- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>.” kết thúc bằng dấu chấm (Phụ lục I, mục II.9.d).',
    right: [{ text: CV_NOI_NHAN, base: 'cong-van' }],
    wrong: [
      { text: 'Nơi nhận\n- Như trên;', base: 'cong-van', replaces: 'Nơi nhận:\n- Như trên;', note: 'Thiếu dấu hai chấm.' },
      { text: '- Lưu VT, QLNS;', base: 'cong-van', replaces: '- Lưu: VT, QLNS.', note: 'Thiếu dấu hai chấm sau “Lưu”, dòng cuối kết thúc bằng dấu chấm phẩy.' },
      { text: '- Lưu: QLNS, VT.', base: 'cong-van', replaces: '- Lưu: VT, QLNS.', note: 'Văn thư (VT) ghi trước.' },
    ],
  },
  'nhu-tren': {
    why:
      '“- Như trên;” trong Nơi nhận thay cho các nơi đã ghi ở “Kính gửi”, nên chỉ dùng khi văn bản có “Kính gửi”; “- Như Điều N;” thay cho các cơ quan có tên ' +
      'trong điều thi hành, nên phải chỉ tới một điều có trong văn bản (Phụ lục I, mục II.9.b; Phụ lục III).',
    right: [
      { text: 'Nơi nhận:\n- Như trên;', base: 'cong-van', note: 'Công văn có “Kính gửi”.' },
      { text: 'Nơi nhận:\n- Như Điều 3;', base: 'quyet-dinh', note: 'Quyết định có Điều 3.' },
    ],
    wrong: [
      { text: 'Nơi nhận:\n- Như trên;', base: 'ke-hoach', replaces: 'Nơi nhận:\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;', note: 'Kế hoạch không có “Kính gửi”.' },
      { text: 'Nơi nhận:\n- Như Điều 4;', base: 'quyet-dinh', replaces: 'Nơi nhận:\n- Như Điều 3;', note: 'Quyết định chỉ có ba điều.' },
    ],
  },
  'chu-ky': {
    why:
      'Thẩm quyền, chức vụ, họ tên người ký là thành phần bắt buộc. Ký thay mặt tập thể ghi “TM.” trước tên tập thể; cấp phó ký thay người đứng đầu ghi “KT.” ' +
      'trước chức vụ người đứng đầu, dòng dưới là chức vụ cấp phó; ký thừa lệnh “TL.”, thừa ủy quyền “TUQ.”, quyền “Q.” (Điều 13; Phụ lục I, mục II.7). ' +
      'Chức vụ viết in hoa; họ tên viết chữ thường, không ghi học hàm, học vị trước họ tên (trừ cơ quan được phép).',
    right: [
      { text: CV_SIGNATURE, base: 'cong-van' },
      { text: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐoàn Thanh Sơn', base: 'quyet-dinh' },
    ],
    wrong: [
      { text: 'KT GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An', base: 'cong-van', replaces: CV_SIGNATURE, note: 'Thiếu dấu chấm sau KT.' },
      { text: 'K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An', base: 'cong-van', replaces: CV_SIGNATURE, note: '“K/T” là cách viết của văn bản Đảng.' },
      { text: 'PHÓ GIÁM ĐỐC\nNguyễn Văn An', base: 'cong-van', replaces: CV_SIGNATURE, note: 'Cấp phó ký mà không có “KT. GIÁM ĐỐC”.' },
      { text: 'TM. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An', base: 'cong-van', replaces: CV_SIGNATURE, note: '“TM.” đứng trước tên tập thể, không trước chức vụ.' },
      { text: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNGUYỄN VĂN AN', base: 'cong-van', replaces: CV_SIGNATURE, note: 'Họ tên viết in hoa.' },
      { text: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTS. Nguyễn Văn An', base: 'cong-van', replaces: CV_SIGNATURE, note: 'Học vị trước họ tên.' },
    ],
  },
  'phu-luc': {
    why:
      'Văn bản có phụ lục thì phải dẫn chiếu phụ lục trong nội dung; có từ hai phụ lục trở lên thì đánh số bằng chữ số La Mã (Phụ lục I, mục III.1). ' +
      'Phụ lục không được nhắc tới dễ bị tách rời, thất lạc khỏi văn bản.',
    right: [{ text: 'chi tiết tại Phụ lục I kèm theo./.', base: 'ke-hoach' }],
    wrong: [{ text: 'chi tiết tại Phụ lục 1 và Phụ lục 2 kèm theo./.', base: 'ke-hoach', replaces: 'chi tiết tại Phụ lục I kèm theo./.', note: 'Hai phụ lục trở lên đánh số La Mã.' }],
  },
};

/** The first passing example of a rule: "the right form" shown on hover. */
export function rightForm(ruleId: string): string | undefined {
  return RULE_DOCS[ruleId]?.right[0]?.text;
}

/** "Nghị định 30/2020/NĐ-CP, Điều 8 …" for citations of the decree's own articles and appendices. */
export function fullCitation(citation: string): string {
  return /^(Điều|Phụ lục)\s/u.test(citation) ? `Nghị định 30/2020/NĐ-CP, ${citation}` : citation;
}
