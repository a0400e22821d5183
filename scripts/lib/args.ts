/** Minimal `--name value` / `--flag` command-line parsing for the scripts. */

/** Parsed arguments: string values, `true` for bare flags. */
export type Args = Record<string, string | true>;

/** Parse process.argv-style arguments. */
export function parseArgs(argv: string[] = process.argv.slice(2)): Args {
  const out: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${JSON.stringify(a)}`);
    const [key, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) out[key] = inline;
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}

/** A numeric argument with a default; throws a clear error on a non-number. */
export function numberArg(args: Args, name: string, fallback: number): number {
  const v = args[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v === true || !Number.isFinite(n)) throw new Error(`--${name} expects a number, got ${JSON.stringify(v)}`);
  return n;
}

/** A string argument with a default. */
export function stringArg(args: Args, name: string, fallback: string): string {
  const v = args[name];
  if (v === undefined) return fallback;
  if (v === true) throw new Error(`--${name} expects a value`);
  return v;
}
