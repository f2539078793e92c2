// Autorização → Pesquisar Guias → Detalhes (004 § 6): "Dados da Autorização" prints Data da Autorização, Senha
// and Validade; "Numeração da Guia e Identificação do Beneficiário" the Nº Guia Prestador. Read by label text
// inside the "Dados da Autorização" section only (the page prints no procedures; the beneficiário is not read).
import type { Autorizacao } from '../../../shared/rules/context.ts';
import { LabelIndex } from './dom-read.ts';
import type { PortalWords } from './labels.ts';
import { parseDataBr } from './text.ts';

export const DADOS_DA_AUTORIZACAO = 'Dados da Autorização';

export interface AutorizacaoRead {
  autorizacao: Autorizacao;
  /** Where a finding about the senha's validade goes: its Validade, else the section. */
  anchor: Element;
}

export function readAutorizacao(index: LabelIndex, words: PortalWords): AutorizacaoRead | undefined {
  const heading = index.find([DADOS_DA_AUTORIZACAO]);
  const section = heading?.closest('section, .panel, fieldset') ?? heading?.parentElement;
  if (!heading || !section) return undefined;
  const own = new LabelIndex(section);
  const { labels } = words;
  const senha = own.read(labels.senha);
  const validade = own.read(labels.dataValidadeSenha);
  const dataAutorizacao = parseDataBr(own.read(labels.dataAutorizacao)?.value);
  const dataValidadeSenha = parseDataBr(validade?.value);
  // The guia's number is in the next section ("Numeração da Guia…"): read on the whole page, exact label.
  const numero = index.read(labels.numeroGuia)?.value.trim();
  return {
    autorizacao: {
      ...(numero && /^\d+$/.test(numero) ? { numero } : {}),
      ...(senha ? { senha: senha.value.trim().length > 0 } : {}),
      ...(dataAutorizacao ? { dataAutorizacao } : {}),
      ...(dataValidadeSenha ? { dataValidadeSenha } : {}),
    },
    anchor: validade?.element ?? section,
  };
}
