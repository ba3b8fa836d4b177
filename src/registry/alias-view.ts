import type { ModelAlias } from '../core/entities/alias.js';

/** An alias as the HTTP API lists it under its model: `{alias, version, updatedAt}`. */
export interface AliasView {
  readonly alias: string;
  readonly version: number;
  readonly updatedAt: Date;
}

/** Drops the model name, which the enclosing model object already carries. */
export function aliasView(alias: ModelAlias): AliasView {
  return { alias: alias.alias, version: alias.version, updatedAt: alias.updatedAt };
}
