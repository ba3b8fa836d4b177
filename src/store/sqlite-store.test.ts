import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from './contract-fixtures.case.js';
import { createSqliteStore } from './create-sqlite-store.js';
import { describeMetadataStoreContract } from './metadata-store.case.js';
import { sqlMigrations } from './sql-migrations.js';

const contractDir = await mkdtemp(join(tmpdir(), 'sextant-sqlite-contract-'));
describeMetadataStoreContract(
  'SQLite',
  () => createSqliteStore(join(contractDir, 'sextant.db')),
  () => rm(contractDir, { recursive: true, force: true }),
);

describe('createSqliteStore', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sextant-sqlite-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Reads the file with a plain connection, as a second process would. */
  function inspect<T>(path: string, read: (db: Database.Database) => T): T {
    const db = new Database(path, { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  }

  it('opens the file in WAL mode, as a single-writer backend', async () => {
    const path = join(dir, 'wal.db');
    const store = await createSqliteStore(path);
    expect(store.capabilities).toMatchObject({ concurrentWriters: false, sharedJobQueue: false });
    expect(store.capabilities.description).toContain(path);
    await store.close();
    expect(inspect(path, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  it('keeps data across reopening and does not run migrations again', async () => {
    const path = join(dir, 'reopen.db');
    const first = await createSqliteStore(path);
    await first.datasets.addVersion(contract.datasetVersion('tickets'), contract.at());
    await first.close();
    const stamp = inspect(path, (db) => db.prepare('select name, timestamp from kysely_migration').all());
    const second = await createSqliteStore(path);
    expect((await second.datasets.getVersion('tickets')).version).toBe(1);
    expect(await second.appliedMigrations()).toEqual(['0001-initial', '0002-traffic-splits']);
    await second.close();
    expect(inspect(path, (db) => db.prepare('select name, timestamp from kysely_migration').all())).toEqual(
      stamp,
    );
  });

  it('enforces foreign keys, so an alias can never point at a deleted version', async () => {
    const path = join(dir, 'fk.db');
    const store = await createSqliteStore(path);
    await store.close();
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    expect(() =>
      db
        .prepare('insert into model_aliases (model_id, alias, version_id, updated_at) values (1, ?, 99, 0)')
        .run('p'),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('throws DATABASE_UNAVAILABLE when the file cannot be opened', async () => {
    const missingFolder = join(dir, 'no-such-folder', 'sextant.db');
    const error = await contract.rejects(createSqliteStore(missingFolder), 'DATABASE_UNAVAILABLE');
    expect(error.message).toContain(missingFolder);
    const notADatabase = join(dir, 'garbage.db');
    await writeFile(notADatabase, 'this is not a database, it is a text file that is long enough'.repeat(20));
    await contract.rejects(createSqliteStore(notADatabase), 'DATABASE_UNAVAILABLE');
  });

  it('throws MIGRATION_FAILED and leaves the database unchanged', async () => {
    const path = join(dir, 'migrate.db');
    const store = await createSqliteStore(path);
    await store.datasets.addVersion(contract.datasetVersion('kept'), contract.at());
    await store.close();
    const broken = await contract.rejects(
      createSqliteStore(path, {
        migrations: (profile) => ({
          ...sqlMigrations(profile),
          '0003-broken': {
            async up(db) {
              await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
              await db.schema.alterTable('datasets').addColumn('extra', 'text').execute();
              await sql`select * from no_such_table`.execute(db);
            },
          },
        }),
      }),
      'MIGRATION_FAILED',
    );
    expect(broken.details).toMatchObject({ migration: '0003-broken' });
    const tables = inspect(path, (db) =>
      db.prepare("select name from sqlite_master where type = 'table' and name = 'half_done'").all(),
    );
    expect(tables).toEqual([]);
    const columns = inspect(path, (db) => db.pragma('table_info(datasets)') as { name: string }[]);
    expect(columns.map((c) => c.name)).not.toContain('extra');
    const reopened = await createSqliteStore(path);
    expect(await reopened.appliedMigrations()).toEqual(['0001-initial', '0002-traffic-splits']);
    expect((await reopened.datasets.getVersion('kept')).version).toBe(1);
    await reopened.close();
  });

  it('creates no table at all when the first migration fails on a new file', async () => {
    const path = join(dir, 'fresh-broken.db');
    await contract.rejects(
      createSqliteStore(path, {
        migrations: (profile) => ({
          '0001-initial': {
            async up(db) {
              await sqlMigrations(profile)['0001-initial']!.up(db);
              throw new Error('disk full (simulated)');
            },
          },
        }),
      }),
      'MIGRATION_FAILED',
    );
    const tables = inspect(path, (db) =>
      db.prepare("select name from sqlite_master where type = 'table' and name not like 'kysely_%'").all(),
    );
    expect(tables).toEqual([]);
  });
});
