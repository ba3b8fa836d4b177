import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import { SextantError } from '../core/sextant-error.js';
import { assertArtifactKey } from './artifact-key.js';

/**
 * Content-addressed blobs in a local folder, laid out as `<root>/<2 hex>/<62 hex>` (like git objects,
 * so no directory grows huge). Writes go to `<root>/tmp/` first and are renamed into place, so a
 * reader never sees a half-written blob and a crash leaves only a temp file behind.
 */
export class LocalArtifactStore implements ArtifactStore {
  readonly description: string;

  constructor(private readonly root: string) {
    this.description = `local folder ${root}`;
  }

  async put(bytes: Uint8Array): Promise<string> {
    const key = createHash('sha256').update(bytes).digest('hex');
    if (await this.has(key)) return key;
    const temp = await this.tempPath();
    await writeFile(temp, bytes);
    await this.moveIntoPlace(temp, key);
    return key;
  }

  async putFile(path: string): Promise<{ key: string; byteSize: number }> {
    const temp = await this.tempPath();
    const hash = createHash('sha256');
    let byteSize = 0;
    try {
      // One pass over the file: hash and copy together, so a large dataset is read once.
      await pipeline(
        createReadStream(path),
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            hash.update(chunk);
            byteSize += chunk.length;
            yield chunk;
          }
        },
        createWriteStream(temp),
      );
    } catch (error) {
      await rm(temp, { force: true });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new SextantError('FILE_NOT_FOUND', `${path}: no such file`, { path });
      }
      throw error;
    }
    const key = hash.digest('hex');
    if (await this.has(key)) await rm(temp, { force: true });
    else await this.moveIntoPlace(temp, key);
    return { key, byteSize };
  }

  async get(key: string): Promise<Uint8Array> {
    const path = this.blobPath(key);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      throw new SextantError('ARTIFACT_NOT_FOUND', `no artifact ${key}`, { key });
    }
    if (createHash('sha256').update(bytes).digest('hex') !== key) {
      throw new SextantError('ARTIFACT_CORRUPT', `artifact ${key} does not match its hash`, { key });
    }
    return bytes;
  }

  async has(key: string): Promise<boolean> {
    const path = this.blobPath(key);
    try {
      return (await stat(path)).isFile();
    } catch {
      return false;
    }
  }

  async delete(key: string): Promise<boolean> {
    const path = this.blobPath(key);
    const existed = await this.has(key);
    await rm(path, { force: true });
    return existed;
  }

  async localPath(key: string): Promise<string> {
    if (!(await this.has(key))) throw new SextantError('ARTIFACT_NOT_FOUND', `no artifact ${key}`, { key });
    return this.blobPath(key);
  }

  private blobPath(key: string): string {
    const valid = assertArtifactKey(key);
    return join(this.root, valid.slice(0, 2), valid.slice(2));
  }

  private async tempPath(): Promise<string> {
    const dir = join(this.root, 'tmp');
    await mkdir(dir, { recursive: true });
    return join(dir, randomUUID());
  }

  private async moveIntoPlace(temp: string, key: string): Promise<void> {
    const target = this.blobPath(key);
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    await rename(temp, target);
  }
}
