/**
 * Writes, from the rule list (server/src/engine/rules: each rule's metadata and its own `docs`):
 * docs/rules/<id>.md for every rule and docs/rules/README.md (the index), the rules table of the
 * README (between its rules:start and rules:end markers) and the rule-id enum of
 * schemas/thethucrc.schema.json. All are committed; test/rule-docs.test.ts checks that they match
 * this generator's output, so a new rule touches its own file, its cases and this command.
 *
 * Run from the repository root after changing a rule's metadata or its examples:
 *   node_modules/.bin/esbuild scripts/gen-rule-docs.ts --bundle --platform=node --outfile=out/gen-rule-docs.js && node out/gen-rule-docs.js
 */
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, type Rule } from '../server/src/engine';
import { fullCitation, type Example } from '../server/src/lsp/ruleDocs';

export const DOCS_DIR = 'docs/rules';

const SEVERITY_VI: Record<Rule['severity'], string> = { error: 'lỗi (error)', warning: 'cảnh báo (warning)', info: 'thông tin (info)', hint: 'gợi ý (hint)' };
const REGIME_VI: Record<string, string> = { nd30: 'văn bản hành chính', party: 'văn bản của Đảng', qppl: 'văn bản quy phạm pháp luật', other: 'văn bản khác (đơn, hợp đồng, văn bản của Đoàn, Hội, bài viết)' };
const HEADER = '<!-- Tệp sinh tự động bởi scripts/gen-rule-docs.ts (siêu dữ liệu và tài liệu của từng quy tắc trong server/src/engine/rules). Không sửa tay. -->';

/** Every page: file name (inside docs/rules) → content. */
export function renderAll(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const rule of RULES) pages.set(`${rule.id}.md`, renderRule(rule));
  pages.set('README.md', renderIndex());
  return pages;
}

export function renderRule(rule: Rule): string {
  const doc = rule.docs;
  const out: string[] = [HEADER, '', `# ${rule.id}: ${rule.title}`, ''];
  out.push('| | |', '|---|---|');
  out.push(`| Mã quy tắc | \`${rule.id}\` |`);
  out.push(`| Mức mặc định | ${SEVERITY_VI[rule.severity]} |`);
  out.push(`| Sửa tự động | ${rule.fixable ? 'có (sửa nhanh trong trình soạn thảo, “Sửa tất cả”, `thethuc check --fix`)' : 'không'} |`);
  if (rule.hasSuggestions) out.push('| Gợi ý sửa | có (chọn từng gợi ý trong trình soạn thảo; không bao giờ tự áp dụng hàng loạt) |');
  out.push(`| Áp dụng cho | ${(rule.regimes ?? ['nd30']).map((r) => REGIME_VI[r] ?? r).join(', ')}${rule.input === 'docx' ? '; chỉ tệp Word (.docx)' : ''} |`);
  out.push('', '## Kiểm tra gì', '', rule.description, '', '## Vì sao', '', doc.why, '', '## Căn cứ', '', fullCitation(rule.citation) + '.', '');
  out.push('## Ví dụ đúng', '');
  for (const line of doc.right.flatMap(renderExample)) out.push(line);
  out.push('## Ví dụ bị báo', '');
  for (const line of doc.wrong.flatMap(renderExample)) out.push(line);
  out.push('## Cấu hình', '');
  out.push('Đổi mức hoặc tắt quy tắc trong `.thethucrc.json` (hoặc thiết lập `thethuc.rules` của VS Code):', '');
  out.push('```json', `{ "rules": { "${rule.id}": "off" } }`, '```', '');
  out.push('Chỉ tắt cho một tệp hoặc một thư mục (thao tác “Tắt quy tắc … cho tệp này / cho cả thư mục” ghi mục này):', '');
  out.push('```json', `{ "overrides": [{ "files": ["du-thao/**"], "rules": { "${rule.id}": "off" } }] }`, '```', '');
  out.push('Trong bản thảo Markdown, tắt cho dòng kế tiếp hoặc từ một dòng đến hết tệp:', '');
  out.push('```markdown', `<!-- thethuc-disable-next-line ${rule.id} -->`, `<!-- thethuc-disable ${rule.id} -->`, `<!-- thethuc-enable ${rule.id} -->`, '```', '');
  out.push('[Danh sách quy tắc](README.md)', '');
  return out.join('\n');
}

function renderExample(e: Example): string[] {
  const out = ['```text', e.text, '```'];
  const notes: string[] = [];
  if (e.note) notes.push(e.note);
  if (e.docx) notes.push(`Trong tệp Word (\`thethuc check tệp.docx\`): ${e.base === 'quyet-dinh' ? 'quyết định' : e.base === 'ke-hoach' ? 'kế hoạch' : 'công văn'} mẫu xuất bằng \`thethuc export\`, ${Object.keys(e.docx).length ? 'đã sửa như trên' : 'giữ nguyên'}.`);
  if (e.mode === 'final') notes.push('Bị báo khi kiểm tra trước khi ký (`thethuc check --final`, chế độ `final`).');
  if (notes.length > 0) out.push('', notes.join(' '));
  out.push('');
  return out;
}

export function renderIndex(): string {
  const out: string[] = [HEADER, '', '# Các quy tắc của Thể thức', ''];
  out.push('Mã quy tắc là giao diện công khai: dùng trong `.thethucrc.json`, thiết lập `thethuc.rules` và chú thích `<!-- thethuc-disable … -->`.', '');
  out.push('| Mã | Quy tắc | Mức mặc định | Sửa tự động | Căn cứ |', '|---|---|---|---|---|');
  for (const r of RULES) {
    out.push(`| [\`${r.id}\`](${r.id}.md) | ${r.title} | ${SEVERITY_VI[r.severity]} | ${fixWord(r)} | ${fullCitation(r.citation)} |`);
  }
  out.push('');
  return out.join('\n');
}

function fixWord(r: Rule): string {
  if (r.fixable && r.hasSuggestions) return 'có; gợi ý';
  if (r.fixable) return 'có';
  return r.hasSuggestions ? 'gợi ý' : 'không';
}

export const README = 'README.md';
export const SCHEMA = 'schemas/thethucrc.schema.json';
const TABLE_START = '<!-- rules:start (generated by scripts/gen-rule-docs.ts) -->';
const TABLE_END = '<!-- rules:end -->';

/** The README's rules table (English columns; the description is the rule's own, in Vietnamese). */
export function renderReadmeTable(): string {
  const out = [TABLE_START, '', '| id | checks | default | fix | rests on |', '|---|---|---|---|---|'];
  const fix = (r: Rule) => (r.fixable && r.hasSuggestions ? 'yes; suggestions' : r.fixable ? 'yes' : r.hasSuggestions ? 'suggestion' : '—');
  for (const r of RULES) out.push(`| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.description} | ${r.severity} | ${fix(r)} | ${fullCitation(r.citation)} |`);
  out.push('', TABLE_END);
  return out.join('\n');
}

/** `readme` with its rules table replaced by the generated one. */
export function withReadmeTable(readme: string): string {
  const a = readme.indexOf(TABLE_START);
  const b = readme.indexOf(TABLE_END);
  if (a === -1 || b === -1) throw new Error(`${README} has no ${TABLE_START} … ${TABLE_END} markers`);
  return readme.slice(0, a) + renderReadmeTable() + readme.slice(b + TABLE_END.length);
}

/** The schema text with its rule-id enum set to the rule list. */
export function withSchemaEnum(schemaText: string): string {
  const schema = JSON.parse(schemaText);
  schema.definitions.ruleId.enum = RULES.map((r) => r.id);
  return JSON.stringify(schema, null, 2) + '\n';
}

/** Writes the pages and removes pages of rules that no longer exist. */
export function writeAll(dir = DOCS_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const pages = renderAll();
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.md') && !pages.has(name)) unlinkSync(join(dir, name));
  }
  for (const [name, content] of pages) writeFileSync(join(dir, name), content, 'utf8');
  return [...pages.keys()];
}

if (process.argv[1] && /gen-rule-docs(\.[cm]?[jt]s)?$/.test(process.argv[1])) {
  const written = writeAll();
  writeFileSync(README, withReadmeTable(readFileSync(README, 'utf8')), 'utf8');
  writeFileSync(SCHEMA, withSchemaEnum(readFileSync(SCHEMA, 'utf8')), 'utf8');
  process.stdout.write(`Đã ghi ${written.length} tệp vào ${DOCS_DIR}/, bảng quy tắc của ${README} và danh sách mã quy tắc của ${SCHEMA}\n`);
}
