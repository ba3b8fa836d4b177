import { describe, expect, it } from 'vitest';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { parseModelRef } from './parse-model-ref.js';

describe('parseModelRef', () => {
  it('parses MODEL, MODEL@ALIAS and MODEL:VERSION', () => {
    expect(parseModelRef('tickets')).toEqual({ modelName: 'tickets' });
    expect(parseModelRef('tickets.v2@staging')).toEqual({ modelName: 'tickets.v2', alias: 'staging' });
    expect(parseModelRef('tickets:12')).toEqual({ modelName: 'tickets', version: 12 });
  });

  it.each([
    '',
    '@production',
    'tickets@',
    'tickets:',
    'tickets:0',
    'tickets:1.5',
    'tickets:-1',
    'a@b@c',
    'a:1@b',
    'a b',
  ])('refuses %j', async (text) => {
    const error = await catchSextantError(Promise.resolve().then(() => parseModelRef(text)));
    expect(error.code).toBe('INVALID_ARGUMENT');
  });
});
