import { open, stat } from 'node:fs/promises';
import { SextantError } from '../core/sextant-error.js';

/** Files up to this size are read whole to tell an all-blank file from a real one. */
const BLANK_CHECK_BYTES = 64 * 1024;

/**
 * Checks that `path` is a readable, non-empty regular file before DuckDB sees it, so that the
 * user gets FILE_NOT_FOUND or FILE_EMPTY naming the file instead of a DuckDB message about glob
 * patterns. A small file holding only whitespace counts as empty.
 *
 * @returns the file size in bytes.
 */
export async function checkFile(path: string): Promise<number> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new SextantError('FILE_NOT_FOUND', `${path}: not a regular file`, { path });
    }
    size = info.size;
  } catch (error) {
    if (error instanceof SextantError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    throw new SextantError('FILE_NOT_FOUND', `${path}: ${reason}`, { path });
  }
  if (size === 0 || (size <= BLANK_CHECK_BYTES && (await isBlank(path, size)))) {
    throw new SextantError('FILE_EMPTY', `${path}: the file is empty`, { path });
  }
  return size;
}

async function isBlank(path: string, size: number): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').trim() === '';
  } catch {
    throw new SextantError('FILE_NOT_FOUND', `${path}: cannot be read`, { path });
  } finally {
    await handle?.close();
  }
}
