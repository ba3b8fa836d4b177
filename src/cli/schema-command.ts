import type { Command } from 'commander';
import { inferSchema } from '../data/infer-schema.js';
import { parseSchemaFile } from '../data/parse-schema-file.js';
import type { CliContext } from './cli-context.js';
import { renderTable } from './render-table.js';
import { splitList } from './split-list.js';

/** `sextant schema FILE`: the inferred column types of a data file, and why each was chosen. */
export function registerSchemaCommand(program: Command, context: (command: Command) => CliContext): void {
  program
    .command('schema')
    .description('show the inferred column types of a CSV, TSV, JSON, JSONL or Parquet file')
    .argument('<file>', 'the data file')
    .option('--schema <file>', 'a schema file whose column types win over inference')
    .option('--require <columns>', 'comma-separated columns that must be present')
    .action(async (file: string, options: { schema?: string; require?: string }, command: Command) => {
      const ctx = context(command);
      const overrides = options.schema === undefined ? undefined : await parseSchemaFile(options.schema);
      const schema = await inferSchema(file, { overrides, required: splitList(options.require) });
      ctx.print({ file, ...schema }, () =>
        [
          `${file}: ${schema.rowCount} rows, ${schema.columns.length} columns`,
          renderTable(
            ['column', 'type', 'source', 'missing', 'distinct', 'why'],
            schema.columns.map((c) => [
              c.name,
              c.type,
              c.sourceType,
              c.missingCount,
              c.distinctApproximate ? `~${c.distinctCount}` : c.distinctCount,
              c.reason,
            ]),
          ),
        ].join('\n'),
      );
    });
}
