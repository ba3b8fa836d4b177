#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';
import { startServer } from './server/start-server.js';

// The one place that touches the real process and the one that joins the CLI to the server, which
// the layer rule keeps apart: argv in, exit code out.
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  launchServer: startServer,
  stopSignal: () =>
    new Promise((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    }),
});
process.exitCode = code;
