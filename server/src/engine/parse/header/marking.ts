/** Secrecy and urgency marks (Phụ lục I, mục III): a cell that is only "MẬT", "KHẨN", "HỎA TỐC" … */
import type { Part } from '../../model/vanban';
import { MARK_K } from '../../vocab';
import { foldKey } from '../../text/vietnamese';
import { remainders, takePart, type HeaderContext } from './context';

export function findMarkings(ctx: HeaderContext): Part[] {
  const out: Part[] = [];
  for (const piece of ctx.pieces) {
    for (const r of remainders(ctx, piece)) {
      if (r.text.length > 20) continue;
      if (MARK_K.test(foldKey(r.text).replace(/\s+/g, ' ').trim())) out.push(takePart(ctx, r.start, r.end));
    }
  }
  return out;
}
