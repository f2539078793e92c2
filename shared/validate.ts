// One call for "is this XML ready to send to this operadora?": the TISS engine (size, encoding, schema, hash,
// file name) plus the operadora's pack rules over the message's facts. Used by the worker, the popup, the
// admin console's "Testar" and the CLI. Never throws; a missing pack is said, not guessed.
import { clipFinding } from './clip.ts';
import { type Finding, sortFindings } from './findings.ts';
import { choosePack } from './packs/choose.ts';
import { defaultPacks } from './packs/index.ts';
import { contextFromTiss } from './rules/context-from-tiss.ts';
import { runRules } from './rules/engine.ts';
import type { RulePack } from './rules/pack-schema.ts';
import { validateTiss } from './tiss/index.ts';
import type { TissReport, ValidateTissOptions } from './tiss/report.ts';

export interface ValidateXmlOptions {
  /** Packs to choose from (default: the bundled default packs); [] = TISS checks only. */
  packs?: readonly RulePack[];
  /** Registro ANS or pack key; default: the message's destino registroANS. */
  operadora?: string;
  /** Today in America/Sao_Paulo ('YYYY-MM-DD'): see hojeEmSaoPaulo. */
  hoje: string;
  fileName?: string;
  maxBytes?: number;
  /** See ValidateTissOptions.onDecoded. */
  onDecoded?: () => void;
  /** See ValidateTissOptions.md5. */
  md5?: ValidateTissOptions['md5'];
}

/** The TISS report plus which operadora pack was applied (none when no pack matched). */
export interface ValidateXmlReport extends TissReport {
  regras?: { chave: string; nome: string; versao: string };
}

/**
 * The pack for `registroAnsOrKey`: a registro ANS ("331988", "33198-8"), a pack key ("ipam"), or the
 * operadora as the portal shows it ("FUNSSEST | 330809", "IPAM - ANS nº 999991", "FUNSSEST").
 */
export function findPack(packs: readonly RulePack[], registroAnsOrKey: string): RulePack | undefined {
  return choosePack(packs, [registroAnsOrKey]);
}

function packNote(message: string, detail?: string): Finding {
  return { rule: 'pack/operadora', kind: 'pack', severity: 'info', message, where: {}, ...(detail ? { detail } : {}) };
}

export function validateXml(bytes: Uint8Array, opts: ValidateXmlOptions): ValidateXmlReport {
  const report = validateTiss(bytes, {
    ...(opts.fileName ? { fileName: opts.fileName } : {}),
    ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.onDecoded ? { onDecoded: opts.onDecoded } : {}),
    ...(opts.md5 ? { md5: opts.md5 } : {}),
  });
  if (!report.facts) return report;
  const packs = opts.packs ?? defaultPacks;
  const destino = report.summary.registroAnsDestino;
  const key = opts.operadora ?? destino;
  const extra: Finding[] = [];
  const pack = key ? findPack(packs, key) : undefined;
  if (!pack) {
    if (opts.operadora || packs.length > 0)
      extra.push(
        packNote(
          key
            ? `Não há regras cadastradas para a operadora ${key}; foram verificados só o padrão TISS e o hash.`
            : 'O arquivo não informa a operadora de destino (registroANS); foram verificados só o padrão TISS e o hash.',
        ),
      );
  } else {
    const registro = pack.operadora.registroAns;
    if (opts.operadora && destino && registro && destino !== registro)
      extra.push({
        rule: 'pack/operadora-diferente',
        kind: 'pack',
        severity: 'warning',
        message: `O arquivo é destinado ao registro ANS ${destino}, mas as regras aplicadas são de ${pack.operadora.nome} (${registro}). Confira a operadora escolhida.`,
        where: { field: 'registroANS', element: 'mensagemTISS/cabecalho/destino/registroANS' },
      });
    const context = contextFromTiss(report.facts, opts.hoje, 'upload-xml');
    if (opts.fileName) context.arquivos = [{ destino: 'upload-xml', nome: opts.fileName, tamanho: bytes.length }];
    extra.push(...runRules(pack, context, { xsdValidated: report.summary.versaoSuportada }));
  }
  const regras = pack && { chave: pack.operadora.chave, nome: pack.operadora.nome, versao: pack.versao };
  // Rule findings may quote the XML too; the engine's are clipped already (shared/clip.ts).
  const findings = extra.length ? sortFindings([...report.findings, ...extra.map(clipFinding)]) : report.findings;
  return {
    ...report,
    findings,
    valido: !findings.some((f) => f.severity === 'error'),
    ...(regras ? { regras } : {}),
  };
}
