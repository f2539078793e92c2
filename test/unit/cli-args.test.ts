// The CLI's own reading of a subcommand's arguments (cli/subcommand.ts): what node:util's parseArgs did for the
// CLI (strict, positionals allowed), with its messages in pt-BR.
import { describe, expect, it } from 'vitest';
import { type CliOptions, EXIT, parseCliArgs, parseSubcommandArgs } from '../../cli/subcommand.ts';

const OPTIONS = {
  json: { type: 'boolean' },
  operadora: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies CliOptions;

const parse = (...args: string[]) => parseCliArgs(args, OPTIONS);
const problem = (...args: string[]) => {
  try {
    parse(...args);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`no error for ${args.join(' ')}`);
};

describe('parseCliArgs', () => {
  it('reads flags, string options in both spellings and files in any order', () => {
    expect(parse('a.xml', '--json', '--operadora', '345474', 'b.xml')).toEqual({
      values: { json: true, operadora: '345474' },
      positionals: ['a.xml', 'b.xml'],
    });
    expect(parse('--operadora=auto', 'a.xml')).toEqual({ values: { operadora: 'auto' }, positionals: ['a.xml'] });
    expect(parse('--operadora=', 'a.xml').values.operadora).toBe('');
    expect(parse('-h').values).toEqual({ help: true });
    expect(parse('--operadora', '1', '--operadora', '2').values.operadora).toBe('2');
    expect(parse()).toEqual({ values: {}, positionals: [] });
  });

  it('takes "-" and everything after "--" as file names', () => {
    expect(parse('-', '--', '--json', '-h')).toEqual({ values: {}, positionals: ['-', '--json', '-h'] });
    expect(parse('--operadora', '-').values.operadora).toBe('-');
  });

  it('refuses, in pt-BR and naming the option, an unknown one, a missing value and a value given to a flag', () => {
    expect(problem('--nope', 'a.xml')).toBe('opção desconhecida: --nope');
    expect(problem('--nope=1')).toBe('opção desconhecida: --nope');
    expect(problem('-x')).toBe('opção desconhecida: -x');
    expect(problem('--constructor')).toBe('opção desconhecida: --constructor');
    expect(problem('a.xml', '--operadora')).toMatch(/^a opção --operadora precisa de um valor/);
    expect(problem('--operadora', '--json', 'a.xml')).toMatch(/^a opção --operadora precisa de um valor/);
    expect(problem('--json=sim')).toBe('a opção --json não recebe valor (recebido: --json=sim)');
  });

  it('answers --help with the usage, and a bad option with the problem and the usage (exit 2)', () => {
    const io = { out: [] as string[], err: [] as string[] };
    const capture = { out: (t: string) => void io.out.push(t), err: (t: string) => void io.err.push(t) };
    expect(parseSubcommandArgs(['--help', '--nope'], OPTIONS, 'USO\n', capture)).toBe(EXIT.usage);
    expect(io.err.join('')).toBe('opção desconhecida: --nope\n\nUSO\n');
    expect(parseSubcommandArgs(['a.xml', '-h'], OPTIONS, 'USO\n', capture)).toBe(EXIT.ok);
    expect(io.out.join('')).toBe('USO\n');
  });
});
