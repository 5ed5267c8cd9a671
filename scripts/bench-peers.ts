/**
 * `npm run bench -- --peers`: the same generated 300,000-character Vietnamese draft (scripts/gen-draft.ts)
 * through markdownlint, textlint and our engine, each in-process in this one Node process, after
 * warm-up; prints each median and how many times slower each peer is. Asserts nothing.
 *
 * The peers are dev dependencies of bench/peers only (its own package.json and package-lock.json, never
 * the root package.json); when bench/peers/node_modules is missing this script runs `npm ci` there first.
 * Run it on its own with `node bench/peers/run.mjs` (bundles this file to out/bench/bench-peers.js).
 *
 * - markdownlint: `lint({ strings })` of `markdownlint/sync`, default config (every default rule on).
 * - textlint: `createLinter({ descriptor }).lintText(text, "draft.txt")` (the built-in text plugin) with
 *   the rules of bench/peers/.textlintrc.json: textlint-rule-no-todo and textlint-rule-date-weekday-mismatch
 *   (a date rule, close to what we check; the pair shared/reference/anchors.md measured). textlint core ships no
 *   rule, so some rule set must be chosen. With --max-comma, a second textlint row adds
 *   textlint-rule-max-comma (bench/peers/textlintrc-max-comma.json), which is superlinear on this text.
 * - ours: `check(text)` of server/src/engine, default (draft) mode, every rule.
 *
 * Options: --chars N (default 300000), --runs N (interleaved rounds, default 7: one timed run of each peer
 * and five of ours per round), --max-comma (see above), --json (print the figures as JSON as well).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { check } from '../server/src/engine';
import { generateDraft } from './gen-draft';

interface Tool {
  name: string;
  version: string;
  /** Lints the text once; returns the number of problems found. */
  lint(text: string): Promise<number> | number;
}

interface Figures {
  name: string;
  version: string;
  problems: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** The repository root (holding package.json and bench/peers/), found upward from this file (scripts/ or out/bench/). */
function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bench', 'peers', 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${__dirname}`);
    dir = dirname(dir);
  }
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number`);
  return n;
}

/** Installs the peers from bench/peers/package-lock.json when they are missing. */
function ensurePeers(peersDir: string): void {
  if (existsSync(join(peersDir, 'node_modules', 'markdownlint')) && existsSync(join(peersDir, 'node_modules', 'textlint'))) return;
  console.log(`bench/peers/node_modules is missing: npm ci in ${peersDir}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: peersDir, stdio: 'inherit' });
}

/** `import()` of a package resolved from bench/peers (ESM or CommonJS alike). */
async function importFrom(peersDir: string, specifier: string): Promise<any> {
  const resolved = createRequire(join(peersDir, 'package.json')).resolve(specifier);
  return import(pathToFileURL(resolved).href);
}

function versionOf(peersDir: string, pkg: string): string {
  return (JSON.parse(readFileSync(join(peersDir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

async function markdownlint(peersDir: string): Promise<Tool> {
  const mod = await importFrom(peersDir, 'markdownlint/sync');
  const lint = (mod.lint ?? mod.default?.lint) as (options: { strings: Record<string, string> }) => Record<string, unknown[]>;
  if (typeof lint !== 'function') throw new Error('markdownlint/sync has no lint()');
  return {
    name: 'markdownlint (lint of markdownlint/sync, default rules)',
    version: versionOf(peersDir, 'markdownlint'),
    lint: (text) => lint({ strings: { draft: text } }).draft.length,
  };
}

async function textlint(peersDir: string, configFile: string): Promise<Tool> {
  const mod = await importFrom(peersDir, 'textlint');
  const api = mod.createLinter ? mod : mod.default;
  const configFilePath = join(peersDir, configFile);
  const expected = Object.keys((JSON.parse(readFileSync(configFilePath, 'utf8')) as { rules: Record<string, unknown> }).rules);
  const descriptor = await api.loadTextlintrc({ configFilePath, node_modulesDir: join(peersDir, 'node_modules') });
  // loadTextlintrc falls back silently to "no rules" when the config cannot be loaded: refuse that.
  const rules: { id: string }[] = descriptor.rule?.ruleDescriptorList ?? [];
  if (rules.length !== expected.length) throw new Error(`textlint loaded ${rules.length} rules from ${configFilePath}, expected ${expected.length}`);
  const linter = api.createLinter({ descriptor, cwd: peersDir });
  return {
    name: `textlint (lintText, text plugin; ${rules.map((r) => r.id).join(', ')})`,
    version: versionOf(peersDir, 'textlint'),
    lint: async (text) => ((await linter.lintText(text, join(peersDir, 'draft.txt'))) as { messages: unknown[] }).messages.length,
  };
}

function ours(root: string): Tool {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return { name: 'thethuc (check, every rule)', version, lint: (text) => check(text).findings.length };
}

interface Plan {
  tool: Tool;
  /** Timed runs per round. */
  perRound: number;
  warmups: number;
}

/**
 * Rounds in turn (ours, markdownlint, textlint, then again), so that a busy spell of the machine (it is
 * shared) falls on every tool alike rather than on whichever ran at that moment.
 */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

async function measureInterleaved(plans: Plan[], text: string, rounds: number): Promise<Figures[]> {
  const problems = new Map<Plan, number>();
  const times = new Map<Plan, number[]>(plans.map((p) => [p, []]));
  for (const p of plans) for (let i = 0; i < p.warmups; i++) problems.set(p, await p.tool.lint(text));
  for (let round = 0; round < rounds; round++) {
    for (const p of plans) {
      // Every tool's turn starts from a collected heap (node --expose-gc): no tool pays for the
      // garbage another one left.
      collectGarbage();
      for (let i = 0; i < p.perRound; i++) {
        const t0 = performance.now();
        problems.set(p, await p.tool.lint(text));
        times.get(p)!.push(performance.now() - t0);
      }
    }
  }
  return plans.map((p) => {
    const t = times.get(p)!.sort((a, b) => a - b);
    const mid = t.length >> 1;
    const medianMs = t.length % 2 ? t[mid] : (t[mid - 1] + t[mid]) / 2;
    return { name: p.tool.name, version: p.tool.version, problems: problems.get(p) ?? 0, runs: t.length, medianMs, minMs: t[0], maxMs: t[t.length - 1] };
  });
}

const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

function markdownTable(rows: Figures[], base: Figures, chars: number): string {
  const out = [
    `| tool | version | problems found | runs | median ms | min–max ms | × our median |`,
    `|---|---|---|---|---|---|---|`,
  ];
  for (const r of rows) {
    const ratio = r === base ? '1' : `${(r.medianMs / base.medianMs).toFixed(0)}×`;
    out.push(`| ${r.name} | ${r.version} | ${r.problems.toLocaleString('en-US')} | ${r.runs} | ${ms(r.medianMs)} | ${ms(r.minMs)}–${ms(r.maxMs)} | ${ratio} |`);
  }
  out.push('', `Input: generateDraft({ chars: ${chars.toLocaleString('en-US')} }) — ${chars.toLocaleString('en-US')}-character Vietnamese kế hoạch, same string for every tool.`);
  return out.join('\n');
}

async function main(): Promise<void> {
  const root = repoRoot();
  const peersDir = join(root, 'bench', 'peers');
  const chars = option('--chars', 300_000);
  const rounds = option('--runs', 7);
  ensurePeers(peersDir);

  const text = generateDraft({ chars });
  // Ours runs 5 times a round: its runs are short, and its median then moves less with the machine's noise.
  const plans: Plan[] = [
    { tool: ours(root), perRound: 5, warmups: 20 },
    { tool: await markdownlint(peersDir), perRound: 1, warmups: 2 },
    { tool: await textlint(peersDir, '.textlintrc.json'), perRound: 1, warmups: 2 },
  ];
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs; ${text.length.toLocaleString('en-US')} characters; in-process, after warm-up, ${rounds} interleaved rounds\n`);
  const rows = await measureInterleaved(plans, text, rounds);
  if (process.argv.includes('--max-comma')) {
    // textlint-rule-max-comma is superlinear on long Vietnamese text (about 18 s a run here): one warm-up, two runs.
    const [slow] = await measureInterleaved([{ tool: await textlint(peersDir, 'textlintrc-max-comma.json'), perRound: 1, warmups: 1 }], text, 2);
    rows.push(slow);
  }
  const base = rows[0];

  console.log(markdownTable(rows, base, text.length));
  const vsMarkdownlint = rows[1].medianMs / base.medianMs;
  const vsTextlint = rows[2].medianMs / base.medianMs;
  console.log(`\nthethuc is ${vsMarkdownlint.toFixed(1)}× faster than markdownlint and ${vsTextlint.toFixed(1)}× faster than textlint (ratios of medians; of minimums: ${(rows[1].minMs / base.minMs).toFixed(1)}× and ${(rows[2].minMs / base.minMs).toFixed(1)}×).`);
  console.log(vsMarkdownlint >= 40 ? 'Goal met: at least 40× faster than markdownlint in-process.' : 'Goal NOT met: less than 40× faster than markdownlint in-process (median ratio).');
  if (process.argv.includes('--json')) console.log(JSON.stringify({ node: process.version, chars: text.length, rows }, null, 2));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
