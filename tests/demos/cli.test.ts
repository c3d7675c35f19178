// @vitest-environment node
/**
 * The demo CLI: in-process through runCli for every path, and twice as a real subprocess
 * (`tsx src/demos/cli.ts`) for exit codes and streams.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/demos/cli';
import type { DemoEntry } from '../../src/demos/index';
import { selfAttentionDemo } from '../../src/demos/selfAttention';
import { usageError } from '../../src/demos/options';

async function cli(argv: readonly string[], demos?: Readonly<Record<string, DemoEntry>>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
    demos,
  );
  return { code, stdout, stderr };
}

describe('runCli', () => {
  it('prints the text tables of a demo', async () => {
    const { code, stdout, stderr } = await cli(['cross-entropy']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('L = −ln P(Frankreich) = −ln 0,4367 = 0,8285');
  });

  it('prints the JSON with --json, before or after the options', async () => {
    for (const argv of [['softmax', '--json', '--temperature', '2'], ['--json', 'softmax', '--temperature=2']]) {
      const { code, stdout } = await cli(argv);
      expect(code).toBe(0);
      const json = JSON.parse(stdout) as { temperature: number };
      expect(json.temperature).toBe(2);
      expect(stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
    }
  });

  it('prints help on stdout with exit code 0', async () => {
    const general = await cli(['--help']);
    expect(general.code).toBe(0);
    expect(general.stdout).toMatch(/^usage: npm run demo -- <demo>/);
    for (const name of ['tokenization', 'self-attention', 'softmax', 'cross-entropy', 'gradient-descent']) {
      expect(general.stdout).toContain(name);
    }
    const single = await cli(['gradient-descent', '--help']);
    expect(single.code).toBe(0);
    expect(single.stdout).toContain('usage: npm run demo -- gradient-descent [--steps N] [--learning-rate η] [--json]');
    expect(single.stdout).toContain('--steps N');
  });

  it.each([
    [[], /Welche Demo\?/],
    [['--json'], /Welche Demo\?/],
    [['nope'], /unbekannte Demo „nope“/],
    [['--nope'], /unbekannte Option „--nope“/],
  ])('exits with 2 and the overview for %j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage: npm run demo -- <demo>');
  });

  it.each([
    [['softmax', '--temperature', '0'], /--temperature muss > 0 sein/],
    [['softmax', '--steps', '3'], /unbekannte Option „--steps“/],
    [['gradient-descent', '--steps', 'viele'], /--steps erwartet eine ganze Zahl/],
  ])('exits with 2 and the demo usage for %j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain(`usage: npm run demo -- ${argv[0]} `);
    expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
  });

  it('exits with 1 and one line for any other error of a demo', async () => {
    const demos: Record<string, DemoEntry> = {
      broken: { summary: 'kaputt', options: [], run: () => { throw new Error('kaputt: 5x4 statt 4x5'); } },
      picky: { summary: 'wählerisch', options: [], run: () => Promise.reject(usageError('nein')) },
    };
    const broken = await cli(['broken'], demos);
    expect(broken).toEqual({ code: 1, stdout: '', stderr: 'Fehler in der Demo „broken“: kaputt: 5x4 statt 4x5\n' });
    const picky = await cli(['picky'], demos);
    expect(picky.code).toBe(2);
    expect(picky.stderr).toMatch(/^Fehler: nein\n\nusage: npm run demo -- picky \[--json\]/);
  });
});

describe('the real CLI (subprocess)', () => {
  const tsx = 'node_modules/.bin/tsx';
  const spawn = (args: string[]) => spawnSync(tsx, ['src/demos/cli.ts', ...args], { encoding: 'utf8', timeout: 30_000 });

  it('prints the self-attention JSON and exits with 0', async () => {
    const result = spawn(['self-attention', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const expected = JSON.parse(JSON.stringify((await selfAttentionDemo([])).json)) as unknown;
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('exits with 2 and a usage message on stderr for an unknown option', () => {
    const result = spawn(['softmax', '--temprature', '2']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Fehler: unbekannte Option „--temprature“');
    expect(result.stderr).toContain('usage: npm run demo -- softmax [--temperature T] [--json]');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
