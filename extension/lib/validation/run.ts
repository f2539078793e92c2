// One file's local validation, as the Web Worker runs it: cheap refusals first (too big, not XML) so a wrong
// file is explained at once and never read whole, then the bytes are read with progress and handed to the
// validator (TISS schema + hash + the operadora's pack).
import { ARQUIVO_KIND, type Finding, INTERNAL_ERROR } from '../../../shared/findings.ts';
import type { RulePack } from '../../../shared/rules/pack-schema.ts';
import { MAX_XML_BYTES, type TissSummary } from '../../../shared/tiss/report.ts';
import type { GuiaRecordInput } from '../guia-records/schema.ts';
import type { ValidationEvent, ValidationRequest, ValidationResultEvent } from './protocol.ts';

export interface ValidatorOutput {
  summary?: TissSummary;
  findings: Finding[];
  /** The pack used, when an operadora was recognised. */
  pack?: Pick<RulePack, 'versao' | 'operadora'>;
  /** The guias' billing facts, for the kept guia records (lib/guia-records). */
  guias?: GuiaRecordInput[];
}
export type Validator = (
  bytes: Uint8Array,
  options: { packs: readonly unknown[]; hoje: string; fileName: string },
) => Promise<ValidatorOutput> | ValidatorOutput;

const MB = 1024 * 1024;
const mb = (n: number) => (n / MB).toLocaleString('pt-BR', { maximumFractionDigits: 1 });

/** A refusal before reading: the file is larger than the portal accepts, or plainly not XML. */
export async function precheck(file: Blob, fileName: string): Promise<Finding | undefined> {
  if (file.size > MAX_XML_BYTES)
    return {
      rule: 'arquivo/tamanho',
      kind: ARQUIVO_KIND,
      severity: 'error',
      message: `O arquivo "${fileName}" tem ${mb(file.size)} MB; o portal aceita XML de até ${mb(MAX_XML_BYTES)} MB. Divida o lote em arquivos menores.`,
      where: {},
    };
  if (file.size === 0)
    return {
      rule: 'arquivo/formato',
      kind: ARQUIVO_KIND,
      severity: 'error',
      message: `O arquivo "${fileName}" está vazio.`,
      where: {},
    };
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  const utf16 = (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe);
  if (!utf16 && head[i] !== 0x3c)
    return {
      rule: 'arquivo/formato',
      kind: ARQUIVO_KIND,
      severity: 'error',
      message: `O arquivo "${fileName}" não é um XML (não começa com "<"). Escolha o arquivo XML do lote TISS gerado pelo seu sistema.`,
      where: {},
    };
  return undefined;
}

/** Reads the whole blob, reporting progress every ~1 MB. */
export async function readWithProgress(file: Blob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value, offset);
    offset += value.byteLength;
    if (offset - lastReport >= MB) {
      lastReport = offset;
      onProgress(offset / file.size);
    }
  }
  onProgress(1);
  return offset === out.length ? out : out.subarray(0, offset);
}

export async function runValidation(
  req: ValidationRequest,
  validate: Validator,
  emit: (e: ValidationEvent) => void,
): Promise<ValidationResultEvent> {
  const refused = await precheck(req.file, req.fileName);
  if (refused) return { type: 'result', id: req.id, findings: [refused] };
  const bytes = await readWithProgress(req.file, (fraction) =>
    emit({ type: 'progress', id: req.id, fase: 'lendo', fraction }),
  );
  emit({ type: 'progress', id: req.id, fase: 'validando' });
  try {
    const out = await validate(bytes, { packs: req.packs, hoje: req.hoje, fileName: req.fileName });
    return {
      type: 'result',
      id: req.id,
      findings: out.findings,
      ...(out.summary ? { summary: { ...out.summary } } : {}),
      ...(out.pack ? { pacote: `${out.pack.operadora.nome} ${out.pack.versao}` } : {}),
      ...(out.guias?.length ? { guias: out.guias } : {}),
    };
  } catch (e) {
    // An engine bug must still give the user an answer, not a spinner that never ends.
    return {
      type: 'result',
      id: req.id,
      findings: [
        {
          rule: INTERNAL_ERROR,
          kind: ARQUIVO_KIND,
          severity: 'error',
          message: `Não foi possível validar "${req.fileName}" (falha interna do validador). Tente novamente ou valide no servidor.`,
          where: {},
          detail: e instanceof Error ? e.message : String(e),
        },
      ],
    };
  }
}
