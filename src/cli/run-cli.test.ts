import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliResult, captureCli } from '../test-support/capture-cli.js';

const weather = fileURLToPath(
  new URL('../../node_modules/vega-datasets/data/seattle-weather.csv', import.meta.url),
);

describe('sextant CLI (in process, real SQLite workspace)', () => {
  let dir: string;
  let home: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sextant-cli-'));
    home = join(dir, '.sextant');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function sextant(...argv: string[]): Promise<CliResult> {
    return captureCli(['--home', home, ...argv], {}, dir);
  }

  async function file(name: string, content: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  }

  async function blobCount(): Promise<number> {
    const root = join(home, 'artifacts');
    const folders = (await readdir(root).catch(() => [] as string[])).filter((f) => /^[0-9a-f]{2}$/.test(f));
    let count = 0;
    for (const folder of folders) count += (await readdir(join(root, folder))).length;
    return count;
  }

  it('prints help and version with exit 0', async () => {
    const help = await sextant('--help');
    expect(help.code).toBe(0);
    for (const command of ['status', 'schema', 'datasets']) expect(help.stdout).toContain(command);
    const version = await sextant('--version');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers an unknown command or option with one line and exit 1', async () => {
    const unknown = await sextant('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const badOption = await sextant('status', '--bogus');
    expect(badOption.code).toBe(1);
    expect(badOption.stderr).toContain("unknown option '--bogus'");
  });

  it('summarizes an empty workspace, for people and as JSON', async () => {
    const human = await sextant('status');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(home);
    expect(human.stdout).toContain('Datasets: none yet');
    const json = await sextant('status', '--json');
    const status = JSON.parse(json.stdout);
    expect(status).toMatchObject({ home, datasets: [], models: [], runs: 0 });
    expect(status.migrations).toBeGreaterThanOrEqual(1);
  });

  it('infers the schema of seattle-weather.csv', async () => {
    const result = await sextant('schema', weather, '--json');
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.rowCount).toBe(1461);
    const types = Object.fromEntries(
      schema.columns.map((c: { name: string; type: string }) => [c.name, c.type]),
    );
    expect(types).toEqual({
      date: 'datetime',
      precipitation: 'numeric',
      temp_max: 'numeric',
      temp_min: 'numeric',
      wind: 'numeric',
      weather: 'categorical',
    });
  });

  it('adds, lists and shows dataset versions with lineage; the same bytes twice is one version', async () => {
    const added = await sextant('datasets', 'add', 'weather', weather, '--json');
    expect(added.code).toBe(0);
    const first = JSON.parse(added.stdout);
    expect(first.created).toBe(true);
    expect(first.version).toMatchObject({
      datasetName: 'weather',
      version: 1,
      role: 'reference',
      rowCount: 1461,
    });
    expect(first.version.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const again = await sextant('datasets', 'add', 'weather', weather);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('unchanged: weather version 1');

    const batch = await file(
      'batch.csv',
      'date,precipitation,temp_max,temp_min,wind,weather\n2016-01-01,0,5.6,-1,2.3,sun\n',
    );
    const second = await sextant(
      'datasets',
      'add',
      'weather',
      batch,
      '--role',
      'batch',
      '--parent',
      'weather:1',
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('added weather version 2 (batch): 1 rows, 6 columns');
    expect(await blobCount()).toBe(2);

    const list = JSON.parse((await sextant('datasets', 'list', '--json')).stdout);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'weather', versionCount: 2 });

    const shown = await sextant('datasets', 'show', 'weather:2');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('weather version 2 (batch)');
    expect(shown.stdout).toContain('parents weather:1');
    const status = JSON.parse((await sextant('status', '--json')).stdout);
    expect(status.datasets).toEqual([{ name: 'weather', versions: 2, latest: 2, role: 'batch', rows: 1 }]);
  });

  it('answers a missing dataset with exit 1, as text and as JSON', async () => {
    const text = await sextant('datasets', 'show', 'nope');
    expect(text.code).toBe(1);
    expect(text.stderr.trim().split('\n')).toHaveLength(1);
    expect(text.stderr).toMatch(/^error: .*nope/);
    const json = await sextant('datasets', 'show', 'nope:3', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).error.code).toBe('DATASET_NOT_FOUND');
  });

  const badInputs: [string, string, string, string[], RegExp][] = [
    ['missing file', '', 'FILE_NOT_FOUND', [], /absent\.csv/],
    ['empty file', '', 'FILE_EMPTY', [], /bad\.csv/],
    ['header only', 'a,b,c\n', 'FILE_EMPTY', [], /bad\.csv/],
    ['ragged rows', 'a,b,c\n1,2,3\n4,5\n6,7,8\n', 'FILE_PARSE_ERROR', [], /bad\.csv.*line 3/],
    ['duplicate column', 'a,b,a\n1,2,3\n', 'DUPLICATE_COLUMN', [], /bad\.csv.*"?a"?/],
    [
      'required column missing',
      'a,b\n1,2\n',
      'COLUMN_MISSING',
      ['--require', 'a,target'],
      /bad\.csv.*target/,
    ],
    ['all-null column', 'a,b\n1,\n2,\n3,\n', 'COLUMN_ALL_NULL', [], /bad\.csv.*\bb\b/],
    [
      'unparseable typed value',
      'a,b\n1,x\n2,3.5\n3,oops\n',
      'VALUE_INVALID',
      ['--schema', 'SCHEMA'],
      /bad\.csv.*line 2.*\bb\b/,
    ],
  ];

  it.each(badInputs)(
    'rejects %s with exit 1 and writes nothing',
    async (_label, content, code, extra, message) => {
      const path = _label === 'missing file' ? join(dir, 'absent.csv') : await file('bad.csv', content);
      const schemaPath = await file('schema.json', JSON.stringify({ columns: { b: 'numeric' } }));
      const args = extra.map((a) => (a === 'SCHEMA' ? schemaPath : a));
      const text = await sextant('datasets', 'add', 'broken', path, ...args);
      expect(text.code).toBe(1);
      expect(text.stderr.trim().split('\n')).toHaveLength(1);
      expect(text.stderr).toMatch(message);
      expect(text.stderr).not.toMatch(/\n\s+at /);
      const json = await sextant('datasets', 'add', 'broken', path, ...args, '--json');
      expect(JSON.parse(json.stdout).error.code).toBe(code);
      const schema = await sextant('schema', path, ...args);
      expect(schema.code).toBe(1);
      expect(JSON.parse((await sextant('datasets', 'list', '--json')).stdout)).toEqual([]);
      expect(await blobCount()).toBe(0);
    },
  );

  it('rejects an unsupported format, a bad name and a bad role', async () => {
    const xlsx = await file('data.xlsx', 'x');
    expect((await sextant('datasets', 'add', 'd', xlsx, '--json')).stdout).toContain(
      'FILE_FORMAT_UNSUPPORTED',
    );
    const csv = await file('ok.csv', 'a\n1\n');
    const badName = await sextant('datasets', 'add', '../etc', csv);
    expect(badName.code).toBe(1);
    expect(badName.stderr).toContain('dataset name "../etc" is invalid');
    const badRole = await sextant('datasets', 'add', 'd', csv, '--role', 'gold');
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain("'gold' is invalid");
  });

  it('refuses a database URL it cannot use, without printing the password', async () => {
    const result = await sextant('--database', 'mysql://u:hunter2@h/db', 'status');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unsupported database URL');
    expect(result.stderr).not.toContain('hunter2');
  });

  it('answers a home folder that cannot be created with CONFIG_INVALID', async () => {
    const blocker = await file('not-a-folder', 'x');
    const result = await captureCli(['--home', join(blocker, 'home'), 'status', '--json'], {}, dir);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error).toMatchObject({ code: 'CONFIG_INVALID' });
    const sqlite = await captureCli(
      ['--home', home, '--database', `sqlite:${join(blocker, 'db', 'x.db')}`, 'status'],
      {},
      dir,
    );
    expect(sqlite.code).toBe(1);
    expect(sqlite.stderr).toContain('cannot create the database folder');
  });
});
