/**
 * Field-by-field scoring of `inspect` against a hand annotation (test/corpus/README.md): shared by
 * `npm run corpus` (which runs the CLI) and the corpus test (which calls the engine in-process).
 */
import type { Inspection } from '../server/src/engine/inspect';

export const FIELDS = ['regime', 'type', 'issuer', 'parent', 'number', 'year', 'symbol', 'place', 'date', 'quocHieu', 'tieuNgu', 'signer'] as const;
export type Field = (typeof FIELDS)[number];

export interface Annotation {
  id: string;
  source: string;
  layout?: string[];
  notes?: string;
  truth: Partial<Record<Field, string | boolean | null>>;
  unknown?: string[];
}

/** What inspect says of each field, in the annotation's terms. */
export function observed(i: Inspection): Record<Field, string | boolean | null> {
  return {
    regime: i.regime,
    type: i.type?.name ?? null,
    issuer: i.issuer.name,
    parent: i.issuer.parent,
    number: i.number,
    year: i.year,
    symbol: i.symbol,
    place: i.place,
    date: i.date?.iso ?? null,
    quocHieu: i.quocHieu,
    tieuNgu: i.tieuNgu,
    signer: i.signature?.name ?? null,
  };
}

function norm(field: Field, v: string | boolean | null | undefined): string | boolean | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v;
  let s = v.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (field === 'issuer' || field === 'parent') s = s.toLocaleUpperCase('vi-VN').replace(/ HOÀ /g, ' HÒA ').replace(/UỶ/g, 'ỦY');
  if (field === 'symbol') s = s.replace(/\s+/g, '');
  if (field === 'number') s = s.replace(/^0+(?=\d)/, '');
  return s === '' ? null : s;
}

export interface FieldResult {
  field: Field;
  want: string | boolean | null;
  got: string | boolean | null;
  ok: boolean;
}

/** The scored fields of one document (those in `truth` and not in `unknown`). */
export function scoreDocument(i: Inspection, a: Annotation): FieldResult[] {
  const got = observed(i);
  const out: FieldResult[] = [];
  for (const f of FIELDS) {
    if (!(f in a.truth) || a.unknown?.includes(f)) continue;
    const want = norm(f, a.truth[f]);
    const g = norm(f, got[f]);
    out.push({ field: f, want, got: g, ok: want === g });
  }
  return out;
}

export interface Summary {
  docs: number;
  fields: number;
  correct: number;
  byField: Record<string, { n: number; ok: number }>;
  misses: { id: string; field: Field; want: unknown; got: unknown }[];
}

export function summarise(results: { id: string; fields: FieldResult[] }[]): Summary {
  const s: Summary = { docs: results.length, fields: 0, correct: 0, byField: {}, misses: [] };
  for (const r of results) {
    for (const f of r.fields) {
      s.fields++;
      const b = (s.byField[f.field] ??= { n: 0, ok: 0 });
      b.n++;
      if (f.ok) {
        s.correct++;
        b.ok++;
      } else s.misses.push({ id: r.id, field: f.field, want: f.want, got: f.got });
    }
  }
  return s;
}
