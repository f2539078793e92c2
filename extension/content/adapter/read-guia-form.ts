// The Digitar Guia wizard: the guia being typed (dates, senha, procedures) and the fields it was read
// from, so a date-window finding lands next to the date the clerk typed.
import type { Guia } from '../../../shared/rules/context.ts';
import { cellOf, cellText, findTable, type LabelIndex } from './dom-read.ts';
import type { PortalWords } from './labels.ts';
import { splitCodigos } from './portal-values.ts';
import { parseDataBr } from './text.ts';

export interface GuiaFormRead {
  guia: Guia;
  /** Finding `where.field` (rule engine names) → the field on the page. */
  fields: Map<string, Element>;
}

const DATE_FIELDS = [
  ['dataAtendimento', 'dataAtendimento'],
  ['dataAutorizacao', 'dataAutorizacao'],
  ['dataValidadeSenha', 'dataValidadeSenha'],
] as const;

export function readGuiaForm(doc: Document, index: LabelIndex, words: PortalWords): GuiaFormRead | undefined {
  const { labels } = words;
  const fields = new Map<string, Element>();
  const guia: Guia = { numero: '', procedimentos: [], outrasDespesas: [], anexos: [] };
  const numero = index.read(labels.numeroGuia);
  if (numero) guia.numero = numero.value || '(nova guia)';
  for (const [label, key] of DATE_FIELDS) {
    const read = index.read(labels[label]);
    const iso = parseDataBr(read?.value);
    if (read) fields.set(key, read.element);
    if (iso) guia[key] = iso;
  }
  const senha = index.read(labels.senha);
  if (senha?.value) guia.senha = senha.value;
  if (senha) fields.set('senha', senha.element);

  // Procedures typed so far: a table with Código + Data de Realização, or single fields.
  const table = findTable(doc, { codigo: words.headings.codigo, data: words.headings.dataAtendimento }, ['codigo']);
  if (table) {
    table.rows.forEach((row, i) => {
      const codigo = splitCodigos(cellText(table, row, 'codigo'))[0];
      if (!codigo) return;
      const dataRealizacao = parseDataBr(cellText(table, row, 'data'));
      guia.procedimentos.push({ item: i + 1, codigo, ...(dataRealizacao ? { dataRealizacao } : {}) });
      const cell = cellOf(table, row, 'data');
      if (cell && !fields.has('dataExecucao')) fields.set('dataExecucao', cell);
    });
  } else {
    const codigo = splitCodigos(index.read(labels.codigoProcedimento)?.value)[0];
    const realizacao = index.read(labels.dataRealizacao);
    const data = parseDataBr(realizacao?.value);
    if (realizacao) fields.set('dataExecucao', realizacao.element);
    if (codigo) guia.procedimentos.push({ item: 1, codigo, ...(data ? { dataRealizacao: data } : {}) });
  }
  // A wizard without any date the rules could use is nothing to check.
  if (!fields.size) return undefined;
  guia.dataAtendimento ??= guia.procedimentos.find((p) => p.dataRealizacao)?.dataRealizacao;
  if (!guia.dataAtendimento) delete guia.dataAtendimento;
  if (!guia.numero) guia.numero = '(nova guia)';
  return { guia, fields };
}
