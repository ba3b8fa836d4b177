import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import './fastify-augment.js';
import { registerDashboardRoutes } from './routes/dashboard-routes.js';

const { dir } = tempFolder('sextant-web-');

describe('dashboard routes', () => {
  it('serves the built page and its hashed assets with the right types and caching', async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    const app = Fastify();
    registerDashboardRoutes(app, dir);
    const page = await app.inject({ url: '/' });
    expect([page.statusCode, page.headers['content-type'], page.body]).toEqual([
      200,
      'text/html; charset=utf-8',
      '<!doctype html><div id="root"></div>',
    ]);
    const script = await app.inject({ url: '/assets/index-abc123.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/assets/..%2Findex.html' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/assets/nope.js' })).statusCode).toBe(404);
  });

  it('says how to build the dashboard when it is missing', async () => {
    const app = Fastify();
    registerDashboardRoutes(app, undefined);
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('npm run build');
  });
});
