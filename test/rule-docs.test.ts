/**
 * The rule pages docs/rules/<id>.md: committed files equal to the generator's output
 * (scripts/gen-rule-docs.ts), one page per rule, and every example on them true: the passing
 * examples give no finding of the rule, the reported ones at least one.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES, check, checkDocx, layoutOf, parse, writeDocx } from '../server/src/engine';
import { applyVariant } from '../server/src/engine/layout/variant';
import type { Example, ExampleBase } from '../server/src/lsp/ruleDocs';
import { DOCS_DIR, README, SCHEMA, renderAll, withReadmeTable, withSchemaEnum } from '../scripts/gen-rule-docs';
import { CONG_VAN, KE_HOACH, QUYET_DINH } from './helpers';

const ROOT = resolve(__dirname, '../..');
const GENERATE = 'node_modules/.bin/esbuild scripts/gen-rule-docs.ts --bundle --platform=node --outfile=out/gen-rule-docs.js && node out/gen-rule-docs.js';


const BASES: Record<ExampleBase, string> = { 'cong-van': CONG_VAN, 'quyet-dinh': QUYET_DINH, 'ke-hoach': KE_HOACH };

/** The document an example is checked in. */
function placed(e: Example): string {
  if (!e.base) return e.text + '\n';
  const base = BASES[e.base];
  if (e.replaces === undefined) {
    assert.ok(base.includes(e.text), `the ${e.base} fixture does not contain ${JSON.stringify(e.text)}`);
    return base;
  }
  assert.ok(base.includes(e.replaces), `the ${e.base} fixture does not contain ${JSON.stringify(e.replaces)}`);
  return base.replace(e.replaces, e.text);
}

describe('rule documentation (docs/rules)', function () {
  it('the committed pages are the generator output (regenerate with the command in scripts/gen-rule-docs.ts)', function () {
    const pages = renderAll();
    const dir = join(ROOT, DOCS_DIR);
    const committed = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
    assert.deepEqual(committed, [...pages.keys()].sort(), `pages differ from the rules; run: ${GENERATE}`);
    for (const [name, content] of pages) {
      assert.equal(readFileSync(join(dir, name), 'utf8'), content, `docs/rules/${name} is stale; run: ${GENERATE}`);
    }
  });

  it('the README rules table and the schema rule-id enum are generated from the rule list', function () {
    const readme = readFileSync(join(ROOT, README), 'utf8');
    assert.equal(readme, withReadmeTable(readme), `README.md rules table is stale; run: ${GENERATE}`);
    const schema = readFileSync(join(ROOT, SCHEMA), 'utf8');
    assert.equal(schema, withSchemaEnum(schema), `${SCHEMA} rule ids are stale; run: ${GENERATE}`);
  });

  it('has a page, a reason and right and wrong examples for every rule', function () {
    for (const rule of RULES) {
      assert.ok(existsSync(join(ROOT, DOCS_DIR, `${rule.id}.md`)), rule.id);
      const doc = rule.docs;
      assert.match(doc.why, /[à-ỹ]/u, `${rule.id}: why in Vietnamese`);
      assert.ok(doc.right.length >= 1 && doc.wrong.length >= 1, `${rule.id}: examples`);
    }
  });

  /** The findings of an example: in its text, or, for a .docx example, in the base exported and changed. */
  async function findingsOf(e: Example) {
    if (!e.docx) return check(placed(e), { mode: e.mode }).findings;
    assert.ok(e.base, 'a .docx example names its base');
    const bytes = await writeDocx(applyVariant(layoutOf(parse(BASES[e.base])), e.docx));
    return checkDocx(bytes, { mode: e.mode }).findings;
  }

  for (const rule of RULES) {
    describe(rule.id, function () {
      for (const e of rule.docs.right) {
        it(`passes: ${JSON.stringify(e.text.split('\n')[0])}`, async function () {
          const found = (await findingsOf(e)).filter((f) => f.rule === rule.id);
          assert.deepEqual(found.map((f) => f.message), []);
        });
      }
      for (const e of rule.docs.wrong) {
        it(`is reported: ${JSON.stringify(e.text.split('\n')[0])}`, async function () {
          const all = await findingsOf(e);
          assert.ok(all.some((f) => f.rule === rule.id), `no ${rule.id} finding; got ${JSON.stringify(all.map((f) => f.rule))}`);
        });
      }
    });
  }
});
