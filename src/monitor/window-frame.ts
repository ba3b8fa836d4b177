import type { PredictionRecord } from '../core/entities/prediction-record.js';
import type { Column, Frame } from '../core/frame.js';
import { MISSING_CODE } from '../core/frame.js';
import { frameFromRecords } from '../learn/frame-from-records.js';
import type { ModelSignature } from '../learn/model-signature.js';
import { PREDICTION_COLUMN } from '../learn/prediction-column.js';

/**
 * Logged predictions as one Frame: the model's inputs typed by its signature, plus the prediction
 * column (predicted class, or value) under the same name the reference profile uses, so one drift
 * computation measures data drift and prediction drift together.
 */
export function windowFrame(records: readonly PredictionRecord[], signature: ModelSignature): Frame {
  const inputs = frameFromRecords(
    records.map((r) => r.inputs),
    signature,
  );
  return { rowCount: records.length, columns: [...inputs.columns, outputColumn(records, signature)] };
}

function outputColumn(records: readonly PredictionRecord[], signature: ModelSignature): Column {
  const classes = signature.output.classes;
  if (signature.output.task === 'regression' || classes === undefined) {
    const values = new Float64Array(records.length);
    records.forEach((r, i) => {
      const value = (r.output as { value?: unknown } | null)?.value;
      values[i] = typeof value === 'number' ? value : Number.NaN;
    });
    return { name: PREDICTION_COLUMN, type: 'numeric', values };
  }
  const index = new Map(classes.map((label, i) => [label, i]));
  const codes = new Int32Array(records.length);
  records.forEach((r, i) => {
    const label = (r.output as { label?: unknown } | null)?.label;
    codes[i] = typeof label === 'string' ? (index.get(label) ?? MISSING_CODE) : MISSING_CODE;
  });
  return { name: PREDICTION_COLUMN, type: 'categorical', codes, dictionary: [...classes] };
}
