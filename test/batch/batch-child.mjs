// Test-only: runs `careaudit batch` from the TypeScript sources in a process of its own, so a test can kill it.
// Usage: node batch-child.mjs SITES_FILE OPTIONS_JSON  (cwd is the io.cwd; the exit code is runBatch's)
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
const { runBatch } = await import('../../src/cli/run-batch.ts');
const [sites, options] = process.argv.slice(2);
process.exitCode = await runBatch(sites, JSON.parse(options ?? '{}'), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
