// The few críticas the mock portal itself raises on an uploaded XML (the real one runs the full TISS
// schema; the extension's job is to find problems *before* this point, so the mock stays shallow).
import { XMLValidator } from 'fast-xml-parser';

const VERSOES_ACEITAS = ['4.01.00', '4.02.00'];

export interface ResultadoUpload {
  criticas: string[];
  numeroLote: string;
}

export function criticarXml(texto: string): ResultadoUpload {
  const valido = XMLValidator.validate(texto);
  if (valido !== true) {
    return {
      criticas: [`Arquivo XML mal formado (linha ${valido.err.line}, coluna ${valido.err.col}): ${valido.err.msg}`],
      numeroLote: '',
    };
  }
  const criticas: string[] = [];
  if (!/<(\w+:)?mensagemTISS[\s>]/.test(texto)) criticas.push('O arquivo não é uma mensagem TISS (mensagemTISS).');
  const versao = /<(?:\w+:)?Padrao>\s*([^<\s]+)\s*</.exec(texto)?.[1];
  if (versao && !VERSOES_ACEITAS.includes(versao)) {
    criticas.push(`Versão do Padrão TISS ${versao} não aceita. Versões aceitas: ${VERSOES_ACEITAS.join(', ')}.`);
  }
  const numeroLote = /<(?:\w+:)?numeroLote>\s*([^<\s]+)\s*</.exec(texto)?.[1] ?? '';
  return { criticas, numeroLote };
}
