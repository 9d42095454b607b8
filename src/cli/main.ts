// The settings the bot reads: .env, then the environment (which wins), as src/main.ts does.
import 'dotenv/config';
import { runCli } from './run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
