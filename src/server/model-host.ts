import type { ModelVersion, RegisteredModel } from '../core/entities/model-version.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { loadPredictor } from '../registry/load-predictor.js';
import { compileInstanceValidator } from './compile-instance-validator.js';
import type { LoadedModel } from './loaded-model.js';
import type { TrafficTable } from './traffic-table.js';
import { warmUpInstance } from './warm-up-instance.js';

export interface ModelHostDeps {
  readonly models: ModelRepository;
  readonly artifacts: ArtifactStore;
  readonly now: () => Date;
  /** The alias that serves a model's default route. */
  readonly alias: string;
  readonly strictCategories: boolean;
  /** Called once per failed load of a version (not on every poll): the server records an alert. */
  readonly onLoadFailure: (modelName: string, version: number, error: Error) => void | Promise<void>;
  /** Called for every load attempt, for the reload counter. */
  readonly onLoad: (modelName: string, outcome: 'success' | 'failure') => void;
  /** Called after every refresh of a model with what now serves it (production first), for metrics. */
  readonly onRoutes?: (modelName: string, routes: readonly ServedRoute[]) => void;
  /** Called with the registered models at each poll (the server rebuilds its jobs when their settings change). */
  readonly onModels?: (models: readonly RegisteredModel[]) => void;
  /** Called after each reload the admin API asked for: a worker of a cluster tells the others. */
  readonly onReload?: (modelName: string) => void;
}

/** One alias of a model and the loaded version behind it. */
export interface ServedRoute {
  readonly name: string;
  readonly alias: string;
  readonly version: number;
}

export interface ReloadOutcome {
  readonly model: string;
  readonly version: number | null;
  readonly reloaded: boolean;
}

/** Pinned versions kept loaded at once; older pins are dropped and reloaded on demand. */
const MAX_PINNED = 16;

/**
 * Holds the loaded model behind each model's serving alias and swaps it when the alias moves. A new
 * version is read, decoded, compiled and warmed with one prediction before one Map entry is replaced,
 * so a request sees either the old model or the new one, never a half-loaded one. When loading fails
 * the old version keeps serving and the failure is reported once per version.
 *
 * The versions behind a model's traffic split (canary aliases) are loaded and warmed the same way, on
 * the same poll and reload, and {@link pick} shares the default route out between them.
 */
export class ModelHost {
  private readonly serving = new Map<string, LoadedModel>();
  private readonly pinned = new Map<string, Promise<LoadedModel>>();
  private readonly failedVersion = new Map<string, number>();
  private readonly traffic = new Map<string, TrafficTable>();
  /** `name:version` of split versions that failed to load: reported once, retried only by reload. */
  private readonly failedSplit = new Set<string>();
  /** Serialises refreshes so two polls never load the same version twice. */
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: ModelHostDeps) {}

  /** The model serving `name`'s alias, if one is loaded. */
  current(name: string): LoadedModel | undefined {
    return this.serving.get(name);
  }

  /**
   * The version that serves one default-route request of `name`: with `draw` uniform in [0, 1), each
   * split alias with probability percent / 100, otherwise the serving alias. Synchronous and
   * allocation-free, for the fast path. Undefined when nothing serves the model's serving alias.
   *
   * @example host.pick('tickets', Math.random())
   */
  pick(name: string, draw: number): LoadedModel | undefined {
    const live = this.serving.get(name);
    const table = this.traffic.get(name);
    if (live === undefined || table === undefined) return live;
    const { thresholds, models } = table;
    for (let i = 0; i < thresholds.length; i++)
      if (draw < (thresholds[i] as number)) return models[i] as LoadedModel;
    return live;
  }

  /** What serves `name` now: the serving alias first, then each loaded split alias. */
  routes(name: string): ServedRoute[] {
    const live = this.serving.get(name);
    if (live === undefined) return [];
    const table = this.traffic.get(name);
    const routes = [{ name, alias: this.deps.alias, version: live.version }];
    table?.aliases.forEach((alias, i) => {
      routes.push({ name, alias, version: (table.models[i] as LoadedModel).version });
    });
    return routes;
  }

  /** True when `model` is what serves its model's alias now (not a canary share or a pinned version). */
  serves(model: LoadedModel): boolean {
    return this.serving.get(model.modelName) === model;
  }

  /** Every model currently served, by name. */
  all(): LoadedModel[] {
    return [...this.serving.values()];
  }

  /** Checks every registered model's alias once and loads what moved. */
  refreshAll(): Promise<ReloadOutcome[]> {
    return this.serialise(async () => {
      const outcomes: ReloadOutcome[] = [];
      const registered = await this.deps.models.listModels();
      this.deps.onModels?.(registered);
      for (const model of registered) outcomes.push(await this.refreshOne(model.name, false));
      return outcomes;
    });
  }

  /**
   * Reloads one model now (the admin API): a version that failed before is tried again, and a failure
   * is thrown to the caller while the old version keeps serving.
   */
  reload(name: string): Promise<ReloadOutcome> {
    return this.serialise(() => this.refreshOne(name, true)).finally(() => this.deps.onReload?.(name));
  }

  /** A specific version, loaded on first use and kept among the last few pinned ones. */
  async pinnedVersion(name: string, version: number): Promise<LoadedModel> {
    const live = this.serving.get(name);
    if (live?.version === version) return live;
    const key = `${name}:${version}`;
    let loading = this.pinned.get(key);
    if (loading === undefined) {
      loading = this.deps.models.getVersion(name, version).then((v) => this.load(v));
      this.pinned.set(key, loading);
      loading.catch(() => this.pinned.delete(key));
      if (this.pinned.size > MAX_PINNED) this.pinned.delete(this.pinned.keys().next().value as string);
    }
    return loading;
  }

  /** Polls every `intervalMs`; a failing poll (database down) is retried at the next tick. */
  startPolling(intervalMs: number, onError: (error: Error) => void): void {
    this.stopPolling();
    this.timer = setInterval(() => {
      this.refreshAll().catch(onError);
    }, intervalMs);
    this.timer.unref();
  }

  stopPolling(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async refreshOne(name: string, force: boolean): Promise<ReloadOutcome> {
    try {
      return await this.refreshServing(name, force);
    } finally {
      await this.refreshTraffic(name, force);
      this.deps.onRoutes?.(name, this.routes(name));
    }
  }

  private async refreshServing(name: string, force: boolean): Promise<ReloadOutcome> {
    const target = await this.targetVersion(name);
    const live = this.serving.get(name);
    if (target === undefined) return { model: name, version: live?.version ?? null, reloaded: false };
    if (live?.version === target.version) return { model: name, version: target.version, reloaded: false };
    if (!force && this.failedVersion.get(name) === target.version)
      return { model: name, version: live?.version ?? null, reloaded: false };
    try {
      const loaded = await this.load(target);
      this.serving.set(name, loaded);
      this.failedVersion.delete(name);
      this.deps.onLoad(name, 'success');
      return { model: name, version: loaded.version, reloaded: true };
    } catch (error) {
      this.deps.onLoad(name, 'failure');
      const first = this.failedVersion.get(name) !== target.version;
      this.failedVersion.set(name, target.version);
      if (first || force) await this.deps.onLoadFailure(name, target.version, error as Error);
      if (force) throw error;
      return { model: name, version: live?.version ?? null, reloaded: false };
    }
  }

  /**
   * Rebuilds the model's traffic table from its stored split: each alias' version is loaded and warmed
   * unless the live model or the previous table already holds it. A version that fails to load is
   * left out (its share goes to the serving alias) and reported once; only a forced reload retries it.
   */
  private async refreshTraffic(name: string, force: boolean): Promise<void> {
    const { split } = await this.deps.models.getTrafficSplit(name);
    const previous = this.traffic.get(name);
    const live = this.serving.get(name);
    const models: LoadedModel[] = [];
    const aliases: string[] = [];
    const percents: number[] = [];
    for (const [alias, percent] of Object.entries(split)) {
      if (alias === this.deps.alias) continue;
      const target = await this.deps.models.findAlias(name, alias);
      if (target === undefined) continue;
      const model = await this.splitModel(name, target.version, force, live, previous);
      if (model === undefined) continue;
      models.push(model);
      aliases.push(alias);
      percents.push(percent);
    }
    if (models.length === 0) {
      this.traffic.delete(name);
      return;
    }
    const thresholds = new Float64Array(models.length);
    let hundredths = 0;
    percents.forEach((percent, i) => {
      hundredths += Math.round(percent * 100);
      thresholds[i] = hundredths / 10_000;
    });
    this.traffic.set(name, { thresholds, models, aliases, percents });
  }

  private async splitModel(
    name: string,
    version: number,
    force: boolean,
    live: LoadedModel | undefined,
    previous: TrafficTable | undefined,
  ): Promise<LoadedModel | undefined> {
    if (live?.version === version) return live;
    const held = previous?.models.find((m) => m.version === version);
    if (held !== undefined) return held;
    const key = `${name}:${version}`;
    if (!force && this.failedSplit.has(key)) return undefined;
    try {
      const loaded = await this.load(await this.deps.models.getVersion(name, version));
      this.failedSplit.delete(key);
      this.deps.onLoad(name, 'success');
      return loaded;
    } catch (error) {
      this.deps.onLoad(name, 'failure');
      const first = !this.failedSplit.has(key);
      this.failedSplit.add(key);
      if (first || force) await this.deps.onLoadFailure(name, version, error as Error);
      return undefined;
    }
  }

  /** The alias's version, or the newest active version of a model without that alias. */
  private async targetVersion(name: string): Promise<ModelVersion | undefined> {
    const alias = await this.deps.models.findAlias(name, this.deps.alias);
    if (alias !== undefined) return this.deps.models.getVersion(name, alias.version);
    const versions = await this.deps.models.listVersions(name);
    return versions.filter((v) => v.status === 'active').at(-1);
  }

  private async load(version: ModelVersion): Promise<LoadedModel> {
    const predictor = await loadPredictor(this.deps.artifacts, version);
    const validate = compileInstanceValidator(predictor.signature, {
      strictCategories: this.deps.strictCategories,
    });
    const probe = warmUpInstance(predictor.signature);
    try {
      predictor.predictRecords([probe]);
    } catch (error) {
      throw new SextantError(
        'MODEL_ARTIFACT_INVALID',
        `${version.modelName} version ${version.version} failed its warm-up prediction: ${(error as Error).message}`,
        { model: version.modelName, version: version.version },
      );
    }
    return {
      modelName: version.modelName,
      version: version.version,
      predictor,
      validate,
      loadedAt: this.deps.now(),
    };
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
