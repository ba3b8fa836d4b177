import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSextantError } from '../core/sextant-error.js';
import { LocalArtifactStore } from './local-artifact-store.js';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('LocalArtifactStore', () => {
  let root: string;
  let store: LocalArtifactStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sextant-artifacts-'));
    store = new LocalArtifactStore(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores bytes under their sha256 and reads them back', async () => {
    const bytes = new TextEncoder().encode('hello artifacts');
    const key = await store.put(bytes);
    expect(key).toBe(sha(bytes));
    expect(await store.has(key)).toBe(true);
    expect(Buffer.from(await store.get(key)).toString()).toBe('hello artifacts');
    expect(await store.put(bytes)).toBe(key);
    expect(await readdir(join(root, key.slice(0, 2)))).toEqual([key.slice(2)]);
  });

  it('streams a file in and hashes it in the same pass', async () => {
    const path = join(root, 'input.csv');
    const content = 'a,b\n'.repeat(100_000);
    await writeFile(path, content);
    const { key, byteSize } = await store.putFile(path);
    expect(key).toBe(sha(content));
    expect(byteSize).toBe(content.length);
    expect(await readFile(await store.localPath(key), 'utf8')).toBe(content);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it('answers FILE_NOT_FOUND for a missing input and leaves no temp file', async () => {
    await expect(store.putFile(join(root, 'nope.csv'))).rejects.toSatisfy((e) =>
      isSextantError(e, 'FILE_NOT_FOUND'),
    );
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it.each([
    '../../etc/passwd',
    '..',
    'ABCDEF'.repeat(10) + 'abcd',
    'a'.repeat(63),
    'a'.repeat(65),
    `${'a'.repeat(62)}/x`,
    '',
  ])('rejects the key %j before touching storage', async (key) => {
    for (const call of [
      () => store.get(key),
      () => store.has(key),
      () => store.delete(key),
      () => store.localPath(key),
    ]) {
      await expect(call()).rejects.toSatisfy((e) => isSextantError(e, 'ARTIFACT_KEY_INVALID'));
    }
  });

  it('answers ARTIFACT_NOT_FOUND and ARTIFACT_CORRUPT', async () => {
    const missing = sha('missing');
    await expect(store.get(missing)).rejects.toSatisfy((e) => isSextantError(e, 'ARTIFACT_NOT_FOUND'));
    const key = await store.put(new TextEncoder().encode('original'));
    await writeFile(join(root, key.slice(0, 2), key.slice(2)), 'tampered');
    await expect(store.get(key)).rejects.toSatisfy((e) => isSextantError(e, 'ARTIFACT_CORRUPT'));
  });

  it('deletes a blob and says whether it was there', async () => {
    const key = await store.put(new TextEncoder().encode('bye'));
    expect(await store.delete(key)).toBe(true);
    expect(await store.has(key)).toBe(false);
    expect(await store.delete(key)).toBe(false);
  });
});
