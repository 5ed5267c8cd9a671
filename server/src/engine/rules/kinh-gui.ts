import { defineRule } from './rule';
import { CV_KINH_GUI } from './examples';
import type { Fix } from './rule';
import { endPunctuation, insertFix, replaceFix, q } from './util';

export default defineRule({
  id: 'kinh-gui',
  title: 'Kính gửi',
  description: 'Công văn (và tờ trình gửi cấp trên) có “Kính gửi:”; một nơi nhận viết cùng dòng; nhiều nơi nhận mỗi nơi một dòng “- …;”, dòng cuối kết thúc bằng dấu chấm.',
  citation: 'Phụ lục I, mục II.9.b, II.9.d',
  severity: 'error',
  fixable: true,
  needsDiacritics: true,
  docs: {
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
  check({ doc, report }) {
    const kg = doc.kinhGui;
    const type = doc.type;
    if (!kg) {
      if (!type) return;
      const at = doc.trichYeu ?? doc.tenLoai ?? doc.soKyHieu;
      if (!at) return;
      if (type.kinhGui === 'required') {
        report({ start: at.start, end: at.end, message: `Công văn phải có ${q('Kính gửi:')} và tên cơ quan, cá nhân nhận văn bản.` });
      } else if (type.name === 'Tờ trình') {
        report({ start: at.start, end: at.end, severity: 'warning', message: `Tờ trình gửi cơ quan cấp trên ghi ${q('Kính gửi:')} và tên cơ quan nhận.` });
      }
      return;
    }
    if (kg.label.text !== 'Kính gửi') {
      report({ ...kg.label, severity: 'warning', message: `Viết ${q('Kính gửi')} (chữ thường, đúng dấu).`, fix: replaceFix('Sửa thành “Kính gửi”', kg.label, 'Kính gửi') });
    }
    if (!kg.hasColon) {
      report({ ...kg.label, message: `Sau ${q('Kính gửi')} có dấu hai chấm.`, fix: insertFix('Thêm dấu hai chấm', kg.label.end, ':') });
    }
    if (type && type.kinhGui === 'no' && !['Công văn'].includes(type.name)) {
      report({ ...kg.label, severity: 'info', message: `${type.name} thường không có ${q('Kính gửi')}; nơi nhận ghi ở phần ${q('Nơi nhận')}.` });
    }
    if (kg.inline) {
      // "Kính gửi: Sở Tài chính; Sở Nội vụ.": several recipients, each on its own line "- …;"
      const parts = kg.inline.text.split(/\s*;\s*/).map((x) => x.replace(/^[-–+•]\s*/, '').replace(/[.;]\s*$/, '')).filter(Boolean);
      if (parts.length >= 2) {
        const list = parts.map((x, i) => `- ${x}${i === parts.length - 1 ? '.' : ';'}`).join('\n');
        report({
          ...kg.inline,
          message: 'Gửi nhiều nơi thì sau “Kính gửi:” mỗi nơi nhận một dòng, bắt đầu bằng “- ”, cuối dòng có dấu chấm phẩy, dòng cuối có dấu chấm.',
          suggestions: [replaceFix('Mỗi nơi nhận một dòng', { start: kg.label.end + (kg.hasColon ? 1 : 0), end: kg.inline.end + (/[.;]$/.test(doc.text.slice(kg.inline.end, kg.inline.end + 1)) ? 1 : 0) }, (kg.hasColon ? '' : ':') + '\n' + list)],
        });
        return;
      }
      const m = /^[-–+•]\s*/.exec(kg.inline.text);
      if (m) {
        report({
          ...kg.inline,
          severity: 'warning',
          message: 'Chỉ một nơi nhận thì viết cùng dòng với “Kính gửi:”, không có gạch đầu dòng.',
          fix: replaceFix('Bỏ gạch đầu dòng', { start: kg.inline.start, end: kg.inline.start + m[0].length }, ''),
        });
      }
      return;
    }
    const items = kg.items;
    if (items.length === 0) {
      report({ ...kg.label, message: 'Chưa ghi cơ quan, cá nhân nhận văn bản sau “Kính gửi:”.' });
      return;
    }
    if (items.length === 1) {
      const it = items[0];
      const body = it.text.replace(/^[-–+•]\s*/, '').replace(/[;.,]\s*$/, '');
      const fix: Fix = { title: 'Viết nơi nhận cùng dòng', edits: [{ start: kg.label.end + (kg.hasColon ? 1 : 0), end: it.end, text: (kg.hasColon ? '' : ':') + ' ' + body }] };
      report({ ...it, severity: 'warning', message: `Chỉ một nơi nhận thì viết cùng dòng: ${q('Kính gửi: ' + body)}.`, fix });
      return;
    }
    items.forEach((it, idx) => {
      const last = idx === items.length - 1;
      const lastLine = it.lines[it.lines.length - 1];
      const dash = /^([-–+•])(\s*)/.exec(it.text);
      if (dash && (dash[1] !== '-' || dash[2] !== ' ')) {
        report({ start: it.start, end: it.start + dash[0].length, message: 'Mỗi nơi nhận bắt đầu bằng gạch đầu dòng “- ”.', fix: replaceFix('Sửa gạch đầu dòng', { start: it.start, end: it.start + dash[0].length }, '- ') });
      }
      const end = endPunctuation(lastLine, last ? '.' : ';');
      if (end) {
        report({
          ...end,
          message: last ? 'Nơi nhận cuối cùng sau “Kính gửi:” kết thúc bằng dấu chấm (.).' : 'Mỗi nơi nhận sau “Kính gửi:” kết thúc bằng dấu chấm phẩy (;).',
        });
      }
    });
  },
});
