/** Entry point of the `thethuc` command (bundled to dist/cli.js): runs the CLI on the process's streams. */
import { run } from './run';

// A reader that closes the pipe early (`thethuc rules | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // A getter, so standard input is only opened when a path is "-".
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`thethuc: lỗi nội bộ: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
