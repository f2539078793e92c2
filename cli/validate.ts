// `tiss-preflight validate <arquivo.xml…> [--json]`: validates TISS XML files the way the extension does
// (same engine), for support staff and scripts. Exit 0 when no file has errors, 1 when any has, 2 on usage errors.

import type { ParseArgsConfig } from 'node:util';
import type { Finding } from '../shared/findings.ts';
import { validateTiss } from '../shared/tiss/index.ts';
import type { TissSummary } from '../shared/tiss/report.ts';
import { accessSync, constants, readFileSync, statSync } from './node-builtins.ts';
import { formatReportText } from './report-text.ts';
import { type CliIo, EXIT, parseSubcommandArgs, type Subcommand } from './subcommand.ts';

const USAGE = `Uso: tiss-preflight validate <arquivo.xml>... [--json] [--operadora <registro ANS|chave>] [--pack <pacote.json>]

Valida mensagens TISS (XML 3.05.00, 4.00.01, 4.01.00 e 4.02.00): codificação, estrutura (XSD), versão e hash do epílogo.
  --json                 imprime um array JSON com { arquivo, summary, findings } por arquivo
  --operadora <ans>      aplica também as regras da operadora (pacote padrão; "auto" = registroANS do arquivo)
  --pack <pacote.json>   aplica as regras de um pacote em arquivo (ex.: rascunho a testar)
  --hoje <AAAA-MM-DD>    data de referência dos prazos (padrão: hoje em São Paulo)
  --help    esta ajuda
Código de saída: 0 sem erros, 1 algum arquivo com erros, 2 uso incorreto ou arquivo ilegível.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  operadora: { type: 'string' },
  pack: { type: 'string' },
  hoje: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

export interface FileResult {
  arquivo: string;
  summary: TissSummary;
  findings: Finding[];
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseSubcommandArgs(args, OPTIONS, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals: files } = parsed;
  if (files.length === 0) {
    io.err(`Informe ao menos um arquivo XML.\n\n${USAGE}`);
    return EXIT.usage;
  }
  // Check every path first: an unreadable one is a usage error, reported before any validation output.
  // Files are then read one at a time, so a batch of 15 MB lotes never sits in memory together.
  for (const arquivo of files) {
    const why = unreadable(arquivo);
    if (why) {
      io.err(`Não foi possível ler ${arquivo}: ${why}\n`);
      return EXIT.usage;
    }
  }
  // The packs, their schema and the São Paulo calendar are loaded only when rules are asked for: a plain
  // `validate` starts without them.
  const withRules = values.operadora !== undefined || values.pack !== undefined || values.hoje !== undefined;
  const rulesModule = withRules ? await import('./validate-rules.ts') : undefined;
  const rules = rulesModule?.packOptions(values, io);
  if (rules === 'usage') return EXIT.usage;
  const results: FileResult[] = files.map((arquivo) => {
    const bytes: Uint8Array = readFileSync(arquivo); // a Buffer is a Uint8Array: no copy
    const onDecoded = () => release(bytes);
    const report =
      rules && rulesModule
        ? rulesModule.validateXml(bytes, { ...rules, fileName: arquivo, onDecoded })
        : validateTiss(bytes, { fileName: arquivo, onDecoded });
    return { arquivo, summary: report.summary, findings: report.findings };
  });
  if (values.json) io.out(`${JSON.stringify(results, null, 2)}\n`);
  else io.out(results.map((r) => formatReportText(r.arquivo, r.summary, r.findings)).join('\n'));
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT.findings : EXIT.ok;
}

/**
 * Frees the file's bytes once the engine has decoded them (a 15 MB lote would otherwise be held twice, as bytes
 * and as text, until the end): their ArrayBuffer is detached by a transfer whose copy is dropped at once. Only
 * when the buffer is the file's alone: a small file's bytes may sit in Node's shared Buffer pool.
 */
function release(bytes: Uint8Array): void {
  const { buffer } = bytes;
  if (bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength || !(buffer instanceof ArrayBuffer)) return;
  structuredClone(buffer, { transfer: [buffer] });
}

/** Why a path cannot be validated (pt-BR), or undefined when it is a readable file. */
function unreadable(arquivo: string): string | undefined {
  try {
    if (statSync(arquivo).isDirectory()) return 'é uma pasta';
    accessSync(arquivo, constants.R_OK);
    return undefined;
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? e.code : undefined;
    if (code === 'ENOENT') return 'arquivo não encontrado';
    if (code === 'EACCES') return 'sem permissão de leitura';
    return e instanceof Error ? e.message : String(e);
  }
}

export const validateCommand: Subcommand = {
  summary: 'valida arquivos XML TISS (estrutura, versão, codificação, hash)',
  run,
};
