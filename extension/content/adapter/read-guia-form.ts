// The Digitar Guia wizard: the guia being typed (type, caráter, number, procedures with their dates) and the
// fields they were read from, so a finding lands next to what the clerk typed. Procedures are the rows of the
// table headed "Código" and "Procedimento / Item Assistencial"; each row's date is the MVC-bound
// `….DataRealizacao` input in that row or in the detail row under it. The wizard shows one step at a time
// (004 § 4): Caráter de Atendimento (Passo 3) and the procedures (Passo 4) are never on screen together.
import type { Guia, Procedimento } from '../../../shared/rules/context.ts';
import { earliest } from '../../../shared/rules/dates.ts';
import { NAMES, REPEATS } from '../selectors.ts';
import { cellText, findTable, hiddenWithin, LabelIndex } from './dom-read.ts';
import {
  controlOfLabel,
  currentValue,
  findControl,
  findControls,
  findFieldGroup,
  labelsContaining,
} from './form-fields.ts';
import type { PortalWords } from './labels.ts';
import { splitCodigos } from './portal-values.ts';
import { caraterDe, readGuiaResumo, tipoDoAssistente } from './read-guia-resumo.ts';
import { parseDataBr } from './text.ts';

export interface GuiaFormRead {
  guia: Guia;
  /** Finding `where.field` (rule engine names) → the field on the page. */
  fields: Map<string, Element>;
}

/**
 * What earlier steps of this wizard showed (Nº Guia Prestador in Passo 1, Caráter in Passo 3): the portal keeps
 * its form model between steps, so the guia on Passo 4 is still the one numbered and typed before. Per
 * document (a new guia is a new page), started over whenever Passo 1 shows.
 */
const earlierSteps = new WeakMap<Document, { numero?: string; caraterAtendimento?: string }>();

/**
 * The caráter chosen in Passo 3 of this wizard, for the Resumo: 004 § 9.2 a's Resumo prints Tipo and Regime de
 * Atendimento but not the Caráter.
 */
function caraterLembrado(doc: Document): string | undefined {
  return earlierSteps.get(doc)?.caraterAtendimento;
}

/**
 * The Resumo's guia, with the Caráter chosen in Passo 3 when the Resumo does not print it, and the Nº Guia Prestador
 * typed in Passo 1 when it does not print that either (001 § 2.1 Etapa 6 starts at Dados do Solicitante).
 */
export function readResumoComPassos(doc: Document, words: PortalWords): Guia | undefined {
  const resumo = readGuiaResumo(doc, words, earlierSteps.get(doc)?.numero);
  const carater = resumo && !resumo.caraterAtendimento ? caraterLembrado(doc) : undefined;
  return carater ? { ...resumo!, caraterAtendimento: carater } : resumo;
}

const DATE_INPUT = 'input[name$=".DataRealizacao"], input[name$=".DataExecucao"], input[name$="DataAtendimento"]';

export function readGuiaForm(doc: Document, words: PortalWords): GuiaFormRead | undefined {
  const fields = new Map<string, Element>();
  const procedimentos: Procedimento[] = [];
  const dateInputs: [string, HTMLInputElement][] = [];
  /** One procedure: its code, its date's input, where its fields are (a table row and the row under it, a block). */
  const add = (codigo: string, input: HTMLInputElement | undefined, scopes: readonly (Element | null)[]) => {
    const dataRealizacao = parseDataBr(input?.value);
    const item = procedimentos.length + 1;
    const referente = readReferenteA(scopes, words);
    if (referente) fields.set(`denteRegiao:${item}`, referente.element);
    procedimentos.push({
      item,
      codigo,
      ...(dataRealizacao ? { dataRealizacao } : {}),
      ...(referente?.dente ? { dente: referente.dente } : {}),
      ...(referente?.regiao ? { regiao: referente.regiao } : {}),
    });
    if (input && dataRealizacao) dateInputs.push([dataRealizacao, input]);
  };
  // "Código" and "Procedimento / Item Assistencial" (004 § 9.2 a): the lookup's result grid (Código,
  // Descrição), still in the DOM on later steps, lists codes the guia does not have.
  const table = findTable(doc, { codigo: words.headings.codigo, item: words.headings.procedimentoItem }, [
    'codigo',
    'item',
  ]);
  for (const row of table?.rows ?? []) {
    const codigo = splitCodigos(cellText(table!, row, 'codigo'))[0];
    if (!codigo) continue;
    const input =
      row.querySelector<HTMLInputElement>(DATE_INPUT) ??
      row.nextElementSibling?.querySelector<HTMLInputElement>(DATE_INPUT) ??
      dateByLabel(row, words) ??
      dateByLabel(row.nextElementSibling, words);
    add(codigo, input, [row, row.nextElementSibling]);
  }
  // No table: the procedures added as repeated blocks, the code in a disabled input (conecta-portal.md).
  if (!procedimentos.length)
    for (const bloco of doc.querySelectorAll(REPEATS.procedimentos)) {
      const codigo = [...bloco.querySelectorAll('input')].flatMap((i) => splitCodigos(i.value))[0];
      if (codigo) add(codigo, bloco.querySelector<HTMLInputElement>(DATE_INPUT) ?? dateByLabel(bloco, words), [bloco]);
    }
  // Neither: each procedure's block found by its "Código" field (001 § 2.1 Etapa 3: Código, Novo Procedimento / Item
  // Assistencial, Quantidade*, Data Realização, Referente a), whatever the repeat is called.
  if (!procedimentos.length)
    for (const [codigo, bloco] of blocosPorCodigo(doc, words))
      add(codigo, bloco.querySelector<HTMLInputElement>(DATE_INPUT) ?? dateByLabel(bloco, words), [bloco]);
  // A consulta typed before its procedure table shows: "Data do Atendimento" on its own.
  if (!dateInputs.length) {
    const solo = findControl(doc, [...words.labels.dataAtendimento, ...words.labels.dataRealizacao]);
    const data = solo instanceof HTMLInputElement ? parseDataBr(solo.value) : undefined;
    if (solo instanceof HTMLInputElement && data) dateInputs.push([data, solo]);
  }
  const numero = findControl(doc, words.labels.numeroGuia);
  // Passo 1 starts the wizard over: the steps after it are passed again (Próximo only) and read anew.
  if (numero) earlierSteps.set(doc, { numero: currentValue(numero) || undefined });
  const memory = earlierSteps.get(doc) ?? {};
  earlierSteps.set(doc, memory);
  const carater = findControl(doc, words.labels.caraterAtendimento);
  if (carater) memory.caraterAtendimento = caraterDe(currentValue(carater));
  if (!procedimentos.length && !dateInputs.length && !carater) return undefined;
  const caraterAtendimento = memory.caraterAtendimento;
  if (carater) fields.set('caraterAtendimento', carater);
  // The lookup with its "Pesquisar" button: a warning goes under both, not squeezed between them.
  const lookupInput = doc.querySelector(`[name="${NAMES.procedimentoLookup}"]`);
  const lookup = lookupInput?.parentElement?.querySelector('button') ? lookupInput.parentElement : lookupInput;
  if (lookup ?? table) fields.set('codigoProcedimento', lookup ?? table!.table);
  const dataAtendimento = earliest(dateInputs.map(([d]) => d));
  const first = dateInputs.find(([d]) => d === dataAtendimento)?.[1];
  if (first) {
    fields.set('dataAtendimento', first);
    fields.set('dataExecucao', first);
  }
  const tipo = tipoDoAssistente(new LabelIndex(doc));
  const guia: Guia = {
    numero: memory.numero ?? '(nova guia)',
    ...(tipo ? { tipo } : {}),
    ...(caraterAtendimento ? { caraterAtendimento } : {}),
    ...(dataAtendimento ? { dataAtendimento } : {}),
    procedimentos,
    outrasDespesas: [],
    anexos: [],
  };
  return { guia, fields };
}

/**
 * What a select2 v3 picker shows as chosen (the notes: the portal's pickers are select2 v3; 001 § 2.1's Referente a
 * shows "01. ASAI - Arcadas Superiores e inferiores"); none while it shows its placeholder (`select2-default`). Its
 * value lives in a hidden input, which may be an id rather than what the clerk sees.
 */
function select2Escolhido(group: Element): string | undefined {
  const choice = group.querySelector('.select2-choice');
  if (!choice || choice.classList.contains('select2-default') || hiddenWithin(choice, group)) return undefined;
  return choice.querySelector('.select2-chosen')?.textContent?.trim() || undefined;
}

/**
 * The procedures' blocks by their "Código" fields: for each code, the widest element around its field that holds
 * no other procedure's (so a block's date and Referente a are its own).
 */
function blocosPorCodigo(doc: Document, words: PortalWords): [string, Element][] {
  const campos = findControls(doc, words.headings.codigo).flatMap((c) => {
    const codigo = splitCodigos(currentValue(c))[0];
    return codigo ? [[codigo, c] as const] : [];
  });
  return campos.map(([codigo, campo]) => {
    let bloco: Element = campo;
    for (let up = bloco.parentElement; up && up !== doc.body; up = up.parentElement) {
      if (campos.some(([, outro]) => outro !== campo && up!.contains(outro))) break;
      bloco = up;
    }
    return [codigo, bloco];
  });
}

/**
 * A procedure's date found by its label when its input has no known MVC name: "01- Data Realização" (004 § 9.2 a),
 * "Data Realização (somente se já realizado)*" (001 § 2.1 Etapa 3): the label contains the words.
 */
function dateByLabel(scope: Element | null, words: PortalWords): HTMLInputElement | undefined {
  if (!scope) return undefined;
  // Its label may be a <label> or the text of any element beside the input (a <span>: the manuals show words).
  for (const label of labelsContaining(scope, [...words.labels.dataRealizacao, ...words.labels.dataAtendimento])) {
    const control = controlOfLabel(label);
    if (control instanceof HTMLInputElement) return control;
  }
  return undefined;
}

/**
 * An odonto procedure's "Referente a" (001 § 2.1 Etapa 3: "Referente a … Região x [v] 01. ASAI - Arcadas
 * Superiores e inferiores"), in its row or the detail row under it (or its block): what it refers to (Dente or
 * Região, the select) and which one (the text). None when there is no such field (SP/SADT, Consulta).
 */
function readReferenteA(
  scopes: readonly (Element | null)[],
  words: PortalWords,
): { element: Element; dente?: string; regiao?: string } | undefined {
  for (const scope of scopes) {
    if (!scope) continue;
    // The field's own group (label, select and value), not the whole cell, which holds the date too.
    const group = findFieldGroup(scope, words.labels.referenteA);
    if (!group) continue;
    const tipo = group.querySelector('select');
    // The input the select shows (Região or Dente): a hidden one may keep a stale value (ng-show per choice).
    const valor =
      [...group.querySelectorAll<HTMLInputElement>('input:not([type=hidden])')]
        .filter((i) => !hiddenWithin(i, group))
        .map((i) => i.value.trim())
        .find((v) => v.length > 0) ?? select2Escolhido(group);
    if (!valor) return { element: group };
    // The code before the name ("01. ASAI - Arcadas…" → "ASAI", "11 - …" → "11"): what the record keeps.
    const codigo = (/^(?:\d+\.\s*)?([^\s-]+)/.exec(valor)?.[1] ?? valor).slice(0, 10);
    const dente = tipo && /dente/i.test(currentValue(tipo));
    return dente ? { element: group, dente: codigo } : { element: group, regiao: codigo };
  }
  return undefined;
}
