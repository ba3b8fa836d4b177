import { SextantError } from '../../core/sextant-error.js';
import type { GbdtOptions, GbdtProgress } from './gbdt-options.js';

/** {@link GbdtOptions} with every default filled in and every value checked. */
export interface ResolvedGbdtOptions {
  readonly maxIter: number;
  readonly learningRate: number;
  readonly maxLeafNodes: number;
  readonly maxDepth: number | undefined;
  readonly minSamplesLeaf: number;
  readonly l2Regularization: number;
  readonly maxBins: number;
  readonly binSubsample: number;
  readonly earlyStopping: 'auto' | boolean;
  readonly validationFraction: number;
  readonly nIterNoChange: number;
  readonly tol: number;
  readonly seed: number;
  /** undefined: decided from the training size. */
  readonly threads: number | undefined;
  readonly onProgress: ((progress: GbdtProgress) => void) | undefined;
}

const KNOWN = new Set<string>([
  'maxIter',
  'learningRate',
  'maxLeafNodes',
  'maxDepth',
  'minSamplesLeaf',
  'l2Regularization',
  'maxBins',
  'binSubsample',
  'earlyStopping',
  'validationFraction',
  'nIterNoChange',
  'tol',
  'seed',
  'threads',
  'onProgress',
]);

/**
 * Fills in scikit-learn's defaults and rejects out-of-range values with INVALID_ARGUMENT before any
 * work starts, naming the option, so a bad CLI flag fails fast instead of half-way through training.
 */
export function resolveGbdtOptions(options: GbdtOptions = {}): ResolvedGbdtOptions {
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) invalid(key, (options as Record<string, unknown>)[key], 'is not a gbdt option');
  }
  const earlyStopping = options.earlyStopping ?? 'auto';
  if (earlyStopping !== 'auto' && typeof earlyStopping !== 'boolean') {
    invalid('earlyStopping', earlyStopping, "must be 'auto', true or false");
  }
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    invalid('onProgress', onProgress, 'must be a function');
  }
  return {
    maxIter: integer('maxIter', options.maxIter, 100, 1),
    learningRate: real('learningRate', options.learningRate, 0.1, 0, false),
    maxLeafNodes: integer('maxLeafNodes', options.maxLeafNodes, 31, 2),
    maxDepth: options.maxDepth === undefined ? undefined : integer('maxDepth', options.maxDepth, 0, 1),
    minSamplesLeaf: integer('minSamplesLeaf', options.minSamplesLeaf, 20, 1),
    l2Regularization: real('l2Regularization', options.l2Regularization, 0, 0, true),
    maxBins: integer('maxBins', options.maxBins, 255, 2, 255),
    binSubsample: integer('binSubsample', options.binSubsample, 200_000, 1),
    earlyStopping,
    validationFraction: fraction('validationFraction', options.validationFraction, 0.1),
    nIterNoChange: integer('nIterNoChange', options.nIterNoChange, 10, 1),
    tol: real('tol', options.tol, 1e-7, 0, true),
    seed: integer('seed', options.seed, 0, 0, 0xffffffff),
    threads: options.threads === undefined ? undefined : integer('threads', options.threads, 1, 1, 64),
    onProgress,
  };
}

function integer(name: string, value: unknown, fallback: number, min: number, max = 2 ** 31 - 1): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalid(name, value, `must be an integer from ${min} to ${max}`);
  }
  return value;
}

function real(name: string, value: unknown, fallback: number, min: number, minAllowed: boolean): number {
  if (value === undefined) return fallback;
  const ok = typeof value === 'number' && Number.isFinite(value) && (minAllowed ? value >= min : value > min);
  if (!ok) invalid(name, value, `must be a finite number ${minAllowed ? '>=' : '>'} ${min}`);
  return value as number;
}

function fraction(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0 && value < 1)) invalid(name, value, 'must be between 0 and 1');
  return value as number;
}

function invalid(name: string, value: unknown, rule: string): never {
  throw new SextantError('INVALID_ARGUMENT', `gbdt option ${name} ${rule} (got ${String(value)})`, {
    option: name,
  });
}
