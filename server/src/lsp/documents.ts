/**
 * The open documents, kept in sync from didOpen/didChange/didClose. A change whose version is not
 * above the version held is stale (sent out of order, replayed, or hostile): it is ignored, with a
 * warning in the log, instead of being applied silently — results are cached per version, so a change
 * applied under an old or equal version would also leave the diagnostics of another text in place.
 */
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export function createDocuments(onStale: (uri: string, version: number, held: number) => void): TextDocuments<TextDocument> {
  return new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update(document, changes, version) {
      if (!(Number.isSafeInteger(version) && version > document.version)) {
        onStale(document.uri, version, document.version);
        return document;
      }
      return TextDocument.update(document, changes, version);
    },
  });
}
