import { execFileSync, spawnSync } from 'node:child_process';

/**
 * Finds a Python 3 that imports `modules`, installing Debian's packages with apt when none does.
 * Debian's python3-* packages live under /usr/bin/python3; a pyenv or venv `python3` earlier on PATH
 * does not see them, so /usr/bin/python3 is tried first.
 *
 * @example const python = ensurePythonPeer(['sklearn', 'pandas'], ['python3-sklearn', 'python3-pandas']);
 */
export function ensurePythonPeer(modules: readonly string[], debianPackages: readonly string[]): string {
  const candidates = ['/usr/bin/python3', 'python3'];
  const works = (python: string) =>
    spawnSync(python, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore' }).status === 0;
  const found = candidates.find(works);
  if (found !== undefined) return found;
  console.error(`[bench] installing ${debianPackages.join(' ')} with apt-get (peers for the comparison)`);
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args: string[]) => {
    const [command, ...rest] = [...asRoot, ...args];
    execFileSync(command as string, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...debianPackages]);
  const installed = candidates.find(works);
  if (installed === undefined)
    throw new Error(`no python3 imports ${modules.join(', ')} even after apt-get install`);
  return installed;
}
