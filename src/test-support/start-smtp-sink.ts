import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** One message the sink accepted, parsed by Python's e-mail package (headers unfolded, body decoded, LF line ends). */
export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

export interface SmtpSink {
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly messages: readonly ReceivedMail[];
  /** Resolves once `count` messages have arrived (rejects after `timeoutMs`, default 10 s). */
  waitForMessages(count: number, timeoutMs?: number): Promise<readonly ReceivedMail[]>;
  stop(): Promise<void>;
}

/** The Python interpreter with aiosmtpd (Debian: `apt-get install python3-aiosmtpd`). */
const PYTHON = process.env.SEXTANT_TEST_PYTHON ?? '/usr/bin/python3';

// An SMTP server on a free port of 127.0.0.1 that prints each accepted message as one JSON line and
// exits when its stdin closes, so it never outlives the test process.
const SINK_SCRIPT = `
import asyncio, json, sys
from email import message_from_bytes, policy
from aiosmtpd.smtp import SMTP

class Sink:
    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        body = message.get_body(("plain",))
        print(json.dumps({
            "from": envelope.mail_from,
            "to": list(envelope.rcpt_tos),
            "subject": str(message["subject"] or ""),
            "headers": {key: str(value) for key, value in message.items()},
            "text": body.get_content().replace("\\r\\n", "\\n") if body is not None else "",
        }), flush=True)
        return "250 OK"

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(Sink()), "127.0.0.1", 0)
    print("READY", server.sockets[0].getsockname()[1], flush=True)
    await loop.run_in_executor(None, sys.stdin.read)

asyncio.run(main())
`;

/**
 * Starts a real SMTP server (Python's aiosmtpd in a child process) for e-mail tests, or returns why it
 * cannot (no Python, no aiosmtpd) so the caller can skip locally and fail in CI.
 */
export async function startSmtpSink(): Promise<SmtpSink | { unavailable: string }> {
  let child: ChildProcess;
  try {
    child = spawn(PYTHON, ['-c', SINK_SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    return { unavailable: `cannot run ${PYTHON}: ${(error as Error).message}` };
  }
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const messages: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const lines = createInterface({ input: child.stdout! });
  const ready = new Promise<number | string>((resolve) => {
    const timer = setTimeout(() => resolve('no READY line within 10 s'), 10_000);
    child.on('error', (error) => resolve(`cannot run ${PYTHON}: ${error.message}`));
    // 'close' comes after stderr has been read to its end, so the reason is complete.
    child.on('close', (code) =>
      resolve(`exited with ${code}: ${stderr.join('').trim().split('\n').at(-1) ?? ''}`),
    );
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        resolve(Number(line.slice(6)));
        return;
      }
      messages.push(JSON.parse(line) as ReceivedMail);
      for (const wake of waiters.splice(0)) wake();
    });
  });
  const port = await ready;
  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.stdin!.end();
    child.kill();
    await exited;
  };
  if (typeof port === 'string') {
    await stop();
    return { unavailable: `the aiosmtpd sink did not start (${port})` };
  }
  return {
    host: '127.0.0.1',
    port,
    messages,
    stop,
    waitForMessages: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} messages, the sink has ${messages.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return messages;
    },
  };
}
