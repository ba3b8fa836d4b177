import { execFile } from 'node:child_process';

/**
 * The commit checked out in `cwd`, or null when it is not a git work tree (or git is missing), so a
 * run records which code trained it. A dirty tree is marked with a `-dirty` suffix.
 */
export function detectGitCommit(cwd: string): Promise<string | null> {
  const git = (args: string[]) =>
    new Promise<string | null>((resolve) => {
      execFile('git', args, { cwd, timeout: 5000 }, (error, stdout) => resolve(error ? null : stdout.trim()));
    });
  return git(['rev-parse', 'HEAD']).then(async (commit) => {
    if (commit === null || !/^[0-9a-f]{40}$/.test(commit)) return null;
    const status = await git(['status', '--porcelain', '--untracked-files=no']);
    return status ? `${commit}-dirty` : commit;
  });
}
