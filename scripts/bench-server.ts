/**
 * Server figures for `npm run bench`: open-to-diagnostics and edit-to-diagnostics latency over stdio,
 * measured from the client's side of the pipe (dist/server.js started with --stdio, the edit debounce
 * set to 0 through initializationOptions so the figure is the server's own work; in the editor the
 * default 150 ms wait after the last keystroke comes on top). Asserts nothing.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frame, MessageReader, type Message } from './jsonrpc';
import { median, textTable } from './table';

export interface ServerInput {
  name: string;
  text: string;
  /** Also time "Sửa tất cả" (textDocument/codeAction, only source.fixAll) on it. */
  fixAll?: boolean;
}

interface FixAllRow {
  name: string;
  chars: number;
  /** Fixes taken, and the TextEdits sent. */
  count: number;
  edits: number;
  ms: number;
  runs: number;
}

interface Row {
  name: string;
  chars: number;
  openMs: number;
  editMs: number;
  runs: number;
}

class Client {
  private readonly reader = new MessageReader();
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private diagnosticsWaiter: { uri: string; version: number; resolve: () => void } | null = null;

  constructor(readonly proc: ChildProcessWithoutNullStreams) {
    proc.stdout.on('data', (chunk: Buffer) => {
      for (const m of this.reader.push(chunk)) this.dispatch(m);
    });
  }

  private dispatch(m: Message): void {
    if (m.method === 'textDocument/publishDiagnostics') {
      const w = this.diagnosticsWaiter;
      const version = m.params.version as number | undefined;
      if (w && m.params.uri === w.uri && (version === undefined || version >= w.version)) {
        this.diagnosticsWaiter = null;
        w.resolve();
      }
    } else if (m.method !== undefined && m.id !== undefined && m.id !== null) {
      // a request from the server (workspace/configuration …): answer with nothing
      this.send({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? (m.params.items ?? []).map(() => null) : null });
    } else if (typeof m.id === 'number') {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    }
  }

  send(m: Message): void {
    this.proc.stdin.write(frame(m));
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Sends a notification and waits for the diagnostics of `uri` at `version` or later; returns the time taken. */
  timed(method: string, params: unknown, uri: string, version: number): Promise<number> {
    return new Promise((resolve) => {
      const t0 = performance.now();
      this.diagnosticsWaiter = { uri, version, resolve: () => resolve(performance.now() - t0) };
      this.notify(method, params);
    });
  }
}

function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? +m[1] / 1024 : null;
  } catch {
    return null;
  }
}

/** The start of the middle line of the text, as an LSP position. */
function middlePosition(text: string): { line: number; character: number } {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return { line: lines >> 1, character: 0 };
}

export async function benchServer(root: string, inputs: ServerInput[]): Promise<void> {
  const proc = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: 'pipe' });
  const client = new Client(proc);
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
  client.notify('initialized', {});
  const rows: Row[] = [];
  let n = 0;
  for (const input of inputs) {
    const runs = input.text.length > 100_000 ? 15 : 40;
    const opens: number[] = [];
    const edits: number[] = [];
    for (let r = 0; r < runs + 3; r++) {
      const uri = `file:///bench/${n++}.vanban`;
      const open = await client.timed('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text: input.text } }, uri, 1);
      // one keystroke in the middle of the draft: a letter typed, then the next edit removes it
      const at = middlePosition(input.text);
      const insert = await client.timed('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
      }, uri, 2);
      const remove = await client.timed('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ range: { start: at, end: { line: at.line, character: 1 } }, text: '' }],
      }, uri, 3);
      client.notify('textDocument/didClose', { textDocument: { uri } });
      if (r < 3) continue; // warm-up
      opens.push(open);
      edits.push(insert, remove);
    }
    rows.push({ name: input.name, chars: input.text.length, openMs: median(opens), editMs: median(edits), runs });
  }
  const fixRows: FixAllRow[] = [];
  for (const input of inputs.filter((i) => i.fixAll)) {
    const uri = `file:///bench/${n++}.vanban`;
    await client.timed('textDocument/didOpen', { textDocument: { uri, languageId: 'vanban', version: 1, text: input.text } }, uri, 1);
    const times: number[] = [];
    let count = 0;
    let edits = 0;
    const runs = 15;
    for (let r = 0; r < runs + 3; r++) {
      // a new version each run, so "Sửa tất cả" is computed afresh (the server keeps it per version)
      const version = r + 2;
      const at = middlePosition(input.text);
      const text = r % 2 === 0 ? 'x' : '';
      const range = r % 2 === 0 ? { start: at, end: at } : { start: at, end: { line: at.line, character: 1 } };
      await client.timed('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] }, uri, version);
      const t0 = performance.now();
      const answer = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      const ms = performance.now() - t0;
      const action = answer.result?.[0];
      count = Number(/\((\d+)/.exec(action?.title ?? '')?.[1] ?? 0);
      edits = action?.edit?.changes?.[uri]?.length ?? 0;
      if (r >= 3) times.push(ms);
    }
    client.notify('textDocument/didClose', { textDocument: { uri } });
    fixRows.push({ name: input.name, chars: input.text.length, count, edits, ms: median(times), runs });
  }
  const rss = rssMiB(proc.pid!);
  await client.request('shutdown', null);
  client.notify('exit', null);
  await new Promise((resolve) => proc.on('exit', resolve));

  console.log('\nLanguage server over stdio (dist/server.js --stdio, edit debounce 0 ms; medians, after warm-up)\n');
  const header = ['input', 'chars', 'runs', 'open → diagnostics ms', 'edit → diagnostics ms'];
  console.log(textTable(header, rows.map((r) => [r.name, String(r.chars), String(r.runs), r.openMs.toFixed(2), r.editMs.toFixed(2)])));
  if (fixRows.length > 0) {
    console.log('\n"Sửa tất cả" over stdio (textDocument/codeAction with only source.fixAll, after the diagnostics; medians, after warm-up)\n');
    const fixHeader = ['input', 'chars', 'fixes', 'TextEdits sent', 'runs', 'fix-all ms'];
    console.log(textTable(fixHeader, fixRows.map((r) => [r.name, String(r.chars), String(r.count), String(r.edits), String(r.runs), r.ms.toFixed(2)])));
  }
  if (rss !== null) console.log(`\nserver RSS ${rss.toFixed(1)} MiB`);
}
