import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dropSchema,
  freshSchema,
  postgresTestUrl,
  probePostgres,
  withPgClient,
} from '../test-support/postgres-test-target.js';
import { contract } from './contract-fixtures.case.js';
import { createPostgresStore } from './create-postgres-store.js';
import { maskDatabaseUrl } from './mask-database-url.js';
import { describeMetadataStoreContract } from './metadata-store.case.js';
import { sqlMigrations } from './sql-migrations.js';

const url = postgresTestUrl;
const unreachable = await probePostgres(url);
const withClient = withPgClient;

if (unreachable !== undefined && process.env.CI) {
  // In CI a silently skipped backend would look green: fail loudly instead.
  describe('PostgreSQL store', () => {
    it(`reaches PostgreSQL at ${maskDatabaseUrl(url)} (required when CI is set)`, () => {
      throw new Error(`PostgreSQL is unreachable at ${maskDatabaseUrl(url)}: ${unreachable}`);
    });
  });
} else if (unreachable !== undefined) {
  console.warn(
    `\n[sextant] PostgreSQL tests SKIPPED: cannot reach ${maskDatabaseUrl(url)} (${unreachable}).\n` +
      '[sextant] Start PostgreSQL or set SEXTANT_TEST_PG_URL; with CI set these tests fail instead.\n',
  );
  describe.skip('PostgreSQL store (unreachable)', () => {
    it('needs a running PostgreSQL', () => undefined);
  });
} else {
  const contractSchema = freshSchema('contract');
  describeMetadataStoreContract(
    'PostgreSQL',
    () => createPostgresStore(url, { schema: contractSchema }),
    () => dropSchema(contractSchema),
  );

  describe('createPostgresStore', () => {
    const schemas: string[] = [];
    const schema = (purpose: string): string => {
      const name = freshSchema(purpose);
      schemas.push(name);
      return name;
    };
    afterAll(async () => {
      for (const name of schemas) await dropSchema(name);
    });

    it('creates its schema, keeps every table in it and reports a multi-writer backend', async () => {
      const name = schema('open');
      const store = await createPostgresStore(url, { schema: name });
      expect(store.capabilities).toMatchObject({ concurrentWriters: true, sharedJobQueue: true });
      expect(store.capabilities.description).toContain(name);
      await store.close();
      const tables = await withClient(async (client) => {
        const result = await client.query<{ table_name: string }>(
          'select table_name from information_schema.tables where table_schema = $1 order by 1',
          [name],
        );
        return result.rows.map((row) => row.table_name);
      });
      expect(tables).toEqual(
        expect.arrayContaining([
          'kysely_migration',
          'datasets',
          'model_aliases',
          'alias_history',
          'api_tokens',
        ]),
      );
    });

    it('keeps data across reopening and does not run migrations again', async () => {
      const name = schema('reopen');
      const first = await createPostgresStore(url, { schema: name });
      await first.datasets.addVersion(contract.datasetVersion('tickets'), contract.at());
      await first.close();
      const stamps = () =>
        withClient(
          async (client) =>
            (await client.query(`select name, timestamp from "${name}".kysely_migration`)).rows,
        );
      const before = await stamps();
      const second = await createPostgresStore(url, { schema: name });
      expect((await second.datasets.getVersion('tickets')).byteSize).toBe(5_000_000_000);
      expect(await second.appliedMigrations()).toEqual(['0001-initial', '0002-traffic-splits']);
      await second.close();
      expect(await stamps()).toEqual(before);
    });

    it('parses int8 as numbers on its own pool, leaving the global pg parser alone', async () => {
      expect(pg.types.getTypeParser(20, 'text')('42')).toBe('42');
    });

    it('throws DATABASE_UNAVAILABLE with the password masked when the server is unreachable', async () => {
      const secret = 'hunter2-very-secret';
      const error = await contract.rejects(
        createPostgresStore(`postgres://sextant:${secret}@127.0.0.1:1/sextant`),
        'DATABASE_UNAVAILABLE',
      );
      expect(error.message).toContain('127.0.0.1:1');
      expect(error.message).toContain('***');
      expect(JSON.stringify(error.toJSON())).not.toContain(secret);
      expect(String(error.cause ?? '')).not.toContain(secret);
    });

    it('throws CONFIG_INVALID for a schema name that is not a plain identifier', async () => {
      await contract.rejects(createPostgresStore(url, { schema: 'x"; drop table y; --' }), 'CONFIG_INVALID');
    });

    it('throws MIGRATION_FAILED and leaves the database unchanged', async () => {
      const name = schema('migrate');
      const store = await createPostgresStore(url, { schema: name });
      await store.datasets.addVersion(contract.datasetVersion('kept'), contract.at());
      await store.close();
      const error = await contract.rejects(
        createPostgresStore(url, {
          schema: name,
          migrations: (profile) => ({
            ...sqlMigrations(profile),
            '0003-broken': {
              async up(db) {
                await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
                await db.schema.alterTable('datasets').addColumn('extra', 'text').execute();
                throw new Error('simulated failure');
              },
            },
          }),
        }),
        'MIGRATION_FAILED',
      );
      expect(error.details).toMatchObject({ migration: '0003-broken' });
      const leftovers = await withClient(async (client) => {
        const result = await client.query(
          `select table_name, column_name from information_schema.columns
           where table_schema = $1 and (table_name = 'half_done' or column_name = 'extra')`,
          [name],
        );
        return result.rows;
      });
      expect(leftovers).toEqual([]);
      const reopened = await createPostgresStore(url, { schema: name });
      expect(await reopened.appliedMigrations()).toEqual(['0001-initial', '0002-traffic-splits']);
      expect((await reopened.datasets.getVersion('kept')).version).toBe(1);
      await reopened.close();
    });
  });
}
