/** The generated benchmark draft: deterministic, of the asked size, real-shaped, and checkable. */
import * as assert from 'node:assert/strict';
import { check } from '../server/src/engine';
import { generateDraft } from '../scripts/gen-draft';
import { toRoman } from '../server/src/engine/text/vietnamese';

describe('generated draft (scripts/gen-draft.ts)', function () {
  this.timeout(20_000);

  it('is deterministic and about the asked length', function () {
    const a = generateDraft({ chars: 50_000, seed: 7 });
    assert.equal(a, generateDraft({ chars: 50_000, seed: 7 }));
    assert.notEqual(a, generateDraft({ chars: 50_000, seed: 8 }));
    assert.ok(a.length >= 50_000 && a.length < 52_000, `length ${a.length}`);
  });

  it('has the parts of a real kế hoạch and công văn', function () {
    const plan = generateDraft({ chars: 20_000 });
    for (const part of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '\nSố:', '\nKẾ HOẠCH\n', '\nI. ', '\nII. ', '\n1. ', '\na) ', '\n- ', 'trước ngày ', './.\n', 'Nơi nhận:', 'KT. GIÁM ĐỐC']) {
      assert.ok(plan.includes(part), `missing ${JSON.stringify(part)}`);
    }
    assert.match(plan, /(Công văn|Thông báo|Kế hoạch|Quyết định) số \d+\/[A-ZĐ]+-[A-ZĐ]+ ngày \d{1,2}\/\d{1,2}\/20\d\d/);
    const letter = generateDraft({ chars: 5_000, kind: 'cong-van' });
    assert.ok(letter.includes('\nV/v ') && letter.includes('\nKính gửi:'));
  });

  it('numbers sections with Roman numerals', function () {
    assert.deepEqual([1, 4, 9, 14, 40, 49].map(toRoman), ['I', 'IV', 'IX', 'XIV', 'XL', 'XLIX']);
  });

  it('can be checked by the engine', function () {
    const text = generateDraft();
    const { findings } = check(text);
    for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
  });
});
