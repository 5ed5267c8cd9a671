/** Lines of the clean test fixtures that several rules' documentation examples replace. */
export const CV_KINH_GUI = 'Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.';
export const CV_SIGNATURE = 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An';
export const CV_NOI_NHAN = 'Nơi nhận:\n- Như trên;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, QLNS.';
export const QD_CAN_CU =
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n' +
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\n' +
  'Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.';
