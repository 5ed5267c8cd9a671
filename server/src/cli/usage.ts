import { version } from '../../../package.json';

export const VERSION: string = version;

export const USAGE = `Cách dùng: thethuc <lệnh> [tùy chọn]

Kiểm tra thể thức văn bản hành chính theo Nghị định 30/2020/NĐ-CP.

Lệnh:
  check [tùy chọn] ĐƯỜNG_DẪN...   Kiểm tra tệp; thư mục được tìm đệ quy các tệp .txt, .md, .vanban;
                                  "-" đọc từ đầu vào chuẩn. Tệp Word .docx được đọc cả chữ, bảng
                                  và định dạng (phông, cỡ chữ, kiểu chữ, căn lề, khổ giấy, lề, số
                                  trang); lỗi được chỉ theo đoạn văn.
  inspect [--format text|json] [--max-file-size BYTE] TỆP
                                  In các thành phần thể thức đọc được từ văn bản.
  rules [--format text|json]      Liệt kê các quy tắc.
  export TỆP [-o RA.docx|RA.html] [--max-file-size BYTE]
                                  Trình bày văn bản theo Phụ lục I (khổ A4, lề, phông, cỡ chữ,
                                  bảng tiêu đề, đường kẻ, số trang) và ghi ra tệp Word .docx
                                  (mặc định: cùng tên, đuôi .docx) hoặc trang HTML để in.

Tùy chọn của check:
  --final                         Kiểm tra như bản chính thức (các chỗ để trống là lỗi).
  --format stylish|json|sarif     Định dạng kết quả (mặc định: stylish).
  --fix                           Tự sửa các lỗi sửa được và ghi lại vào tệp
                                  (với "-": in văn bản đã sửa ra đầu ra chuẩn; tệp .docx
                                  không bị ghi, chỉ được báo lỗi).
  --config TỆP                    Dùng tệp cấu hình này thay cho .thethucrc.json tìm được.
  --exit-zero                     Thoát với mã 0 kể cả khi có lỗi thể thức.
  --max-file-size BYTE            Không kiểm tra tệp lớn hơn số byte này (mặc định: 2000000,
                                  như thiết lập thethuc.maxFileSize của máy chủ).

Tùy chọn chung:
  -h, --help                      In hướng dẫn này.
  -v, --version                   In phiên bản.

Mã thoát: 0 không có lỗi; 1 có lỗi thể thức; 2 dùng sai lệnh, không đọc được tệp,
tệp quá lớn hoặc cấu hình không hợp lệ.
`;
