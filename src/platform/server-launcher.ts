import type { ServeOptions } from './serve-options.js';
import type { Workspace } from './workspace.js';

/** A started server. */
export interface RunningServer {
  /** The base URL it listens on, e.g. http://127.0.0.1:8080. */
  readonly url: string;
  /** Graceful stop: /ready answers 503, in-flight requests finish, the prediction log is flushed. */
  close(): Promise<void>;
  /** False in a worker of `serve --workers N`: its primary says where the server listens, once. */
  readonly announce?: boolean;
}

/**
 * Starts the HTTP server on an open workspace. The CLI receives one from the program's entry point,
 * because the layer rule keeps `cli` and `server` from importing each other.
 */
export type ServerLauncher = (workspace: Workspace, options: ServeOptions) => Promise<RunningServer>;
