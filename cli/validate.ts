// `tiss-preflight validate <arquivo.xml…> [--json]`: validates TISS XML files the way the extension does
// (same engine), for support staff and scripts. Exit 0 when no file has errors, 1 when any has, 2 on usage errors.

import type { Finding } from '../shared/findings.ts';
import type { Md5Factory } from '../shared/tiss/hash.ts';
import { validateTiss } from '../shared/tiss/index.ts';
import type { TissSummary } from '../shared/tiss/report.ts';
import { accessSync, constants, readFileSync, statSync } from './node-builtins.ts';
import { formatReportText } from './report-text.ts';
import { type CliIo, type CliOptions, EXIT, parseSubcommandArgs, type Subcommand } from './subcommand.ts';

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
} satisfies CliOptions;

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
  const sizes: number[] = [];
  for (const arquivo of files) {
    const checked = checkReadable(arquivo);
    if ('why' in checked) {
      io.err(`Não foi possível ler ${arquivo}: ${checked.why}\n`);
      return EXIT.usage;
    }
    sizes.push(checked.size);
  }
  const largest = sizes.reduce((a, b) => Math.max(a, b), 0); // no spread: a shell glob may pass 100k+ files
  // The packs, their schema and the São Paulo calendar are loaded only when rules are asked for: a plain
  // `validate` starts without them.
  const withRules = values.operadora !== undefined || values.pack !== undefined || values.hoje !== undefined;
  const rulesModule = withRules ? await import('./validate-rules.ts') : undefined;
  const rules = rulesModule?.packOptions(values, io);
  if (rules === 'usage') return EXIT.usage;
  // Only once every bundle and built-in this run needs is loaded: V8 rejects a code cache, ours (bin/) and Node's
  // own for its modules alike, once any V8 flag has changed since start. Set before the rules' bundle, it made that
  // one parse and compile anew; before node:crypto (nodeMd5, which every file from 1 MB on uses), Node compiled its
  // ~16 crypto modules from source (8–11 instead of 3.5–4.5 ms).
  if (largest >= LARGE_FILE_BYTES) {
    process.getBuiltinModule('node:crypto');
    keepYoungGenerationSmall();
  }
  const results: FileResult[] = files.map((arquivo, i) => {
    const bytes: Uint8Array = readFileSync(arquivo); // a Buffer is a Uint8Array: no copy
    const onDecoded = () => release(bytes);
    const md5 = sizes[i]! >= NATIVE_MD5_BYTES ? nodeMd5 : undefined;
    const report =
      rules && rulesModule
        ? rulesModule.validateXml(bytes, { ...rules, fileName: arquivo, onDecoded, md5 })
        : // No rules asked for: the pass skips gathering the rules' facts, which nothing here would read.
          validateTiss(bytes, { fileName: arquivo, onDecoded, facts: false, md5 });
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

/** Why a path cannot be validated (pt-BR), or its size when it is a readable file. */
function checkReadable(arquivo: string): { why: string } | { size: number } {
  try {
    const stat = statSync(arquivo);
    if (stat.isDirectory()) return { why: 'é uma pasta' };
    accessSync(arquivo, constants.R_OK);
    return { size: stat.size };
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? e.code : undefined;
    if (code === 'ENOENT') return { why: 'arquivo não encontrado' };
    if (code === 'EACCES') return { why: 'sem permissão de leitura' };
    return { why: e instanceof Error ? e.message : String(e) };
  }
}

/** From this size on a lote makes V8 grow its young generation (keepYoungGenerationSmall). */
const LARGE_FILE_BYTES = 1_000_000;

/**
 * Keeps V8's young generation at its start size for the rest of the process. On a lote V8 keeps doubling it, up to
 * two 16 MiB semi-spaces that are mostly garbage between scavenges: with no growth the 15 MB lote peaks 7 MiB lower
 * (19 MiB with --operadora), for the same CPU (medians of 9 interleaved runs, 3 Dec 2026). V8 reads the flag each
 * time the young generation would grow, so it works set now. Only for lotes: loading node:v8 costs a small file
 * ~4 ms and 1.4 MiB. Only on Node 20 (V8 11.3), where measured: a V8 without the flag would print an error.
 */
function keepYoungGenerationSmall(): void {
  if (!process.versions.node.startsWith('20.')) return;
  process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * From this size on a file's epilogo hash is computed by Node's MD5 (nodeMd5): the break-even of a whole process,
 * CPU new/old 1.02× at 150 kB, 0.985× at 300 kB, 0.935× at 540 kB (21 interleaved runs each, 3 Dec 2026).
 */
const NATIVE_MD5_BYTES = 300_000;

/**
 * Node's own MD5 (OpenSSL) for the epilogo hash of a large file: js-md5, the engine's default, runs too briefly in
 * one CLI process to stay optimised (~11% of a 15 MB lote's main thread). node:crypto is loaded at the first large
 * file only: loading it (10–14 ms) costs a small file more than js-md5 does.
 */
export const nodeMd5: Md5Factory = () => {
  const hash = process.getBuiltinModule('node:crypto').createHash('md5');
  return {
    update: (bytes) => void hash.update(bytes),
    hex: () => hash.digest('hex'),
  };
};

export const validateCommand: Subcommand = {
  summary: 'valida arquivos XML TISS (estrutura, versão, codificação, hash)',
  run,
};
