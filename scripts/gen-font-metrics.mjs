// Generates server/src/engine/layout/metrics.json: advance widths of Times New Roman (read from its
// metric-compatible twin Liberation Serif) for the characters the layout measures, in 1/2048 em, for
// the four styles. Vietnamese letters are measured through their base letter (NFD), which has the
// same advance in Times New Roman; the table stays small (ASCII, Đ/đ and common punctuation).
//
//   node scripts/gen-font-metrics.mjs [FONT_DIR]      (default /usr/share/fonts/truetype/liberation2)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

function loadTtf(path) {
  const b = readFileSync(path);
  const n = b.readUInt16BE(4);
  const tables = {};
  for (let i = 0; i < n; i++) {
    const o = 12 + i * 16;
    tables[b.toString('latin1', o, o + 4)] = b.readUInt32BE(o + 8);
  }
  const upem = b.readUInt16BE(tables.head + 18);
  const nh = b.readUInt16BE(tables.hhea + 34);
  const adv = (g) => b.readUInt16BE(tables.hmtx + 4 * Math.min(g, nh - 1));
  const cm = tables.cmap;
  let sub = -1;
  for (let i = 0; i < b.readUInt16BE(cm + 2); i++) {
    if (b.readUInt16BE(cm + 4 + i * 8) === 3 && b.readUInt16BE(cm + 6 + i * 8) === 1) sub = cm + b.readUInt32BE(cm + 8 + i * 8);
  }
  const segX2 = b.readUInt16BE(sub + 6);
  const ends = sub + 14, starts = ends + segX2 + 2, deltas = starts + segX2, ros = deltas + segX2;
  const glyph = (c) => {
    for (let i = 0; i < segX2 / 2; i++) {
      if (c > b.readUInt16BE(ends + 2 * i)) continue;
      const s = b.readUInt16BE(starts + 2 * i);
      if (c < s) return 0;
      const d = b.readInt16BE(deltas + 2 * i), r = b.readUInt16BE(ros + 2 * i);
      if (r === 0) return (c + d) & 0xffff;
      const g = b.readUInt16BE(ros + 2 * i + r + 2 * (c - s));
      return g === 0 ? 0 : (g + d) & 0xffff;
    }
    return 0;
  };
  return { upem, width: (c) => (glyph(c) ? adv(glyph(c)) : null), ascent: b.readInt16BE(tables.hhea + 4), descent: -b.readInt16BE(tables.hhea + 6), lineGap: b.readInt16BE(tables.hhea + 8) };
}

const dir = process.argv[2] ?? (existsSync('/usr/share/fonts/truetype/liberation2') ? '/usr/share/fonts/truetype/liberation2' : '/usr/share/fonts/truetype/liberation');
const CHARS = [];
for (let c = 32; c < 127; c++) CHARS.push(String.fromCharCode(c));
CHARS.push('Đ', 'đ', 'Ơ', 'ơ', 'Ư', 'ư', '–', '—', '“', '”', '‘', '’', '…', '\u00a0');
const out = { $source: 'Liberation Serif (metric-compatible with Times New Roman), hhea/hmtx; scripts/gen-font-metrics.mjs', unitsPerEm: 0, ascent: 0, descent: 0, lineGap: 0, chars: CHARS.join(''), widths: {} };
for (const [key, file] of [['regular', 'Regular'], ['bold', 'Bold'], ['italic', 'Italic'], ['boldItalic', 'BoldItalic']]) {
  const f = loadTtf(join(dir, `LiberationSerif-${file}.ttf`));
  Object.assign(out, { unitsPerEm: f.upem, ascent: f.ascent, descent: f.descent, lineGap: f.lineGap });
  out.widths[key] = CHARS.map((ch) => f.width(ch.codePointAt(0)) ?? f.width(32));
}
writeFileSync('server/src/engine/layout/metrics.json', JSON.stringify(out) + '\n');
console.log(`metrics from ${dir}: ${CHARS.length} characters × 4 styles`);
