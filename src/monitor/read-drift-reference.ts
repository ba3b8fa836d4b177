import { open, readFile } from 'node:fs/promises';
import type { Frame } from '../core/frame.js';
import type { SchemaOverrides } from '../data/schema-overrides.js';
import { decodeReferenceProfile } from '../stats/drift-profile/decode-reference-profile.js';
import { isReferenceProfile } from '../stats/drift-profile/is-reference-profile.js';
import type { ReferenceProfile } from '../stats/drift-profile/reference-profile.js';
import { readFrameLeniently } from './read-frame-leniently.js';

/**
 * The reference side of a drift check: a saved profile (recognised by its first bytes, whatever
 * the file is called) or a data file read into a Frame. The types it settles (the profile's, or
 * those inferred from the data file) are returned as overrides for reading the current file, so
 * that both sides type every shared column the same way.
 */
export async function readDriftReference(
  path: string,
  options: {
    readonly columns?: readonly string[];
    readonly overrides?: SchemaOverrides;
    readonly onProgress?: (rowsRead: number, totalRows: number) => void;
  } = {},
): Promise<{ reference: Frame | ReferenceProfile; types: SchemaOverrides; absent: string[] }> {
  const source = `the reference ${path}`;
  if (await startsLikeProfile(path)) {
    const profile = decodeReferenceProfile(await readFile(path), path);
    const types = new Map(
      profile.columns.map((column) => [column.name, { type: column.type, required: false }]),
    );
    return { reference: profile, types: { source, columns: types }, absent: [] };
  }
  const { frame, schema, absent } = await readFrameLeniently(path, options);
  const types = new Map(
    schema.columns.map((column) => [column.name, { type: column.type, required: false }]),
  );
  return { reference: frame, types: { source, columns: types }, absent };
}

async function startsLikeProfile(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(8);
      const { bytesRead } = await handle.read(head, 0, 8, 0);
      return isReferenceProfile(head.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return false; // readFrame reports a missing or unreadable file in its own words
  }
}
