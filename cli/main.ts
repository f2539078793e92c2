// tiss-preflight CLI dispatcher: `tiss-preflight <subcommand> [args]`. Each subcommand lives in its own module,
// loaded only when used; add one by adding a line to SUBCOMMANDS.
import { writeSync } from './node-builtins.ts';
import { type CliIo, EXIT, type Subcommand } from './subcommand.ts';

export { type CliIo, EXIT, type Subcommand };

const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {
  validate: async () => (await import('./validate.ts')).validateCommand,
  pack: async () => (await import('./pack.ts')).packCommand,
  glosas: async () => (await import('./glosas.ts')).glosasCommand,
};

/**
 * Writes to the process's standard output with write(2) on fd 1 rather than through `process.stdout`, whose
 * first use builds a stream and loads Node's stream modules (~5–8 ms CPU of a 6 KB file's start-up). A reader
 * that went away (`| head`) ends the output quietly; a non-blocking fd that is full (EAGAIN) hands the rest to
 * `process.stdout`, which waits for it.
 */
function writeStdout(text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(1, bytes, at);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw e;
      process.stdout.write(bytes.subarray(at));
      return;
    }
  }
}

const processIo: CliIo = {
  out: writeStdout,
  err: (text) => process.stderr.write(text),
};

async function help(io: CliIo): Promise<void> {
  const lines = ['Uso: tiss-preflight <comando> [opções]', '', 'Comandos:'];
  for (const [name, load] of Object.entries(SUBCOMMANDS)) lines.push(`  ${name.padEnd(10)} ${(await load()).summary}`);
  lines.push('', 'Ajuda de um comando: tiss-preflight <comando> --help');
  io.out(`${lines.join('\n')}\n`);
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await help(io);
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = SUBCOMMANDS[name];
  if (!load) {
    io.err(`Comando desconhecido: ${name}\n`);
    await help({ out: io.err, err: io.err });
    return EXIT.usage;
  }
  return (await load()).run(rest, io);
}
