/**
 * The language of the extension's own interface (status bar, messages, pickers, the quick-fix rows the
 * client makes): the `thethuc.language` setting, Vietnamese by default, English on request.
 *
 * Why not VS Code's display language (vscode.l10n, package.nls.vi.json): VS Code applies those only
 * when a Vietnamese language pack is installed and chosen, which the users of this extension do not
 * have; they run VS Code in English and would see an English extension. So the strings are written in
 * English in the code (the keys) and translated from l10n/bundle.l10n.vi.json, bundled into the client.
 * The manifest's strings (command titles, settings) cannot change at run time: they are Vietnamese in
 * package.nls.json, with a search alias without diacritics and in English (see package.json).
 */
import * as vscode from 'vscode';
import vi from '../../l10n/bundle.l10n.vi.json';

export type Language = 'vi' | 'en';

const VI = vi as Record<string, string>;

/** The interface language from the settings ("vi" unless set to "en"). */
export function language(): Language {
  return vscode.workspace.getConfiguration('thethuc').get<string>('language') === 'en' ? 'en' : 'vi';
}

/** The string in the interface language, with {0}, {1} … replaced by `args`. */
export function t(message: string, ...args: (string | number)[]): string {
  const template = language() === 'vi' ? (VI[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (hole, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : hole));
}
