// tiss-preflight CLI dispatcher: `tiss-preflight <subcommand> [args]`. Each subcommand lives in its own module,
// loaded only when used; add one by adding a line to SUBCOMMANDS.
import { type CliIo, EXIT, type Subcommand } from './subcommand.ts';

export { type CliIo, EXIT, type Subcommand };

const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {
  validate: async () => (await import('./validate.ts')).validateCommand,
  pack: async () => (await import('./pack.ts')).packCommand,
  glosas: async () => (await import('./glosas.ts')).glosasCommand,
};

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
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
