import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { SextantError } from '../../core/sextant-error.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Where the built dashboard is: `dist/web` beside the compiled server (`dist/server/routes/..`), or,
 * when the server runs from source (tests, tsx), the repository's `dist/web`.
 */
export function findDashboardDir(): string | undefined {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return [join(here, '../../web'), join(here, '../../../dist/web')].find((dir) =>
    existsSync(join(dir, 'index.html')),
  );
}

/**
 * The dashboard: the Vite build served from memory (a few hundred KiB, read once at start), no CDN.
 * Hashed asset names never change content, so they are cached for a year; index.html never is.
 * The files hold no data; the page fetches it from the API with the user's token, so they are public.
 */
export function registerDashboardRoutes(app: FastifyInstance, dir: string | undefined): void {
  const files = new Map<string, Buffer>();
  if (dir !== undefined) {
    files.set('index.html', readFileSync(join(dir, 'index.html')));
    const assets = join(dir, 'assets');
    if (existsSync(assets))
      for (const name of readdirSync(assets)) files.set(`assets/${name}`, readFileSync(join(assets, name)));
  }
  const page = files.get('index.html');
  app.get('/', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    if (page === undefined)
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The dashboard is not built: run "npm run build" (it runs vite build into dist/web).');
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
  });
  app.get<{ Params: { file: string } }>(
    '/assets/:file',
    { config: { auth: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const body = files.get(`assets/${request.params.file}`);
      if (body === undefined)
        throw new SextantError('ROUTE_NOT_FOUND', `no dashboard asset ${request.params.file}`, {
          file: request.params.file,
        });
      return reply
        .type(CONTENT_TYPES[extname(request.params.file)] ?? 'application/octet-stream')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(body);
    },
  );
}
