// Lote page: a guia left "não conferida" although its facts were kept, under another operadora of this login
// (typed while the header named another one, or its XML sent to another registro ANS). Said in its row, so
// the clerk sees why and can tell whether the guia belongs in this lote at all. Records are kept per
// (operadora, Nº Guia Prestador): the other operadoras are those of the header's picker (004 § 2: one login,
// several operadoras), each looked up once per page.
import { cellOf } from '../adapter/dom-read.ts';
import { parseOperadora } from '../adapter/portal-values.ts';
import { isLoteDetalhe } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { guiaConferida, operadoraDoPack } from '../guia-facts.ts';
import { IDS } from '../selectors.ts';

/** Per page: `numero` → the operadora (as the picker names it) its record was found under, or null. */
const achadas = new WeakMap<Document, Map<string, string | null>>();

export default defineFeature({
  id: 'guia-outra-operadora',
  description:
    'Na página do lote, diz na linha da guia não conferida quando os dados dela foram guardados para outra operadora (a do cabeçalho ao digitá-la, ou a do XML).',
  include: [isLoteDetalhe],
  async init(signal, api) {
    const store = api.env.guiaRecords;
    const read = api.page().lote;
    const table = read?.anchors.guiasTable;
    if (!store || !api.pack || !api.env.guiaFacts || !read || !table) return;
    const naoConferidas = (api.page().context.guias ?? []).filter((g) => !guiaConferida(g)).map((g) => g.numero);
    if (!naoConferidas.length) return;
    const deste = operadoraDoPack(api.pack);
    const picker = api.document.getElementById(IDS.operadoraSelect);
    const outras = [...(picker?.querySelectorAll('option') ?? [])]
      .map((o) => ({ texto: (o.textContent ?? '').trim(), ans: parseOperadora(o.textContent ?? '')?.registroAns }))
      .filter((o): o is { texto: string; ans: string } => !!o.ans && o.ans !== deste);
    const cache = achadas.get(api.document) ?? new Map<string, string | null>();
    achadas.set(api.document, cache);
    const aProcurar = naoConferidas.filter((n) => !cache.has(n));
    for (const n of aProcurar) cache.set(n, null);
    for (const outra of outras) {
      const faltam = aProcurar.filter((n) => cache.get(n) === null);
      if (!faltam.length) break;
      const found = await store.lookup(outra.ans, faltam, api.hoje).catch(() => new Map());
      for (const n of found.keys()) cache.set(n, outra.texto);
    }
    if (signal.aborted) return;
    const lote = read.lote.operadora?.texto ?? api.pack.operadora.nome;
    for (const numero of naoConferidas) {
      const outra = cache.get(numero);
      const row = read.anchors.guiaRows.get(numero);
      const cell = outra && row && cellOf(table, row, 'numeroGuia');
      if (!cell) continue;
      api.show({
        anchor: cell,
        placement: 'append',
        key: `outra-operadora-${numero}`,
        items: [
          {
            key: `outra|${numero}|${outra}`,
            severity: 'info',
            message: `Guia ${numero} não conferida: os dados dela estão guardados para a operadora ${outra}, não para a deste lote (${lote}). Confira se a guia é deste lote; se for, abra-a no Digitar Guia com a operadora do lote no cabeçalho e salve, ou verifique o XML enviado a esta operadora.`,
          },
        ],
      });
    }
  },
});
