/**
 * Links from a diagnostic to its rule's page, docs/rules/<id>.md (codeDescription.href).
 *
 * The base, in order: `initializationOptions.docsBaseUri` from the client (the VS Code extension
 * passes its own docs/rules folder as a file URI); else the docs/rules folder beside the bundled
 * server (dist/../docs/rules, as shipped in the extension and the npm package), when it exists; else
 * the repository-relative path "docs/rules/<id>.md".
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleById } from '../engine';

export const REPOSITORY_DOCS = 'docs/rules/';

export class DocsLinks {
  readonly base: string;

  constructor(docsBaseUri?: unknown) {
    this.base = typeof docsBaseUri === 'string' && docsBaseUri.trim() !== '' ? withSlash(docsBaseUri.trim()) : shippedDocs() ?? REPOSITORY_DOCS;
  }

  /** The page of a rule, or undefined for codes that are not rules (tep-qua-lon, cau-hinh). */
  href(ruleId: string): string | undefined {
    return ruleById(ruleId) ? `${this.base}${ruleId}.md` : undefined;
  }
}

function withSlash(uri: string): string {
  return uri.endsWith('/') ? uri : uri + '/';
}

function shippedDocs(): string | null {
  const dir = resolve(__dirname, '..', 'docs', 'rules');
  return existsSync(dir) ? withSlash(pathToFileURL(dir).href) : null;
}
