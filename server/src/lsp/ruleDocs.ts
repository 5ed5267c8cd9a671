/**
 * Helpers for the rules' documentation. Each rule owns its documentation (`docs` in
 * server/src/engine/rules/<id>.ts: why, examples that pass, examples that are reported); the pages
 * docs/rules/<id>.md are generated from it (scripts/gen-rule-docs.ts), and hover shows the first
 * passing example as "the right form".
 */
import { ruleById } from '../engine';

export type { Example, ExampleBase, RuleDoc } from '../engine/rules/rule';

/** The first passing example of a rule: "the right form" shown on hover. */
export function rightForm(ruleId: string): string | undefined {
  return ruleById(ruleId)?.docs.right[0]?.text;
}

/** "Nghị định 30/2020/NĐ-CP, Điều 8 …" for citations of the decree's own articles and appendices. */
export function fullCitation(citation: string): string {
  return /^(Điều|Phụ lục)\s/u.test(citation) ? `Nghị định 30/2020/NĐ-CP, ${citation}` : citation;
}
