/** Every rule, in the order of the parts of a văn bản. Rule ids are public API: never rename one. */
import type { Rule } from './rule';
import cheDo from './che-do';
import khongDau from './khong-dau';
import unicode from './unicode';
import quocHieu from './quoc-hieu';
import tieuNgu from './tieu-ngu';
import coQuan from './co-quan';
import soKyHieu from './so-ky-hieu';
import kyHieuLoai from './ky-hieu-loai';
import diaDanhNgay from './dia-danh-ngay';
import doMatKhan from './do-mat-khan';
import tenLoai from './ten-loai';
import trichYeu from './trich-yeu';
import kinhGui from './kinh-gui';
import canCu from './can-cu';
import danhSo from './danh-so';
import ngayHopLe from './ngay-hop-le';
import thoiHan from './thoi-han';
import thuNgay from './thu-ngay';
import lapTu from './lap-tu';
import ketThuc from './ket-thuc';
import thanhDieu from './thanh-dieu';
import tenGoiCu from './ten-goi-cu';
import noiNhan from './noi-nhan';
import nhuTren from './nhu-tren';
import chuKy from './chu-ky';
import phuLuc from './phu-luc';
import vietHoa from './viet-hoa';
import trichDan from './trich-dan';
import khoangTrang from './khoang-trang';
import khoGiay from './kho-giay';
import leTrang from './le-trang';
import phongChu from './phong-chu';
import coChu from './co-chu';
import kieuChu from './kieu-chu';
import canLe from './can-le';
import soTrang from './so-trang';

export const RULES: Rule[] = [
  cheDo, khongDau, unicode, quocHieu, tieuNgu, coQuan, soKyHieu, kyHieuLoai, diaDanhNgay, doMatKhan,
  tenLoai, trichYeu, kinhGui, canCu, danhSo, ngayHopLe, thoiHan, thuNgay, trichDan, lapTu, vietHoa, khoangTrang,
  ketThuc, thanhDieu, tenGoiCu, noiNhan, nhuTren, chuKy, phuLuc,
  // .docx only: how Word lays the text out (Phụ lục I, mục I and the typography of mục II, V)
  khoGiay, leTrang, phongChu, coChu, kieuChu, canLe, soTrang,
];

const byId = new Map(RULES.map((r) => [r.id, r]));
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
