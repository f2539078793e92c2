// The Digitar Guia wizard: the guia being typed (number, procedures with their dates) and the fields the
// dates were read from, so a date-window finding lands next to the date the clerk typed. Procedures are the
// rows of the table with a "Código" heading; each row's date is the MVC-bound `….DataRealizacao` input in
// that row or in the detail row under it.

import type { Guia, Procedimento } from '../../../shared/rules/context.ts';
import { earliest } from '../../../shared/rules/dates.ts';
import { cellText, findTable } from './dom-read.ts';
import { findControl } from './form-fields.ts';
import type { PortalWords } from './labels.ts';
import { splitCodigos } from './portal-values.ts';
import { parseDataBr } from './text.ts';

export interface GuiaFormRead {
  guia: Guia;
  /** Finding `where.field` (rule engine names) → the field on the page. */
  fields: Map<string, Element>;
}

const DATE_INPUT = 'input[name$=".DataRealizacao"], input[name$=".DataExecucao"], input[name$="DataAtendimento"]';

export function readGuiaForm(doc: Document, words: PortalWords): GuiaFormRead | undefined {
  const fields = new Map<string, Element>();
  const procedimentos: Procedimento[] = [];
  const dateInputs: [string, HTMLInputElement][] = [];
  const table = findTable(doc, { codigo: words.headings.codigo }, ['codigo']);
  for (const row of table?.rows ?? []) {
    const codigo = splitCodigos(cellText(table!, row, 'codigo'))[0];
    if (!codigo) continue;
    const input =
      row.querySelector<HTMLInputElement>(DATE_INPUT) ??
      row.nextElementSibling?.querySelector<HTMLInputElement>(DATE_INPUT) ??
      undefined;
    const dataRealizacao = parseDataBr(input?.value);
    procedimentos.push({ item: procedimentos.length + 1, codigo, ...(dataRealizacao ? { dataRealizacao } : {}) });
    if (input && dataRealizacao) dateInputs.push([dataRealizacao, input]);
  }
  // A consulta typed before its procedure table shows: "Data do Atendimento" on its own.
  if (!dateInputs.length) {
    const solo = findControl(doc, [...words.labels.dataAtendimento, ...words.labels.dataRealizacao]);
    const data = solo instanceof HTMLInputElement ? parseDataBr(solo.value) : undefined;
    if (solo instanceof HTMLInputElement && data) dateInputs.push([data, solo]);
  }
  if (!procedimentos.length && !dateInputs.length) return undefined;
  const dataAtendimento = earliest(dateInputs.map(([d]) => d));
  const first = dateInputs.find(([d]) => d === dataAtendimento)?.[1];
  if (first) {
    fields.set('dataAtendimento', first);
    fields.set('dataExecucao', first);
  }
  const numero = findControl(doc, words.labels.numeroGuia);
  const guia: Guia = {
    numero: (numero instanceof HTMLInputElement && numero.value.trim()) || '(nova guia)',
    ...(dataAtendimento ? { dataAtendimento } : {}),
    procedimentos,
    outrasDespesas: [],
    anexos: [],
  };
  return { guia, fields };
}
