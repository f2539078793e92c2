// Words the clerk sees for context enums, as the Conecta portal writes them.
import type { Acao, TipoGuia } from './context.ts';

export const tipoGuiaLabel: Readonly<Record<TipoGuia, string>> = {
  consulta: 'Consulta',
  'sp-sadt': 'SP/SADT',
  'resumo-internacao': 'Resumo de Internação',
  honorarios: 'Honorários',
  odonto: 'Tratamento Odontológico',
  'recurso-glosa': 'Recurso de Glosa',
};

export const acaoLabel: Readonly<Record<Acao, string>> = {
  'incluir-anexo': 'Incluir anexo',
  'adicionar-guia': 'Adicionar guia ao lote',
  'editar-guia': 'Alterar a guia',
  'fechar-lote': 'Fechar o lote',
  'enviar-lote': 'Enviar o lote',
  'recurso-glosa': 'Recurso de glosa',
  'upload-xml': 'Envio do arquivo XML',
};

/** "a, b e c" — lists in messages read like a sentence. */
export function listaPt(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`;
}

/** Guia numbers for a message, capped so a 100-guia lote does not flood the screen. */
export function listaGuias(numeros: readonly string[], max = 10): string {
  if (numeros.length <= max) return listaPt(numeros);
  return `${numeros.slice(0, max).join(', ')} e mais ${numeros.length - max}`;
}
