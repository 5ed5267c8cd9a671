/**
 * Text typed with a legacy Vietnamese font encoding (TCVN3 ".VnTime", VNI) and read as Unicode:
 * "NghÞ ®Þnh", "Vieät Nam". Such text cannot be checked word by word; it is told once.
 */

/**
 * Characters TCVN3 (ABC) puts where Unicode has Vietnamese letters ("®" for đ, "¸" for á, "µ" for à,
 * "¨" for ă, "©" for â …), none of them a letter of Vietnamese in Unicode.
 */
const TCVN3 = /[¸µ¶·¹¨»¾¼½Æ©ÇË®ªÎÏÑ«Ö¬Ø×Û­ßä¦¥§£¤Þ¡¢÷ñ]/g;
/** VNI writes a base letter and a mark character that is no letter of Vietnamese: "Vieät", "thöïc". */
const VNI = /[a-zA-Z][øûïäåëö](?=[a-zA-Z\s])/g;

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** The legacy encoding the text seems written in, or null (a few odd characters are not enough). */
export function legacyEncoding(text: string, letters: number): LegacyEncoding | null {
  if (letters < 80) return null;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const tcvn = sample.match(TCVN3)?.length ?? 0;
  if (tcvn >= 12 && tcvn / letters > 0.02) return 'TCVN3';
  const vni = sample.match(VNI)?.length ?? 0;
  if (vni >= 12 && vni / letters > 0.04 && !/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(sample)) return 'VNI';
  return null;
}
