/**
 * Citations of other documents in the whole text: "Nghị quyết số 57-NQ/TW", "Nghị định số
 * 30/2020/NĐ-CP", "Công văn số 708/BKHCN-KHTC".
 */
import type { Citation, Regime, SoKyHieu } from '../../model/vanban';
import { WORD_TABLE } from '../../text/words';
import { typeByAbbrev } from '../../data';

// The three shapes of a document number, tried where a "/" is (sticky, from the start of the run).
const CIT_QPPL = /(\d+)\/(\d{4})\/(\p{Lu}[\p{L}]*)-(\p{Lu}[\p{Lu}\p{N}]*(?:-\p{Lu}[\p{Lu}\p{N}]*)*)/uy;
const CIT_PARTY = /(\d+)-(\p{Lu}[\p{L}]*)\/(\p{Lu}[\p{Lu}\p{N}]*)(?![\p{L}\/])/uy;
const CIT_ADMIN = /(\d+)\/(\p{Lu}[\p{L}]*)-(\p{Lu}[\p{Lu}\p{N}]*(?:\(\p{Lu}+\))?(?:-\p{Lu}[\p{Lu}\p{N}]*)*)/uy;
const TYPE_WORD_BEFORE = /(\p{Lu}[\p{Ll}]+(?:\s[\p{Ll}]+){0,3})\s+số\s*$/u;

/** The type word written before a citation ("Nghị quyết" in "Nghị quyết số 57-NQ/TW"), or null. Read on demand (hover). */
export function citationTypeWord(text: string, citation: Citation): string | null {
  const m = TYPE_WORD_BEFORE.exec(text.slice(Math.max(0, citation.start - 40), citation.start));
  return m ? m[1] : null;
}

function isRunChar(c: number): boolean {
  // letters, digits and "-": what a document number is made of
  return (c >= 48 && c <= 57) || c === 45 || (c < 0x2000 && WORD_TABLE[c] === 1);
}

/**
 * Citations of other documents ("Nghị quyết số 57-NQ/TW", "Nghị định số 30/2020/NĐ-CP", "Công văn số
 * 708/BKHCN-KHTC"): found from each "/" by walking back to the start of the number, so long drafts
 * are not scanned three times.
 */
export function scanCitations(text: string, own: SoKyHieu | null): Citation[] {
  const out: Citation[] = [];
  let lastEnd = -1;
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    if (slash < lastEnd) continue;
    let s = slash;
    while (s > 0 && isRunChar(text.charCodeAt(s - 1)) && slash - s < 40) s--;
    while (s < slash && !(text.charCodeAt(s) >= 48 && text.charCodeAt(s) <= 57)) s++;
    if (s === slash || (s > 0 && text[s - 1] === '/')) continue;
    let m: RegExpExecArray | null = null;
    let regime: Regime = 'nd30';
    let abbrev: string | null = null;
    for (const [re, r] of [[CIT_QPPL, 'qppl'], [CIT_PARTY, 'party'], [CIT_ADMIN, 'nd30']] as const) {
      re.lastIndex = s;
      m = re.exec(text);
      if (m) {
        regime = r;
        abbrev = r === 'qppl' ? m[3] : r === 'party' ? m[2] : typeByAbbrev(m[2]) ? m[2] : null;
        break;
      }
    }
    if (!m) continue;
    const start = s;
    const end = s + m[0].length;
    if (own && start >= own.start && end <= own.end) continue;
    if (end <= slash) continue;
    lastEnd = end;
    out.push({ start, end, text: m[0], regime, abbrev });
  }
  return out;
}
