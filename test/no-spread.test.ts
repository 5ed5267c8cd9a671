/**
 * No spread of an array into a call (issue 12). `f(...xs)` puts every element on the stack: with big
 * arrays it threw "Maximum call stack size exceeded" — `push(...edits)` in --fix on 130,000
 * zero-width characters, `Math.max(...rows)` in the stylish output on 137,000 findings. This reads
 * the sources with the TypeScript parser and fails on any spread argument (and any `.apply(`) that is
 * not listed below with the reason its array is bounded.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

/** file → the calls allowed there (a piece of their text), each with why its array is bounded. */
const ALLOWED: Record<string, { call: string; why: string }[]> = {
  'client/src/commands.ts': [{ call: 'executeCommand(action.command.command, ...', why: "a command's arguments, as VS Code's API takes them (one argument)" }],
  'client/src/codeActions.ts': [{ call: 'executeCommand(picked.command.command, ...', why: "a command's arguments, as VS Code's API takes them (one argument)" }],
  'client/src/extension.ts': [{ call: 'context.subscriptions.push(', why: 'the fixed list of the commands the extension registers' }],
  'server/src/engine/text/vietnamese.ts': [{ call: 'String.fromCharCode.apply(null, codes.slice(i, i + 4096))', why: 'chunks of 4,096 codes' }],
};

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|mts|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

describe('no spread of an array into a call (stack overflow on big arrays)', function () {
  this.timeout(30_000);
  it('in server/src, client/src and scripts', function () {
    const found: string[] = [];
    for (const folder of ['server/src', 'client/src', 'scripts']) {
      for (const file of sources(join(ROOT, folder))) {
        const rel = relative(ROOT, file).split('\\').join('/');
        const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          const spread = (ts.isCallExpression(node) || ts.isNewExpression(node)) && (node.arguments ?? []).some(ts.isSpreadElement);
          const apply = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'apply';
          if (spread || apply) {
            const text = node.getText(source).replace(/\s+/g, ' ');
            if (!(ALLOWED[rel] ?? []).some((a) => text.includes(a.call))) {
              found.push(`${rel}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${text.slice(0, 120)}`);
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
    assert.deepEqual(found, [], 'use a loop (for … of, reduce) instead');
  });
});
