import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from './node-builtins.ts';

// What every subcommand shares with the dispatcher (cli/main.ts), apart from it so subcommands do not import
// the module that loads them.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface Subcommand {
  /** One line for the general help. */
  summary: string;
  /** Runs with the arguments after the subcommand name; resolves to the process exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes shared by every subcommand. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Options in the shape node:util's parseArgs takes. */
export type CliOptions = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a subcommand's arguments, answering --help and a bad flag the same way in every subcommand: the parsed
 * values, or the exit code once the usage text has been printed.
 */
export function parseSubcommandArgs<O extends CliOptions & { help: { type: 'boolean' } }>(
  args: string[],
  options: O,
  usage: string,
  io: CliIo,
): ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>> | number {
  let parsed: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
    return EXIT.usage;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(usage);
    return EXIT.ok;
  }
  return parsed;
}
