/**
 * The shape of a rule (one file per rule, like ESLint's meta + check): its public id, Vietnamese
 * title, the decree's citation, default severity, whether it can fix, and the check itself.
 */
import type { Mode, Profile, Regime, Severity, Span } from '../types';
import type { VanBan } from '../model/vanban';
import type { DocxVariant } from '../layout/variant';

export type { Mode, Severity };

/** One text replacement in the normalised text. */
export interface Edit extends Span {
  text: string;
}

export interface Fix {
  /** What the fix does, in Vietnamese ("Thêm dấu hai chấm"). */
  title: string;
  edits: Edit[];
}

export interface Report extends Span {
  message: string;
  /** Overrides the rule's citation for this finding. */
  citation?: string;
  /** Start/end and fix edits are offsets in the original text, not the normalised one. */
  original?: boolean;
  /** Overrides the rule's severity for this finding (e.g. info in draft, error in final). */
  severity?: Severity;
  /** A change right in every context: applied in bulk (--fix, "Sửa tất cả", fix on save). */
  fix?: Fix;
  /** Changes the user picks one by one in the editor; never applied in bulk. */
  suggestions?: Fix[];
}

export interface RuleContext {
  doc: VanBan;
  mode: Mode;
  /** Today as ISO yyyy-mm-dd (the machine's local date unless the caller gives one). */
  today: string;
  profile: Profile;
  report(r: Report): void;
}

/**
 * A rule's documentation, shown on its page docs/rules/<id>.md and (the first passing example) on
 * hover. Every example is checked by test/rule-docs.test.ts: placed in the document named by `base`
 * (a clean công văn, quyết định or kế hoạch from the tests), in place of `replaces` (or, without
 * `replaces`, the base must already contain it), or checked alone when there is no `base`. A passing
 * example must give no finding of the rule, a reported one at least one.
 */
export type ExampleBase = 'cong-van' | 'quyet-dinh' | 'ke-hoach';

export interface Example {
  /** The lines shown on the page. */
  text: string;
  /** A remark shown under the example. */
  note?: string;
  base?: ExampleBase;
  replaces?: string;
  mode?: Mode;
  /**
   * For a rule on .docx files: the base is exported (layout/model.ts), changed as this says, written,
   * read back and checked; `text` then describes the change for the page.
   */
  docx?: DocxVariant;
}

export interface RuleDoc {
  /** Why the decree (or good practice) asks for this, in Vietnamese. */
  why: string;
  right: Example[];
  wrong: Example[];
}

export interface RuleMeta {
  /** Public, stable id: users configure rules by it. */
  id: string;
  /** Short Vietnamese title. */
  title: string;
  /** One-sentence Vietnamese description of what is checked. */
  description: string;
  /** Where in the decree (or other source) the rule comes from. */
  citation: string;
  severity: Severity;
  /** Some findings carry a fix applied in bulk. */
  fixable: boolean;
  /** Some findings carry suggestions (picked one by one, never applied in bulk). */
  hasSuggestions?: boolean;
  /** Regimes the rule applies to; default: only administrative documents (ND30). */
  regimes?: Regime[];
  /** Stay quiet on text written without diacritics (the khong-dau finding covers it). */
  needsDiacritics?: boolean;
  /**
   * "docx": the rule judges how a .docx lays the text out (doc.format) and runs only on files read
   * from Word; its cases live in test/docx.test.ts, its examples are checked on exported files.
   */
  input?: 'text' | 'docx';
  /** Why the rule exists and examples that pass and that are reported (its page in docs/rules). */
  docs: RuleDoc;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A span of the whole document's first line, for findings about something missing. */
export function documentStart(doc: VanBan): Span {
  const first = doc.lines[0];
  return first ? { start: first.start, end: first.end } : { start: 0, end: 0 };
}
