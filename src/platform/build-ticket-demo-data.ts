import { join } from 'node:path';
import { generateTickets, type Ticket } from '../data/generate-tickets.js';
import { writeCsv } from '../data/write-csv.js';
import type { DemoDataset } from './demo-dataset.js';

export interface TicketDemoSizes {
  /** Reference tickets the model is trained on. */
  readonly referenceRows: number;
  /** Later tickets replayed as traffic. */
  readonly laterRows: number;
  /** How far the later period drifts (generateTickets' `drift`, 0..1). */
  readonly drift: number;
  readonly seed: number;
}

/**
 * The seeds' ticket-urgency example: synthetic support tickets (title, description, source, customer
 * tier) labelled `urgent` or `normal`, a reference period written to `dir`, and a later, drifted period
 * (more phone tickets, more urgent-sounding topics) kept in memory to be replayed as traffic.
 */
export async function buildTicketDemoData(dir: string, sizes: TicketDemoSizes): Promise<DemoDataset> {
  const reference = generateTickets({ rows: sizes.referenceRows, seed: sizes.seed }).map(labelled);
  const later = generateTickets({
    rows: sizes.laterRows,
    seed: sizes.seed + 1,
    drift: sizes.drift,
  }).map(labelled);
  const referencePath = join(dir, 'tickets-reference.csv');
  await writeCsv(referencePath, reference);
  return {
    model: 'tickets',
    target: 'urgency',
    algorithm: 'logistic',
    features: {
      text: ['title', 'description'],
      categorical: ['source', 'customer_tier'],
      only: true,
    },
    referencePath,
    referenceRows: reference.length,
    referenceLabel: `${reference.length} reference tickets (${share(reference)} urgent)`,
    later,
    laterLabel: `${later.length} later tickets, drift ${sizes.drift} (${share(later)} urgent)`,
  };
}

/** The seeds' label is a class name, so predictions and feedback read "urgent" rather than 1. */
function labelled(ticket: Ticket): Record<string, unknown> {
  const { urgent, ...rest } = ticket;
  return { ...rest, urgency: urgent === 1 ? 'urgent' : 'normal' };
}

function share(rows: readonly Record<string, unknown>[]): string {
  const urgent = rows.filter((row) => row.urgency === 'urgent').length;
  return `${((100 * urgent) / Math.max(rows.length, 1)).toFixed(1)}%`;
}
