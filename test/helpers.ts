/** Shared fixtures for tests: a clean công văn and quyết định, and a small helper to vary them. */
import { check, applyFixes } from '../server/src/engine';
import type { Config, Finding, Mode } from '../server/src/engine';

export const CONG_VAN = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
SỞ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/STC-QLNS
Lạng Sơn, ngày 09 tháng 3 năm 2026
V/v báo cáo tình hình giải ngân vốn đầu tư công quý I năm 2026

Kính gửi:
- Các sở, ban, ngành;
- Ủy ban nhân dân các xã, phường.

Thực hiện Công văn số 708/BKHCN-KHTC ngày 06/02/2026 của Bộ Khoa học và Công nghệ về việc báo cáo tình hình thực hiện các nhiệm vụ, Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện như sau:
1. Rà soát, tổng hợp kết quả giải ngân vốn đầu tư công quý I năm 2026.
2. Gửi báo cáo về Sở Tài chính trước ngày 20/3/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.

Nơi nhận:
- Như trên;
- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
- Lưu: VT, QLNS.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn An
`;

export const QUYET_DINH = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND
Lạng Sơn, ngày 15 tháng 01 năm 2026
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác chuyển đổi số tỉnh Lạng Sơn, gồm các thành viên sau:
1. Tổ trưởng: Phó Chủ tịch Ủy ban nhân dân tỉnh.
2. Tổ phó: Giám đốc Sở Khoa học và Công nghệ.
Điều 2. Tổ công tác có nhiệm vụ:
a) Tham mưu triển khai các nhiệm vụ chuyển đổi số;
b) Đôn đốc các cơ quan, đơn vị thực hiện;
c) Báo cáo kết quả trước ngày 30/6/2026.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ và các thành viên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đoàn Thanh Sơn
`;

export const KE_HOACH = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 42/KH-UBND
Lạng Sơn, ngày 20 tháng 6 năm 2026
KẾ HOẠCH
Triển khai các nhiệm vụ chuyển đổi số 6 tháng cuối năm 2026
Thực hiện Kế hoạch số 242-KH/TU, ngày 03/6/2025 của Ban Thường vụ Tỉnh ủy, UBND tỉnh xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Cụ thể hóa các nhiệm vụ đã đề ra.
2. Yêu cầu
Bám sát nội dung Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị.
II. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành báo cáo kết quả trước ngày 05/12/2026; chi tiết tại Phụ lục I kèm theo./.
Nơi nhận:
- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
- Các sở, ban, ngành;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Dương Xuân Huyên
`;

/** Replace exact substrings (each must occur) in a fixture. */
export function vary(base: string, ...pairs: [string, string][]): string {
  let out = base;
  for (const [from, to] of pairs) {
    if (!out.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
    out = out.replace(from, to);
  }
  return out;
}

export function findings(text: string, rule?: string, opts: { mode?: Mode; config?: Config } = {}): Finding[] {
  const r = check(text, { mode: opts.mode, config: opts.config });
  return rule ? r.findings.filter((f) => f.rule === rule) : r.findings;
}

/** Apply the fixes of one rule's findings (or all) once. */
export function fixOnce(text: string, rule?: string, mode?: Mode): string {
  return applyFixes(text, findings(text, rule, { mode })).text;
}
