/** The bundled example drafts that `npm start` checks show what the tool does: keep them honest. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../server/src/engine';

const dir = join(__dirname, '..', '..', 'examples');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const rules = (name: string, mode: 'draft' | 'final' = 'draft') => check(read(name), { mode }).findings.map((f) => `${f.rule}:${f.severity}`);

describe('example drafts', () => {
  it('the clean công văn has no finding, even before signing', () => {
    assert.deepEqual(rules('cong-van-dung.txt'), []);
    assert.deepEqual(rules('cong-van-dung.txt', 'final'), []);
  });

  it('the kế hoạch (Markdown) and the quyết định only leave number and day to fill', () => {
    for (const name of ['ke-hoach.md', 'quyet-dinh.vanban']) {
      assert.deepEqual(rules(name).sort(), ['dia-danh-ngay:info', 'so-ky-hieu:info'], name);
      assert.deepEqual(rules(name, 'final').sort(), ['dia-danh-ngay:error', 'so-ky-hieu:error'], name);
    }
  });

  it('the công văn with typical mistakes shows them, each from its rule', () => {
    const found = new Set(check(read('cong-van-loi.txt')).findings.map((f) => f.rule));
    for (const id of ['quoc-hieu', 'tieu-ngu', 'so-ky-hieu', 'dia-danh-ngay', 'trich-yeu', 'kinh-gui', 'lap-tu', 'danh-so', 'thoi-han', 'thu-ngay', 'ket-thuc', 'ten-goi-cu', 'noi-nhan', 'chu-ky']) {
      assert.ok(found.has(id), `expected ${id}`);
    }
  });
});
