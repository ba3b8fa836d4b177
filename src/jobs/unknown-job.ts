import { SextantError } from '../core/sextant-error.js';

/**
 * The error for a job name the scheduler does not have, listing the ones it has. One place, so that
 * both schedulers (and the HTTP route) answer the same way.
 */
export function unknownJob(name: string, known: Iterable<string>): SextantError {
  const names = [...known].sort();
  return new SextantError(
    'INVALID_ARGUMENT',
    `no job named ${JSON.stringify(name)}${names.length > 0 ? `; jobs: ${names.join(', ')}` : ': no jobs are defined'}`,
    { job: name, jobs: names },
  );
}
