// `tiss-preflight pack check <pacote.json>…` validates rule packs (the same schema the worker and the extension
// use) and prints their rules as a table; `pack list` shows the default packs; `pack schema` prints the
// JSON Schema for editors. Exit 0 valid, 1 invalid pack, 2 usage/unreadable file.

import { defaultPacks } from '../shared/packs/index.ts';
import { contagem } from '../shared/plural.ts';
import { buildRulePackJsonSchema, type PackIssue, parseRulePack, type RulePack } from '../shared/rules/pack-schema.ts';
import { severityWord } from '../shared/severity-words.ts';
import { readFileSync } from './node-builtins.ts';
import { type CliIo, EXIT, type Subcommand } from './subcommand.ts';

const USAGE = `Uso: tiss-preflight pack <check|list|schema> [arquivo.json...]

  pack check <pacote.json>...  valida pacotes de regras e lista as regras de cada um
  pack list                     lista os pacotes padrão (um por operadora)
  pack schema                   imprime o JSON Schema dos pacotes
Código de saída: 0 válido, 1 pacote com erros, 2 uso incorreto ou arquivo ilegível.
`;

/** Columns padded to the widest cell; the last column is left unpadded. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function describePack(pack: RulePack): string {
  const o = pack.operadora;
  const head = [
    `${o.nome} (${o.registroAns ? `registro ANS ${o.registroAns}` : 'sem registro ANS'}; chave ${o.chave})`,
    `versão ${pack.versao} · vigência ${pack.vigencia} · ${contagem(pack.regras.length, 'regra', 'regras')} · ${contagem(pack.categorias.length, 'categoria', 'categorias')}`,
  ];
  if (o.observacao) head.push(`obs.: ${o.observacao}`);
  const rows = pack.regras.map((r) => [
    r.id,
    r.kind,
    severityWord[r.severity].toLowerCase(),
    r.enabled ? 'sim' : 'não',
    r.source,
  ]);
  return `${head.join('\n')}\n\n${table(['regra', 'tipo', 'gravidade', 'ativa', 'fonte'], rows)}\n`;
}

/** Reads and validates one pack file: JSON syntax errors and schema issues come back as PackIssues. */
export function checkPackFile(path: string): { ok: true; pack: RulePack } | { ok: false; issues: PackIssue[] } {
  const text = readFileSync(path, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ path: '(arquivo)', message: `JSON inválido: ${(e as Error).message}` }] };
  }
  return parseRulePack(raw);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...files] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    (sub ? io.out : io.err)(USAGE);
    return sub ? EXIT.ok : EXIT.usage;
  }
  if (sub === 'list') {
    const rows = defaultPacks.map((p) => [
      p.operadora.chave,
      p.operadora.registroAns ?? '—',
      p.operadora.nome,
      p.versao,
      String(p.regras.length),
    ]);
    io.out(`${table(['chave', 'registro ANS', 'operadora', 'versão', 'regras'], rows)}\n`);
    return EXIT.ok;
  }
  if (sub === 'schema') {
    io.out(`${JSON.stringify(buildRulePackJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  if (sub !== 'check') {
    io.err(`Subcomando desconhecido: ${sub}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (files.length === 0) {
    io.err(`Informe ao menos um arquivo de pacote (.json).\n\n${USAGE}`);
    return EXIT.usage;
  }
  let invalid = false;
  for (const file of files) {
    let result: ReturnType<typeof checkPackFile>;
    try {
      result = checkPackFile(file);
    } catch (e) {
      const code = (e as { code?: string }).code;
      io.err(`Não foi possível ler ${file}: ${code === 'ENOENT' ? 'arquivo não encontrado' : (e as Error).message}\n`);
      return EXIT.usage;
    }
    if (result.ok) {
      io.out(`${file}: pacote válido\n${describePack(result.pack)}\n`);
      continue;
    }
    invalid = true;
    io.out(`${file}: pacote INVÁLIDO (${contagem(result.issues.length, 'problema', 'problemas')})\n`);
    for (const issue of result.issues) io.out(`  ${issue.path}: ${issue.message}\n`);
    io.out('\n');
  }
  return invalid ? EXIT.findings : EXIT.ok;
}

export const packCommand: Subcommand = {
  summary: 'valida pacotes de regras e lista suas regras (check, list, schema)',
  run,
};
