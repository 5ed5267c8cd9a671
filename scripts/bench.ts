/**
 * `npm run bench`: in-process lint time of the seed corpus (../shared/corpus/seeds), of examples/ and of a
 * generated ~300,000-character draft. Prints the median of many runs per input; asserts nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check } from '../server/src/engine';
import { generateDraft } from './gen-draft';
import { benchServer } from './bench-server';
import { median, textTable } from './table';

interface Input {
  name: string;
  text: string;
}

interface Row extends Input {
  runs: number;
  findings: number;
  medianMs: number;
  minMs: number;
}

const MIN_RUNS = 30;
const MIN_MS = 1000;
/** A slow input stops after this long, with at least MIN_RUNS_SLOW runs. */
const MAX_MS = 10_000;
const MIN_RUNS_SLOW = 5;

/** The folder holding package.json, found from this file (scripts/ or out/bench/). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const f of filesUnder(p)) out.push(f);
    else out.push(p);
  }
  return out;
}

function measure(input: Input): Row {
  const lint = (): number => check(input.text).findings.length;
  // Warm up: let the JIT settle before timing.
  const warmUntil = performance.now() + 200;
  let findings = lint();
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) findings = lint();

  const times: number[] = [];
  const start = performance.now();
  for (;;) {
    const t0 = performance.now();
    lint();
    times.push(performance.now() - t0);
    const elapsed = performance.now() - start;
    if (times.length >= MIN_RUNS && elapsed >= MIN_MS) break;
    if (elapsed >= MAX_MS && times.length >= MIN_RUNS_SLOW) break;
  }
  return { ...input, runs: times.length, findings, medianMs: median(times), minMs: times.reduce((m, t) => Math.min(m, t), Infinity) };
}

function table(rows: Row[]): string {
  const header = ['input', 'chars', 'findings', 'runs', 'median ms', 'min ms', 'MB/s'];
  const body = rows.map((r) => {
    const mb = Buffer.byteLength(r.text, 'utf8') / 1e6;
    return [r.name, String(r.text.length), String(r.findings), String(r.runs), r.medianMs.toFixed(3), r.minMs.toFixed(3), (mb / (r.medianMs / 1000)).toFixed(2)];
  });
  const widths = header.map((h, i) => body.reduce((w, row) => Math.max(w, row[i].length), h.length));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const root = repoRoot();
  const inputs: Input[] = [];

  const seeds = join(root, 'test/fixtures/seeds'); // copies of shared/corpus/seeds
  if (existsSync(seeds)) {
    for (const file of filesUnder(seeds).filter((f) => f.endsWith('.txt'))) inputs.push({ name: `seed/${basename(file)}`, text: readFileSync(file, 'utf8') });
  } else {
    console.log(`note: ${seeds} not found, seeds skipped`);
  }

  const examples = join(root, 'examples');
  const exampleFiles = existsSync(examples) ? filesUnder(examples) : [];
  if (exampleFiles.length === 0) console.log('note: examples/ is empty, nothing to time there');
  for (const file of exampleFiles) inputs.push({ name: relative(root, file), text: readFileSync(file, 'utf8') });

  inputs.push({ name: 'generated draft (scripts/gen-draft.ts)', text: generateDraft({ chars: 300_000 }) });

  console.log(`Node ${process.version}, ${process.platform}/${process.arch}; median of ≥${MIN_RUNS} runs and ≥${MIN_MS} ms per input, after warm-up\n`);
  const rows: Row[] = [];
  for (const input of inputs) rows.push(measure(input));
  console.log(table(rows));

  const mem = process.memoryUsage();
  console.log(`\nprocess RSS ${(mem.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB`);

  // The server: a seed (typical draft) and the 300k draft, over stdio; "Sửa tất cả" on the 300k draft
  // as a messy copy gives it: decomposed (NFD) and a zero-width space after every word.
  const seed = inputs.find((i) => i.name.includes('000_')) ?? inputs[0];
  const draft = inputs[inputs.length - 1];
  const messy = { name: 'generated draft, NFD + a zero-width space after every word', text: draft.text.normalize('NFD').replace(/ /g, '\u200B '), fixAll: true };
  await benchServer(root, [{ name: `${seed.name} (typical draft)`, text: seed.text }, { ...draft, fixAll: true }, messy]);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
