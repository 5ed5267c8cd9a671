/**
 * Tên cơ quan, tổ chức ban hành (Phụ lục I, mục II.2): the left column's capitals above "Số:" —
 * whatever the copy put between them (the Quốc hiệu of an interleaved copy, "|", rule lines) — split
 * into the chủ quản (parent) line and the issuer's own name. A name over two lines is one name
 * ("ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG"); a word a narrow column broke off ("ỦY" / "BAN NHÂN DÂN")
 * joins the line under it.
 */
import type { Part } from '../../model/vanban';
import { foldKey, isAllCaps, capsRatio } from '../../text/vietnamese';
import { ADMIN_UNIT_K, GENERIC_BODY_K, NAME_PHRASES_K, ORG_START_RE } from '../../vocab';

// names of bodies, and of provinces (a place broken off: "UBND THÀNH PHỐ HÀ" / "NỘI")
/** Units under a people's committee: the line under a bare "ỦY BAN NHÂN DÂN" that makes it a parent. */
const UNIT_K = /^(SO|PHONG|VAN PHONG|BAN|CHI CUC|TRUNG TAM|THANH TRA|DOI|HOI DONG|TRUONG)\s/;

const NAME_PHRASES = [
  ...NAME_PHRASES_K,
  ...CURRENT_PROVINCES.map((p) => foldKey(p.name)),
  ...MERGED_PROVINCES.map((p) => foldKey(p.old)),
].filter((p) => p.includes(' ')).map((p) => p.split(' '));
import { isMetadataLine } from '../../read/layout';
import { CURRENT_PROVINCES, MERGED_PROVINCES } from '../../data';
import { partAt, remainders, type HeaderContext } from './context';

export interface Issuer {
  parent: Part | null;
  name: Part | null;
}

function isCaps(t: string): boolean {
  return isAllCaps(t) || (capsRatio(t) > 0.85 && t.length > 3);
}

/** Issuer lines: the untaken capitals before offset `before`, nearest first, then put in order. */
export function findIssuer(ctx: HeaderContext, before: number): Issuer {
  const found: Part[] = [];
  for (let i = ctx.pieces.length - 1; i >= 0 && found.length < 5; i--) {
    const p = ctx.pieces[i];
    if (p.start >= before) continue;
    const rs = remainders(ctx, p).filter((r) => r.end <= before).reverse();
    let stop = false;
    for (const r of rs) {
      const t = r.text;
      if (t.length > 90 || isMetadataLine(t) || /:/.test(t)) {
        stop = true;
        break;
      }
      const bare = t.replace(/^Trang\s*\d+\s*(?=\p{Lu})/u, ''); // a PDF's page marker glued to the line
      if (isCaps(bare) || (found.length === 0 && ORG_START_RE.test(t) && t.length < 70)) {
        found.push(r);
        continue;
      }
      stop = true;
      break;
    }
    if (stop) break;
  }
  found.reverse();
  // "1. UBND TỈNH NINH THUẬN", "Trang 1HỘI NÔNG DÂN …": a web page's list number or a PDF's page
  // marker glued before the header
  const lead = found.length ? /^(?:\d{1,2}\.\s+|Trang\s*\d+\s*)(?=\p{Lu})/u.exec(found[0].text) : null;
  if (lead) {
    const cut = lead[0].length;
    found[0] = { start: found[0].start + cut, end: found[0].end, text: found[0].text.slice(cut) };
  }
  return split(ctx, found);
}

function join(ctx: HeaderContext, a: Part, b: Part): Part {
  return { ...partAt(ctx.plain, a.start, b.end), text: `${a.text} ${b.text}`, broken: true };
}

/** True when the junction of `a` and `b` falls inside a phrase of a body's name. */
function breaksPhrase(a: string, b: string): boolean {
  const left = foldKey(a).trim().split(/\s+/).slice(-4);
  const right = foldKey(b).trim().split(/\s+/).slice(0, 4);
  for (const phrase of NAME_PHRASES) {
    for (let cut = 1; cut < phrase.length; cut++) {
      if (cut > left.length || phrase.length - cut > right.length) continue;
      let ok = true;
      for (let x = 0; x < cut && ok; x++) ok = left[left.length - cut + x] === phrase[x];
      for (let x = cut; x < phrase.length && ok; x++) ok = right[x - cut] === phrase[x];
      if (ok) return true;
    }
  }
  return false;
}

function split(ctx: HeaderContext, lines: Part[]): Issuer {
  // lines a narrow column broke inside a name ("ỦY" / "BAN NHÂN DÂN", "HỘI ĐỒNG" / "NHÂN DÂN") join
  const merged: Part[] = [];
  for (const l of lines) {
    const prev = merged[merged.length - 1];
    if (prev && breaksPhrase(prev.text, l.text)) merged[merged.length - 1] = join(ctx, prev, l);
    else merged.push(l);
  }
  // a single word alone on its line ("BỘ" / "NGOẠI GIAO-BỘ NỘI VỤ") starts the line under it
  for (let i = 0; i + 1 < merged.length; i++) {
    if (!/\s/.test(merged[i].text.trim()) && !GENERIC_BODY_K.test(foldKey(merged[i].text).trim())) {
      merged.splice(i, 2, join(ctx, merged[i], merged[i + 1]));
      i--;
    }
  }
  // "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG", "SỞ NÔNG NGHIỆP VÀ" / "PHÁT TRIỂN NÔNG THÔN": one name
  const groups: Part[] = [];
  for (const l of merged) {
    const prev = groups[groups.length - 1];
    const k = foldKey(l.text);
    const pk = foldKey(prev?.text ?? '').trim();
    if (prev && (ADMIN_UNIT_K.test(k) || /^(VA|CUA)\s/.test(k) || /^(CHINH PHU|QUOC HOI|TRUNG UONG)$/.test(k.trim()) || /(\sVA|\sCUA|[-,])$/.test(pk) || /^THUONG TRUC$/.test(pk))) {
      groups[groups.length - 1] = join(ctx, prev, l);
      continue;
    }
    groups.push(l);
  }
  if (groups.length === 0) return { parent: null, name: null };
  // a bare "ỦY BAN NHÂN DÂN" over a peer body ("ỦY BAN MTTQ VIỆT NAM" / "TỈNH ĐẮK LẮK") names joint
  // issuers; over one of its own units ("SỞ TÀI CHÍNH") it is a parent that lost its place name
  const bare = GENERIC_BODY_K.test(foldKey(groups[0].text).trim());
  if (groups.length === 1 || (bare && !UNIT_K.test(foldKey(groups[1].text)))) {
    return { parent: null, name: groups.reduce((a, b) => join(ctx, a, b)) };
  }
  const name = groups.slice(1).reduce((a, b) => join(ctx, a, b));
  return { parent: groups[0], name };
}
