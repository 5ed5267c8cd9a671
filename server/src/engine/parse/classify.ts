/**
 * What kind of text this is, read from the model only: the document's type (from its heading, its
 * "V/v", its Kính gửi, or the type group of its symbol) and the regime it falls under (model/vanban
 * and types.ts: nd30, qppl, party, other).
 */
import type { Part, VanBan } from '../model/vanban';
import type { Regime } from '../types';
import { CONG_VAN, PARTY_TYPES, QPPL_ABBREVS, QPPL_TYPES, typeByAbbrev, typeByHeading, type DocType } from '../data';
import { foldKey } from '../text/vietnamese';
import { VV_K } from '../vocab';
import type { Header } from './header';

const DECISION = typeByHeading('QUYẾT ĐỊNH')!;
const RESOLUTION = typeByHeading('NGHỊ QUYẾT')!;

export function classifyType(doc: VanBan, header: Header): DocType | null {
  if (header.headingType) return header.headingType;
  if (header.otherHeading) return null;
  const vv = doc.trichYeu && VV_K.test(foldKey(doc.trichYeu.text, 8));
  // a trích yếu without a tên loại stands where a công văn's "V/v" stands
  if (vv || (doc.kinhGui && !doc.tenLoai) || (doc.trichYeu && !doc.tenLoai)) return CONG_VAN;
  const sym = doc.soKyHieu?.symbol;
  if (!sym) {
    // the header was lost: "QUYẾT ĐỊNH:" (or "QUYẾT" / "ĐỊNH:") before the articles names the type
    const lines = doc.lines;
    for (let j = doc.bodyStart; j < Math.min(doc.bodyEnd, doc.bodyStart + 80); j++) {
      const t = lines[j].text.length < 30 ? foldKey(lines[j].text + (j + 1 < lines.length && lines[j].text.length < 10 ? ' ' + lines[j + 1].text : '')) : '';
      if (/^QUYET\s*DINH\s*:$/.test(t) && !header.headingType) return DECISION;
      if (/^(NGHI\s*QUYET|QUYET\s*NGHI)\s*:$/.test(t) && !header.headingType) return RESOLUTION;
    }
  }
  if (sym) {
    const first = sym.text.split(/\s*[-/]\s*/)[0];
    return typeByAbbrev(first) ?? QPPL_TYPES.find((t) => t.abbrev === first) ?? (doc.soKyHieu?.party ? PARTY_TYPES.find((t) => t.abbrev === first) ?? null : null);
  }
  return null;
}

/** Issuers that are not State bodies: Đoàn, Hội, Công đoàn, a company's board. */
const NON_STATE_ISSUER_K = /^(DOAN TNCS|DOAN THANH NIEN|BCH DOAN|BAN CHAP HANH DOAN|HOI (?!DONG)|CONG DOAN|LIEN DOAN LAO DONG|CONG TY|TAP DOAN|HOP TAC XA|NGAN HANG TMCP|VAN PHONG LUAT SU|TRUNG TAM NGOAI NGU)/;
const NON_STATE_HEADER_K = /DOAN\s+TNCS\s+HO\s+CHI\s+MINH|DOAN\s+THANH\s+NIEN\s+CONG\s+SAN\s+HO\s+CHI\s+MINH|HOI\s+LIEN\s+HIEP\s+PHU\s+NU\s+VIET\s+NAM|TONG\s+LIEN\s+DOAN\s+LAO\s+DONG\s+VIET\s+NAM/;

export interface RegimeDecision {
  regime: Regime;
  evidence: Part | null;
  /** For "other": what the text is, in Vietnamese ("đơn của công dân", "hợp đồng" …). */
  kind?: string;
}

export function classifyRegime(doc: VanBan, header: Header): RegimeDecision {
  const sk = doc.soKyHieu;
  const org = header.orgHeader;
  if (org && /^DANG/.test(foldKey(org.text))) return { regime: 'party', evidence: org };
  if (org) return { regime: 'other', evidence: org, kind: 'văn bản của Đoàn Thanh niên Cộng sản Hồ Chí Minh' };
  const head = doc.text.slice(doc.lines[header.start]?.start ?? 0, doc.lines[Math.max(header.start, header.end - 1)]?.end ?? 0);
  const issuerK = foldKey([doc.issuer.parent?.text, doc.issuer.name?.text].filter(Boolean).join(' '));
  const nonState = NON_STATE_HEADER_K.exec(foldKey(head));
  if (nonState || NON_STATE_ISSUER_K.test(issuerK)) {
    const at = nonState ? { start: doc.lines[header.start].start + nonState.index, end: doc.lines[header.start].start + nonState.index + nonState[0].length, text: '' } : (doc.issuer.parent ?? doc.issuer.name)!;
    at.text = doc.text.slice(at.start, at.end);
    return { regime: 'other', evidence: at, kind: /CONG TY|TAP DOAN|HOP TAC XA|NGAN HANG|VAN PHONG LUAT|TRUNG TAM NGOAI/.test(issuerK) && !nonState ? 'văn bản của doanh nghiệp, tổ chức ngoài nhà nước' : 'văn bản của tổ chức chính trị - xã hội, Đoàn, Hội' };
  }
  if (header.otherHeading && doc.tenLoai) {
    const k = foldKey(doc.tenLoai.text);
    return { regime: 'other', evidence: doc.tenLoai, kind: /^DON/.test(k) ? 'đơn của cá nhân' : 'văn bản không theo thể thức hành chính' };
  }
  if (doc.tenLoai && /^HOP DONG\s+\S/.test(foldKey(doc.tenLoai.text)) || /(?:^|\s)BEN A\s*[:(]/.test(foldKey(doc.text.slice(0, 6000)))) {
    if (!doc.quocHieu || /BEN A/.test(foldKey(doc.text.slice(0, 6000)))) return { regime: 'other', evidence: doc.tenLoai ?? doc.soKyHieu?.label ?? null, kind: 'hợp đồng' };
  }
  if (sk?.party && sk.symbol) return { regime: 'party', evidence: { start: sk.start, end: sk.end, text: doc.text.slice(sk.start, sk.end) } };
  if (doc.signature && !doc.quocHieu) {
    const t = doc.signature.authority.find((p) => /^(T\/M|K\/T|T\/L|T\/UQ)\s/.test(p.text));
    if (t) return { regime: 'party', evidence: t };
  }
  // a legal normative document: a QPPL heading, or a year in the number with a QPPL type group
  if (header.headingType?.qppl && doc.tenLoai) return { regime: 'qppl', evidence: doc.tenLoai };
  if (sk?.year && sk.symbol) {
    const first = sk.symbol.text.split(/\s*-\s*/)[0];
    if (QPPL_ABBREVS.has(first) || /^(UBTVQH|QH)\d+$/.test(first)) {
      return { regime: 'qppl', evidence: { start: sk.start, end: sk.end, text: doc.text.slice(sk.start, sk.end) } };
    }
  }
  // nothing of an official document: a news article, a note (a body whose header was lost still
  // has its căn cứ, its numbered sections, its "./." or its signature)
  const anyPart = doc.quocHieu || doc.tieuNgu || doc.soKyHieu || doc.placeDate || doc.tenLoai || doc.trichYeu || doc.kinhGui ||
    doc.noiNhan || doc.issuer.name || doc.signature || doc.canCu.length || doc.sections.length || doc.endMarker;
  if (!anyPart && doc.wordCount >= 40) return { regime: 'other', evidence: null, kind: 'văn bản không có thành phần thể thức nào (bài viết, ghi chép)' };
  return { regime: 'nd30', evidence: null };
}
