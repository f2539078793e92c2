// Every id, Benner element name and button caption the content script relies on, in one module, tested
// against saved pages of the mock portal with expected match counts (selectors.test.ts). Captions are
// compared after normalising case and accents.
export const BC = {
  detalhesLote: 'bc-detalhes-lote',
  anexoDropzone: 'bc-anexo-dropzone',
  incluirArquivo: 'bc-incluir-arquivo',
  justificarGlosa: 'bc-modal-justificar-glosa',
  smartTable: 'bc-smart-table',
  /** Benner's modal directive; under body it is the second notices popup (conecta-portal.md, last section). */
  modalEvolution: 'bc-modal-evolution',
} as const;

export const IDS = {
  /** The header's operadora picker (select2 v3 over this select): "POSTAL SAÚDE | 419133". */
  operadoraSelect: 'OperadorasCredenciadas_HandleOperadoraSelected',
  informativosModal: 'bcInformativosModal',
  /** Pesquisar Lotes grid: one id on one tenant, the other on another. */
  lotesGrid: ['DataGrid', 'LotesDePagamento'],
  confirmacaoOk: 'simpleConfirmationModal_btOk',
  anexosGrid: 'AnexosDataGrid',
  guiasGlosadas: 'GuiasGlosadasTable',
  procedimentosGlosados: 'ProcedimentosGlosadosTable',
  valorRecursado: 'ValorRecursado',
} as const;

/** MVC `name`s of Digitar Guia controls (notes/conecta-portal.md: the mock and the real portal share them). */
export const NAMES = {
  /** SP/SADT "Procedimento ou Item Assistencial" lookup: where the clerk adds a procedure code. */
  procedimentoLookup: 'HandleTermoLookupDisplay',
} as const;

/** Angular repeats of the portal's templates, as public automation scripts read them (conecta-portal.md). */
export const REPEATS = {
  /**
   * Each procedure added, its code in a disabled input ("40301087 | descrição"): SP/SADT Passo 4 as public scripts
   * read it (`item in eventos`), or named otherwise by another step or tenant (`evento in vm.guia.eventos`).
   */
  procedimentos: '[ng-repeat*="eventos"]',
} as const;

export interface ActionTarget {
  ids?: readonly string[];
  captions: readonly string[];
}

/** The portal's buttons a feature warns about (or, when the user asked for it, holds back). */
export const ACTIONS = {
  incluirAnexo: { ids: ['incluir-anexo'], captions: ['Incluir Anexo'] },
  fecharLote: { captions: ['Fechar Lote', 'Sim, fechar lote'] },
  enviarLote: { captions: ['Enviar Lote'] },
  adicionarGuias: { captions: ['Adicionar Guias', 'Adicionar ao Lote', 'Adicionar Guia'] },
  recursoGlosa: {
    ids: ['recurso-glosa', 'bcRecursar'],
    captions: ['Recurso de Glosa', 'Recursar Lote', 'Recursar Guia', 'Recursar Procedimento'],
  },
  editarGuia: { captions: ['Editar Guia', 'Excluir Guia', 'Remover Guia'] },
  salvarJustificativas: { captions: ['Salvar Justificativas', 'Salvar Justificativa'] },
  enviarRecurso: { captions: ['Enviar Recurso'] },
  incluirArquivo: { captions: ['Incluir'] },
  enviarArquivo: { captions: ['Enviar', 'Enviar Arquivo', 'Enviar Arquivos', 'Processar'] },
  proximo: { captions: ['Próximo', 'Avançar'] },
  salvarGuia: { captions: ['Salvar', 'Salvar Guia'] },
} as const satisfies Record<string, ActionTarget>;

export type ActionName = keyof typeof ACTIONS;

export const CLICKABLE = 'button, a, input[type=button], input[type=submit]';
