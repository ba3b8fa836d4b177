import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelVersion } from '../core/entities/model-version.js';
import type { MonitoringReport } from '../core/entities/monitoring-report.js';
import { SextantError } from '../core/sextant-error.js';
import { type RetrainDecision, retrainModel } from '../jobs/retrain-model.js';
import { trainModel } from '../jobs/train-model.js';
import { PRIMARY_METRIC } from '../learn/evaluate-predictions.js';
import type { ModelTask } from '../learn/model-signature.js';
import { runMonitoring } from '../monitor/run-monitoring.js';
import { buildTicketDemoData } from './build-ticket-demo-data.js';
import { buildWeatherDemoData } from './build-weather-demo-data.js';
import type { DemoDataset } from './demo-dataset.js';
import { describeMonitoring } from './describe-monitoring.js';
import { exportLabelledBatch } from './export-labelled-batch.js';
import { findSeattleWeather } from './find-seattle-weather.js';
import { issueDemoToken } from './issue-demo-token.js';
import { prepareDemoRegistry } from './prepare-demo-registry.js';
import { type ReplayResult, replayTraffic } from './replay-traffic.js';
import { DEFAULT_SERVE_OPTIONS } from './serve-options.js';
import type { RunningServer, ServerLauncher } from './server-launcher.js';
import { waitForPredictionLog } from './wait-for-prediction-log.js';
import { waitForServedVersion } from './wait-for-served-version.js';
import type { Workspace } from './workspace.js';

/** What `sextant demo` is asked for. */
export interface DemoOptions {
  readonly host: string;
  readonly port: number;
  /** Delete the demo's models first instead of adding versions beside them. */
  readonly fresh: boolean;
  /** The server will be stopped after the loop: no scheduler in it. */
  readonly exit: boolean;
  /** Reference tickets; the later, drifted period is half as many. */
  readonly ticketRows: number;
  /** Share of replayed predictions whose true label comes back as feedback. */
  readonly labelShare: number;
  /** The working directory, where vega-datasets is looked for too. */
  readonly cwd: string;
  /**
   * Aborted when the process is asked to stop (SIGTERM, SIGINT) during the loop: the demo stops at the
   * next step boundary (or request), stops its server and throws the signal's reason.
   */
  readonly signal?: AbortSignal;
}

export interface DemoDeps {
  readonly workspace: Workspace;
  readonly launchServer: ServerLauncher;
  /** Prints one line of the story. */
  readonly say: (line: string) => void;
}

/** What happened to one model in the loop. */
export interface DemoModelOutcome {
  readonly model: string;
  readonly trainedVersion: number;
  readonly metrics: Readonly<Record<string, number>>;
  readonly replay: ReplayResult;
  readonly report: Pick<MonitoringReport, 'id' | 'status' | 'summary' | 'version'>;
  readonly decision?: RetrainDecision;
  /** X-Model-Version of a prediction after a promotion. */
  readonly servedVersion?: number;
}

export interface DemoResult {
  /** Still running: the caller stops it. */
  readonly server: RunningServer;
  readonly url: string;
  readonly dashboardUrl: string;
  /** The admin token's secret, shown once. */
  readonly token: string;
  readonly models: readonly DemoModelOutcome[];
  readonly loopMs: number;
}

const DEMO_MODELS = ['tickets', 'weather'];
const STEPS = 8;

/**
 * The whole loop on real data, as the seeds tell it: trains the ticket-urgency model (TF-IDF +
 * logistic) on synthetic tickets and a weather model (GBDT) on Seattle's 2012-2013 weather, both
 * behind `production`; starts the server with public reads and an admin token for the dashboard;
 * replays later traffic (drifted tickets, 2014-2015's weather) through the HTTP API with feedback for a
 * share; monitors both; retrains each model that is not OK on its reference plus the new labelled
 * batch with promote-if-better; and waits for the server to hot-reload a promoted version. Each step
 * is one line through `say`. The server is returned running; on failure it is stopped first.
 */
export async function runDemo(deps: DemoDeps, options: DemoOptions): Promise<DemoResult> {
  const { workspace: ws, say } = deps;
  const { signal } = options;
  const checkpoint = () => signal?.throwIfAborted();
  const started = performance.now();
  const step = (n: number, name: string, text: string) => say(`[${n}/${STEPS}] ${name.padEnd(9)} ${text}`);
  const more = (text: string) => say(`${' '.repeat(16)}${text}`);
  // A step with a line per model: the first carries the step's number, the others are indented under it.
  const perModel = (n: number, name: string) => {
    let first = true;
    return (text: string) => {
      if (first) step(n, name, text);
      else more(text);
      first = false;
    };
  };
  const dir = join(ws.config.home, 'demo');
  await mkdir(dir, { recursive: true });
  say(
    `sextant demo: workspace ${ws.config.home} (${ws.store.capabilities.description}), data files in ${dir}`,
  );
  say(await prepareDemoRegistry(ws, DEMO_MODELS, options.fresh));

  const weatherPath = findSeattleWeather(options.cwd);
  const datasets = [
    await buildTicketDemoData(dir, {
      referenceRows: options.ticketRows,
      laterRows: Math.max(Math.round(options.ticketRows / 2), 60),
      drift: 0.8,
      seed: 42,
    }),
    await buildWeatherDemoData(dir, weatherPath),
  ];
  const trained: ModelVersion[] = [];
  for (const [index, data] of datasets.entries()) {
    checkpoint();
    const version = await train(deps, data);
    trained.push(version);
    const task = version.tags.task as ModelTask;
    const metric = PRIMARY_METRIC[task];
    step(
      index + 1,
      data.model,
      `${data.referenceLabel} -> ${data.model} version ${version.version} (${data.algorithm}), holdout ${metric} ${version.metrics[metric]?.toFixed(4)}, alias production`,
    );
  }

  checkpoint();
  const server = await deps.launchServer(ws, {
    ...DEFAULT_SERVE_OPTIONS,
    host: options.host,
    port: options.port,
    publicRead: true,
    defaultModel: 'tickets',
    pollIntervalMs: 1000,
    scheduler: !options.exit,
    logLevel: 'warn',
  });
  try {
    step(3, 'serve', `${server.url} (registry and monitoring reads public for the dashboard)`);
    const { secret, revoked } = await issueDemoToken(ws.store.tokens, ws.clock.now());
    more(
      `admin token (shown once): ${secret}${revoked === 0 ? '' : revoked === 1 ? ' (the earlier demo token is revoked)' : ` (${revoked} earlier demo tokens are revoked)`}`,
    );

    checkpoint();
    const replayStart = ws.clock.now().getTime();
    const replays: ReplayResult[] = [];
    const traffic = perModel(4, 'traffic');
    for (const [index, data] of datasets.entries()) {
      const logged = await ws.store.predictions.countPredictions(data.model);
      const replay = await replayTraffic({
        url: server.url,
        token: secret,
        model: data.model,
        target: data.target,
        rows: data.later,
        labelShare: options.labelShare,
        batchSize: 100,
        seed: 7 + index,
        ...(signal ? { signal } : {}),
      });
      await waitForPredictionLog(
        ws.store.predictions,
        data.model,
        logged + replay.predictions,
        15_000,
        signal,
      );
      replays.push(replay);
      traffic(
        `${data.model}: ${data.laterLabel} in ${replay.requests} requests to version ${replay.versions.join(', ')}, ${replay.feedback.inserted} labels sent back`,
      );
    }

    const reports: MonitoringReport[] = [];
    const monitor = perModel(5, 'monitor');
    for (const [index, data] of datasets.entries()) {
      checkpoint();
      const monitored = await runMonitoring(
        {
          models: ws.store.models,
          predictions: ws.store.predictions,
          monitoring: ws.store.monitoring,
          runs: ws.store.runs,
          artifacts: ws.artifacts,
          clock: ws.clock,
          probe: async () => {
            const health = await fetch(`${server.url}/health`);
            return { ok: health.ok, detail: `GET /health ${health.status}` };
          },
        },
        {
          modelName: data.model,
          // This run's traffic only: a second demo on the same home adds to the same prediction log.
          windowMs: ws.clock.now().getTime() - replayStart + 1000,
          // The demo shows drift and retraining; a rollback to an earlier demo's version would hide them.
          autoRollback: false,
        },
      );
      if (monitored.report === undefined) throw failed(`monitoring ${data.model}`, monitored.error);
      reports.push(monitored.report);
      monitor(
        `${data.model} version ${monitored.report.version}: ${describeMonitoring(monitored.report, trained[index]!.metrics)}`,
      );
    }

    const decisions = new Map<string, RetrainDecision>();
    const drifted = datasets.filter((_, index) => reports[index]!.status !== 'OK');
    const retrain = perModel(6, 'retrain');
    if (drifted.length === 0) retrain('every model is OK: nothing to retrain');
    for (const data of drifted) {
      checkpoint();
      // The new batch is what the loop itself holds: logged predictions joined to their feedback.
      const batch = await exportLabelledBatch(ws, data.model, 1);
      if (batch === undefined) {
        retrain(`${data.model}: no labelled predictions to retrain on`);
        continue;
      }
      const retrained = await retrainModel(
        {
          datasets: ws.store.datasets,
          runs: ws.store.runs,
          models: ws.store.models,
          predictions: ws.store.predictions,
          artifacts: ws.artifacts,
          clock: ws.clock,
        },
        {
          modelName: data.model,
          newPaths: [batch.path],
          promoteIfBetter: true,
          // The labelled traffic is in the candidate's training data: scoring it again would flatter
          // the candidate, so both are scored on the combined data's holdout only.
          productionDays: 0,
          actor: 'sextant demo',
        },
      );
      if (retrained.decision === undefined) throw failed(`retraining ${data.model}`, retrained.error);
      decisions.set(data.model, retrained.decision);
      const d = retrained.decision;
      retrain(
        `${data.model}: reference + ${batch.rows} labelled predictions from the log -> candidate version ${d.candidateVersion}, ${d.metric} ${d.candidateScore.toFixed(4)} vs production version ${d.productionVersion} ${d.productionScore.toFixed(4)} on ${d.evaluatedOn.holdoutRows} holdout rows, margin ${d.margin} -> ${d.reason.slice(d.reason.indexOf(': ') + 2)}`,
      );
    }

    const served = new Map<string, number>();
    const promoted = [...decisions.entries()].filter(([, d]) => d.promoted);
    const reload = perModel(7, 'reload');
    if (promoted.length === 0) reload('no promotion, so the server keeps serving the same versions');
    for (const [model, decision] of promoted) {
      const data = datasets.find((d) => d.model === model)!;
      const { [data.target]: _label, ...instance } = data.later[0]!;
      const seen = await waitForServedVersion({
        url: server.url,
        token: secret,
        model,
        version: decision.candidateVersion,
        instance,
        deadlineMs: 30_000,
        everyMs: 200,
        ...(signal ? { signal } : {}),
      });
      served.set(model, seen.header);
      reload(
        `${model}: the server hot-reloaded version ${decision.candidateVersion} ${(seen.waitedMs / 1000).toFixed(1)} s after the alias moved; a prediction now answers X-Model-Version: ${seen.header}`,
      );
    }

    const loopMs = performance.now() - started;
    return {
      server,
      url: server.url,
      dashboardUrl: `${server.url}/`,
      token: secret,
      loopMs,
      models: datasets.map((data, index) => {
        const report = reports[index]!;
        const decision = decisions.get(data.model);
        const servedVersion = served.get(data.model);
        return {
          model: data.model,
          trainedVersion: trained[index]!.version,
          metrics: trained[index]!.metrics,
          replay: replays[index]!,
          report: { id: report.id, status: report.status, summary: report.summary, version: report.version },
          ...(decision ? { decision } : {}),
          ...(servedVersion === undefined ? {} : { servedVersion }),
        };
      }),
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

async function train(deps: DemoDeps, data: DemoDataset): Promise<ModelVersion> {
  const ws = deps.workspace;
  const result = await trainModel(
    {
      datasets: ws.store.datasets,
      runs: ws.store.runs,
      models: ws.store.models,
      artifacts: ws.artifacts,
      clock: ws.clock,
    },
    {
      dataPath: data.referencePath,
      target: data.target,
      modelName: data.model,
      algorithm: data.algorithm,
      features: data.features,
      alias: 'production',
      description: `sextant demo: ${data.referenceLabel}`,
      actor: 'sextant demo',
    },
  );
  if (result.version === undefined) throw failed(`training ${data.model}`, result.error);
  return result.version;
}

function failed(what: string, error: { code: string; message: string } | undefined): SextantError {
  const code = (error?.code ?? 'INTERNAL') as 'INTERNAL';
  return new SextantError(code, `${what} failed: ${error?.message ?? 'unknown error'}`);
}
