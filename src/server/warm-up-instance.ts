import type { ModelSignature } from '../learn/model-signature.js';

/**
 * A plausible instance built from a signature alone (a training category, the middle of the training
 * range), used to run one prediction through a freshly loaded model before it takes traffic, so the
 * first real request does not pay for lazy initialisation and a model that cannot predict is caught.
 */
export function warmUpInstance(signature: ModelSignature): Record<string, unknown> {
  const instance: Record<string, unknown> = {};
  for (const input of signature.inputs) {
    switch (input.type) {
      case 'numeric':
      case 'datetime':
        instance[input.name] = input.range ? (input.range.min + input.range.max) / 2 : 0;
        break;
      case 'categorical':
        instance[input.name] = input.categories?.[0] ?? 'unknown';
        break;
      case 'boolean':
        instance[input.name] = false;
        break;
      case 'text':
        instance[input.name] = 'warm up';
        break;
    }
  }
  return instance;
}
