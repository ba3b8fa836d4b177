import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ModelSignature, SignatureInput } from '../learn/model-signature.js';
import type { FieldProblem } from './field-problem.js';

/** Checks the instances of one request; returns every problem found, none when they are all valid. */
export type InstanceValidator = (instances: readonly unknown[]) => FieldProblem[];

export interface ValidatorOptions {
  /** Reject categorical values not seen in training instead of encoding them as "unknown". */
  readonly strictCategories?: boolean;
}

/**
 * Compiles a model signature into one Ajv schema for a prediction instance, so validating a request
 * costs one generated function call per row. Ajv finds structural problems (missing required inputs,
 * wrong JSON types, unknown fields, NaN/Infinity — JSON.parse turns 1e999 into Infinity); the checks
 * JSON Schema cannot express cheaply (parseable datetimes, known categories) run after it on the
 * inputs that need them only.
 */
export function compileInstanceValidator(
  signature: ModelSignature,
  options: ValidatorOptions = {},
): InstanceValidator {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate: ValidateFunction = ajv.compile({
    type: 'object',
    properties: Object.fromEntries(signature.inputs.map((input) => [input.name, schemaOf(input)])),
    required: signature.inputs.filter((input) => input.required).map((input) => input.name),
    additionalProperties: false,
  });
  const byName = new Map(signature.inputs.map((input) => [input.name, input]));
  const datetimes = signature.inputs.filter((input) => input.type === 'datetime');
  const strictCategorical = options.strictCategories
    ? signature.inputs
        .filter((input) => input.type === 'categorical')
        .map((input) => ({ name: input.name, known: new Set(input.categories ?? []) }))
    : [];

  return (instances) => {
    const problems: FieldProblem[] = [];
    instances.forEach((instance, index) => {
      if (typeof instance !== 'object' || instance === null || Array.isArray(instance)) {
        problems.push({ instance: index, field: '', problem: 'not_object', expected: 'object' });
        return;
      }
      if (!validate(instance)) {
        for (const error of validate.errors ?? [])
          problems.push(problemOf(error, index, instance as Record<string, unknown>, byName));
      }
      const record = instance as Record<string, unknown>;
      for (const input of datetimes) {
        const value = record[input.name];
        if (typeof value === 'string' && Number.isNaN(Date.parse(value)))
          problems.push({ instance: index, field: input.name, problem: 'type', expected: 'datetime' });
      }
      for (const { name, known } of strictCategorical) {
        const value = record[name];
        if (value !== null && value !== undefined && !known.has(String(value)))
          problems.push({
            instance: index,
            field: name,
            problem: 'unknown_category',
            expected: 'a training category',
          });
      }
    });
    return dedupe(problems);
  };
}

function schemaOf(input: SignatureInput): Record<string, unknown> {
  const types: Record<SignatureInput['type'], string[]> = {
    numeric: ['number'],
    datetime: ['number', 'string'],
    categorical: ['string', 'number', 'boolean'],
    boolean: ['boolean'],
    text: ['string'],
  };
  const allowed = types[input.type];
  return { type: input.required ? allowed : [...allowed, 'null'] };
}

function problemOf(
  error: ErrorObject,
  index: number,
  instance: Record<string, unknown>,
  byName: ReadonlyMap<string, SignatureInput>,
): FieldProblem {
  if (error.keyword === 'required') {
    const field = String((error.params as { missingProperty: string }).missingProperty);
    return { instance: index, field, problem: 'missing', expected: byName.get(field)?.type ?? 'a value' };
  }
  if (error.keyword === 'additionalProperties') {
    const field = String((error.params as { additionalProperty: string }).additionalProperty);
    return { instance: index, field, problem: 'unknown_field' };
  }
  // instancePath is "/<field>" with JSON-pointer escapes.
  const field = error.instancePath.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
  const value = instance[field];
  const expected = byName.get(field)?.type ?? 'a value';
  if (value === null) return { instance: index, field, problem: 'missing', expected };
  if (typeof value === 'number' && !Number.isFinite(value))
    return { instance: index, field, problem: 'not_finite', expected };
  return { instance: index, field, problem: 'type', expected };
}

/** Ajv reports a multi-type mismatch once per keyword; one problem per field is what a client needs. */
function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.instance}\u0000${p.field}\u0000${p.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
