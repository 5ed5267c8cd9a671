/**
 * Index of the last of `items` (sorted by start) that starts at or before `pos`; 0 when none does (or
 * when there are none: check the length first where that matters). O(log n).
 */
export function lastStartingAt(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
