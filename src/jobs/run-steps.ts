/** One step of a multi-step run, as reported to the user and stored in the run's result. */
export interface StepRecord {
  readonly name: string;
  readonly status: 'succeeded' | 'failed';
  readonly durationMs: number;
  readonly detail?: string;
}

/**
 * Runs named steps in order and records each one's duration and outcome, so a multi-step run can end
 * with a result value `{status, steps, error?}` instead of throwing half-way (Kysely's Migrator pattern).
 */
export class RunSteps {
  readonly steps: StepRecord[] = [];

  constructor(private readonly onStep?: (step: StepRecord) => void) {}

  /** Runs `work` as step `name`; on failure records it and rethrows for the caller's one catch. */
  async run<T>(name: string, work: () => T | Promise<T>, describe?: (value: T) => string): Promise<T> {
    const started = performance.now();
    try {
      const value = await work();
      const detail = describe?.(value);
      this.push({
        name,
        status: 'succeeded',
        durationMs: performance.now() - started,
        ...(detail ? { detail } : {}),
      });
      return value;
    } catch (error) {
      this.push({
        name,
        status: 'failed',
        durationMs: performance.now() - started,
        detail: (error as Error).message,
      });
      throw error;
    }
  }

  private push(step: StepRecord): void {
    this.steps.push(step);
    this.onStep?.(step);
  }
}
