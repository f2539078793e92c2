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
