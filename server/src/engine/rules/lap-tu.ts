import { defineRule } from './rule';
import { replaceFix, q } from './util';
import { wordsOf, LOWER_TABLE } from '../text/words';

/**
 * A single repeated syllable is reported only from this list of function words that never make a
 * compound with themselves: any other syllable may end one word and start the next ("cán bộ bộ
 * phận", "đầu tư tư nhân", "hành vi vi phạm", "trở thành thành phố").
 */
const DOUBLED_FUNCTION_WORDS = new Set(['của', 'và', 'các', 'được', 'để', 'với', 'cho', 'trong', 'những', 'đã', 'sẽ', 'theo', 'tại', 'thì', 'mà', 'này', 'đến', 'bằng', 'nhằm', 'hoặc', 'hay', 'là']);
const MAX_PHRASE = 4;

function isUpperCode(c: number): boolean {
  return c < 0x2000 ? LOWER_TABLE[c] !== c : false;
}


export default defineRule({
  id: 'lap-tu',
  title: 'Lặp từ',
  description: 'Một từ hoặc cụm từ bị lặp liền nhau (“thực hiện thực hiện”).',
  citation: 'Yêu cầu diễn đạt chính xác, rõ ràng (Điều 8 khoản 2 điểm e: nội dung văn bản)',
  severity: 'warning',
  fixable: false,
  hasSuggestions: true,
  needsDiacritics: true,
  docs: {
    why: 'Từ hoặc cụm từ bị lặp liền nhau (“thực hiện thực hiện”) thường là lỗi khi sửa, dán văn bản; văn bản hành chính cần diễn đạt chính xác, rõ ràng.',
    right: [{ text: 'Triển khai thực hiện các nhiệm vụ chuyển đổi số', base: 'ke-hoach', replaces: 'Triển khai các nhiệm vụ chuyển đổi số' }],
    wrong: [
      { text: 'Triển khai thực hiện thực hiện các nhiệm vụ chuyển đổi số', base: 'ke-hoach', replaces: 'Triển khai các nhiệm vụ chuyển đổi số' },
      { text: 'Rà soát, tổng hợp các các kết quả giải ngân', base: 'cong-van', replaces: 'Rà soát, tổng hợp kết quả giải ngân' },
    ],
  },
  check({ doc, report }) {
    const text = doc.plain;
    const words = wordsOf(doc);
    const { count: n, starts, ends, hashes } = words;
    /** Words k and j are the same, ignoring case (hashes first, then the letters). */
    const same = (k: number, j: number) => {
      if (hashes[k] !== hashes[j]) return false;
      const l = ends[k] - starts[k];
      if (l !== ends[j] - starts[j]) return false;
      const a = starts[k];
      const b = starts[j];
      for (let x = 0; x < l; x++) {
        const ca = text.charCodeAt(a + x);
        const cb = text.charCodeAt(b + x);
        if (ca !== cb && (ca >= 0x2000 || cb >= 0x2000 || LOWER_TABLE[ca] !== LOWER_TABLE[cb])) return false;
      }
      return true;
    };
    /** Only spaces between word k and word k + 1 (a repetition never runs across lines). */
    const spaced = (k: number) => {
      for (let x = ends[k]; x < starts[k + 1]; x++) {
        if (text.charCodeAt(x) !== 32) return false;
      }
      return true;
    };
    let i = 0;
    while (i < n) {
      let found = 0;
      for (let p = MAX_PHRASE; p >= 1; p--) {
        if (i + 2 * p > n || hashes[i] !== hashes[i + p]) continue;
        let ok = true;
        for (let k = 0; k < p && ok; k++) ok = same(i + k, i + p + k);
        for (let k = i; k < i + 2 * p - 1 && ok; k++) ok = spaced(k);
        if (!ok) continue;
        // "trụ sở Sở Nội vụ": the second word opens a name, not a repetition
        if (isUpperCode(text.charCodeAt(starts[i])) !== isUpperCode(text.charCodeAt(starts[i + p]))) continue;
        if (p === 1 && !DOUBLED_FUNCTION_WORDS.has(text.slice(starts[i], ends[i]).toLowerCase())) continue;
        found = p;
        break;
      }
      if (!found) {
        i++;
        continue;
      }
      const firstEnd = ends[i + found - 1];
      const secondStart = starts[i + found];
      const secondEnd = ends[i + 2 * found - 1];
      const phrase = doc.text.slice(starts[i], firstEnd).replace(/\s+/g, ' ');
      report({
        start: secondStart, end: secondEnd,
        message: `Lặp ${found > 1 ? 'cụm từ' : 'từ'} ${q(phrase)} liền nhau.`,
        // a syllable may belong to two words ("cán bộ bộ phận"): the user decides
        suggestions: [replaceFix('Bỏ phần lặp', { start: firstEnd, end: secondEnd }, '')],
      });
      i += 2 * found;
    }
  },
});
