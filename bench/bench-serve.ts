/**
 * `npm run bench:serve`: the prediction server under load, against a bare node:http server and the
 * seeds' FastAPI + uvicorn + scikit-learn stack, in one run, each target its own process.
 * 1. Builds a workspace: synthetic tickets (src/data/generate-tickets.ts), `sextant train` (TF-IDF on
 *    title and description + one-hot source and tier + logistic regression) behind `production`, and a
 *    predict token; then `node dist/main.js serve` with prediction logging on (as always), and again
 *    with `--no-fast-path` (every request through Fastify) to show what the fast path is worth.
 * 2. A bare node:http server that reads the request and answers our response's bytes, and the bound:
 *    node:http with the same predictor and nothing else (JSON.parse, predict, JSON.stringify; no auth,
 *    validation, log or metrics), the most any single-process Node server of this model could do.
 * 3. FastAPI + uvicorn (one worker) serving a scikit-learn pipeline of the same kind (bench/fastapi-peer.ts).
 * Each gets a warm-up, then the same duration at the same connection count with the same body
 * (one ticket per request), driven by autocannon, and by wrk too when it is installed. Afterwards every
 * request id our server answered with a 2xx must be in the store.
 * 4. With --workers N (default 2; 1 skips these): `serve --workers N` and uvicorn --workers N, so
 *    several processes are compared with as many of the peer's.
 * Options: --duration S (default 30), --warmup S (5), --connections N (32), --rows N (training rows,
 * 20000), --workers N (2), --smoke (or SEXTANT_BENCH_SMOKE=1: 2 s runs, 1 s warm-up, 2000 rows),
 * --skip-python, --skip-fastify-only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateTickets } from '../src/data/generate-tickets.js';
import { writeCsv } from '../src/data/write-csv.js';
import { openWorkspace } from '../src/platform/open-workspace.js';
import { resolveConfig } from '../src/platform/sextant-config.js';
import { cpuSeconds, freePort, killAll, startProcess, waitFor } from './bench-processes.js';
import { driveLoad, type LoadResult, type LoadTarget, wrkInstalled, wrkLoad } from './drive-load.js';
import { fastApiPeerCommand } from './fastapi-peer.js';
import { ensurePythonPeer } from './python-peer.js';

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke') || process.env.SEXTANT_BENCH_SMOKE === '1';
const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  const value = i < 0 ? fallback : Number(argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const duration = arg('duration', smoke ? 2 : 30);
const warmup = arg('warmup', smoke ? 1 : 5);
const connections = arg('connections', 32);
const rows = arg('rows', smoke ? 2000 : 20_000);
const skipPython = argv.includes('--skip-python');
const skipFastifyOnly = argv.includes('--skip-fastify-only');
/** Server processes of the multi-process targets (ours with --workers, uvicorn with --workers); 1 skips them. */
const workers = arg('workers', 2);
const root = fileURLToPath(new URL('..', import.meta.url));
const mainJs = join(root, 'dist', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'sextant-bench-serve-'));
const home = join(dir, 'home');

/** dist/ is what `npm start` runs; rebuild it when a source file is newer, so we measure this code. */
function ensureBuilt(): void {
  const built = statSync(mainJs, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  if (sources.every((f) => statSync(join(root, 'src', f)).mtimeMs <= built)) return;
  console.log('[bench] dist/ is older than src/: npm run build');
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (statSync(mainJs, { throwIfNoEntry: false }) === undefined)
    throw new Error('the build wrote no dist/main.js');
}

/** One `sextant` command on the bench workspace, its --json output parsed. */
function sextant(...args: string[]): Record<string, unknown> {
  const run = spawnSync(process.execPath, [mainJs, '--home', home, '--json', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`sextant ${args[0]} failed: ${run.stdout}${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

/**
 * Warm-up, then the measured run (and wrk's when installed), on one target. The server's CPU time per
 * 2xx response over the measured run is the figure a noisy machine disturbs least.
 */
async function measure(
  pid: number | undefined,
  target: LoadTarget,
  onOk?: (body: string) => void,
  withWrk = wrkInstalled(),
) {
  const warm = await driveLoad(target, warmup, connections, onOk);
  const cpuBefore = cpuSeconds(pid);
  const run = await driveLoad(target, duration, connections, onOk);
  const cpuUsPerRequest = ((cpuSeconds(pid) - cpuBefore) * 1e6) / run.ok;
  const wrk = withWrk ? wrkLoad(target, duration, connections, dir) : undefined;
  return { warm, run, wrk, cpuUsPerRequest };
}

async function benchOurs(body: string, secret: string, fastPath = true, processes = 1) {
  const server = startProcess(
    process.execPath,
    [mainJs, '--home', home, 'serve', '--port', '0', '--json'].concat(
      ['--log-level', 'warn', '--no-scheduler', '--workers', String(processes)],
      fastPath ? [] : ['--no-fast-path'],
    ),
  );
  let url = '';
  await waitFor(
    'sextant serve',
    async () => {
      url = /"url":\s*"([^"]+)"/.exec(server.output())?.[1] ?? '';
      return url !== '' && (await fetch(`${url}/ready`)).status === 200;
    },
    server.exited,
    60,
  );
  const target = {
    url: `${url}/v1/models/tickets/predict`,
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body,
  };
  const probe = await fetch(target.url, { method: 'POST', headers: target.headers, body });
  const sample = await probe.text();
  if (probe.status !== 200) throw new Error(`our server answered ${probe.status}: ${sample}`);
  // Request ids of every 2xx, cut from the body's end without parsing it (the client shares the CPU).
  const ids: string[] = [];
  const collect = (text: string) => {
    const at = text.lastIndexOf('"request_ids":["') + 16;
    ids.push(text.slice(at, at + 36));
  };
  collect(sample);
  const runs = await measure(
    server.child.pid,
    target,
    collect,
    fastPath && processes === 1 && wrkInstalled(),
  );
  const signalled = Date.now();
  server.child.kill('SIGTERM');
  const code = await server.exited;
  const stopMs = Date.now() - signalled;
  return { ...runs, sample, code, stopMs, ids, output: server.output() };
}

/** After our server stopped: every answered request id is in the store, and nothing is counted twice. */
async function checkLogged(ids: readonly string[], wrkOk: number, cut: number) {
  const workspace = await openWorkspace(resolveConfig({ home }, {}, dir));
  try {
    const stored = await workspace.store.predictions.countPredictions('tickets');
    let missing = 0;
    for (const id of ids) if ((await workspace.store.predictions.findPrediction(id)) === undefined) missing++;
    const extra = stored - ids.length - wrkOk;
    return { stored, missing, extra, pass: missing === 0 && extra >= 0 && extra <= cut };
  } finally {
    await workspace.close();
  }
}

async function benchBare(sample: string, body: string) {
  const responseFile = join(dir, 'bare-response.json');
  writeFileSync(responseFile, sample);
  const script = join(dir, 'bare-server.mjs');
  writeFileSync(
    script,
    `import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const body = readFileSync(process.argv[2]);
const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length };
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, headers).end(body));
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: 'http://127.0.0.1:' + server.address().port })));
`,
  );
  const server = startProcess(process.execPath, [script, responseFile]);
  let url = '';
  await waitFor(
    'bare node:http',
    async () => {
      url = /"url":"([^"]+)"/.exec(server.output())?.[1] ?? '';
      return url !== '';
    },
    server.exited,
    30,
  );
  const runs = await measure(server.child.pid, {
    url: `${url}/predict`,
    headers: { 'content-type': 'application/json' },
    body,
  });
  server.child.kill('SIGTERM');
  await server.exited;
  return runs;
}

/** node:http + JSON.parse + the production version's Predictor + JSON.stringify: nothing else. */
async function benchBound(body: string) {
  const script = join(dir, 'bound-server.mjs');
  const dist = (path: string) => JSON.stringify(pathToFileURL(join(root, 'dist', path)).href);
  writeFileSync(
    script,
    `import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { openWorkspace } from ${dist('platform/open-workspace.js')};
import { resolveConfig } from ${dist('platform/sextant-config.js')};
import { loadPredictor } from ${dist('registry/load-predictor.js')};
const ws = await openWorkspace(resolveConfig({ home: process.argv[2] }, {}, process.argv[3]));
const alias = await ws.store.models.getAlias('tickets', 'production');
const version = await ws.store.models.getVersion('tickets', alias.version);
const predictor = await loadPredictor(ws.artifacts, version);
await ws.close();
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const { instances } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const predictions = predictor.predictRecords(instances);
    const out = JSON.stringify({ model: 'tickets', version: version.version, predictions, request_ids: predictions.map(() => randomUUID()) });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(out), 'x-model-version': String(version.version) }).end(out);
  });
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: 'http://127.0.0.1:' + server.address().port })));
`,
  );
  const server = startProcess(process.execPath, [script, home, dir]);
  let url = '';
  await waitFor(
    'node:http + predictor',
    async () => {
      url = /"url":"([^"]+)"/.exec(server.output())?.[1] ?? '';
      return url !== '';
    },
    server.exited,
    60,
  );
  const runs = await measure(
    server.child.pid,
    { url: `${url}/v1/models/tickets/predict`, headers: { 'content-type': 'application/json' }, body },
    undefined,
    false,
  );
  server.child.kill('SIGTERM');
  await server.exited;
  return runs;
}

async function benchFastApi(csvPath: string, body: string, processes = 1) {
  const python = ensurePythonPeer(
    ['fastapi', 'uvicorn', 'sklearn', 'numpy'],
    ['python3-fastapi', 'python3-uvicorn', 'python3-sklearn'],
  );
  const versions = spawnSync(
    python,
    [
      '-c',
      'import sys, fastapi, uvicorn, sklearn, pydantic; print(sys.version.split()[0], fastapi.__version__, uvicorn.__version__, sklearn.__version__, pydantic.VERSION)',
    ],
    { encoding: 'utf8' },
  ).stdout.trim();
  const port = await freePort();
  const peer = fastApiPeerCommand(python, dir, csvPath, port, processes);
  const server = startProcess(peer.command, peer.args, { cwd: peer.cwd, env: peer.env });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    'FastAPI + uvicorn',
    async () => readdirSync(peer.readyDir).length >= processes && (await fetch(`${url}/health`)).ok,
    server.exited,
    600,
  );
  const target = {
    url: `${url}/v1/models/tickets/predict`,
    headers: { 'content-type': 'application/json' },
    body,
  };
  const probe = await fetch(target.url, { method: 'POST', headers: target.headers, body });
  if (probe.status !== 200) throw new Error(`FastAPI answered ${probe.status}: ${await probe.text()}`);
  const sample = await probe.text();
  const runs = await measure(server.child.pid, target);
  server.child.kill('SIGTERM');
  await server.exited;
  return { ...runs, versions, sample };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
function row(name: string, r: LoadResult, cpuUs?: number): string {
  const cpu = cpuUs === undefined ? '' : fmt(cpuUs);
  return `| ${name} | ${fmt(r.rps)} | ${fmt(r.p50Ms, 2)} | ${fmt(r.p99Ms, 2)} | ${cpu} | ${r.ok} | ${r.non2xx} | ${r.errors + r.timeouts} |`;
}

let failed = false;
try {
  console.log(
    `bench:serve: ${duration} s per target after ${warmup} s warm-up, ${connections} connections, ` +
      `${rows} training rows; ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0]?.toFixed(2)}`,
  );
  ensureBuilt();
  const csvPath = join(dir, 'tickets.csv');
  await writeCsv(csvPath, generateTickets({ rows, seed: 2026 }) as unknown as Record<string, unknown>[]);
  const trained = sextant(
    'train',
    '--data',
    csvPath,
    '--target',
    'urgent',
    '--name',
    'tickets',
    '--text',
    'title,description',
    '--categorical',
    'source,customer_tier',
    '--alias',
    'production',
  );
  const secret = sextant('tokens', 'create', '--role', 'predict', '--name', 'bench').secret as string;
  const { urgent: _label, ...ticket } = generateTickets({ rows: 1, seed: 7 })[0]!;
  const body = JSON.stringify({ instances: [ticket] });
  console.log(
    `model: tickets version ${(trained.version as { version?: number } | undefined)?.version ?? '?'}; body ${body.length} bytes: ${body}`,
  );

  const ours = await benchOurs(body, secret);
  const fastifyOnly = skipFastifyOnly ? undefined : await benchOurs(body, secret, false);
  const oursMulti = workers > 1 ? await benchOurs(body, secret, true, workers) : undefined;
  const bare = await benchBare(ours.sample, body);
  const bound = await benchBound(body);
  const peer = skipPython ? undefined : await benchFastApi(csvPath, body);
  const peerMulti = skipPython || workers === 1 ? undefined : await benchFastApi(csvPath, body, workers);
  const cut = [
    ours.warm,
    ours.run,
    ours.wrk,
    fastifyOnly?.warm,
    fastifyOnly?.run,
    oursMulti?.warm,
    oursMulti?.run,
  ].reduce((n, r) => n + (r?.cutAtEnd ?? 0), 0);
  const answered = [ours, fastifyOnly, oursMulti].flatMap((r) => r?.ids ?? []);
  const logged = await checkLogged(answered, ours.wrk?.ok ?? 0, cut);

  console.log(
    `response: ours ${ours.sample.length} bytes, bare the same bytes, FastAPI ${peer?.sample.length ?? '-'} bytes`,
  );
  if (peer) {
    const [py, fastapi, uvicorn, sklearn, pydantic] = peer.versions.split(' ');
    console.log(
      `peer: Python ${py}, FastAPI ${fastapi}, uvicorn ${uvicorn}, scikit-learn ${sklearn}, pydantic ${pydantic}`,
    );
  }
  console.log(
    '\n| target | requests/s | p50 ms | p99 ms | server CPU µs / request | 2xx | non-2xx | errors |\n' +
      '|---|---|---|---|---|---|---|---|',
  );
  console.log(row('sextant serve (autocannon)', ours.run, ours.cpuUsPerRequest));
  if (ours.wrk) console.log(row('sextant serve (wrk)', ours.wrk));
  if (fastifyOnly)
    console.log(
      row('sextant serve --no-fast-path (autocannon)', fastifyOnly.run, fastifyOnly.cpuUsPerRequest),
    );
  if (oursMulti)
    console.log(
      row(`sextant serve --workers ${workers} (autocannon)`, oursMulti.run, oursMulti.cpuUsPerRequest),
    );
  console.log(row('bare node:http (autocannon)', bare.run, bare.cpuUsPerRequest));
  if (bare.wrk) console.log(row('bare node:http (wrk)', bare.wrk));
  console.log(
    row('node:http + the same predictor, nothing else (autocannon)', bound.run, bound.cpuUsPerRequest),
  );
  if (peer) console.log(row('FastAPI + uvicorn + scikit-learn (autocannon)', peer.run, peer.cpuUsPerRequest));
  if (peer?.wrk) console.log(row('FastAPI + uvicorn + scikit-learn (wrk)', peer.wrk));
  if (peerMulti) {
    const name = `FastAPI + uvicorn --workers ${workers} + scikit-learn`;
    console.log(row(`${name} (autocannon)`, peerMulti.run, peerMulti.cpuUsPerRequest));
    if (peerMulti.wrk) console.log(row(`${name} (wrk)`, peerMulti.wrk));
  }
  if (!wrkInstalled()) console.log('(wrk is not installed: autocannon only)');

  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('');
  if (peer) {
    const x = ours.run.rps / peer.run.rps;
    console.log(`goal: sextant / FastAPI requests/s = ${fmt(x, 1)}x (>= 30x): ${verdict(x >= 30)}`);
  }
  const half = ours.run.rps / bare.run.rps;
  console.log(
    `goal: sextant / bare node:http requests/s = ${fmt(half, 2)} (>= 0.5): ${verdict(half >= 0.5)}`,
  );
  console.log(
    `bound: node:http + the predictor alone / bare node:http requests/s = ${fmt(bound.run.rps / bare.run.rps, 2)}; ` +
      `sextant / that bound = ${fmt(ours.run.rps / bound.run.rps, 2)}`,
  );
  const capacity = (other: number) => fmt(other / ours.cpuUsPerRequest, 2);
  console.log(
    `server CPU per request (the figure load on a shared machine disturbs least): sextant ${fmt(ours.cpuUsPerRequest)} µs, ` +
      `bare ${fmt(bare.cpuUsPerRequest)} µs (ratio ${capacity(bare.cpuUsPerRequest)})` +
      (peer ? `, FastAPI ${fmt(peer.cpuUsPerRequest)} µs (ratio ${capacity(peer.cpuUsPerRequest)})` : ''),
  );
  console.log(`goal: sextant p99 = ${fmt(ours.run.p99Ms, 2)} ms (< 5 ms): ${verdict(ours.run.p99Ms < 5)}`);
  if (oursMulti) {
    // Like against like: N processes of ours against N of the peer, and against one bare process.
    const tag = `sextant --workers ${workers}`;
    if (peerMulti) {
      const x = oursMulti.run.rps / peerMulti.run.rps;
      console.log(
        `goal, ${workers} processes each: ${tag} / FastAPI --workers ${workers} requests/s = ${fmt(x, 1)}x (>= 30x): ${verdict(x >= 30)}`,
      );
    }
    const share = oursMulti.run.rps / bare.run.rps;
    console.log(
      `goal, ${workers} processes against one: ${tag} / bare node:http requests/s = ${fmt(share, 2)} (>= 0.5): ${verdict(share >= 0.5)}`,
    );
    console.log(
      `goal: ${tag} p99 = ${fmt(oursMulti.run.p99Ms, 2)} ms (< 5 ms): ${verdict(oursMulti.run.p99Ms < 5)}; ` +
        `${fmt(oursMulti.run.rps / ours.run.rps, 2)}x the requests/s of one process`,
    );
  }
  console.log(
    `goal: no logged prediction lost: ${logged.stored} in the store after the servers stopped (exit ${ours.code}, ` +
      `drained in ${ours.stopMs} ms); ${answered.length + (ours.wrk?.ok ?? 0)} 2xx responses, ` +
      `${logged.missing} of their request ids missing, ${logged.extra} more logged than answered ` +
      `(requests cut when a run stopped: at most ${cut}): ${verdict(logged.pass && ours.code === 0 && (oursMulti?.code ?? 0) === 0)}`,
  );
  if (fastifyOnly)
    console.log(
      `fast path: ${fmt(ours.run.rps / fastifyOnly.run.rps, 2)}x the requests/s of the same server with --no-fast-path`,
    );
  failed =
    !logged.pass ||
    ours.code !== 0 ||
    ours.run.ok === 0 ||
    (fastifyOnly?.code ?? 0) !== 0 ||
    (oursMulti?.code ?? 0) !== 0;
  if (oursMulti && oursMulti.code !== 0) console.log(oursMulti.output);
  if (ours.code !== 0) console.log(ours.output);
  console.log(`load average at the end: ${loadavg()[0]?.toFixed(2)}`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  killAll();
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
