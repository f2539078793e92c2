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

/** A subcommand's options: `--name` (boolean) or `--name <valor>` / `--name=<valor>` (string), `short` a one-letter `-x`. */
export type CliOptions = Record<string, { type: 'boolean' | 'string'; short?: string }>;

/** What the options were given: true for a boolean flag, the value of a string one; absent when not given. */
export type CliValues<O extends CliOptions> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

export interface ParsedArgs<O extends CliOptions> {
  values: CliValues<O>;
  positionals: string[];
}

/**
 * Reads `args` against `options`: what parseArgs of node:util does with `strict` and positionals allowed, for the
 * little the CLI needs. Not node:util's, whose first call loads its parser's modules (~1.6 ms of every start-up),
 * and whose messages are in English. `--` ends the options; a lone `-` is a file name (standard input's usual
 * spelling), as are the arguments after `--`; the last of a repeated option wins. Throws a pt-BR message on an
 * unknown option, a string option without a value (the next argument an option) or a value given to a flag.
 */
export function parseCliArgs<O extends CliOptions>(args: readonly string[], options: O): ParsedArgs<O> {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.length < 2 || arg[0] !== '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const written = eq < 0 ? arg : arg.slice(0, eq);
    const name = long ? written.slice(2) : Object.keys(options).find((n) => `-${options[n]!.short}` === written);
    const option = name !== undefined && Object.hasOwn(options, name) ? options[name]! : undefined;
    if (!name || !option) throw new Error(`opção desconhecida: ${written}`);
    if (option.type === 'boolean') {
      if (eq >= 0) throw new Error(`a opção --${name} não recebe valor (recebido: ${arg})`);
      values[name] = true;
    } else if (eq >= 0) {
      values[name] = arg.slice(eq + 1);
    } else {
      const value = args[i + 1];
      if (value === undefined || (value.length > 1 && value[0] === '-'))
        throw new Error(`a opção --${name} precisa de um valor (--${name} <valor> ou --${name}=<valor>)`);
      values[name] = value;
      i++;
    }
  }
  return { values: values as CliValues<O>, positionals };
}

/**
 * Parses a subcommand's arguments, answering --help and a bad flag the same way in every subcommand: the parsed
 * values, or the exit code once the usage text has been printed.
 */
export function parseSubcommandArgs<O extends CliOptions & { help: { type: 'boolean' } }>(
  args: string[],
  options: O,
  usage: string,
  io: CliIo,
): ParsedArgs<O> | number {
  let parsed: ParsedArgs<O>;
  try {
    parsed = parseCliArgs(args, options);
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.out(usage);
    return EXIT.ok;
  }
  return parsed;
}
