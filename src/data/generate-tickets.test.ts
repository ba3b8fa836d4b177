import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { generateTickets } from './generate-tickets.js';
import { readFrame } from './read-frame.js';
import { writeCsv } from './write-csv.js';

const { dir } = tempFolder('sextant-tickets-');

describe('generateTickets', () => {
  it('is deterministic under a seed and varies across seeds', () => {
    expect(generateTickets({ rows: 50, seed: 1 })).toEqual(generateTickets({ rows: 50, seed: 1 }));
    expect(generateTickets({ rows: 50, seed: 1 })).not.toEqual(generateTickets({ rows: 50, seed: 2 }));
  });

  it('makes urgency depend on the words, with a realistic base rate', () => {
    const tickets = generateTickets({ rows: 20_000, seed: 3 });
    const rate = (list: typeof tickets) => list.filter((t) => t.urgent === 1).length / list.length;
    const outage = tickets.filter((t) => /outage|down|breach/.test(t.title));
    const routine = tickets.filter((t) => /question|typo|feedback/.test(t.title));
    expect(rate(tickets)).toBeGreaterThan(0.3);
    expect(rate(tickets)).toBeLessThan(0.7);
    expect(rate(outage)).toBeGreaterThan(0.7);
    expect(rate(routine)).toBeLessThan(0.35);
  });

  it('shifts sources and topics when drifted', () => {
    const share = (drift: number) =>
      generateTickets({ rows: 10_000, seed: 4, drift }).filter((t) => t.source === 'phone').length / 10_000;
    expect(share(0.8)).toBeGreaterThan(share(0) + 0.2);
  });

  it('round-trips through CSV into a frame with the expected types', async () => {
    const path = join(dir, 'tickets.csv');
    await writeCsv(path, generateTickets({ rows: 500, seed: 5 }) as unknown as Record<string, unknown>[]);
    const { schema } = await readFrame(path);
    const types = Object.fromEntries(schema.columns.map((c) => [c.name, c.type]));
    expect(types).toEqual({
      title: 'categorical',
      description: 'text',
      source: 'categorical',
      customer_tier: 'categorical',
      urgent: 'categorical',
    });
    expect(schema.rowCount).toBe(500);
  });
});
