/**
 * How a model's default-route predictions are shared out between versions: a percent per alias
 * (a canary, a candidate, ...); what the aliases do not take goes to the serving alias (production).
 * Aliases, not versions, so moving `canary` to a newer version moves its share with it.
 */
export interface TrafficSplit {
  readonly modelName: string;
  /** Percent of default-route requests (0 < p <= 100, two decimals at most) by alias name. */
  readonly split: Readonly<Record<string, number>>;
  /** Who set the split; null while the model has none. */
  readonly actor: string | null;
  /** When it was set; null while the model has none. */
  readonly at: Date | null;
}
