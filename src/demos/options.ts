/**
 * Option parsing shared by the terminal demos. Bad input throws an Error whose message starts with
 * "usage:", which the CLI prints together with the demo's usage and exits with code 2.
 */
import { formatInteger } from '../format';

/** One numeric option of a demo, e.g. `--temperature T`. */
export interface NumberOption {
  /** Name without dashes: "temperature" for `--temperature`. */
  readonly name: string;
  /** Placeholder in the usage line: "T". */
  readonly metavar: string;
  /** One German line for --help. */
  readonly help: string;
  /** Whole numbers only (e.g. a number of steps). */
  readonly integer?: boolean;
  /** Accepted range; `exclusiveMin` means value > min instead of ≥. */
  readonly min?: number;
  readonly max?: number;
  readonly exclusiveMin?: boolean;
}

/** Throws the error the CLI turns into a usage message and exit code 2. */
export function usageError(message: string): Error {
  return new Error(`usage: ${message}`);
}

/** True if the error is a user error (bad option) rather than a bug. */
export function isUsageError(error: unknown): error is Error {
  return error instanceof Error && error.message.startsWith('usage:');
}

// Plain decimal numbers only: "0.5", "0,5" (German comma), "-2", "1e-3". Not "", "0x10" or "Infinity".
const NUMBER_PATTERN = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** Range limits in German notation: 10000 → "10.000", 0.5 → "0,5". */
function germanNumber(value: number): string {
  return Number.isInteger(value) ? formatInteger(value) : String(value).replace('.', ',');
}

function parseNumber(option: NumberOption, raw: string): number {
  const flag = `--${option.name}`;
  const text = raw.trim();
  const value = NUMBER_PATTERN.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
  const expected = option.integer ? 'eine ganze Zahl' : 'eine Zahl';
  if (!Number.isFinite(value) || (option.integer && !Number.isInteger(value))) {
    throw usageError(`${flag} erwartet ${expected}, bekommen: „${raw}“`);
  }
  const { min, max, exclusiveMin } = option;
  const belowMin = min !== undefined && (exclusiveMin ? value <= min : value < min);
  const aboveMax = max !== undefined && value > max;
  if (belowMin || aboveMax) {
    const lower = min === undefined ? '' : `${exclusiveMin ? '>' : '≥'} ${germanNumber(min)}`;
    const upper = max === undefined ? '' : `≤ ${germanNumber(max)}`;
    const range = [lower, upper].filter(Boolean).join(' und ');
    throw usageError(`${flag} muss ${range} sein, bekommen: „${raw}“`);
  }
  return value;
}

/**
 * Parses `--name value` and `--name=value` for the given options; returns the values by name
 * (options not given are missing). Unknown options, stray arguments and bad numbers throw a usage error.
 */
export function parseOptions(args: readonly string[], options: readonly NumberOption[]): Record<string, number> {
  const byName = new Map(options.map((option) => [option.name, option]));
  const values: Record<string, number> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      throw usageError(`unerwartetes Argument „${arg}“`);
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const option = byName.get(name);
    if (!option) {
      throw usageError(`unbekannte Option „--${name}“`);
    }
    let raw: string;
    if (eq !== -1) {
      raw = arg.slice(eq + 1);
    } else {
      // A negative number is a value, not an option: "--learning-rate -1" reaches the range check.
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('--') && !NUMBER_PATTERN.test(next))) {
        throw usageError(`--${name} braucht einen Wert (${option.metavar})`);
      }
      raw = next;
      i++;
    }
    values[name] = parseNumber(option, raw);
  }
  return values;
}

/** An option for --help: its syntax ("--temperature T") and one German line of explanation. */
export type OptionHelp = readonly [syntax: string, help: string];

/** Help entries of numeric options, for {@link formatOptionHelp}. */
export function optionHelp(options: readonly NumberOption[]): OptionHelp[] {
  return options.map((option) => [`--${option.name} ${option.metavar}`, option.help]);
}

/** Aligned help lines: "  --temperature T  Temperatur T > 0 …". */
export function formatOptionHelp(entries: readonly OptionHelp[]): string[] {
  const width = Math.max(0, ...entries.map(([syntax]) => syntax.length));
  return entries.map(([syntax, help]) => `  ${syntax.padEnd(width)}  ${help}`);
}
