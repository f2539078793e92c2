// `tiss-preflight glosas <demonstrativo.xml> [--json]`: reads a demonstrativo de análise de conta and prints
// the glosa report (totals by code and group, guias that lost most, recurso deadline, reversible glosas).
// Exit 0 when the file was read, 1 when it is not a valid demonstrativo, 2 on usage errors.

import { lerDemonstrativo } from '../shared/glosas/demonstrativo.ts';
import { relatorioGlosas } from '../shared/glosas/report.ts';
import { formatRelatorioText } from '../shared/glosas/report-text.ts';
import { defaultPacks } from '../shared/packs/index.ts';
import { hojeEmSaoPaulo } from '../shared/rules/dates.ts';
import { findPack } from '../shared/validate.ts';
import { readFileSync } from './node-builtins.ts';
import { formatReportText } from './report-text.ts';
import { type CliIo, type CliOptions, EXIT, parseSubcommandArgs, type Subcommand } from './subcommand.ts';

const USAGE = `Uso: tiss-preflight glosas <demonstrativo.xml> [--json] [--operadora <registro ANS|chave>] [--pagamento <AAAA-MM-DD>]

Lê um demonstrativo de análise de conta (TISS 4.01.00 / 4.02.00; no portal: Faturamento → Demonstrativos →
Análise de conta → Baixar XML) e mostra as glosas: totais por código e por grupo, as guias que mais perderam,
o prazo do recurso e as glosas que a operadora costuma reverter.
  --json                  imprime o relatório em JSON (valores em centavos)
  --operadora <ans>       pacote de regras da operadora (padrão: o registro ANS do demonstrativo)
  --pagamento <data>      data do pagamento (o demonstrativo não a traz), para o prazo do recurso
  --hoje <AAAA-MM-DD>     data de referência do prazo (padrão: hoje em São Paulo)
  --help                  esta ajuda
Código de saída: 0 demonstrativo lido, 1 arquivo que não é um demonstrativo válido, 2 uso incorreto.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  operadora: { type: 'string' },
  pagamento: { type: 'string' },
  hoje: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies CliOptions;

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseSubcommandArgs(args, OPTIONS, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.err(`Informe um arquivo XML de demonstrativo.\n\n${USAGE}`);
    return EXIT.usage;
  }
  for (const [flag, value] of [
    ['--pagamento', values.pagamento],
    ['--hoje', values.hoje],
  ] as const)
    if (value !== undefined && !isDate(value)) {
      io.err(`${flag} deve ser uma data AAAA-MM-DD (recebido: ${value}).\n`);
      return EXIT.usage;
    }
  const arquivo = positionals[0]!;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(arquivo);
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? e.code : undefined;
    io.err(`Não foi possível ler ${arquivo}: ${code === 'ENOENT' ? 'arquivo não encontrado' : (e as Error).message}\n`);
    return EXIT.usage;
  }
  const lido = lerDemonstrativo(bytes);
  if (!lido.ok) {
    if (values.json) io.out(`${JSON.stringify({ arquivo, findings: lido.findings }, null, 2)}\n`);
    else io.out(formatReportText(arquivo, { bytes: bytes.length, versaoSuportada: false }, lido.findings));
    return EXIT.findings;
  }
  const chave = values.operadora ?? lido.demonstrativos[0]?.registroANS;
  const pack = chave ? findPack(defaultPacks, chave) : undefined;
  if (values.operadora && !pack) {
    io.err(`Não há pacote de regras para a operadora ${values.operadora}.\n`);
    return EXIT.usage;
  }
  const relatorio = relatorioGlosas(lido.demonstrativos, {
    ...(pack ? { pack } : {}),
    hoje: values.hoje ?? hojeEmSaoPaulo(new Date()),
    ...(values.pagamento ? { pagamentos: { '*': values.pagamento } } : {}),
  });
  if (values.json) io.out(`${JSON.stringify({ arquivo, findings: lido.findings, relatorio }, null, 2)}\n`);
  else io.out(formatRelatorioText(arquivo, relatorio));
  return EXIT.ok;
}

export const glosasCommand: Subcommand = {
  summary: 'lê um demonstrativo de análise de conta e resume as glosas e o prazo do recurso',
  run,
};
