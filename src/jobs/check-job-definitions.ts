import { SextantError } from '../core/sextant-error.js';
import { assertCron } from './assert-cron.js';
import type { JobDefinition } from './job-definition.js';

/**
 * Checks a scheduler's new job list before anything changes: unique names and valid five-field cron
 * schedules (INVALID_ARGUMENT otherwise). Returns the jobs by name, schedules trimmed.
 */
export function checkJobDefinitions(definitions: readonly JobDefinition[]): Map<string, JobDefinition> {
  const jobs = new Map<string, JobDefinition>();
  for (const definition of definitions) {
    if (definition.name.trim() === '') {
      throw new SextantError('INVALID_ARGUMENT', 'a job needs a name', { modelName: definition.modelName });
    }
    if (jobs.has(definition.name)) {
      throw new SextantError('INVALID_ARGUMENT', `two jobs are named ${definition.name}`, {
        job: definition.name,
      });
    }
    const schedule =
      definition.schedule === null
        ? null
        : assertCron(definition.schedule, `schedule of job ${definition.name}`);
    jobs.set(definition.name, { ...definition, schedule });
  }
  return jobs;
}
