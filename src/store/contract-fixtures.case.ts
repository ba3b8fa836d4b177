import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { NewDatasetVersion } from '../core/entities/dataset-version.js';
import type { NewModelVersion } from '../core/entities/model-version.js';
import type { ErrorCode } from '../core/error-catalogue.js';
import { isSextantError, type SextantError } from '../core/sextant-error.js';

const RUN_TAG = randomBytes(4).toString('hex');
/** A fixed instant with a millisecond part, so the tests catch any rounding to seconds. */
const BASE = Date.parse('2025-03-01T10:00:00.123Z');
let counter = 0;

/**
 * Builders and assertions shared by the contract suite. The suite runs against one database per
 * backend, so every test names its own datasets, models and ids with {@link contract.name} and
 * never assumes it is alone in a table.
 */
export const contract = {
  /** A name no other test (nor an earlier run against the same database) uses. */
  name(prefix: string): string {
    counter += 1;
    return `${prefix}-${RUN_TAG}-${counter}`;
  },

  /** The fixed base instant moved by `offsetMs`. */
  at(offsetMs = 0): Date {
    return new Date(BASE + offsetMs);
  },

  datasetVersion(datasetName: string, overrides: Partial<NewDatasetVersion> = {}): NewDatasetVersion {
    return {
      datasetName,
      role: 'reference',
      contentHash: 'a'.repeat(64),
      format: 'csv',
      rowCount: 1000,
      byteSize: 5_000_000_000,
      schema: {
        rowCount: 1000,
        columns: [
          {
            name: 'amount',
            type: 'numeric',
            sourceType: 'DOUBLE',
            nullable: true,
            missingCount: 3,
            distinctCount: 997,
            overridden: false,
            reason: 'all values parse as numbers',
          },
        ],
      },
      sourcePath: '/data/tickets.csv',
      parentIds: [],
      ...overrides,
    };
  },

  modelVersion(modelName: string, overrides: Partial<NewModelVersion> = {}): NewModelVersion {
    return {
      modelName,
      runId: null,
      artifactKey: 'b'.repeat(64),
      signature: { inputs: [{ name: 'text', type: 'text' }], output: { type: 'label', classes: ['a', 'b'] } },
      metrics: { accuracy: 0.91, f1: 0.875 },
      description: 'a model',
      tags: { team: 'support' },
      datasetVersionIds: [],
      ...overrides,
    };
  },

  /** Awaits `promise` and checks it rejects with a SextantError of `code`; returns that error. */
  async rejects(promise: Promise<unknown>, code: ErrorCode): Promise<SextantError> {
    let caught: unknown;
    try {
      await promise;
    } catch (error) {
      caught = error;
    }
    expect(caught, `expected ${code}, but the call succeeded`).toBeDefined();
    expect(isSextantError(caught, code), `expected ${code}, got ${String(caught)}`).toBe(true);
    return caught as SextantError;
  },
};
