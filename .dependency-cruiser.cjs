/**
 * The layer rule of DESIGN.md: layers only look down.
 * core <- data, stats <- learn <- registry, monitor, jobs <- platform (+ store) <- server, cli.
 */
const layer = (name) => `^src/${name}/`;
const forbid = (from, to, why) => ({
  name: `${from}-not-to-${to.join('-')}`,
  comment: why,
  severity: 'error',
  from: { path: layer(from) },
  to: { path: `^src/(${to.join('|')})/` },
});

module.exports = {
  forbidden: [
    forbid('core', ['data', 'stats', 'learn', 'registry', 'monitor', 'jobs', 'store', 'platform', 'server', 'cli'], 'core imports nothing of ours'),
    forbid('data', ['stats', 'learn', 'registry', 'monitor', 'jobs', 'store', 'platform', 'server', 'cli'], 'data imports only core'),
    forbid('stats', ['data', 'learn', 'registry', 'monitor', 'jobs', 'store', 'platform', 'server', 'cli'], 'stats imports only core'),
    forbid('learn', ['registry', 'monitor', 'jobs', 'store', 'platform', 'server', 'cli'], 'learn adds data and stats only'),
    forbid('registry', ['store', 'platform', 'server', 'cli'], 'services use ports, never store'),
    forbid('monitor', ['store', 'platform', 'server', 'cli'], 'services use ports, never store'),
    forbid('jobs', ['store', 'platform', 'server', 'cli'], 'services use ports, never store'),
    forbid('store', ['registry', 'monitor', 'jobs', 'platform', 'server', 'cli'], 'store implements core ports'),
    forbid('server', ['cli', 'store'], 'server goes through platform'),
    forbid('cli', ['server', 'store'], 'cli goes through platform'),
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
