/**
 * inspect(): the parsed parts of a document as plain data (`thethuc inspect --format json`).
 */
import { parse } from './parse/parser';
import type { Item, Part, VanBan } from './model/vanban';
import { foldKey } from './text/vietnamese';

export interface Inspection {
  regime: string;
  type: { name: string; abbrev: string | null } | null;
  issuer: { name: string | null; parent: string | null };
  quocHieu: boolean;
  tieuNgu: boolean;
  number: string | null;
  /** The year inside a legal normative document's number ("2018" in "30/2018/QĐ-UBND"). */
  year: string | null;
  symbol: string | null;
  place: string | null;
  date: { raw: string; iso: string | null } | null;
  urgency: string | null;
  secrecy: string | null;
  trichYeu: string | null;
  kinhGui: string[] | null;
  canCu: string[];
  noiNhan: string[] | null;
  signature: { authority: string[]; titles: string[]; name: string | null } | null;
  sections: number;
  phuLuc: string[];
}

const txt = (p: Part | Item | null | undefined) => (p ? p.text.replace(/\s+/g, ' ').trim() : null);
/** A list item without its dash and closing punctuation: "- Sở Nội vụ;" → "Sở Nội vụ". */
const entry = (p: Part | Item) => txt(p)!.replace(/^[-–+•]\s*/, '').replace(/[;.,]$/, '');

export function inspect(input: string | VanBan): Inspection {
  const doc = typeof input === 'string' ? parse(input) : input;
  const urgency = doc.markings.find((m) => /KHAN|TOC/.test(foldKey(m.text)));
  const secrecy = doc.markings.find((m) => /MAT/.test(foldKey(m.text)));
  const countSections = (s: VanBan['sections']): number => s.reduce((n, x) => n + 1 + countSections(x.children), 0);
  return {
    regime: doc.regime,
    type: doc.type ? { name: doc.type.name, abbrev: doc.type.abbrev } : null,
    issuer: { name: txt(doc.issuer.name), parent: txt(doc.issuer.parent) },
    quocHieu: !!doc.quocHieu,
    tieuNgu: !!doc.tieuNgu,
    number: doc.soKyHieu?.number ? doc.soKyHieu.number.text.trim() : null,
    year: doc.soKyHieu?.year ? doc.soKyHieu.year.text : null,
    symbol: doc.soKyHieu?.symbol ? doc.soKyHieu.symbol.text : null,
    place: txt(doc.placeDate?.place),
    date: doc.placeDate ? { raw: txt(doc.placeDate.dateRaw)!, iso: doc.placeDate.iso } : null,
    urgency: txt(urgency),
    secrecy: txt(secrecy),
    trichYeu: txt(doc.trichYeu),
    kinhGui: doc.kinhGui ? (doc.kinhGui.inline ? [entry(doc.kinhGui.inline)] : doc.kinhGui.items.map(entry)) : null,
    canCu: doc.canCu.map((c) => txt(c)!),
    noiNhan: doc.noiNhan ? doc.noiNhan.items.map(entry) : null,
    signature: doc.signature
      ? { authority: doc.signature.authority.map((p) => txt(p)!), titles: doc.signature.titles.map((p) => txt(p)!), name: txt(doc.signature.name) }
      : null,
    sections: countSections(doc.sections),
    phuLuc: doc.phuLuc.headings.map((p) => txt(p)!),
  };
}
