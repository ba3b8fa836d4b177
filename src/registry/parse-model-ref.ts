import { assertName } from '../core/assert-name.js';
import { SextantError } from '../core/sextant-error.js';

/** Which version of a model to use: by alias, by number, or (neither) the default. */
export interface ModelRef {
  readonly modelName: string;
  readonly alias?: string;
  readonly version?: number;
}

/**
 * Parses `MODEL`, `MODEL@ALIAS` or `MODEL:VERSION`. Names cannot contain `@` or `:`, so the
 * split is unambiguous; each part is checked as a name or a positive integer.
 *
 * @example parseModelRef('tickets@staging') // { modelName: 'tickets', alias: 'staging' }
 * @throws INVALID_ARGUMENT
 */
export function parseModelRef(text: string): ModelRef {
  const match = /^([^@:]*)(?:@([^@:]*)|:([^@:]*))?$/.exec(text);
  if (match === null) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `model reference ${JSON.stringify(text)} is not MODEL, MODEL@ALIAS or MODEL:VERSION`,
      { ref: text },
    );
  }
  const [, name = '', alias, version] = match;
  const modelName = assertName('model', name);
  if (alias !== undefined) return { modelName, alias: assertName('alias', alias) };
  if (version === undefined) return { modelName };
  if (!/^[1-9][0-9]{0,8}$/.test(version)) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `model version ${JSON.stringify(version)} in ${JSON.stringify(text)} is not a positive integer`,
      { ref: text },
    );
  }
  return { modelName, version: Number(version) };
}
