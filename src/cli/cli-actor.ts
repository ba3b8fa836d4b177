import { userInfo } from 'node:os';

/**
 * Who a CLI change is recorded as in alias history: `cli:` and the operating-system user name.
 * userInfo() throws when the user has no passwd entry (some containers); then USER / USERNAME, then
 * `unknown`, because a change must never fail for want of a name.
 */
export function cliActor(env: NodeJS.ProcessEnv): string {
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    name = env.USER ?? env.USERNAME;
  }
  return `cli:${name || 'unknown'}`;
}
