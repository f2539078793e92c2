// The portal adapter's entry: what this page shows, as the rule engine's context plus the elements each
// fact was read from (so a finding can be shown next to its field or row).
import type { RuleContextInput } from '../../../shared/rules/context.ts';
import { IDS } from '../selectors.ts';
import { controlValue, LabelIndex } from './dom-read.ts';
import type { PortalWords } from './labels.ts';
import { parseOperadora } from './portal-values.ts';
import {
  type AutorizacaoRead,
  type PesquisaGuiasRead,
  readAutorizacao,
  readPesquisaGuias,
} from './read-autorizacao.ts';
import {
  type DocumentosFalhaRead,
  type LotesRead,
  type PagamentoRead,
  readDocumentosComFalha,
  readLotesGrid,
  readPagamento,
} from './read-faturamento.ts';
import { type LoteRead, readLote } from './read-lote.ts';
import { type RecursoRead, readRecurso } from './read-recurso.ts';

export interface PortalPage {
  context: RuleContextInput;
  /** Registro ANS of the operadora the page is about ("MediBenner | 422631", "ANS nº 331988"). */
  operadora?: string;
  /** Its name as the page prints it ("PASA", "ArcelorMittal Tubarão / FUNSSEST"). */
  operadoraNome?: string;
  lote?: LoteRead;
  recurso?: RecursoRead;
  /** Pesquisar Lotes grid. */
  lotes?: LotesRead;
  /** Documentos Anexos > Com falha no Envio. */
  documentosComFalha?: DocumentosFalhaRead;
  /** Pagamentos Pendentes / nota fiscal. */
  pagamento?: PagamentoRead;
  /** Autorização → Detalhes da Guia. */
  autorizacao?: AutorizacaoRead;
  /** Autorização → Pesquisar Guias → Pesquisa de Guias. */
  pesquisaGuias?: PesquisaGuiasRead;
}

/** `index`: the page's labels when the caller just read them (one walk over the page per run). */
export function readPortalPage(
  doc: Document,
  words: PortalWords,
  hoje: string,
  index: LabelIndex = new LabelIndex(doc),
): PortalPage {
  // The page's own Operadora field first; else the header picker ("PASA | 331988") names the one in use.
  const picker = doc.getElementById(IDS.operadoraSelect);
  const info =
    parseOperadora(index.read(words.labels.operadora)?.value) ??
    parseOperadora(picker ? controlValue(picker) : undefined);
  const operadora = info?.registroAns;
  const operadoraNome = info?.nome;
  const loteRead = readLote(doc, index, words);
  const temLote = loteRead.lote.numero !== undefined || loteRead.lote.quantidadeGuias !== undefined;
  const recurso = readRecurso(doc, index, words);
  const lotes = readLotesGrid(doc, words);
  const falhas = readDocumentosComFalha(doc, words);
  const pagamento = readPagamento(doc, words);
  const autorizacao = readAutorizacao(index, words);
  // Not looked for on a lote page (never both): its 100-guia grid is read once per run already.
  const pesquisaGuias = temLote ? undefined : readPesquisaGuias(doc, words);
  return {
    context: {
      hoje,
      ...(operadora ? { operadora } : {}),
      ...(operadoraNome ? { operadoraNome } : {}),
      ...(temLote ? { lote: loteRead.lote, guias: loteRead.guias } : {}),
      ...(recurso ? { recurso: recurso.recurso } : {}),
      ...(lotes ? { lotes: lotes.lotes } : {}),
      ...(falhas ? { documentosComFalha: falhas.documentos } : {}),
      ...(pagamento ? { pagamento: pagamento.pagamento } : {}),
      ...(autorizacao ? { autorizacao: autorizacao.autorizacao } : {}),
    },
    ...(operadora ? { operadora } : {}),
    ...(operadoraNome ? { operadoraNome } : {}),
    ...(temLote ? { lote: loteRead } : {}),
    ...(recurso ? { recurso } : {}),
    ...(lotes ? { lotes } : {}),
    ...(falhas ? { documentosComFalha: falhas } : {}),
    ...(pagamento ? { pagamento } : {}),
    ...(autorizacao ? { autorizacao } : {}),
    ...(pesquisaGuias ? { pesquisaGuias } : {}),
  };
}

/** The 6-digit registro ANS in "POSTAL SAÚDE | 419133", "IPAM - ANS nº 999991" or "IPAM - ANS nº 99999-1". */
export function registroAns(text: string | undefined): string | undefined {
  return parseOperadora(text)?.registroAns;
}
