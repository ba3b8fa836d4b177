import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertCron } from './assert-cron.js';

// No YAML parser is a dependency, so these checks read the manifests line by line. They rely on two
// conventions the manifests keep on purpose: `command:` and `args:` are one-line JSON-style lists, and
// a CronJob has one `schedule:` line. A manifest that breaks them fails here rather than passing unread.
const deploy = new URL('../../deploy/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, deploy), 'utf8');
const manifests = readdirSync(new URL('k8s/', deploy))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, text: read(`k8s/${name}`) }));

/** The CLI contract: each `sextant NAME` of DESIGN.md's command table, with the usage text that names it. */
function designCommands(): Map<string, string> {
  const design = readFileSync(new URL('../../../shared/DESIGN.md', import.meta.url), 'utf8');
  const commands = new Map<string, string>();
  for (const line of design.split('\n')) {
    if (!line.startsWith('| `sextant ')) continue;
    const usage = line.split(/(?<!\\)\|/)[1] ?? '';
    for (const match of usage.matchAll(/`sextant ([a-z][a-z-]*)/g)) {
      commands.set(match[1]!, `${commands.get(match[1]!) ?? ''} ${usage}`);
    }
  }
  return commands;
}

/** The value of every `key: [...]` line, parsed as JSON; a `key:` line in any other form throws. */
function lists(text: string, key: 'command' | 'args'): string[][] {
  return text
    .split('\n')
    .filter((line) => new RegExp(`^\\s*${key}:`).test(line))
    .map((line) => {
      const value = line.slice(line.indexOf(':') + 1).trim();
      if (!value.startsWith('[')) throw new Error(`write ${key} as a one-line ["..."] list: ${line.trim()}`);
      return JSON.parse(value) as string[];
    });
}

const kindOf = (text: string): string | undefined => /^kind: (\w+)$/m.exec(text)?.[1];

describe('deploy/k8s manifests', () => {
  const commands = designCommands();

  it('finds the CLI contract and the expected manifests', () => {
    expect([...commands.keys()]).toEqual(expect.arrayContaining(['serve', 'monitor', 'retrain']));
    const kinds = manifests.map((m) => [m.name, kindOf(m.text)]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['cronjob-monitor.yaml', 'CronJob'],
        ['cronjob-retrain.yaml', 'CronJob'],
        ['deployment.yaml', 'Deployment'],
        ['service.yaml', 'Service'],
      ]),
    );
  });

  it('gives every CronJob one valid five-field schedule, with monitoring every 6 hours and retraining weekly', () => {
    const schedules = new Map<string, string>();
    for (const { name, text } of manifests.filter((m) => kindOf(m.text) === 'CronJob')) {
      const lines = text.split('\n').filter((line) => /^\s*schedule:/.test(line));
      expect(lines, name).toHaveLength(1);
      const value = JSON.parse(lines[0]!.slice(lines[0]!.indexOf(':') + 1).trim()) as string;
      schedules.set(name, assertCron(value, `${name} schedule`));
      // A failed run must stay failed (exit 2 on FAIL), not be retried into a success.
      expect(text, name).toMatch(/^\s*backoffLimit: 0$/m);
      expect(text, name).toMatch(/^\s*concurrencyPolicy: Forbid$/m);
    }
    expect(schedules.get('cronjob-monitor.yaml')).toBe('0 */6 * * *');
    expect(schedules.get('cronjob-retrain.yaml')).toBe('0 3 * * 1');
  });

  it('runs only real sextant commands, with options their DESIGN.md usage names', () => {
    const used: string[] = [];
    for (const { name, text } of manifests) {
      const commandLists = lists(text, 'command');
      const argLists = lists(text, 'args');
      expect(commandLists.length, name).toBe(argLists.length);
      commandLists.forEach((command, i) => {
        expect(command, name).toEqual(['sextant']);
        const args = argLists[i]!;
        const usage = commands.get(args[0]!);
        expect(usage, `${name}: sextant ${args[0]} is not a command of DESIGN.md`).toBeDefined();
        for (const option of args.filter((arg) => arg.startsWith('--'))) {
          expect(usage, `${name}: ${option} is not an option of sextant ${args[0]}`).toContain(option);
        }
        used.push(`${args[0]} ${args[1]}`);
      });
    }
    expect(used.sort()).toEqual(['monitor tickets', 'retrain tickets', 'serve --host']);
  });

  it('probes /ready and /health and reads the database URL from a Secret', () => {
    const deployment = manifests.find((m) => m.name === 'deployment.yaml')!.text;
    const probePath = (probe: string): string | undefined =>
      new RegExp(`${probe}:\\n\\s+httpGet:\\n\\s+path: (\\S+)`).exec(deployment)?.[1];
    expect(probePath('readinessProbe')).toBe('/ready');
    expect(probePath('livenessProbe')).toBe('/health');
    for (const { name, text } of manifests.filter((m) =>
      ['CronJob', 'Deployment'].includes(kindOf(m.text)!),
    )) {
      expect(text, name).toMatch(/- name: SEXTANT_DATABASE_URL\n\s+valueFrom:\n\s+secretKeyRef:/);
    }
  });

  it('builds the image on node:20-slim with npm ci and serves on all interfaces', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/^FROM node:20-slim AS build$/m);
    expect(dockerfile).toMatch(/^RUN npm ci /m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["sextant"\]$/m);
    expect(dockerfile).toMatch(/^CMD \["serve", "--host", "0\.0\.0\.0", "--port", "8080"\]$/m);
  });
});
