import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** How to start a drift worker thread: `new Worker(filename, { eval })`. */
export interface DriftWorkerEntry {
  readonly filename: string | URL;
  readonly eval: boolean;
  /** `compiled`: dist's drift-worker.js; `tsx`: the TypeScript source through tsx (development). */
  readonly via: 'compiled' | 'tsx';
}

/**
 * Finds the worker entry beside this module. Built (`dist/`), that is `drift-worker.js`. Run from
 * source (Vitest, `tsx`), only `drift-worker.ts` exists, and worker threads do not inherit Vitest's
 * transform nor reliably tsx's loader hooks on Node 20; so the worker starts as a tiny evaluated
 * script that loads the source through tsx's `tsImport` API. Undefined when neither works (no tsx
 * installed beside sources), and the engine computes in process.
 */
export function resolveDriftWorker(): DriftWorkerEntry | undefined {
  const compiled = new URL('./drift-worker.js', import.meta.url);
  if (compiled.protocol === 'file:' && existsSync(fileURLToPath(compiled))) {
    return { filename: compiled, eval: false, via: 'compiled' };
  }
  const source = new URL('./drift-worker.ts', import.meta.url);
  if (source.protocol !== 'file:' || !existsSync(fileURLToPath(source))) return undefined;
  const api = tsxImportApi();
  if (api === undefined) return undefined;
  const href = JSON.stringify(source.href);
  const code = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${href}, ${href}));`;
  return { filename: code, eval: true, via: 'tsx' };
}

/** The URL of tsx's ESM API (`tsx/esm/api`, import condition), if tsx is installed. */
function tsxImportApi(): string | undefined {
  try {
    const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      exports?: Record<string, { import?: { default?: string } | string } | string>;
    };
    const entry = manifest.exports?.['./esm/api'];
    const target = typeof entry === 'object' ? entry.import : undefined;
    const path = typeof target === 'object' ? target.default : target;
    return path === undefined ? undefined : pathToFileURL(join(dirname(manifestPath), path)).href;
  } catch {
    return undefined;
  }
}
