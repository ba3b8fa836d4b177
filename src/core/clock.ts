/**
 * Where time comes from. Injected everywhere, so that tests move time instead of sleeping.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** The real wall clock. */
export const systemClock: Clock = { now: () => new Date() };
