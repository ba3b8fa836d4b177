import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The benchmark's target processes, started one after the other, each killed at the end if still up. */
const children = new Set<ChildProcess>();

/** Starts a target process, its stdout and stderr gathered in one string. */
export function startProcess(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? String(signal));
    }),
  );
  return { child, exited, output: () => output };
}

/** Polls until `probe` is true, the process exits, or `seconds` pass. */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  exited: Promise<unknown>,
  seconds: number,
) {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + seconds * 1000;
  while (!(await probe().catch(() => false))) {
    if (gone) throw new Error(`${what} exited before it was ready`);
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * CPU seconds (user + system) a process and its descendants have used so far, from /proc (a
 * `serve --workers N` primary does little; its workers serve); NaN where there is no /proc.
 */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = (Number(fields[11]) + Number(fields[12])) / clockTicks;
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return kids === '' ? own : kids.split(' ').reduce((sum, child) => sum + cpuSeconds(Number(child)), own);
  } catch {
    return Number.NaN;
  }
}

/** Ends every process this module started that is still running (the benchmark's cleanup). */
export function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
}
