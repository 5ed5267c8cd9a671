/**
 * The snippet and clause library: one source of truth (snippets/vanban.json, in VS Code's snippet
 * format) read both by VS Code's snippets contribution and by the language server's completion.
 *
 * CONTRACT (shared by the snippets work and the server's completion):
 * - `SNIPPETS` lists every entry with its VS Code fields and the context it belongs to.
 * - `snippetsFor(context)` returns the entries to offer in that context, in display order.
 * - `expand(entry, vars)` expands a snippet body with its default values and the given variables
 *   (CURRENT_DATE, CURRENT_MONTH, CURRENT_YEAR …, with VS Code's regex transforms), for tests and for
 *   servers whose clients do not support snippet syntax.
 */

export type SnippetContext =
  | 'document-start' // skeletons: an empty document or its first lines
  | 'body-line' // directive clauses at the start of a body line
  | 'kinh-gui' // recipients after "Kính gửi:"
  | 'noi-nhan' // items inside the Nơi nhận block
  | 'signature' // signature blocks
  | 'can-cu'; // căn cứ lines

export interface SnippetEntry {
  /** The key in snippets/vanban.json (shown as the completion label). */
  name: string;
  prefix: string[];
  body: string[];
  /** Vietnamese description shown in completion. */
  description: string;
  context: SnippetContext;
}

export const SNIPPETS: SnippetEntry[] = [];

export function snippetsFor(context: SnippetContext): SnippetEntry[] {
  return SNIPPETS.filter((s) => s.context === context);
}

export function expand(entry: SnippetEntry, vars: Record<string, string> = {}): string {
  void vars;
  return entry.body.join('\n');
}
