// Digitar Guia → Salvar: keeps this guia's billing facts on this computer (lib/guia-records), read from the
// Resumo the clerk is saving, so the lote page can check the guia later (its anexos, dates and senha),
// where the portal shows only its number and values. Never the beneficiário nor the professionals.
// The wizard shows no senha (001 § 2.1); when Passo 1's Nº Guia Prestador Ref. names an autorização whose
// Detalhes da Guia was opened (feature senha-autorizacao kept its senha and dates), the record gets those.
// The odonto Resumo prints no dates (001 § 2.1 Etapa 6): each item's Data Realização is taken from Passo 3; a
// Resumo without the Caráter (004 § 9.2 a) gets the one chosen in Passo 3.

import type { Guia } from '../../../shared/rules/context.ts';
import { earliest } from '../../../shared/rules/dates.ts';
import { recordInputFromGuia, withAutorizacao } from '../../lib/guia-records/from-guia.ts';
import type { GuiaRecord } from '../../lib/guia-records/schema.ts';
import { actionOf } from '../adapter/actions.ts';
import { currentValue, findControl } from '../adapter/form-fields.ts';
import { readGuiaForm, readResumoComPassos } from '../adapter/read-guia-form.ts';
import { isDigitarGuia } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import type { ContentEnvironment } from '../feature-api.ts';
import { opcoesDeGravacao, operadoraDoPack } from '../guia-facts.ts';
import { listenWhileRunning } from '../listen.ts';

/**
 * Per content script (a wizard page opened): the Ref. typed or loaded in Passo 1 (the Resumo does not print it) and
 * the autorização kept under it, asked for as soon as the Ref. is known so Salvar usually finds the answer there.
 */
interface Referencia {
  ref: string;
  autorizacao: Promise<GuiaRecord | undefined>;
  /** Set when the lookup has answered: what it found (undefined: none kept). */
  resposta?: { achada: GuiaRecord | undefined };
}
const referencias = new WeakMap<ContentEnvironment, Referencia>();

/** Per wizard page: each item's Data Realização as last seen on its step (item number → code and date). */
const datasDosItens = new WeakMap<Document, Map<number, { codigo: string; data: string }>>();

function lembrarDatas(doc: Document, guia: Guia | undefined): void {
  if (!guia?.procedimentos.length) return;
  const datas = new Map<number, { codigo: string; data: string }>();
  for (const p of guia.procedimentos)
    if (p.item !== undefined && p.dataRealizacao) datas.set(p.item, { codigo: p.codigo, data: p.dataRealizacao });
  datasDosItens.set(doc, datas);
}

/** The Resumo's guia with the dates it does not print (odonto), from the item of the same number and code. */
function comDatas(doc: Document, guia: Guia): Guia {
  const datas = datasDosItens.get(doc);
  if (!datas || guia.procedimentos.every((p) => p.dataRealizacao)) return guia;
  const procedimentos = guia.procedimentos.map((p) => {
    const visto = p.item === undefined ? undefined : datas.get(p.item);
    return !p.dataRealizacao && visto?.codigo === p.codigo ? { ...p, dataRealizacao: visto.data } : p;
  });
  const dataAtendimento = guia.dataAtendimento ?? earliest(procedimentos.map((p) => p.dataRealizacao));
  return { ...guia, procedimentos, ...(dataAtendimento ? { dataAtendimento } : {}) };
}

export default defineFeature({
  id: 'guia-registro',
  description:
    'Ao salvar uma guia no Digitar Guia, guarda neste computador os dados de cobrança dela (sem dados do beneficiário nem de profissionais), para conferi-la depois na página do lote.',
  include: [isDigitarGuia],
  init(signal, api) {
    const store = api.env.guiaRecords;
    const pack = api.pack;
    if (!store || !pack) return;
    const operadora = operadoraDoPack(pack);
    const doc = api.document;
    const refControl = () => findControl(doc, api.words.labels.numeroGuiaReferenciada);
    const env = api.env;
    const lembrar = (value: string) => {
      const ref = value.trim();
      if (referencias.get(env)?.ref === ref) return;
      const autorizacao = ref ? store.autorizacao(operadora, ref, api.hoje).catch(() => undefined) : undefined;
      const entrada: Referencia = { ref, autorizacao: autorizacao ?? Promise.resolve(undefined) };
      void entrada.autorizacao.then((achada) => {
        entrada.resposta = { achada };
      });
      referencias.set(env, entrada);
    };
    // Passo 1 on screen (a cobrança generated from an autorização comes with the Ref. filled, 004 § 9.2 a).
    const shown = refControl();
    if (shown) lembrar(currentValue(shown));
    lembrarDatas(doc, readGuiaForm(doc, api.words)?.guia);
    // As typed: Próximo may take the step away before the next run reads it.
    const onInput = (event: Event) => {
      const control = refControl();
      if (control && event.target === control) lembrar(currentValue(control));
      else if (
        (event.target instanceof HTMLInputElement && /DataRealizacao$/.test(event.target.name)) ||
        event.target === findControl(doc, api.words.labels.caraterAtendimento)
      )
        lembrarDatas(doc, readGuiaForm(doc, api.words)?.guia); // reading the step also remembers its Caráter
    };
    // Let go of when the run ends (listen.ts): each run's handlers hold that run's api.
    listenWhileRunning(doc, 'input', onInput, signal, true);
    listenWhileRunning(doc, 'change', onInput, signal, true);
    listenWhileRunning(
      doc,
      'click',
      (event) => {
        if (actionOf(event.target, ['salvarGuia']) !== 'salvarGuia') return;
        const resumo = readResumoComPassos(doc, api.words);
        if (!resumo) return;
        const input = recordInputFromGuia(comDatas(doc, resumo), operadora, 'digitada');
        const opts = opcoesDeGravacao(api.hoje, api.settings);
        // The portal may still refuse the guia: a record of a guia never saved matches no lote row and expires.
        const gravar = (autorizacao?: GuiaRecord) =>
          store.save([autorizacao ? withAutorizacao(input, autorizacao) : input], opts).catch(() => 0);
        const referencia = referencias.get(env);
        const achada = referencia?.resposta?.achada;
        if (achada) {
          void gravar(achada);
          return;
        }
        // What was typed is written now, not after the lookup: a full navigation may follow Salvar and end this
        // script first. The autorização's facts are added when it answers (storage keeps the writes' order); one
        // found empty is asked again, as it may have been opened in another tab since the Ref. was typed.
        void gravar();
        if (!referencia?.ref) return;
        const depois = referencia.resposta
          ? store.autorizacao(operadora, referencia.ref, api.hoje).catch(() => undefined)
          : referencia.autorizacao;
        void depois.then((autorizacao) => autorizacao && gravar(autorizacao));
      },
      signal,
      // Capture: before the portal's own handler navigates away (a guia saved into a lote opens the lote).
      true,
    );
  },
});
