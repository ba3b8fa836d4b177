#!/usr/bin/env node
import cluster from 'node:cluster';
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
      // A worker of `serve --workers N` gets Ctrl-C from the terminal and then SIGTERM from its
      // primary: the second must not cut its drain short, as a signal without a listener would.
      const on = cluster.isWorker ? process.on.bind(process) : process.once.bind(process);
      on('SIGTERM', () => resolve('SIGTERM'));
      on('SIGINT', () => resolve('SIGINT'));
    }),
});
process.exitCode = code;
// A worker's IPC channel to its primary would keep it alive after the server closed.
if (cluster.isWorker) process.exit(code);
