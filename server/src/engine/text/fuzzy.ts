/**
 * Finding a fixed phrase (the Quốc hiệu, the Tiêu ngữ) in text that a copy has damaged: a garbled
 * letter from OCR ("XàHỘI"), a lost or doubled letter, a lost space. Works on foldKey() output.
 */

/** Edit distance between a and b, or max + 1 as soon as it is known to exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

export interface FuzzyMatch {
  start: number;
  end: number;
  distance: number;
}

const TOKEN = /[A-Z0-9]+/g;

/**
 * The run of whole words in `folded` whose letters (spaces dropped) are closest to `letters`, within
 * `max` edits; the run must start with a word that begins like the phrase. Null when none is close.
 */
export function findPhrase(folded: string, letters: string, max: number): FuzzyMatch | null {
  const tokens: { s: number; e: number; t: string }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) tokens.push({ s: m.index, e: m.index + m[0].length, t: m[0] });
  let best: FuzzyMatch | null = null;
  const head = letters.slice(0, 2);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i].t;
    // the first word begins like the phrase (one of its first two letters in place)
    if (first[0] !== head[0] && first[1] !== head[1]) continue;
    let joined = '';
    for (let j = i; j < tokens.length; j++) {
      // words of one phrase sit close together
      if (j > i && tokens[j].s - tokens[j - 1].e > 6) break;
      joined += tokens[j].t;
      if (joined.length > letters.length + max) break;
      if (joined.length < letters.length - max) continue;
      const d = boundedDistance(joined, letters, max);
      if (d <= max && (!best || d < best.distance)) best = { start: tokens[i].s, end: tokens[j].e, distance: d };
    }
    if (best && best.distance === 0) break;
  }
  return best;
}
