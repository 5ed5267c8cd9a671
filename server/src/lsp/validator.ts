/**
 * Keeps every open document's diagnostics current: checks at once on open, ~150 ms after the last
 * change, and again when the settings or a config file change. Remembers the result of the latest
 * version of each document, so hover, symbols, completion and code actions never parse again a
 * version already checked.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Mode } from '../engine';
import { INTERNAL_ERROR_CODE, SOURCE, lint, type LintResult } from './diagnostics';
import type { SettingsStore } from './settings';
import type { ProjectConfigs } from './projectConfig';
import type { DocsLinks } from './docsLink';

export const DEBOUNCE_MS = 150;

export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, LintResult>();
  private readonly running = new Map<string, { version: number; generation: number; promise: Promise<LintResult | undefined> }>();
  /** Bumped when settings or config files change: results from an older generation are stale. */
  private generation = 0;
  /** Parses done (for tests and traces). */
  lintCount = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly configs: ProjectConfigs,
    public links: DocsLinks,
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

  /** Forgets every result and re-checks every open document (settings or a config file changed). */
  revalidateAll(): void {
    this.generation++;
    this.results.clear();
    this.configs.invalidate();
    for (const doc of this.documents.all()) this.schedule(doc, 0);
  }

  /** Forgets a closed document and clears its diagnostics. */
  close(uri: string): void {
    this.forget(uri);
    this.settings.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Forgets what was checked of a document (opened again: its version numbers start afresh). */
  forget(uri: string): void {
    this.cancel(uri);
    this.results.delete(uri);
    this.running.delete(uri);
  }

  /** The result for the document's current version: the cached one, or a check run now. */
  async current(doc: TextDocument): Promise<LintResult | undefined> {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    return this.run(doc);
  }

  /**
   * The result of the document's current version checked in `mode`: the cached one when it was
   * checked in that mode, else a check run now and not cached (the diagnostics keep the settings' mode).
   */
  async inMode(doc: TextDocument, mode: Mode): Promise<LintResult | undefined> {
    const result = await this.current(doc);
    if (!result || result.config.mode === mode) return result;
    const settings = await this.settings.get(doc.uri);
    const latest = this.documents.get(doc.uri);
    if (!latest || latest.version !== result.version) return undefined;
    this.lintCount++;
    return lint(latest, settings, this.configs.forDocument(doc.uri), this.links, mode);
  }

  private async validate(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const result = await this.current(doc);
    const latest = this.documents.get(uri);
    if (result && latest && latest.version === result.version) {
      await this.connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
    }
  }

  /** Checks one version, sharing a check already running for it; undefined if the document changed or closed meanwhile. */
  private run(doc: TextDocument): Promise<LintResult | undefined> {
    const { uri, version } = doc;
    const inFlight = this.running.get(uri);
    if (inFlight && inFlight.version === version && inFlight.generation === this.generation) return inFlight.promise;
    const generation = this.generation;
    const promise: Promise<LintResult | undefined> = this.lintVersion(uri, version, generation).finally(() => {
      if (this.running.get(uri)?.promise === promise) this.running.delete(uri);
    });
    this.running.set(uri, { version, generation, promise });
    return promise;
  }

  private async lintVersion(uri: string, version: number, generation: number): Promise<LintResult | undefined> {
    const settings = await this.settings.get(uri);
    const latest = this.documents.get(uri);
    if (!latest || latest.version !== version) return undefined;
    try {
      const result = lint(latest, settings, this.configs.forDocument(uri), this.links);
      this.lintCount++;
      if (generation === this.generation) this.results.set(uri, result);
      return result;
    } catch (err) {
      // An engine bug must not leave stale diagnostics behind: say so on the document, log the stack.
      this.connection.console.error(`thethuc: lỗi khi kiểm tra ${uri}: ${(err as Error).stack ?? err}`);
      const result = internalError(latest, err);
      if (generation === this.generation) this.results.set(uri, result);
      return result;
    }
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}

function internalError(doc: TextDocument, err: unknown): LintResult {
  const start = { line: 0, character: 0 };
  return {
    uri: doc.uri,
    version: doc.version,
    config: {},
    doc: null,
    findings: [],
    diagnostics: [
      {
        range: { start, end: start },
        severity: 2,
        code: INTERNAL_ERROR_CODE,
        source: SOURCE,
        message: `Thể thức gặp lỗi nội bộ khi đọc văn bản này nên chưa kiểm tra được (${(err as Error).message ?? err}). Chi tiết ở kênh Output “Thể thức”.`,
      },
    ],
  };
}
