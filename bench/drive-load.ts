import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

/** One HTTP endpoint under load: every request is the same POST. */
export interface LoadTarget {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface LoadResult {
  /** 2xx responses per second over the run. */
  readonly rps: number;
  /** Latency percentiles of the 2xx responses, in milliseconds (exact, not autocannon's whole ms). */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  /** Requests sent but unanswered when the run stopped: the client drops them, the server may not. */
  readonly cutAtEnd: number;
}

/**
 * Drives `target` with autocannon for `seconds` over `connections` keep-alive connections, one request
 * in flight per connection. `onOk` sees every 2xx body (the serving benchmark collects request ids).
 */
export async function driveLoad(
  target: LoadTarget,
  seconds: number,
  connections: number,
  onOk: (body: string) => void = () => undefined,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: target.url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: { ...target.headers },
        body: target.body,
        onResponse: (status, body) => {
          if (status >= 200 && status < 300) onOk(body);
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: result['2xx'] / result.duration,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    cutAtEnd: Math.max(0, result.requests.sent - result.requests.total),
  };
}

/** Nearest-rank percentile of sorted values; NaN when there are none. */
function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

/** True when a `wrk` binary is on PATH. */
export function wrkInstalled(): boolean {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
}

/**
 * The same load with wrk (one thread, `connections` connections, `--latency`), for a second opinion
 * from a client that is not written in JavaScript. The 2xx count is the completed requests minus the non-2xx ones.
 */
export function wrkLoad(target: LoadTarget, seconds: number, connections: number, dir: string): LoadResult {
  const script = join(dir, 'wrk-post.lua');
  const headers = Object.entries(target.headers)
    .map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
    .join('\n');
  writeFileSync(script, `wrk.method = "POST"\nwrk.body = ${JSON.stringify(target.body)}\n${headers}\n`);
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', script, target.url];
  const run = spawnSync('wrk', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}`);
  const out = run.stdout;
  const total = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  // "Socket errors: connect 0, read 0, write 0, timeout 0", printed only when there were some.
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const [connect, read, write, timeouts] = (socket?.slice(1) ?? ['0', '0', '0', '0']).map(Number) as number[];
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN) * ((total - non2xx) / (total || 1)),
    p50Ms: wrkMs(/ 50%\s+([\d.]+)(us|ms|s)/.exec(out)),
    p99Ms: wrkMs(/ 99%\s+([\d.]+)(us|ms|s)/.exec(out)),
    ok: total - non2xx,
    non2xx,
    errors: (connect ?? 0) + (read ?? 0) + (write ?? 0),
    timeouts: timeouts ?? 0,
    cutAtEnd: connections,
  };
}

function wrkMs(match: RegExpExecArray | null): number {
  if (match === null) return Number.NaN;
  const value = Number(match[1]);
  return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
}
