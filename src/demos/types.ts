/** What every terminal demo returns: the aligned text tables to print, and the JSON for --json. */
export interface DemoOutput {
  text: string;
  json: unknown;
}

/** A demo takes its own options (everything after its name) and returns its output. */
export type Demo = (args: readonly string[]) => DemoOutput | Promise<DemoOutput>;
