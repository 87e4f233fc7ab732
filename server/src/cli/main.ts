// Entry point of the `news-annotator` command.
import { run } from './run';

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    process.stderr.write(`news-annotator: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
