/**
 * `npm run demo -- <demo> [--json] [options]`: the terminal demos of the lecture outline.
 *
 * Exit codes: 0 success (and --help), 2 usage error (no or unknown demo, unknown option, bad value;
 * a demo signals one by throwing an Error whose message starts with "usage:"), 1 any other error.
 * User errors print a message and the usage on stderr, never a stack trace.
 */
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { DEMOS, type DemoEntry } from './index';
import { formatOptionHelp, isUsageError, type OptionHelp } from './options';

/** Where the CLI writes; the real process streams, or collectors in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const COMMAND = 'npm run demo --';
const JSON_HELP: OptionHelp = ['--json', 'alle Werte als JSON statt als Tabellen ausgeben'];
const HELP_HELP: OptionHelp = ['--help', 'diese Hilfe'];
const HELP_FLAGS = new Set(['--help', '-h']);

/** Overview of all demos, for --help and after a usage error without a known demo. */
export function generalUsage(demos: Readonly<Record<string, DemoEntry>> = DEMOS): string {
  const names = Object.keys(demos);
  const width = Math.max(...names.map((name) => name.length));
  return [
    `usage: ${COMMAND} <demo> [--json] [Optionen]`,
    '',
    'Terminal-Demos zur Vorlesung „Vom Token zur Antwort“:',
    ...names.map((name) => `  ${name.padEnd(width)}  ${demos[name].summary}`),
    '',
    ...formatOptionHelp([JSON_HELP, ['--help', 'Hilfe; nach dem Namen einer Demo: ihre Optionen']]),
    '',
    `Beispiel: ${COMMAND} softmax --temperature 0.5`,
  ].join('\n');
}

/** Usage of one demo: call syntax, what it shows, its options. */
export function demoUsage(name: string, entry: DemoEntry): string {
  const synopsis = [...entry.options, JSON_HELP].map(([syntax]) => `[${syntax}]`).join(' ');
  return [
    `usage: ${COMMAND} ${name} ${synopsis}`,
    '',
    entry.summary,
    '',
    ...formatOptionHelp([...entry.options, JSON_HELP, HELP_HELP]),
  ].join('\n');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the CLI on the arguments after the script name and returns the exit code.
 * `demos` defaults to the real registry; tests may pass their own.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  demos: Readonly<Record<string, DemoEntry>> = DEMOS,
): Promise<number> {
  const json = argv.includes('--json');
  const help = argv.some((arg) => HELP_FLAGS.has(arg));
  const rest = argv.filter((arg) => arg !== '--json' && !HELP_FLAGS.has(arg));
  const [name, ...demoArgs] = rest;

  if (name === undefined) {
    if (help) {
      io.stdout(`${generalUsage(demos)}\n`);
      return 0;
    }
    io.stderr(`Fehler: Welche Demo? Bitte einen Namen angeben.\n\n${generalUsage(demos)}\n`);
    return 2;
  }
  const entry = Object.hasOwn(demos, name) ? demos[name] : undefined;
  if (!entry) {
    const what = name.startsWith('-') ? `unbekannte Option „${name}“` : `unbekannte Demo „${name}“`;
    io.stderr(`Fehler: ${what}\n\n${generalUsage(demos)}\n`);
    return 2;
  }
  if (help) {
    io.stdout(`${demoUsage(name, entry)}\n`);
    return 0;
  }

  try {
    const output = await entry.run(demoArgs);
    io.stdout(`${json ? JSON.stringify(output.json, null, 2) : output.text}\n`);
    return 0;
  } catch (error) {
    if (isUsageError(error)) {
      const message = error.message.replace(/^usage:\s*/, '');
      io.stderr(`Fehler: ${message}\n\n${demoUsage(name, entry)}\n`);
      return 2;
    }
    io.stderr(`Fehler in der Demo „${name}“: ${messageOf(error)}\n`);
    return 1;
  }
}

async function main(): Promise<void> {
  // Piping into `head` closes stdout early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    process.stderr.write(`Fehler: ${messageOf(error)}\n`);
    process.exitCode = 1;
  });
}
