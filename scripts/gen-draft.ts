/**
 * Generates a long, real-shaped Vietnamese draft (kế hoạch or công văn) for benchmarks and tests.
 * Deterministic: the same options always give the same text. Sentences follow the seed corpus.
 */
import { toRoman } from '../server/src/engine/text/vietnamese';

export interface DraftOptions {
  /** Approximate length in characters (the footer may add a few hundred more). Default 300,000. */
  chars?: number;
  /** Seed of the pseudo-random choices. Default 1. */
  seed?: number;
  /** Document type. Default 'ke-hoach'. */
  kind?: 'ke-hoach' | 'cong-van';
}

const AGENCIES = [
  'Sở Khoa học và Công nghệ',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Xây dựng',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Công an tỉnh',
  'Văn phòng UBND tỉnh',
];

const TASKS = [
  'triển khai các nhiệm vụ, dự án khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số đã được ngân sách nhà nước bố trí kinh phí',
  'rà soát toàn bộ nhiệm vụ còn chậm, xác định rõ nguyên nhân, trách nhiệm và thời hạn hoàn thành',
  'xử lý dứt điểm các khó khăn, vướng mắc phát sinh thuộc thẩm quyền, không để kéo dài, dàn trải',
  'đánh giá thực trạng trang thiết bị đầu cuối tại các cơ quan, đơn vị, nhất là cấp xã',
  'hoàn thiện hồ sơ, thủ tục chuẩn bị đầu tư đối với các dự án đầu tư công thuộc lĩnh vực khoa học, công nghệ',
  'đôn đốc, hướng dẫn các cơ quan, đơn vị triển khai các nền tảng số dùng chung của tỉnh',
  'tổ chức đánh giá hiệu quả, tính phù hợp, khả năng tích hợp, điều kiện vận hành và khả năng nhân rộng của các phần mềm đang thử nghiệm',
  'tham mưu bố trí đủ nguồn kinh phí từ dự toán được giao năm 2026 cho các nhiệm vụ, dự án',
  'xây dựng dự thảo báo cáo kết quả giải ngân các nhiệm vụ, dự án đã được giao vốn bổ sung năm 2025',
  'tuyên truyền, phổ biến phong trào Bình dân học vụ số đến cán bộ, công chức, viên chức và người dân',
];

const MANNERS = [
  'bảo đảm tiến độ, chất lượng và hiệu quả',
  'tránh trùng lặp, lãng phí',
  'theo đúng quy định của pháp luật',
  'phù hợp với điều kiện thực tiễn của địa phương',
  'bảo đảm sử dụng nguồn lực tiết kiệm, hiệu quả',
];

const ISSUERS = [
  ['Công văn', 'BKHCN-KHTC', 'Bộ Khoa học và Công nghệ'],
  ['Thông báo', 'TB-VP', 'Văn phòng UBND tỉnh'],
  ['Kế hoạch', 'KH-UBND', 'UBND tỉnh'],
  ['Công văn', 'STC-QLNS', 'Sở Tài chính'],
  ['Quyết định', 'QĐ-UBND', 'UBND tỉnh'],
] as const;

const SECTION_TITLES = [
  'MỤC ĐÍCH, YÊU CẦU',
  'NHIỆM VỤ CỤ THỂ',
  'GIẢI PHÁP THỰC HIỆN',
  'KINH PHÍ THỰC HIỆN',
  'CHẾ ĐỘ THÔNG TIN, BÁO CÁO',
  'TỔ CHỨC THỰC HIỆN',
];

/** Small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


export function generateDraft(options: DraftOptions = {}): string {
  const target = options.chars ?? 300_000;
  const kind = options.kind ?? 'ke-hoach';
  const rnd = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

  // The draft is dated March 2026: cited documents come before it, deadlines after it.
  const pastDate = (): string => (rnd() < 0.7 ? `${int(1, 28)}/${int(1, 12)}/2025` : `${int(1, 28)}/${int(1, 2)}/2026`);
  const deadline = (): string => `${int(1, 28)}/${int(4, 12)}/2026`;
  const citation = (): string => {
    const [type, symbol, issuer] = pick(ISSUERS);
    return `${type} số ${int(10, 999)}/${symbol} ngày ${pastDate()} của ${issuer}`;
  };
  const sentence = (): string => {
    const lead = pick(['Khẩn trương', 'Chủ động', 'Tiếp tục', 'Tập trung', 'Chủ trì, phối hợp với các cơ quan liên quan']);
    const tail = pick([
      `; hoàn thành trước ngày ${deadline()}`,
      `; báo cáo UBND tỉnh (qua ${pick(AGENCIES)}) chậm nhất trong ngày ${deadline()}`,
      ` theo yêu cầu tại ${citation()}`,
      `, ${pick(MANNERS)}`,
      '',
    ]);
    return `${lead} ${pick(TASKS)}, ${pick(MANNERS)}${tail}.`;
  };
  const paragraph = (sentences: number): string => Array.from({ length: sentences }, sentence).join(' ');

  const lines: string[] = [];
  // Header: issuing body and Quốc hiệu side by side in the original, one after the other here.
  lines.push('UBND TỈNH LẠNG SƠN', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '');
  if (kind === 'ke-hoach') {
    lines.push('Số:        /KH-SKHCN', 'Lạng Sơn, ngày      tháng 3 năm 2026', '', 'KẾ HOẠCH');
    lines.push('Triển khai thực hiện các nhiệm vụ được giao tại Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia năm 2026', '');
  } else {
    lines.push('Số:        /SKHCN-KHTC', 'V/v triển khai thực hiện các nhiệm vụ năm 2026', 'Lạng Sơn, ngày      tháng 3 năm 2026', '');
    lines.push('Kính gửi:', '- Các sở, ban, ngành tỉnh;', '- UBND các xã, phường.', '');
  }
  const purpose = kind === 'ke-hoach' ? 'xây dựng kế hoạch triển khai thực hiện như sau:' : 'đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:';
  lines.push(`Thực hiện ${citation()} về việc triển khai Nghị quyết số 57-NQ/TW; ${AGENCIES[0]} ${purpose}`);

  let length = lines.reduce((n, l) => n + l.length + 1, 0);
  const push = (line: string): void => {
    lines.push(line);
    length += line.length + 1;
  };
  let section = 0;
  let item = 0;
  while (length < target) {
    if (item % 12 === 0) {
      section++;
      item = 0;
      push(`${toRoman(section)}. ${SECTION_TITLES[(section - 1) % SECTION_TITLES.length]}`);
    }
    item++;
    push(`${item}. ${pick(AGENCIES)}`);
    push(paragraph(2));
    for (const letter of 'abc'.slice(0, int(1, 3))) {
      if (length >= target) break;
      push(`${letter}) ${paragraph(1)}`);
      for (let i = int(1, 3); i > 0 && length < target; i--) push(`- ${paragraph(int(1, 2))}`);
    }
  }

  const closing = kind === 'ke-hoach' ? 'Trên đây là Kế hoạch triển khai thực hiện năm 2026' : 'Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện';
  push(`${closing}; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về ${AGENCIES[0]} để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.`);
  push('');
  push('Nơi nhận:');
  push('- Như trên;');
  push('- UBND tỉnh (b/c);');
  push('- Giám đốc, các Phó Giám đốc Sở;');
  push('- Lưu: VT, KHTC.');
  push('KT. GIÁM ĐỐC');
  push('PHÓ GIÁM ĐỐC');
  push('');
  push('Nguyễn Văn An');
  return lines.join('\n') + '\n';
}
