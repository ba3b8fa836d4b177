import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server tests run against: env SEXTANT_TEST_PG_URL, else the machine's local one. */
export const postgresTestUrl = process.env.SEXTANT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why PostgreSQL cannot be reached, or undefined when it can. */
export async function probePostgres(target: string = postgresTestUrl): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: target, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name no other test run uses; drop it with {@link dropSchema} when the tests end. */
export function freshSchema(purpose: string): string {
  return `sextant_test_${purpose}_${randomBytes(5).toString('hex')}`;
}

/** Runs `use` with a connected client, always closing it. */
export async function withPgClient<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresTestUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  await withPgClient((client) => client.query(`drop schema if exists "${schema}" cascade`));
}
