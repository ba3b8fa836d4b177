import { describe, expect, it } from 'vitest';
import { parseRoute } from './parse-route';
import { routeHref } from './route-href';

describe('parseRoute', () => {
  it('reads every page of the dashboard', () => {
    expect(parseRoute('')).toEqual({ page: 'models' });
    expect(parseRoute('#/')).toEqual({ page: 'models' });
    expect(parseRoute('#/models')).toEqual({ page: 'models' });
    expect(parseRoute('#/models/tickets')).toEqual({ page: 'model', name: 'tickets' });
    expect(parseRoute('#/drift')).toEqual({ page: 'drift', name: null, reportId: null });
    expect(parseRoute('#/drift/tickets?report=12')).toEqual({ page: 'drift', name: 'tickets', reportId: 12 });
    expect(parseRoute('#/performance/tickets')).toEqual({ page: 'performance', name: 'tickets' });
    expect(parseRoute('#/runs?model=tickets')).toEqual({ page: 'runs', model: 'tickets' });
    expect(parseRoute('#/runs')).toEqual({ page: 'runs', model: null });
    expect(parseRoute('#/runs/4f1c')).toEqual({ page: 'run', id: '4f1c' });
    expect(parseRoute('#/alerts?model=')).toEqual({ page: 'alerts', model: null });
  });

  it('ignores a report id that is not a positive integer', () => {
    expect(parseRoute('#/drift/m?report=abc')).toMatchObject({ reportId: null });
    expect(parseRoute('#/drift/m?report=-3')).toMatchObject({ reportId: null });
    expect(parseRoute('#/drift/m?report=1.5')).toMatchObject({ reportId: null });
  });

  it('answers not-found for unknown paths, extra segments and broken escapes', () => {
    expect(parseRoute('#/nope')).toEqual({ page: 'not-found', path: '/nope' });
    expect(parseRoute('#/models/a/b')).toEqual({ page: 'not-found', path: '/models/a/b' });
    expect(parseRoute('#/alerts/x')).toEqual({ page: 'not-found', path: '/alerts/x' });
    expect(parseRoute('#/models/%E0%A4%A')).toEqual({ page: 'not-found', path: '/models/%E0%A4%A' });
  });

  it('round-trips names with slashes, spaces, question marks and unicode through routeHref', () => {
    for (const name of ['a/b c', 'what?x=1', 'prévision#2', '100%']) {
      expect(parseRoute(routeHref(['models', name]))).toEqual({ page: 'model', name });
      expect(parseRoute(routeHref(['runs'], { model: name }))).toEqual({ page: 'runs', model: name });
    }
    expect(routeHref(['drift', 'tickets'], { report: 7, empty: '', none: null })).toBe(
      '#/drift/tickets?report=7',
    );
  });
});
