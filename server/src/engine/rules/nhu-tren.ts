import { defineRule } from './rule';
import type { Section } from '../model/vanban';
import { insertFix, q } from './util';
import type { VanBan } from '../model/vanban';

/** A Công điện addresses its recipients with "<cơ quan, chức danh> điện:" and a list, not Kính gửi. */
function addressedByCable(doc: VanBan): boolean {
  if (doc.type?.name === 'Công điện') return true;
  for (let j = doc.bodyStart; j < Math.min(doc.bodyEnd, doc.bodyStart + 4); j++) if (/điện\s*:\s*$/u.test(doc.lines[j].text)) return true;
  return false;
}
import { foldKey } from '../text/vietnamese';

export default defineRule({
  id: 'nhu-tren',
  title: '“Như trên”, “Như Điều …” trong Nơi nhận',
  description: '“- Như trên;” chỉ dùng khi văn bản có “Kính gửi”; “- Như Điều N;” chỉ tới một điều có trong văn bản.',
  citation: 'Phụ lục I, mục II.9.b; Phụ lục III, mẫu 1.1–1.3, 1.5',
  severity: 'warning',
  fixable: false,
  hasSuggestions: true,
  needsDiacritics: true,
  docs: {
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
  check({ doc, report }) {
    const nn = doc.noiNhan;
    if (!nn) return;
    const dieu = new Set<number>();
    const walk = (list: Section[]) => list.forEach((s) => {
      if (s.kind === 'dieu' && s.value !== null) dieu.add(s.value);
      walk(s.children);
    });
    walk(doc.sections);
    const hasNhuTren = nn.items.some((it) => /^[-–+•]?\s*NHU TREN\b/.test(foldKey(it.text)));
    if (doc.kinhGui && doc.type?.name === 'Công văn' && !hasNhuTren && nn.items.length > 0) {
      // unless the recipients of Kính gửi are written out again
      const kg = [doc.kinhGui.inline?.text ?? '', ...doc.kinhGui.items.map((i) => i.text)].join(' ');
      const first = kg.replace(/^[-–+•]\s*/, '').split(/[;,.]/)[0].trim();
      const repeated = first.length > 3 && nn.items.some((it) => it.text.includes(first));
      if (!repeated) {
        report({ ...nn.label, message: `Công văn có ${q('Kính gửi')} thì Nơi nhận ghi ${q('- Như trên;')} (chỉ những nơi đã ghi ở Kính gửi).`, suggestions: [insertFix('Thêm “- Như trên;”', nn.items[0].start, '- Như trên;\n')] });
      }
    }
    for (const it of nn.items) {
      const k = foldKey(it.text);
      if (/^[-–+•]?\s*NHU TREN\b/.test(k)) {
        if (!doc.kinhGui && doc.type?.name !== 'Giấy giới thiệu' && !addressedByCable(doc)) {
          report({ start: it.start, end: it.end, message: `${q('Như trên')} chỉ những nơi đã ghi ở ${q('Kính gửi')}, nhưng văn bản này không có ${q('Kính gửi')}: ghi rõ nơi nhận.` });
        }
        continue;
      }
      const m = /^[-–+•]?\s*NHU DIEU\s+(\d+)/.exec(k);
      if (m && !dieu.has(+m[1])) {
        report({ start: it.start, end: it.end, message: `${q('Như Điều ' + m[1])} chỉ tới Điều ${m[1]}, nhưng văn bản không có điều này.` });
      }
    }
  },
});
