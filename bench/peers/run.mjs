#!/usr/bin/env node
// Runs scripts/bench-peers.ts on its own: bundles it (with the root's esbuild) to out/bench/bench-peers.js
// and runs it; that script installs bench/peers/node_modules with `npm ci` when it is missing.
// `node bench/peers/run.mjs [--chars N] [--runs N] [--json]`.
// As the root bench script: `node bench/peers/run.mjs --dispatch` runs out/bench/bench.js (built by
// `node scripts/build.mjs --bench`) unless --peers is among the arguments, in which case it runs the peers.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const run = (file, argv) => {
  // --expose-gc: the peers bench collects the heap before every timed run of every tool
  const r = spawnSync(process.execPath, ['--expose-gc', file, ...argv], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
};

if (args.includes('--dispatch') && !args.includes('--peers')) {
  run(join(root, 'out/bench/bench.js'), args.filter((a) => a !== '--dispatch'));
} else {
  const outfile = join(root, 'out/bench/bench-peers.js');
  await build({ entryPoints: [join(root, 'scripts/bench-peers.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  run(outfile, args.filter((a) => a !== '--dispatch' && a !== '--peers'));
}
