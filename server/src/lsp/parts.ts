/**
 * What Nghị định 30/2020/NĐ-CP requires of each part of a văn bản hành chính, shown on hover over a
 * part that has no finding ("Nơi nhận:", "Kính gửi:", "Số: …", the Quốc hiệu …): a reference at hand
 * while drafting. Each requirement names the article of the decree (and the item of its Phụ lục I
 * that details it) and links to the rules that check the part.
 *
 * Only for documents under the decree (regime nd30): Party documents, legal normative documents and
 * texts of other kinds follow other rules.
 */
import type { Section, VanBan } from '../engine';
import type { Span } from '../engine/types';
import type { DocsLinks } from './docsLink';
import { spanContains } from './ranges';

export type PartKey =
  | 'quocHieu'
  | 'tieuNgu'
  | 'coQuan'
  | 'soKyHieu'
  | 'placeDate'
  | 'doMatKhan'
  | 'tenLoai'
  | 'trichYeu'
  | 'kinhGui'
  | 'canCu'
  | 'danhSo'
  | 'ketThuc'
  | 'noiNhan'
  | 'chuKy'
  | 'phuLuc';

interface PartDoc {
  /** The part's name as the decree calls it. */
  name: string;
  /** What the decree requires, one point a line (Markdown). */
  requires: string[];
  /** Where: the article of the decree first, then the item of Phụ lục I (or III) that details it. */
  citation: string;
  /** The rules that check the part. */
  rules: string[];
}

const ND30 = 'Nghị định 30/2020/NĐ-CP';

export const PART_DOCS: Record<PartKey, PartDoc> = {
  quocHieu: {
    name: 'Quốc hiệu',
    requires: [
      'Thành phần bắt buộc của văn bản hành chính (Điều 8 khoản 2 điểm a).',
      'Ghi đúng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”, chữ in hoa, cỡ chữ 12–13, kiểu chữ đứng, đậm, ở phía trên cùng, bên phải trang đầu.',
    ],
    citation: 'Điều 8 khoản 2 điểm a; Phụ lục I, mục II.1.a',
    rules: ['quoc-hieu', 'thanh-dieu'],
  },
  tieuNgu: {
    name: 'Tiêu ngữ',
    requires: [
      'Cùng Quốc hiệu là thành phần bắt buộc (Điều 8 khoản 2 điểm a), ngay dưới Quốc hiệu, canh giữa.',
      'Ghi đúng “Độc lập - Tự do - Hạnh phúc”: chữ cái đầu của các cụm từ viết hoa, giữa các cụm từ có gạch nối (-), có cách chữ; cỡ chữ 13–14, đứng, đậm; phía dưới có đường kẻ ngang, nét liền, dài bằng dòng chữ.',
    ],
    citation: 'Điều 8 khoản 2 điểm a; Phụ lục I, mục II.1.b',
    rules: ['tieu-ngu'],
  },
  coQuan: {
    name: 'Tên cơ quan, tổ chức ban hành văn bản',
    requires: [
      'Thành phần bắt buộc (Điều 8 khoản 2 điểm b), ở phía trên, bên trái trang đầu: tên cơ quan, tổ chức ban hành văn bản, trên nó là tên cơ quan, tổ chức chủ quản trực tiếp (nếu có).',
      'Viết in hoa. Chỉ tên cơ quan chủ quản trực tiếp được viết tắt những cụm từ thông dụng (UBND, HĐND); tên cơ quan ban hành viết đầy đủ, chữ đậm, phía dưới có đường kẻ ngang dài từ 1/3 đến 1/2 dòng chữ.',
    ],
    citation: 'Điều 8 khoản 2 điểm b; Phụ lục I, mục II.2',
    rules: ['co-quan', 'ten-goi-cu'],
  },
  soKyHieu: {
    name: 'Số, ký hiệu của văn bản',
    requires: [
      'Thành phần bắt buộc (Điều 8 khoản 2 điểm c), canh giữa dưới tên cơ quan ban hành.',
      'Sau từ “Số” có dấu hai chấm. Số ghi bằng chữ số Ả Rập, số nhỏ hơn 10 ghi thêm số 0 phía trước.',
      'Ký hiệu gồm chữ viết tắt tên loại văn bản và chữ viết tắt tên cơ quan ban hành; công văn không có chữ viết tắt tên loại mà ghi chữ viết tắt tên cơ quan và đơn vị soạn thảo hoặc lĩnh vực. Giữa số và ký hiệu có dấu “/”, giữa các nhóm chữ viết tắt có dấu “-”, không cách chữ; chữ viết tắt tên loại theo Phụ lục III.',
      'Khi soạn thảo có thể để trống số: văn thư ghi số khi đăng ký văn bản (Điều 15).',
    ],
    citation: 'Điều 8 khoản 2 điểm c; Điều 15; Phụ lục I, mục II.3; Phụ lục III, mục I',
    rules: ['so-ky-hieu', 'ky-hieu-loai'],
  },
  placeDate: {
    name: 'Địa danh và thời gian ban hành văn bản',
    requires: [
      'Thành phần bắt buộc (Điều 8 khoản 2 điểm d), cùng dòng với số, ký hiệu, canh giữa dưới Tiêu ngữ; chữ in thường, nghiêng, cỡ chữ 13–14.',
      'Địa danh là tên gọi chính thức của đơn vị hành chính nơi cơ quan, tổ chức đóng trụ sở, không viết tắt; sau địa danh có dấu phẩy.',
      'Thời gian ban hành viết đầy đủ “ngày … tháng … năm …”; ngày nhỏ hơn 10 và tháng 1, tháng 2 ghi thêm số 0 phía trước; năm ghi đủ bốn chữ số.',
      'Khi soạn thảo có thể để trống ngày: ngày được ghi khi văn bản được ký ban hành và đăng ký (Điều 15).',
    ],
    citation: 'Điều 8 khoản 2 điểm d; Điều 15; Phụ lục I, mục II.4',
    rules: ['dia-danh-ngay', 'ngay-hop-le'],
  },
  doMatKhan: {
    name: 'Dấu chỉ độ mật, mức độ khẩn',
    requires: [
      'Thành phần bổ sung khi cần (Điều 8 khoản 3 điểm b).',
      'Độ mật chỉ là “MẬT”, “TỐI MẬT”, “TUYỆT MẬT”; mức độ khẩn chỉ là “KHẨN”, “THƯỢNG KHẨN”, “HỎA TỐC”; viết in hoa, đậm, ở dưới số, ký hiệu.',
    ],
    citation: 'Điều 8 khoản 3 điểm b; Phụ lục I, mục III.2',
    rules: ['do-mat-khan'],
  },
  tenLoai: {
    name: 'Tên loại văn bản',
    requires: [
      'Cùng trích yếu là thành phần bắt buộc (Điều 8 khoản 2 điểm đ); mọi loại văn bản có tên loại, trừ công văn.',
      'Tên loại là một trong các loại văn bản hành chính của Điều 7 (nghị quyết, quyết định, chỉ thị, thông báo, kế hoạch, tờ trình, báo cáo, biên bản …); viết in hoa, cỡ chữ 13–14, đứng, đậm, canh giữa.',
    ],
    citation: 'Điều 7; Điều 8 khoản 2 điểm đ; Phụ lục I, mục II.5',
    rules: ['ten-loai', 'ky-hieu-loai'],
  },
  trichYeu: {
    name: 'Trích yếu nội dung văn bản',
    requires: [
      'Cùng tên loại là thành phần bắt buộc (Điều 8 khoản 2 điểm đ): một câu ngắn gọn hoặc một cụm từ phản ánh khái quát nội dung chủ yếu của văn bản.',
      'Văn bản có tên loại: trích yếu ngay dưới tên loại, chữ đứng, đậm, phía dưới có đường kẻ ngang. Công văn: trích yếu sau chữ “V/v”, dưới số, ký hiệu, cỡ chữ 12–13, chữ đứng.',
    ],
    citation: 'Điều 8 khoản 2 điểm đ; Phụ lục I, mục II.5',
    rules: ['trich-yeu'],
  },
  kinhGui: {
    name: 'Kính gửi (nơi nhận của công văn, tờ trình, báo cáo)',
    requires: [
      'Nơi nhận là thành phần bắt buộc (Điều 8 khoản 2 điểm i). Công văn, và tờ trình, báo cáo gửi cơ quan cấp trên, ghi “Kính gửi:” và tên cơ quan, tổ chức, cá nhân nhận văn bản.',
      'Một nơi nhận: ghi cùng dòng với “Kính gửi:”. Từ hai nơi nhận trở lên: xuống dòng, mỗi nơi nhận một dòng bắt đầu bằng gạch đầu dòng “- ”, cuối dòng có dấu chấm phẩy, dòng cuối cùng kết thúc bằng dấu chấm.',
    ],
    citation: 'Điều 8 khoản 2 điểm i; Phụ lục I, mục II.9.b, II.9.d',
    rules: ['kinh-gui'],
  },
  canCu: {
    name: 'Căn cứ ban hành văn bản',
    requires: [
      'Thuộc nội dung văn bản (Điều 8 khoản 2 điểm e) của quyết định, nghị quyết: mỗi căn cứ ghi tên loại, số, ký hiệu, ngày tháng năm ban hành, cơ quan ban hành và trích yếu của văn bản làm căn cứ; luật, pháp lệnh chỉ ghi tên loại, tên và ngày thông qua, không ghi số, ký hiệu.',
      'Sau mỗi căn cứ xuống dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.); chữ in thường, nghiêng.',
    ],
    citation: 'Điều 8 khoản 2 điểm e; Phụ lục I, mục II.6.a',
    rules: ['can-cu'],
  },
  danhSo: {
    name: 'Bố cục và đánh số nội dung',
    requires: [
      'Nội dung văn bản (Điều 8 khoản 2 điểm e) bố cục theo phần, chương, mục, điều, khoản, điểm hoặc theo phần, mục, khoản, điểm.',
      'Phần, chương đánh số La Mã; “Điều N.” đánh số Ả Rập, sau số có dấu chấm, rồi tên điều; khoản đánh số Ả Rập, sau số có dấu chấm (“1.”); điểm theo thứ tự bảng chữ cái tiếng Việt, sau chữ có dấu đóng ngoặc đơn (“a)”). Không trùng, không bỏ số trong cùng một cấp.',
    ],
    citation: 'Điều 8 khoản 2 điểm e; Phụ lục I, mục II.6.đ',
    rules: ['danh-so'],
  },
  ketThuc: {
    name: 'Dấu kết thúc nội dung',
    requires: [
      'Nội dung văn bản (Điều 8 khoản 2 điểm e) kết thúc bằng dấu “./.” ngay sau chữ cuối cùng, như các mẫu trình bày của Phụ lục III.',
    ],
    citation: 'Điều 8 khoản 2 điểm e; Phụ lục III, các mẫu 1.1–1.10',
    rules: ['ket-thuc'],
  },
  noiNhan: {
    name: 'Nơi nhận',
    requires: [
      'Thành phần bắt buộc (Điều 8 khoản 2 điểm i), ở cuối văn bản, bên trái, ngang hàng với dòng chức vụ người ký.',
      '“Nơi nhận:” có dấu hai chấm, chữ nghiêng, đậm, cỡ chữ 12; mỗi nơi nhận một dòng bắt đầu bằng gạch đầu dòng “- ”, cuối dòng có dấu chấm phẩy, cỡ chữ 11.',
      'Văn bản có “Kính gửi” ghi “- Như trên;” thay cho các nơi đã ghi ở đó; quyết định ghi “- Như Điều …;” (điều thi hành). Dòng cuối cùng là “- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>.”, kết thúc bằng dấu chấm.',
    ],
    citation: 'Điều 8 khoản 2 điểm i; Phụ lục I, mục II.9',
    rules: ['noi-nhan', 'nhu-tren'],
  },
  chuKy: {
    name: 'Chức vụ, họ tên và chữ ký của người có thẩm quyền',
    requires: [
      'Thành phần bắt buộc (Điều 8 khoản 2 điểm g); thẩm quyền ký theo Điều 13.',
      'Quyền hạn của người ký: “TM.” (thay mặt tập thể), “KT.” (cấp phó ký thay người đứng đầu), “TL.” (thừa lệnh), “TUQ.” (thừa ủy quyền), “Q.” (quyền); người đứng đầu ký trực tiếp thì không ghi quyền hạn.',
      'Chức vụ viết in hoa, đậm; họ và tên viết chữ in thường, đậm, không ghi học hàm, học vị, danh hiệu.',
    ],
    citation: 'Điều 8 khoản 2 điểm g; Điều 13; Phụ lục I, mục II.7',
    rules: ['chu-ky'],
  },
  phuLuc: {
    name: 'Phụ lục',
    requires: [
      'Thành phần bổ sung khi cần (Điều 8 khoản 3 điểm a); phụ lục phải được đề cập trong nội dung văn bản.',
      'Có từ hai phụ lục trở lên thì đánh số bằng chữ số La Mã (“Phụ lục I”, “Phụ lục II” …); dưới đó ghi “(Kèm theo <tên loại> số … ngày … của …)”; tên phụ lục in hoa, đậm.',
    ],
    citation: 'Điều 8 khoản 3 điểm a; Phụ lục I, mục III.1',
    rules: ['phu-luc'],
  },
};

/** The part of the văn bản at an offset of the user's text, and the span it covers (normalised text). */
export function partAt(vb: VanBan, offset: number): { key: PartKey; span: Span } | null {
  if (vb.regime !== 'nd30') return null;
  const on = (span: Span | null | undefined): span is Span => !!span && span.end > span.start && spanContains(vb, span, offset);
  const candidates: [PartKey, Span | null | undefined][] = [
    ['quocHieu', vb.quocHieu],
    ['tieuNgu', vb.tieuNgu],
    ['coQuan', vb.issuer.parent],
    ['coQuan', vb.issuer.name],
    ['soKyHieu', vb.soKyHieu],
    ['placeDate', vb.placeDate],
    ...vb.markings.map((m): [PartKey, Span] => ['doMatKhan', m]),
    ['tenLoai', vb.tenLoai],
    ['trichYeu', vb.trichYeu],
    ['kinhGui', vb.kinhGui?.label],
    ['kinhGui', vb.kinhGui?.inline],
    ...(vb.kinhGui?.items ?? []).map((i): [PartKey, Span] => ['kinhGui', i]),
    ...vb.canCu.map((c): [PartKey, Span] => ['canCu', c]),
    ...markers(vb.sections).map((m): [PartKey, Span] => ['danhSo', m]),
    ['ketThuc', vb.endMarker],
    ['noiNhan', vb.noiNhan?.label],
    ...(vb.noiNhan?.items ?? []).map((i): [PartKey, Span] => ['noiNhan', i]),
    ['chuKy', vb.signature],
    ...vb.phuLuc.headings.map((h): [PartKey, Span] => ['phuLuc', h]),
  ];
  for (const [key, span] of candidates) if (on(span)) return { key, span };
  return null;
}

function markers(sections: Section[], out: Span[] = []): Span[] {
  for (const s of sections) {
    out.push(s.marker);
    markers(s.children, out);
  }
  return out;
}

/** The hover text of a part: what the decree requires, what this document needs there, the citation. */
export function partMarkdown(key: PartKey, vb: VanBan, links: DocsLinks): string {
  const p = PART_DOCS[key];
  const lines = [`**${p.name}** · ${ND30}`, '', ...p.requires.map((r) => `- ${escape(r)}`)];
  const own = forThisDocument(key, vb);
  if (own) lines.push('', escape(own));
  lines.push('', `Căn cứ: ${ND30}, ${p.citation}.`);
  const checked = p.rules.map((id) => {
    const href = links.href(id);
    return href ? `[${id}](${href})` : `\`${id}\``;
  });
  lines.push('', `Quy tắc kiểm tra: ${checked.join(', ')}`);
  return lines.join('\n');
}

/** What the requirement means for this document, when its type says more. */
function forThisDocument(key: PartKey, vb: VanBan): string | null {
  const type = vb.type;
  if (key === 'soKyHieu' && type) {
    if (type.abbrev) return `Văn bản này là ${type.name.toLocaleLowerCase('vi')}: ký hiệu bắt đầu bằng “${type.abbrev}-”, tiếp theo là chữ viết tắt tên cơ quan ban hành.`;
    if (!type.heading) return 'Văn bản này là công văn: ký hiệu không có chữ viết tắt tên loại.';
  }
  if (key === 'tenLoai' && type?.heading) return `Tên loại đọc được: ${type.heading}${type.abbrev ? ` (chữ viết tắt “${type.abbrev}”)` : ''}.`;
  if (key === 'noiNhan') {
    if (vb.kinhGui) return 'Văn bản này có “Kính gửi”: dòng “- Như trên;” chỉ các nơi đã ghi ở đó.';
  }
  return null;
}

/** "<chữ viết tắt …>" is text, not HTML. */
function escape(s: string): string {
  return s.replace(/[<>]/g, '\\$&');
}
