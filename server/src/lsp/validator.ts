/**
 * Keeps every open document's diagnostics current: checks at once on open, ~150 ms after the last
 * change, and again when the settings change. Remembers the latest result per document for code actions.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type LintResult } from './diagnostics';
import type { SettingsStore } from './settings';

export const DEBOUNCE_MS = 150;

export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, LintResult>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
  ) {}

  /** Checks a document after `delayMs`, replacing any check already waiting for it. */
  schedule(doc: TextDocument, delayMs = DEBOUNCE_MS): void {
    this.cancel(doc.uri);
    const timer = setTimeout(() => {
      this.timers.delete(doc.uri);
      void this.validate(doc.uri);
    }, delayMs);
    this.timers.set(doc.uri, timer);
  }

  /** Re-checks every open document (after a settings change). */
  revalidateAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc, 0);
  }

  /** Forgets a closed document and clears its diagnostics. */
  close(uri: string): void {
    this.cancel(uri);
    this.results.delete(uri);
    this.settings.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The result for the document's current version, checking it now if the last one is stale. */
  async current(doc: TextDocument): Promise<LintResult | undefined> {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    return this.run(doc);
  }

  private async validate(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const result = await this.run(doc);
    if (result) await this.connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
  }

  /** Checks one version; gives up (undefined) if the document changed or closed while settings were read. */
  private async run(doc: TextDocument): Promise<LintResult | undefined> {
    const { uri, version } = doc;
    const settings = await this.settings.get(uri);
    const latest = this.documents.get(uri);
    if (!latest || latest.version !== version) return undefined;
    try {
      const result = lint(latest, settings);
      this.results.set(uri, result);
      return result;
    } catch (err) {
      this.connection.console.error(`thethuc: lỗi khi kiểm tra ${uri}: ${(err as Error).stack ?? err}`);
      return undefined;
    }
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
