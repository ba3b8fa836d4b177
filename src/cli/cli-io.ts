import type { ServerLauncher } from '../platform/server-launcher.js';

/** What a CLI invocation talks to; a test passes buffers, `main.ts` passes the process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /**
   * Starts the HTTP server (`serve`, `demo`). Injected by the entry point, because the layer rule keeps
   * the CLI from importing the server.
   */
  readonly launchServer?: ServerLauncher;
  /** Resolves when the process is asked to stop (SIGTERM, SIGINT); a test resolves it itself. */
  readonly stopSignal?: () => Promise<string>;
}
