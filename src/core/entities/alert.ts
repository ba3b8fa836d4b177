export type AlertSeverity = 'info' | 'warning' | 'critical';

/** One fired alert, kept as history. */
export interface Alert {
  readonly id: number;
  readonly rule: string;
  readonly modelName: string | null;
  readonly severity: AlertSeverity;
  readonly message: string;
  /** Alerts with the same key are one problem: the key drives cooldown and deduplication. */
  readonly dedupKey: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** Channels the alert was delivered to, with each delivery's outcome. */
  readonly deliveries: readonly { readonly channel: string; readonly ok: boolean; readonly error?: string }[];
  readonly createdAt: Date;
}

export type NewAlert = Omit<Alert, 'id'>;
