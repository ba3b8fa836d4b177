import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AlertInfo,
  JobInfo,
  JobRunInfo,
  ModelDetail,
  ModelListItem,
  MonitoringReport,
  Run,
} from '../../web/src/api/api-types.js';
import { openWorkspace } from '../platform/open-workspace.js';
import { DEFAULT_SERVE_OPTIONS } from '../platform/serve-options.js';
import type { RunningServer } from '../platform/server-launcher.js';
import { resolveConfig } from '../platform/sextant-config.js';
import type { Workspace } from '../platform/workspace.js';
import { createApiToken } from '../registry/create-api-token.js';
import { captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';
import { findDashboardDir } from './routes/dashboard-routes.js';
import { startServer } from './start-server.js';

/**
 * The dashboard end to end: Debian's chromium, driven by playwright-core, against a server on a
 * workspace the real `sextant demo --exit` built. Every number the pages show is compared with what the
 * API answers for the same token; every page is saved as a screenshot (desktop and phone) under
 * .ci/out/screenshots, which CI keeps. Never downloads a browser: without /usr/bin/chromium the suite is
 * skipped locally and fails under CI (where .ci/run installs it with apt).
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SCREENSHOTS = fileURLToPath(new URL('../../.ci/out/screenshots/', import.meta.url));
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const MODELS = ['tickets', 'weather'] as const;
const inCi = process.env.CI === 'true';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && !inCi)
  console.warn(`dashboard e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

const folder = tempFolder('sextant-dashboard-e2e-');
const home = join(folder.dir, 'home');
let workspace: Workspace | undefined;
let server: RunningServer | undefined;
let browser: Browser | undefined;
let token = '';
const contexts: BrowserContext[] = [];

/** A fresh browser context (no shared storage) and page, with its console errors collected. */
async function open(device: typeof DESKTOP | typeof PHONE, withToken: boolean) {
  const context = await (browser as Browser).newContext(device);
  contexts.push(context);
  if (withToken)
    await context.addInitScript(`localStorage.setItem('sextant.token', ${JSON.stringify(token)})`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Goes to a dashboard address and waits for `ready` and for every "Loading…" to be gone. */
async function visit(page: Page, hash: string, ready: string): Promise<void> {
  await page.goto(`${(server as RunningServer).url}/${hash}`);
  await page.locator(ready).first().waitFor();
  await page.waitForFunction(`document.querySelector('[data-testid="loading"]') === null`);
}

const testId = (id: string) => `[data-testid="${id}"]`;

/** GET on the API with the admin token, as the dashboard does. */
async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${(server as RunningServer).url}/${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** The API's number as `data-value` holds it: its JS text, empty for null or missing. */
const shown = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** Waits until the element's attribute holds the expected text (pages refetch after actions). */
async function expectAttribute(locator: Locator, name: string, expected: string): Promise<void> {
  await expect.poll(() => locator.getAttribute(name), { timeout: 10_000 }).toBe(expected);
}

/** The attribute of every match, in page order. */
async function attributes(locator: Locator, name: string): Promise<(string | null)[]> {
  const values: (string | null)[] = [];
  for (let i = 0; i < (await locator.count()); i++) values.push(await locator.nth(i).getAttribute(name));
  return values;
}

const reportsOf = async (name: string) =>
  (await api<{ reports: MonitoringReport[] }>(`v1/models/${name}/reports?limit=100`)).reports;

beforeAll(async () => {
  if (!hasChromium && !inCi) return;
  if (!hasChromium)
    throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install -y chromium)`);
  if (findDashboardDir() === undefined) throw new Error('dist/web is not built: run npm run build');
  // The real demo builds the workspace: both models, traffic, feedback, reports, a retrain, alias moves.
  const demo = await captureCli(
    ['--home', home, 'demo', '--exit', '--port', '0', '--rows', '300'],
    {},
    process.cwd(),
    { launchServer: startServer },
  );
  expect(demo.stderr).toBe('');
  expect(demo.code).toBe(0);
  workspace = await openWorkspace(resolveConfig({ home }, {}, folder.dir));
  // Jobs defined but never due: only the test's clicks run them, so the counts it compares hold still.
  for (const name of MODELS) {
    const model = await workspace.store.models.getModel(name);
    await workspace.store.models.updateModel(name, {
      tags: { ...model.tags, 'sextant.monitor.schedule': 'off', 'sextant.retrain.schedule': 'off' },
    });
  }
  token = (await createApiToken(workspace.store.tokens, { name: 'e2e', role: 'admin', at: new Date() }))
    .secret;
  server = await startServer(workspace, { ...DEFAULT_SERVE_OPTIONS, port: 0, logLevel: 'silent' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  await workspace?.close();
});

describe.skipIf(!hasChromium && !inCi)('dashboard in chromium', () => {
  it('asks for a token, keeps the one typed into the token box, and shows the data with it', async () => {
    const { page, errors } = await open(DESKTOP, false);
    // Which API calls carried which token, and what they got: refused without one, answered with it.
    const calls: { auth: string | undefined; status: number }[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/v1/'))
        calls.push({ auth: response.request().headers().authorization, status: response.status() });
    });
    await visit(page, '#/models', testId('auth-error'));
    await expectAttribute(page.getByTestId('auth-error'), 'data-status', '401');
    expect(await page.getByTestId('token-state').textContent()).toBe('no token');
    await visit(page, '#/alerts', testId('auth-error'));

    await page.getByTestId('token-input').fill(token);
    await page.getByTestId('token-save').click();
    await page
      .locator(`${testId('alert-row')}, ${testId('alerts-empty')}`)
      .first()
      .waitFor();
    expect(await page.getByTestId('token-state').textContent()).toBe('token set');
    expect(await page.evaluate(`localStorage.getItem('sextant.token')`)).toBe(token);
    await page.getByTestId('nav-models').click();
    await page.getByTestId('models-list').waitFor();
    await page.reload();
    await page.getByTestId('models-list').waitFor();
    expect(await page.getByTestId('auth-error').count()).toBe(0);

    await page.getByTestId('token-clear').click();
    await page.getByTestId('auth-error').waitFor();
    expect(await page.evaluate(`localStorage.getItem('sextant.token')`)).toBeNull();
    expect(calls.filter((c) => c.auth === undefined).every((c) => c.status === 401)).toBe(true);
    const withToken = calls.filter((c) => c.auth !== undefined);
    expect(withToken.length).toBeGreaterThan(0);
    expect(withToken.every((c) => c.auth === `Bearer ${token}` && c.status === 200)).toBe(true);
    // The browser logs each refused call; nothing else may be logged as an error.
    expect(errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
  });

  it('shows each model card with the API production version, latest version, aliases and status', async () => {
    const { models } = await api<{ models: ModelListItem[] }>('v1/models');
    expect(models.map((m) => m.name).sort()).toEqual([...MODELS]);
    const { page, errors } = await open(DESKTOP, true);
    await visit(page, '#/models', testId('models-list'));
    expect(await page.locator('[data-testid^="model-row-"]').count()).toBe(models.length);
    for (const model of models) {
      const card = page.getByTestId(`model-row-${model.name}`);
      await expectAttribute(
        card.getByTestId('production-version'),
        'data-value',
        shown(model.productionVersion),
      );
      await expectAttribute(card.getByTestId('latest-version'), 'data-value', shown(model.latestVersion));
      await expectAttribute(
        card.getByTestId('status-badge'),
        'data-status',
        model.latestReport?.status ?? '',
      );
      for (const alias of model.aliases)
        await expectAttribute(
          card.getByTestId(`alias-${alias.alias}`),
          'data-version',
          String(alias.version),
        );
    }
    expect(errors).toEqual([]);
  });

  it.each(MODELS)('shows %s: versions with their metrics, aliases and the alias history', async (name) => {
    const detail = await api<ModelDetail>(`v1/models/${name}`);
    const [latest] = (await api<{ reports: MonitoringReport[] }>(`v1/models/${name}/reports?limit=1`))
      .reports;
    expect(detail.aliasHistory.length).toBeGreaterThan(0);
    const { page, errors } = await open(DESKTOP, true);
    await visit(page, `#/models/${name}`, testId('alias-history'));
    expect(await page.getByTestId('model-name').textContent()).toBe(name);
    const production = detail.aliases.find((a) => a.alias === 'production');
    await expectAttribute(page.getByTestId('production-version'), 'data-value', shown(production?.version));
    await expectAttribute(page.getByTestId('status-badge'), 'data-status', latest?.status ?? '');
    for (const alias of detail.aliases)
      await expectAttribute(page.getByTestId(`alias-${alias.alias}`), 'data-version', String(alias.version));
    expect(await page.locator('[data-testid^="version-row-"]').count()).toBe(detail.versions.length);
    for (const version of detail.versions) {
      const row = page.getByTestId(`version-row-${version.version}`);
      await expectAttribute(row.getByTestId('version-status'), 'data-status', version.status);
      if (version.runId !== null)
        await expectAttribute(row.getByTestId('lineage-run'), 'data-run-id', version.runId);
      expect(Object.keys(version.metrics).length).toBeGreaterThan(0);
      for (const [metric, value] of Object.entries(version.metrics))
        await expectAttribute(row.getByTestId(`metric-${metric}`), 'data-value', shown(value));
    }
    const history = page.getByTestId('alias-history-row');
    expect(await history.count()).toBe(detail.aliasHistory.length);
    expect(await attributes(history, 'data-alias')).toEqual(detail.aliasHistory.map((h) => h.alias));
    expect(await attributes(history, 'data-to')).toEqual(detail.aliasHistory.map((h) => shown(h.toVersion)));
    expect(await attributes(history, 'data-from')).toEqual(
      detail.aliasHistory.map((h) => shown(h.fromVersion)),
    );
    expect(errors).toEqual([]);
  });

  it.each(MODELS)('shows the drift of %s column by column as the latest report has it', async (name) => {
    const reports = await reportsOf(name);
    const report = reports.find((r) => r.report.drift != null);
    const drift = report?.report.drift;
    if (report === undefined || drift == null) throw new Error(`the demo left no drift report for ${name}`);
    const { page, errors } = await open(DESKTOP, true);
    await visit(page, `#/drift/${name}`, testId('drift-summary'));
    const summary = page.getByTestId('drift-summary');
    await expectAttribute(summary, 'data-report-id', String(report.id));
    await expectAttribute(page.getByTestId('drift-dataset-status'), 'data-status', drift.dataset.status);
    const numbers: [string, number][] = [
      ['drift-drifted-count', drift.dataset.drifted],
      ['drift-compared-count', drift.dataset.compared],
      ['drift-drifted-share', drift.dataset.driftedShare],
      ['drift-share-threshold', drift.dataset.driftShare],
      ['drift-reference-rows', drift.reference.rows],
      ['drift-current-rows', drift.current.rows],
    ];
    for (const [id, value] of numbers)
      await expectAttribute(page.getByTestId(id), 'data-value', shown(value));
    expect(await page.locator('article[data-testid^="drift-column-"]').count()).toBe(drift.columns.length);
    for (const column of drift.columns) {
      const card = page.getByTestId(`drift-column-${column.name}`);
      await expectAttribute(card, 'data-status', column.status);
      if (column.test === null) continue;
      const pValueTest = column.test.scoreKind === 'p_value';
      expect(await card.getByTestId('drift-test').textContent()).toBe(column.test.name);
      const score = pValueTest ? column.pValue : column.statistic;
      await expectAttribute(card.getByTestId('drift-score'), 'data-value', shown(score));
      await expectAttribute(card.getByTestId('drift-threshold'), 'data-value', shown(column.threshold));
      if (pValueTest)
        await expectAttribute(card.getByTestId('drift-statistic'), 'data-value', shown(column.statistic));
      if (column.histogram !== null) {
        const { histogram } = column;
        const expected = [...histogram.reference];
        if (histogram.kind === 'categorical' && histogram.other !== null)
          expected.push(histogram.other.reference);
        expect(await attributes(card.getByTestId('histogram-reference'), 'data-value')).toEqual(
          expected.map(shown),
        );
      }
    }
    expect(errors).toEqual([]);
  });

  it.each(MODELS)('shows the performance of %s per monitoring run as the reports have it', async (name) => {
    const reports = await reportsOf(name);
    const { page, errors } = await open(DESKTOP, true);
    await visit(page, `#/performance/${name}`, testId('performance-row'));
    const rows = page.getByTestId('performance-row');
    expect(await attributes(rows, 'data-report-id')).toEqual(reports.map((r) => String(r.id)));
    for (const report of reports) {
      const row = page.locator(`${testId('performance-row')}[data-report-id="${report.id}"]`);
      const s = report.summary;
      await expectAttribute(row.getByTestId('status-badge'), 'data-status', report.status);
      await expectAttribute(row.getByTestId('live-metric'), 'data-value', shown(s.liveMetric?.value));
      await expectAttribute(row.getByTestId('label-coverage'), 'data-value', shown(s.labelCoverage));
      await expectAttribute(row.getByTestId('prediction-count'), 'data-value', shown(s.predictionCount));
      await expectAttribute(row.getByTestId('drifted-columns'), 'data-value', shown(s.driftedColumns));
      await expectAttribute(row.getByTestId('column-count'), 'data-value', shown(s.columnCount));
    }
    expect(errors).toEqual([]);
  });

  it('lists the jobs, job runs, tracked runs and alerts the API lists, and opens a run', async () => {
    const { jobs } = await api<{ jobs: JobInfo[] }>('v1/jobs');
    const jobRuns = (await api<{ runs: JobRunInfo[] }>('v1/jobs/runs?limit=100')).runs;
    const { runs } = await api<{ runs: Run[] }>('v1/runs?limit=50');
    const { alerts } = await api<{ alerts: AlertInfo[] }>('v1/alerts?limit=100');
    expect(jobs.map((j) => j.name).sort()).toEqual(
      MODELS.flatMap((m) => [`monitor:${m}`, `retrain:${m}`]).sort(),
    );
    expect(runs.some((r) => r.kind === 'retrain')).toBe(true);
    const { page, errors } = await open(DESKTOP, true);
    await visit(page, '#/runs', testId('run-row'));
    expect(await page.locator('tr[data-testid^="job-row-"]').count()).toBe(jobs.length);
    expect(await page.getByTestId('job-run-row').count()).toBe(jobRuns.length);
    const runRows = page.getByTestId('run-row');
    expect(await attributes(runRows, 'data-run-id')).toEqual(runs.map((r) => r.id));
    expect(await attributes(runRows.getByTestId('run-status'), 'data-status')).toEqual(
      runs.map((r) => r.status),
    );
    expect(await attributes(runRows.getByTestId('run-duration'), 'data-value')).toEqual(
      runs.map((r) => shown(r.durationMs)),
    );
    // Click through to the first retrain's own page.
    const retrain = runs.find((r) => r.kind === 'retrain') as (typeof runs)[number];
    await page.locator(`${testId('run-row')}[data-run-id="${retrain.id}"] a[href^="#/runs/"]`).click();
    await page.getByTestId('run-detail').waitFor();
    await expectAttribute(page.getByTestId('run-detail'), 'data-run-id', retrain.id);
    expect(await page.getByTestId('run-kind').textContent()).toBe('retrain');
    for (const [metric, value] of Object.entries(retrain.metrics))
      await expectAttribute(page.getByTestId(`metric-${metric}`), 'data-value', shown(value));

    await page.getByTestId('nav-alerts').click();
    await page
      .locator(`${testId('alert-row')}, ${testId('alerts-empty')}`)
      .first()
      .waitFor();
    const alertRows = page.getByTestId('alert-row');
    expect(await attributes(alertRows, 'data-alert-id')).toEqual(alerts.map((a) => String(a.id)));
    expect(await attributes(alertRows.getByTestId('alert-severity'), 'data-status')).toEqual(
      alerts.map((a) => a.severity),
    );
    expect(await alertRows.getByTestId('alert-rule').allTextContents()).toEqual(alerts.map((a) => a.rule));
    expect(errors).toEqual([]);
  });

  it('clicks from the models list through every page of a model', async () => {
    const { page, errors } = await open(DESKTOP, true);
    await visit(page, '#/', testId('models-list'));
    await page.getByTestId('model-row-weather').getByTestId('model-link').click();
    await page.getByTestId('alias-history').waitFor();
    expect(await page.getByTestId('model-name').textContent()).toBe('weather');
    // The navigation remembers the model looked at last.
    await page.getByTestId('nav-drift').click();
    await page.getByTestId('drift-summary').waitFor();
    expect(new URL(page.url()).hash).toBe('#/drift/weather');
    await page.getByTestId('nav-performance').click();
    await page.getByTestId('performance-row').first().waitFor();
    expect(new URL(page.url()).hash).toBe('#/performance/weather');
    await page.getByTestId('nav-runs').click();
    await page.getByTestId('run-row').first().waitFor();
    await page.getByTestId('model-filter').selectOption('weather');
    await page.getByTestId('trigger-panel').waitFor();
    expect(new URL(page.url()).hash).toBe('#/runs?model=weather');
    await page.getByTestId('nav-alerts').click();
    await page
      .locator(`${testId('alert-row')}, ${testId('alerts-empty')}`)
      .first()
      .waitFor();
    await page.getByTestId('nav-models').click();
    await page.getByTestId('models-list').waitFor();
    expect(errors).toEqual([]);
  });

  it('runs monitoring from the button and a job from "Run now", and lists the new report and job run', async () => {
    const before = await reportsOf('tickets');
    const { page, errors } = await open(DESKTOP, true);
    await visit(page, '#/models/tickets', testId('alias-history'));
    await page.getByTestId('trigger-monitor').click();
    const result = page.getByTestId('trigger-result');
    await result.waitFor({ timeout: 30_000 });
    const after = await reportsOf('tickets');
    expect(after.length).toBe(before.length + 1);
    const [added] = after;
    expect(added?.id).toBeGreaterThan(before[0]?.id ?? 0);
    expect(await result.textContent()).toContain(`report #${added?.id}, status ${added?.status}`);
    await expectAttribute(page.getByTestId('status-badge'), 'data-status', added?.status ?? '');

    const jobRunsBefore = (await api<{ runs: JobRunInfo[] }>('v1/jobs/runs?limit=100')).runs;
    await visit(page, '#/runs?model=tickets', testId('job-row-monitor:tickets'));
    await page.getByTestId('trigger-job-monitor:tickets').click();
    await page.getByTestId('trigger-job-result').waitFor({ timeout: 30_000 });
    const jobRunsAfter = (await api<{ runs: JobRunInfo[] }>('v1/jobs/runs?limit=100')).runs;
    expect(jobRunsAfter.length).toBe(jobRunsBefore.length + 1);
    const [run] = jobRunsAfter;
    expect(run?.jobName).toBe('monitor:tickets');
    expect(await page.getByTestId('trigger-job-result').textContent()).toContain(`run #${run?.id}`);
    await expectAttribute(page.getByTestId('trigger-job-status'), 'data-status', run?.status ?? '');
    const ticketsRuns = jobRunsAfter.filter((r) => r.jobName.endsWith(':tickets'));
    await expect.poll(() => page.getByTestId('job-run-row').count()).toBe(ticketsRuns.length);
    await expectAttribute(page.getByTestId('job-run-row').first(), 'data-job-run-id', String(run?.id));
    // The job ran monitoring too: the performance page lists both new reports.
    const latest = await reportsOf('tickets');
    expect(latest.length).toBe(before.length + 2);
    await visit(page, '#/performance/tickets', testId('performance-row'));
    expect(await page.getByTestId('performance-row').count()).toBe(latest.length);
    expect(errors).toEqual([]);
  });

  it("shows the model's tags, its traffic split with the canary guard's verdict, and a canary the guard stopped", async () => {
    const name = 'tickets';
    const detail = await api<ModelDetail>(`v1/models/${name}`);
    const production = detail.aliases.find((a) => a.alias === 'production')?.version;
    const other = detail.versions.find((v) => v.status === 'active' && v.version !== production);
    expect(other, 'the demo leaves a second active version of tickets').toBeDefined();
    const version = other?.version as number;
    const { models, monitoring } = (workspace as Workspace).store;
    await models.moveAlias({
      modelName: name,
      alias: 'canary',
      version,
      actor: 'e2e',
      reason: 'canary',
      at: new Date(),
    });
    await models.setTrafficSplit(name, { canary: 12.5 }, 'e2e', new Date());
    const { page, errors } = await open(DESKTOP, true);
    await visit(page, `#/models/${name}`, testId('traffic-row-canary'));
    const canary = page.getByTestId('traffic-row-canary');
    await expectAttribute(canary, 'data-version', String(version));
    await expectAttribute(canary, 'data-percent', '12.5');
    await expectAttribute(canary, 'data-state', 'not judged yet');
    await expectAttribute(page.getByTestId('traffic-row-production'), 'data-percent', '87.5');
    for (const [key, value] of Object.entries(detail.tags))
      await expectAttribute(page.getByTestId(`tag-${key}`), 'data-value', value);

    // What a monitoring run that stopped the canary leaves: the split cleared, the verdict in its report.
    const [latest] = await reportsOf(name);
    await models.setTrafficSplit(name, {}, 'monitor', new Date());
    const { id: _id, ...previous } = latest as MonitoringReport;
    await monitoring.saveReport({
      ...previous,
      windowStart: previous.windowStart === null ? null : new Date(previous.windowStart),
      windowEnd: previous.windowEnd === null ? null : new Date(previous.windowEnd),
      summary: {
        ...previous.summary,
        canaries: [
          { alias: 'canary', version, percent: 12.5, errorRate: 0.25, liveMetric: null, stopped: true },
        ],
      },
      createdAt: new Date(),
    });
    await page.getByTestId('reload').click();
    await page.reload();
    await page.getByTestId('traffic-none').waitFor();
    await expectAttribute(page.getByTestId('traffic-row-canary'), 'data-state', 'stopped');
    await expectAttribute(
      page.getByTestId('traffic-row-canary').locator('.num').first(),
      'data-value',
      '0.25',
    );
    expect(errors).toEqual([]);
  });

  it('renders every page without console errors, fits a 390 px phone, and saves screenshots', async () => {
    const { runs } = await api<{ runs: Run[] }>('v1/runs?limit=1');
    const pages: [string, string, string][] = [
      ['models', '#/models', testId('models-list')],
      ...MODELS.flatMap((m): [string, string, string][] => [
        [`model-${m}`, `#/models/${m}`, testId('alias-history')],
        [`drift-${m}`, `#/drift/${m}`, testId('drift-summary')],
        [`performance-${m}`, `#/performance/${m}`, testId('performance-row')],
      ]),
      ['drift-picker', '#/drift', testId('model-pick-tickets')],
      ['runs', '#/runs', testId('run-row')],
      ['runs-tickets', '#/runs?model=tickets', testId('trigger-panel')],
      ['run', `#/runs/${runs[0]?.id}`, testId('run-detail')],
      ['alerts', '#/alerts', `${testId('alert-row')}, ${testId('alerts-empty')}`],
      ['not-found', '#/nowhere/at/all', testId('not-found')],
    ];
    for (const [device, settings] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const { page, errors } = await open(settings, true);
      for (const [name, hash, ready] of pages) {
        await visit(page, hash, ready);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${device}.png`), fullPage: true });
        expect(errors, `${name} on ${device}`).toEqual([]);
        if (device === 'phone')
          expect(await page.evaluate('document.scrollingElement.scrollWidth'), name).toBeLessThanOrEqual(390);
      }
    }
  });
});
