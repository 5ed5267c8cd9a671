/**
 * Data that changes with the law, read from JSON files beside this one (each names its source).
 */
import docTypesJson from './doc-types.json';
import provincesJson from './provinces.json';
import departmentsJson from './departments.json';
import ministriesJson from './ministries.json';
import bodyNamesJson from './body-names.json';
import lawNamesJson from './law-names.json';

export interface DocType {
  name: string;
  heading: string | null;
  abbrev: string | null;
  kinhGui: 'no' | 'upward' | 'required';
  trichYeu: boolean;
  canCu?: boolean;
  noDateLine?: boolean;
  copy?: boolean;
  /** A type of legal normative document only (Luật, Nghị định, Thông tư …). */
  qppl?: boolean;
  /** A type of Party document only (Kết luận). */
  party?: boolean;
}

export const DOC_TYPES: DocType[] = docTypesJson.types as DocType[];
/** Types of legal normative documents whose heading no administrative type shares. */
export const QPPL_TYPES: DocType[] = docTypesJson.qpplTypes as DocType[];
export const QPPL_HEADINGS: string[] = QPPL_TYPES.map((t) => t.heading as string);
/** Party types outside the decree's list, read only to name a Party document's type. */
export const PARTY_TYPES: DocType[] = docTypesJson.partyTypes as DocType[];

/** Abbreviations that, with a year in the number, mark a legal normative document. */
export const QPPL_ABBREVS = new Set(['QĐ', 'NQ', 'CT', 'TT', 'TTLT', 'NĐ', 'PL', 'L', 'NQLT']);
export const WRONG_ABBREVS: Record<string, string | null> = docTypesJson.wrongAbbrevs;

export const CONG_VAN: DocType = DOC_TYPES.find((t) => t.name === 'Công văn')!;

const byHeading = new Map(DOC_TYPES.filter((t) => t.heading).map((t) => [t.heading as string, t]));
const byAbbrev = new Map(DOC_TYPES.filter((t) => t.abbrev).map((t) => [t.abbrev as string, t]));

export function typeByHeading(heading: string): DocType | undefined {
  return byHeading.get(heading.replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi-VN').replace('HOÀ', 'HÒA').replace('UỶ', 'ỦY'));
}

export function typeByAbbrev(abbrev: string): DocType | undefined {
  return byAbbrev.get(abbrev);
}

export interface MergedProvince {
  old: string;
  kind: string;
  successor: string;
  successorKind?: string;
  until: string;
}

export const CURRENT_PROVINCES: { name: string; kind: string }[] = provincesJson.current;
export const MERGED_PROVINCES: MergedProvince[] = provincesJson.merged;
export const DISTRICT_LEVEL_UNTIL: string = provincesJson.districtLevelUntil;

export interface MergedDepartment {
  old: string;
  successor: string;
  oneToOne: boolean;
}

export const MERGED_DEPARTMENTS: MergedDepartment[] = departmentsJson.merged;
export const DEPARTMENTS_VALID_FROM: string = departmentsJson.validFrom;

export interface CurrentDepartment {
  name: string;
  /** Organised in every province (otherwise only in some). */
  everywhere: boolean;
  /** Did not exist before DEPARTMENTS_VALID_FROM. */
  newIn2025?: boolean;
}

export const CURRENT_DEPARTMENTS: CurrentDepartment[] = departmentsJson.current;

export interface MergedMinistry {
  old: string;
  successor: string;
  /** "C": corroborated by two sources; "M": a single source (findings stay info). */
  confidence: 'C' | 'M';
}

export const MERGED_MINISTRIES: MergedMinistry[] = ministriesJson.merged as MergedMinistry[];
export const MINISTRIES_VALID_FROM: string = ministriesJson.validFrom;

/** Names of bodies as the decree capitalises them (Phụ lục II, mục IV.1.a), sở and bộ of every period included. */
export const BODY_NAMES: string[] = [
  ...bodyNamesJson.names,
  ...departmentsJson.current.map((d) => d.name),
  ...departmentsJson.merged.map((d) => d.old),
  ...ministriesJson.merged.map((m) => m.old),
].filter((n, i, all) => all.indexOf(n) === i);

/** Names of laws and codes as the National Assembly titles them (Phụ lục II, mục V.6), without "Luật" / "Bộ luật". */
export const LAW_NAMES: { luat: string[]; boLuat: string[] } = { luat: lawNamesJson.luat, boLuat: lawNamesJson.boLuat };
