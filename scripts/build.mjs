// Bundles with esbuild: one file per entry point (client, server, CLI); --tests and --bench build those.
import { build } from 'esbuild';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning' };

function walk(dir, pred, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}

if (args.has('--tests')) {
  await build({ ...common, entryPoints: walk('test', (p) => p.endsWith('.test.ts')), outdir: 'out/test', outbase: 'test', external: ['mocha', 'typescript'] });
} else if (args.has('--corpus')) {
  await build({ ...common, entryPoints: ['scripts/corpus.ts'], outfile: 'out/corpus/corpus.js' });
} else if (args.has('--bench')) {
  await build({ ...common, entryPoints: ['scripts/bench.ts'], outfile: 'out/bench/bench.js' });
} else {
  const entries = [
    { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
    { in: 'server/src/server.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node' },
    { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  ].filter((e) => existsSync(e.in));
  await Promise.all(entries.map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out, external: e.external ?? [], banner: e.banner ? { js: e.banner } : undefined, minify: true })));
}
