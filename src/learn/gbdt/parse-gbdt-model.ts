import { SextantError } from '../../core/sextant-error.js';
import { decodeTypedArray } from './decode-typed-array.js';
import type { GbdtKind } from './gbdt-kind.js';
import { GbdtModel } from './gbdt-model.js';
import type { GbdtTree } from './gbdt-tree.js';

const KINDS: readonly GbdtKind[] = ['binary', 'multiclass', 'regression'];

/**
 * Loads a model from its JSON form (`SerializedGbdtModel`, parsed with JSON.parse), checking every
 * field: kinds, counts, array lengths, feature indices, and that every child index is larger than its
 * parent's, so a damaged or hostile file can neither execute anything nor send prediction into an
 * endless loop. Anything wrong is INVALID_ARGUMENT naming the field.
 */
export function parseGbdtModel(json: unknown): GbdtModel {
  const doc = record(json, 'model');
  if (doc.format !== 'sextant-gbdt' || doc.version !== 1) {
    fail('format', "expected format 'sextant-gbdt' version 1");
  }
  const kind = doc.kind as GbdtKind;
  if (!KINDS.includes(kind)) fail('kind', `must be one of ${KINDS.join(', ')}`);
  const nFeatures = doc.nFeatures;
  if (!Number.isInteger(nFeatures) || (nFeatures as number) < 1)
    fail('nFeatures', 'must be a positive integer');
  const classes = finiteNumbers(doc.classes, 'classes');
  const baseline = Float64Array.from(finiteNumbers(doc.baseline, 'baseline'));
  const expected = {
    binary: classes.length === 2,
    multiclass: classes.length >= 3,
    regression: classes.length === 0,
  };
  if (!expected[kind] || classes.some((label, i) => i > 0 && label <= classes[i - 1]!)) {
    fail('classes', `do not fit a ${kind} model (increasing labels: 2 for binary, 3 or more for multiclass)`);
  }
  const k = kind === 'multiclass' ? classes.length : 1;
  if (baseline.length !== k) fail('baseline', `must hold ${k} raw scores`);
  if (!Array.isArray(doc.trees) || doc.trees.length % k !== 0)
    fail('trees', `must be a list of a multiple of ${k}`);
  const trees = doc.trees.map((tree, t) => parseTree(tree, nFeatures as number, `trees[${t}]`));
  return new GbdtModel(kind, nFeatures as number, classes, baseline, trees);
}

function parseTree(json: unknown, nFeatures: number, field: string): GbdtTree {
  const doc = record(json, field);
  const n = doc.nodes;
  if (!Number.isInteger(n) || (n as number) < 1) fail(`${field}.nodes`, 'must be a positive integer');
  const nodes = n as number;
  const tree: GbdtTree = {
    feature: decodeTypedArray(doc.feature, Int32Array, nodes, `${field}.feature`),
    threshold: decodeTypedArray(doc.threshold, Float64Array, nodes, `${field}.threshold`),
    missingLeft: decodeTypedArray(doc.missingLeft, Uint8Array, nodes, `${field}.missingLeft`),
    left: decodeTypedArray(doc.left, Int32Array, nodes, `${field}.left`),
    right: decodeTypedArray(doc.right, Int32Array, nodes, `${field}.right`),
    value: decodeTypedArray(doc.value, Float64Array, nodes, `${field}.value`),
  };
  for (let node = 0; node < nodes; node++) {
    const f = tree.feature[node]!;
    if (f === -1) {
      if (!Number.isFinite(tree.value[node]!)) fail(`${field}.value`, `node ${node} is not finite`);
      continue;
    }
    if (f < 0 || f >= nFeatures) fail(`${field}.feature`, `node ${node} names feature ${f}`);
    if (Number.isNaN(tree.threshold[node]!)) fail(`${field}.threshold`, `node ${node} is NaN`);
    // Children after their parent: every walk moves forward and ends within `nodes` steps.
    for (const child of [tree.left[node]!, tree.right[node]!]) {
      if (child <= node || child >= nodes) fail(`${field}.left/right`, `node ${node} points to ${child}`);
    }
  }
  return tree;
}

function record(json: unknown, field: string): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail(field, 'must be an object');
  return json as Record<string, unknown>;
}

function finiteNumbers(json: unknown, field: string): number[] {
  if (!Array.isArray(json) || !json.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    fail(field, 'must be a list of finite numbers');
  }
  return json as number[];
}

function fail(field: string, rule: string): never {
  throw new SextantError('INVALID_ARGUMENT', `gbdt model field ${field} ${rule}`, { field });
}
