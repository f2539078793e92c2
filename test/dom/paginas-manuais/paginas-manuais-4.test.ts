// A fourth author's pages from the operadoras' manuals and notes/conecta-portal.md alone (README.md here, "Quarto
// autor"), seen over time: each page starts as the server sends it, then the test changes it in place as AngularJS
// does while the clerk works (rows arrive after "Aguarde", a grid is paged, sorted or filtered, Fechar Lote swaps the
// buttons and the situação, a procedure is added and removed, a modal opens and closes, a record is written in
// another tab), and checks what the clerk sees once the content script is done with the change (`settle`: its own
// re-run and idle, never a fixed sleep). After each change nothing may be stale: no warning left about a row that
// went away, none inside a hidden element, no warning twice in one place.
import { describe, expect, it } from 'vitest';
import type { ContentRun } from '../../../extension/content/testing/run-content.ts';
import { shownText } from '../../../extension/content/testing/run-content.ts';
import { SNAPSHOT_HOJE } from '../../../extension/content/testing/snapshots.ts';
import { createGuiaRecordStore, watchGuiaRecords } from '../../../extension/lib/guia-records/store.ts';
import { memoryArea } from '../../../extension/lib/test-support.ts';
import { clicar, dentro, erros, linhaCom, paginasDe, porTexto } from './ajuda.ts';
import { guiasChegam } from './guias-chegam.ts';

const { pagina, abrir, passo } = paginasDe('paginas-4');
const LOTE = '/Pagamentos/LotePagamento/Detalhes/';
const contando = (r: ContentRun, texto: string) => r.texts().filter((t) => t.includes(texto)).length;

/** A fresh copy of `seletor` from page file `nome`, as Angular would compile it again from its template. */
function doArquivo(r: ContentRun, nome: string, seletor: string): Element {
  const html = pagina(nome).replace(/<link\b[^>]*>/g, '');
  const el = new DOMParser().parseFromString(html, 'text/html').querySelector(seletor);
  if (!el) throw new Error(`${seletor} não está em ${nome}`);
  return r.document.importNode(el, true);
}

/** Angular changing a binding: the text node's data, not the node (a characterData mutation). */
function religar(el: Element, texto: string) {
  const no = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
  if (no) no.nodeValue = texto;
  else el.append(texto);
}

/** The value element of a header label ("Situação do Lote:") in these pages. */
const valorDe = (r: ContentRun, rotulo: string) => porTexto(r, rotulo, 'span').nextElementSibling!;
const mostrar = (el: Element) => el.classList.remove('ng-hide');
const esconder = (el: Element) => el.classList.add('ng-hide');

/** Hidden as Angular (ng-hide) and Bootstrap (a closed modal's inline display: none) hide things. */
const OCULTO = '.ng-hide, [hidden], [style*="display: none"], [style*="display:none"]';

/**
 * Nothing stale: no warning inside an element a clerk cannot see (a closed modal included), and no warning twice in one place. (A warning
 * about a row that went away is checked where the row goes, by its guia.)
 */
function semRestos(r: ContentRun) {
  const porLugar = new Map<Element | null, Set<string>>();
  for (const h of r.hosts()) {
    const texto = shownText(h);
    expect(h.parentElement?.closest(OCULTO), `oculto: ${texto}`).toBeNull();
    const aqui = porLugar.get(h.parentElement) ?? new Set<string>();
    expect(aqui.has(texto), `duplicado: ${texto}`).toBe(false);
    porLugar.set(h.parentElement, aqui.add(texto));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The lote page's guias grid (004 § 9.2 b): one tbody per record (notes), repeated before the empty-grid ng-if.
const guiasDe = (primeira: number, n: number) => Array.from({ length: n }, (_, i) => String(primeira + i));

/** "Aguarde" ends, the count shows (or changes), and guias `numeros` replace the grid's records (a page of them). */
async function chegamGuias(r: ContentRun, numeros: string[], total: number, { acrescentar = false } = {}) {
  guiasChegam({ numeros, total, acrescentar }, r.document);
  await r.settle();
}

async function registrosFunssest(guias: { numero: string; data: string }[]) {
  const store = createGuiaRecordStore(memoryArea());
  await store.save(
    guias.map((g) => ({
      tipo: 'sp-sadt' as const,
      origem: 'digitada' as const,
      operadora: '330809',
      numero: g.numero,
      procedimentos: [{ codigo: '40304361', data: g.data }],
    })),
    { hoje: SNAPSHOT_HOJE },
  );
  return store;
}

describe('lote FUNSSEST: "Aguarde", then the guias arrive (004 § 9.2 b; 003 Q28; notes: "Aguarde", bc-smart-table)', () => {
  const abrirLote = (extra = {}) => abrir('lote-funssest-aguarde', `${LOTE}7970`, extra);
  const secao = (r: ContentRun) => dentro(r, r.document.querySelector('.secao-guias')).join('\n');

  it('quieto: while "Aguarde" shows and the grid is empty, no count badge (not "0/100": not known yet) and no Erro', async () => {
    const r = await abrirLote();
    expect(r.texts().join('\n')).not.toMatch(/\d+\/100 guias/);
    expect(erros(r)).toEqual([]);
  });

  it('aviso: 101 rows arrive in one go: the 101/100 badge once and the Erro once', async () => {
    const r = await abrirLote();
    await chegamGuias(r, guiasDe(90001, 101), 101);
    expect(contando(r, '101/100 guias')).toBe(1);
    expect(secao(r)).toContain('101/100 guias');
    expect(erros(r).filter((t) => /O lote 7970 tem 101 guias; o limite é 100/.test(t))).toHaveLength(1);
    semRestos(r);
  });

  it('aviso: rows in two batches (50, then 51 more): 50/100 without Erro, then 101/100 and its Erro, nothing of 50 left', async () => {
    const r = await abrirLote();
    await chegamGuias(r, guiasDe(90001, 50), 50);
    expect(secao(r)).toContain('50/100 guias');
    expect(erros(r)).toEqual([]);
    await chegamGuias(r, guiasDe(90051, 51), 101, { acrescentar: true });
    expect(contando(r, '101/100 guias')).toBe(1);
    expect(r.texts().join('\n')).not.toContain('50/100');
    expect(erros(r).filter((t) => /O lote 7970 tem 101 guias/.test(t))).toHaveLength(1);
    semRestos(r);
  });

  it('aviso: a guia taken out of the 101 (its tbody goes, the count 101 → 100): 100/100, the Erro gone', async () => {
    const r = await abrirLote();
    await chegamGuias(r, guiasDe(90001, 101), 101);
    linhaCom(r, '90050')!.closest('tbody')!.remove();
    religar(
      r.document.querySelector('.secao-guias p[ng-if]')!,
      'Este lote já possui 100 guia(s). Limite máximo permitido por lote é de 100 guias.',
    );
    await r.settle();
    expect(contando(r, '100/100 guias')).toBe(1);
    expect(r.texts().join('\n')).not.toContain('101');
    semRestos(r);
  });

  // Paging is a guess (no manual shows the guias grid paged): 101 guias, 10 a page, the count says 101.
  describe('paged 10 a page (a guess), guia 90015 on page 2 typed with an atendimento of 01/08/2026 (003 Q9)', () => {
    async function pagina1() {
      const store = await registrosFunssest([
        { numero: '90015', data: '2026-08-01' },
        { numero: '90003', data: '2026-11-02' },
      ]);
      const r = await abrirLote({ guiaRecords: store });
      const paginas = r.document.querySelector('.pagination')!;
      paginas.innerHTML = Array.from({ length: 11 }, (_, i) => `<li><a href="">${i + 1}</a></li>`).join('');
      mostrar(paginas);
      await chegamGuias(r, guiasDe(90001, 10), 101);
      return r;
    }
    const irPara = (r: ContentRun, n: number) => chegamGuias(r, guiasDe(90001 + (n - 1) * 10, 10), 101);

    it('aviso: page 1 shows 10 rows, the badge still 101/100 and the Erro', async () => {
      const r = await pagina1();
      expect(secao(r)).toContain('101/100 guias');
      expect(erros(r).join('\n')).toMatch(/O lote 7970 tem 101 guias/);
    });

    it('aviso: page 2: the badge 101/100 once, the 90-day window in 90015’s row', async () => {
      const r = await pagina1();
      await irPara(r, 2);
      expect(contando(r, '101/100 guias')).toBe(1);
      expect(dentro(r, linhaCom(r, '90015')).join('\n')).toContain('não aceita guias com mais de 90 dias');
      expect(dentro(r, linhaCom(r, '90014')).join('\n')).not.toContain('90 dias');
      semRestos(r);
    });

    it('quieto: back on page 1, nothing of 90015 left anywhere, one badge', async () => {
      const r = await pagina1();
      await irPara(r, 2);
      await irPara(r, 1);
      expect(r.texts().join('\n')).not.toContain('90015');
      expect(r.texts().join('\n')).not.toContain('mais de 90 dias');
      expect(contando(r, '101/100 guias')).toBe(1);
      semRestos(r);
    });
  });

  it('aviso: Adicionar Guias → GUIAS ENCONTRADAS → Adicionar ao Lote: 99/100, then 101/100 and its Erro', async () => {
    const r = await abrirLote();
    await chegamGuias(r, guiasDe(90001, 99), 99);
    expect(secao(r)).toContain('99/100 guias');
    clicar(porTexto(r, '+ Adicionar Guias', 'a'));
    r.document.body.append(doArquivo(r, 'guias-encontradas', '#modalGuiasEncontradas'));
    await r.settle();
    clicar(porTexto(r, 'Adicionar ao Lote', 'button'));
    r.document.getElementById('modalGuiasEncontradas')!.remove();
    await chegamGuias(r, guiasDe(90900, 2), 101, { acrescentar: true });
    expect(contando(r, '101/100 guias')).toBe(1);
    expect(r.texts().join('\n')).not.toContain('99/100');
    expect(erros(r).filter((t) => /O lote 7970 tem 101 guias/.test(t))).toHaveLength(1);
    semRestos(r);
  });

  it('aviso: Adicionar ao Lote with 2 guias ticked in a lote of 99: the limit, before they are added', async () => {
    const r = await abrirLote();
    await chegamGuias(r, guiasDe(90001, 99), 99);
    clicar(porTexto(r, '+ Adicionar Guias', 'a'));
    r.document.body.append(doArquivo(r, 'guias-encontradas', '#modalGuiasEncontradas'));
    await r.settle();
    clicar(porTexto(r, 'Adicionar ao Lote', 'button'));
    await r.settle();
    expect(r.texts().join('\n')).toMatch(/com as 2 guias selecionadas[^\n]*O lote 7970 tem 101 guias; o limite é 100/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('lote PAS SERPRO with kept records, sorted, closed (004 § 9.2 b; 000 documentos por tipo de guia, Q1)', () => {
  const base = { tipo: 'sp-sadt' as const, origem: 'digitada' as const, operadora: '345474' };
  const HEMO = { ...base, numero: '64001', procedimentos: [{ codigo: '30909023', data: '2026-11-12' }] };
  const ENDO = { ...base, numero: '64002', procedimentos: [{ codigo: '40201082', data: '2026-11-13' }] };
  async function comRegistros() {
    const store = createGuiaRecordStore(memoryArea());
    await store.save([HEMO, ENDO], { hoje: SNAPSHOT_HOJE });
    const r = await abrir('lote-serpro-ordenar', `${LOTE}7975`, { guiaRecords: store });
    await r.settle();
    return r;
  }
  // happy-dom has no tbody.rows
  const celulas = (tb: Element) => [...tb.querySelector('tr')!.cells];
  const linhas = (r: ContentRun) => [...r.document.querySelectorAll<HTMLTableSectionElement>('tbody[ng-repeat]')];
  const noLugar = (r: ContentRun) => {
    const hemo = dentro(r, linhaCom(r, '64001')).join('\n');
    const endo = dentro(r, linhaCom(r, '64002')).join('\n');
    const sem = dentro(r, linhaCom(r, '64003')).join('\n');
    expect(hemo).toMatch(/Folha de hemodiálise/);
    expect(hemo).not.toMatch(/Laudo do exame/);
    expect(endo).toMatch(/Laudo do exame/);
    expect(endo).not.toMatch(/Folha de hemodiálise/);
    expect(sem).not.toMatch(/Folha de hemodiálise|Laudo do exame/);
    expect(contando(r, 'Folha de hemodiálise')).toBe(1);
    semRestos(r);
  };

  it('aviso: each row’s missing documents, before any change', async () => {
    noLugar(await comRegistros());
  });

  it('aviso: sorted by Nº Guia Prestador, the tbodies moved (a grid tracking by id): warnings stay with their guia', async () => {
    const r = await comRegistros();
    const [a, b, c] = linhas(r);
    c!.after(b!, a!);
    await r.settle();
    expect(linhas(r).map((tb) => celulas(tb)[3]!.textContent)).toEqual(['64003', '64002', '64001']);
    noLugar(r);
  });

  it('aviso: sorted with "track by $index" (each tbody re-bound to another guia in place): warnings follow the guia', async () => {
    const r = await comRegistros();
    const valores = linhas(r).map((tb) => celulas(tb).map((td) => td.textContent ?? ''));
    valores.reverse();
    for (const [i, tb] of linhas(r).entries())
      for (const [j, td] of celulas(tb).entries()) if (j > 0) religar(td, valores[i]![j]!);
    await r.settle();
    expect(celulas(linhas(r)[0]!)[3]!.textContent).toBe('64003');
    noLugar(r);
  });

  it('aviso: a guia’s record written in another tab while the page is open: its row updates, no reload', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    await store.save([ENDO], { hoje: SNAPSHOT_HOJE });
    const r = await abrir('lote-serpro-ordenar', `${LOTE}7975`, {
      guiaRecords: store,
      watchGuiaRecords: (onChange: (keys: readonly string[]) => void) => watchGuiaRecords(area, onChange),
    });
    await r.settle();
    expect(dentro(r, linhaCom(r, '64001')).join('\n')).not.toMatch(/Folha de hemodiálise/);
    // The popup checked 64001's XML in another tab: the record lands in the shared storage.
    await createGuiaRecordStore(area).save([HEMO], { hoje: SNAPSHOT_HOJE });
    await r.settle();
    noLugar(r);
  });

  it('aviso: Fechar Lote confirmed (Aberto → Fechado): the Fechar list goes with its button, Enviar Lote lists again', async () => {
    const r = await comRegistros();
    clicar(porTexto(r, 'Fechar Lote', 'a'));
    await r.settle();
    expect(r.texts().join('\n')).toMatch(/confira antes de fechar o lote/);
    // The portal asks, the clerk confirms; the page is updated in place (004 § 9.2 b: "Será atualizada a tela").
    const modal = r.document.getElementById('simpleConfirmationModal') as HTMLElement;
    modal.style.display = 'block';
    clicar(r.document.getElementById('simpleConfirmationModal_btOk')!);
    modal.style.display = 'none';
    fecharNaTela(r);
    await r.settle();
    expect(r.texts().join('\n')).not.toMatch(/confira antes de fechar o lote/);
    noLugar(r);
    clicar(porTexto(r, 'Enviar Lote', 'a'));
    await r.settle();
    const listas = r.texts().filter((t) => /confira antes de enviar o lote/.test(t));
    expect(listas).toHaveLength(1);
    expect(listas[0]).toMatch(/Folha de hemodiálise/);
  });

  it('quieto: a warning the clerk dismissed stays dismissed when the grid is re-bound, and shows in no other row', async () => {
    const r = await comRegistros();
    const host = r
      .hosts()
      .find((h) => linhaCom(r, '64001')!.contains(h) && shownText(h).includes('Folha de hemodiálise'))!;
    const fechar = [...host.shadowRoot!.querySelectorAll('li')]
      .find((li) => li.textContent?.includes('Folha de hemodiálise'))!
      .querySelector('button')!;
    fechar.click();
    const valores = linhas(r).map((tb) => celulas(tb).map((td) => td.textContent ?? ''));
    valores.reverse();
    for (const [i, tb] of linhas(r).entries())
      for (const [j, td] of celulas(tb).entries()) if (j > 0) religar(td, valores[i]![j]!);
    await r.settle();
    expect(r.texts().join('\n')).not.toMatch(/Folha de hemodiálise/);
    expect(dentro(r, linhaCom(r, '64002')).join('\n')).toMatch(/Laudo do exame/);
    semRestos(r);
  });
});

/** What Angular does once the lote is closed: situação and Data Fechamento re-bound, the action bar re-built. */
function fecharNaTela(r: ContentRun) {
  religar(valorDe(r, 'Situação do Lote:'), 'Fechado (envio pendente)');
  religar(valorDe(r, 'Data Fechamento:'), '20/11/2026');
  const acoes = r.document.querySelector('.acoes-lote')!;
  acoes.querySelector('a[ng-if]')!.remove();
  acoes.insertAdjacentHTML(
    'beforeend',
    '<!-- ngIf: vm.lote.podeReabrir --><a href="" class="btn btn-default ng-scope" ng-if="vm.lote.podeReabrir">Reabrir Lote</a>' +
      '<!-- ngIf: vm.lote.podeEnviar --><a href="" class="btn btn-primary ng-scope" ng-if="vm.lote.podeEnviar">Enviar Lote</a>',
  );
  for (const b of r.document.querySelectorAll('.botoes-guias[ng-show]')) esconder(b);
}

// ---------------------------------------------------------------------------------------------------------------
describe('lote PASA, Aberto, Enviar Até 23/11/2026: Fechar, then Enviar, without a reload (004 § 9.2 b; 001 § 3)', () => {
  const abrirLote = () => abrir('lote-pasa-aberto', `${LOTE}5720`);
  const PRAZO = /Envie o lote 5720 até 23\/11\/2026[^\n]*faltam 3 dias/;
  const campo = (r: ContentRun) => porTexto(r, 'Enviar Até (Calendário):', 'span').parentElement;
  const noPrazo = (r: ContentRun) => dentro(r, campo(r)).filter((t) => PRAZO.test(t));

  it('aviso: Aberto: "faltam 3 dias" next to Enviar Até, once', async () => {
    const r = await abrirLote();
    expect(noPrazo(r)).toHaveLength(1);
  });

  async function fechado() {
    const r = await abrirLote();
    clicar(porTexto(r, 'Fechar Lote', 'a'));
    await r.settle();
    const modal = r.document.getElementById('simpleConfirmationModal') as HTMLElement;
    modal.style.display = 'block';
    clicar(r.document.getElementById('simpleConfirmationModal_btOk')!);
    modal.style.display = 'none';
    fecharNaTela(r);
    await r.settle();
    return r;
  }

  it('aviso: Fechar Lote confirmed (Fechado): the deadline still once at Enviar Até, nothing left in the closed modal nor the hidden GUIAS buttons', async () => {
    const r = await fechado();
    expect(noPrazo(r)).toHaveLength(1);
    semRestos(r);
  });

  it('aviso: Fechado, Enviar Lote clicked: the deadline again', async () => {
    const r = await fechado();
    const antes = contando(r, '23/11/2026');
    clicar(porTexto(r, 'Enviar Lote', 'a'));
    await r.settle();
    expect(contando(r, '23/11/2026')).toBeGreaterThan(antes);
  });

  it('quieto: Enviar Lote confirmed (Enviando): the Enviar Até warning goes away', async () => {
    const r = await abrirLote();
    clicar(porTexto(r, 'Fechar Lote', 'a'));
    fecharNaTela(r);
    await r.settle();
    clicar(porTexto(r, 'Enviar Lote', 'a'));
    await r.settle();
    clicar(r.document.getElementById('simpleConfirmationModal_btOk')!);
    religar(valorDe(r, 'Situação do Lote:'), 'Enviando');
    religar(valorDe(r, 'Data Envio:'), '20/11/2026');
    const acoes = r.document.querySelector('.acoes-lote')!;
    for (const a of acoes.querySelectorAll('a[ng-if]')) a.remove();
    acoes.insertAdjacentHTML(
      'beforeend',
      '<div class="alert alert-info ng-scope">O lote de pagamento foi enviado para processamento. Você será notificado quando o processamento for concluído.</div>' +
        '<a href="" class="btn btn-default ng-scope">Verificar situação do envio</a>',
    );
    await r.settle();
    expect(r.texts().join('\n')).not.toContain('23/11/2026');
    expect(erros(r)).toEqual([]);
  });

  it('aviso: Enviar Até re-bound in place to 18/11/2026 (past): the Erro replaces "faltam 3 dias", once', async () => {
    const r = await abrirLote();
    religar(porTexto(r, 'Enviar Até (Calendário):', 'span').nextElementSibling!, '18/11/2026');
    await r.settle();
    const aqui = dentro(r, campo(r));
    expect(
      aqui.filter((t) => /Erro[^\n]*O prazo para enviar o lote 5720 terminou em 18\/11\/2026/.test(t)),
    ).toHaveLength(1);
    expect(r.texts().join('\n')).not.toContain('23/11/2026');
    semRestos(r);
  });

  it('aviso: the notices modal opened over the page and closed: the same warnings, none twice', async () => {
    const r = await abrirLote();
    const antes = r.texts().sort();
    r.document.body.append(
      ...[...new DOMParser().parseFromString(pagina('informativos'), 'text/html').body.children].map((n) =>
        r.document.importNode(n, true),
      ),
    );
    await r.settle();
    expect(noPrazo(r)).toHaveLength(1);
    r.document.getElementById('bcInformativosModal')!.remove();
    r.document.querySelector('.modal-backdrop')!.remove();
    await r.settle();
    expect(r.texts().sort()).toEqual(antes);
    semRestos(r);
  });

  it('aviso: bc-detalhes-lote re-created whole (Angular compiles it again): the deadline once, in the new widget', async () => {
    const r = await abrirLote();
    const velho = r.document.querySelector('bc-detalhes-lote')!;
    velho.replaceWith(doArquivo(r, 'lote-pasa-aberto', 'bc-detalhes-lote'));
    await r.settle();
    expect(noPrazo(r)).toHaveLength(1);
    expect(contando(r, 'Envie o lote 5720')).toBe(1);
    semRestos(r);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('Pesquisar Lotes, IPAM: the clerk filters, the grid is replaced (004 § 13.1; notes #DataGrid, "Aguarde")', () => {
  const abrirPesquisa = () => abrir('pesquisa-lotes-ipam', '/Pagamentos/PesquisaLote/Index');
  function tbodyLote(doc: Document, celulas: string[]) {
    const tb = doc.createElement('tbody');
    tb.className = 'ng-scope';
    tb.setAttribute('ng-repeat', 'lote in vm.lotes');
    const tr = tb.insertRow();
    tr.insertCell().innerHTML = '<input type="checkbox">';
    for (const t of celulas) {
      const td = tr.insertCell();
      td.className = 'ng-binding';
      td.textContent = t;
    }
    return tb;
  }
  /** Filtrar, Pesquisar: "Aguarde", the records go, then the result's come (or "Não existem registros."). */
  async function filtrar(r: ContentRun, lotes: string[][]) {
    const doc = r.document;
    clicar(doc.getElementById('Filtrar')!);
    mostrar(doc.querySelector('form.filtro')!);
    clicar(doc.getElementById('btn-Pesquisar')!);
    const aguarde = doc.querySelector('.aguarde')!;
    mostrar(aguarde);
    for (const tb of doc.querySelectorAll('#DataGrid tbody')) tb.remove();
    await r.settle();
    esconder(aguarde);
    const tabela = doc.querySelector('#DataGrid table')!;
    if (lotes.length) for (const l of lotes) tabela.append(tbodyLote(doc, l));
    else
      tabela.insertAdjacentHTML(
        'beforeend',
        '<tbody class="ng-scope"><tr><td colspan="8">Não existem registros.</td></tr></tbody>',
      );
    religar(doc.querySelector('.panel-body > p.ng-binding')!, `${lotes.length} resultados encontrados`);
    await r.settle();
  }
  const FECHADOS = [
    ['IPAM', '09/11/2026', '8640', 'Fechado (envio pendente)', '', 'Não enviado', 'Consulta'],
    ['IPAM', '19/11/2026', '8641', 'Fechado (envio pendente)', '', 'Não enviado', 'Consulta'],
  ];

  it('aviso: before filtering, lote 8630 left Aberto 31 days in its row', async () => {
    const r = await abrirPesquisa();
    expect(dentro(r, linhaCom(r, '8630')).join('\n')).toContain('desde a inclusão em 20/10/2026 (há 31 dias)');
  });

  it('aviso: filtered to Fechado (envio pendente): 8640’s 11 days in its row, nothing left of 8630', async () => {
    const r = await abrirPesquisa();
    await filtrar(r, FECHADOS);
    expect(dentro(r, linhaCom(r, '8640')).join('\n')).toContain('desde a inclusão em 09/11/2026 (há 11 dias)');
    expect(dentro(r, linhaCom(r, '8641'))).toEqual([]);
    expect(r.texts().join('\n')).not.toContain('há 31 dias');
    semRestos(r);
  });

  it('quieto: a filter with no result ("Não existem registros."): no warning left at all', async () => {
    const r = await abrirPesquisa();
    await filtrar(r, FECHADOS);
    await filtrar(r, []);
    expect(r.texts().join('\n')).not.toMatch(/desde a inclusão/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('Digitar Guia SP/SADT, FUNSSEST, urgência: procedures added and removed (004 § 9.2 a; 003 Q7, Q9)', () => {
  const WIZARD = '/Guias/SpSadt/CobrancaNovaGuiaEletiva';
  const URGENCIA = 'SP/SADT de urgência sem o código 10101039';
  async function passo4() {
    const r = await abrir('spsadt-passo3-funssest', WIZARD);
    await passo(r, 'spsadt-passo4-funssest', '[ng-view]');
    return r;
  }
  const lookup = (r: ContentRun) => r.document.querySelector('[name=HandleTermoLookupDisplay]')!.closest('[lookup]');
  /** The clerk picks `codigo` in the lookup: Angular appends an item block after the others. */
  async function incluir(r: ContentRun, codigo: string, data: string) {
    const item = doArquivo(r, 'spsadt-passo4-funssest', '.evento');
    (item.querySelector('input[disabled]') as HTMLInputElement).value = codigo;
    item.querySelector('.data-realizacao input')!.setAttribute('value', data);
    const itens = r.document.querySelectorAll('.evento');
    itens[itens.length - 1]!.after(item);
    await r.settle();
    return item;
  }
  async function remover(r: ContentRun, item: Element) {
    item.remove();
    await r.settle();
  }

  it('aviso: Passo 4, the missing 10101039 at the lookup, once', async () => {
    const r = await passo4();
    expect(dentro(r, lookup(r)).filter((t) => t.includes(URGENCIA))).toHaveLength(1);
  });

  it('quieto: back to Passo 3, Caráter changed to Eletivo, Passo 4 again: no urgência warning', async () => {
    const r = await passo4();
    await passo(r, 'spsadt-passo3-funssest', '[ng-view]');
    const carater = porTexto(r, 'Caráter de Atendimento*', 'label').nextElementSibling as HTMLSelectElement;
    carater.value = 'string:1';
    carater.dispatchEvent(new Event('change', { bubbles: true }));
    await r.settle();
    await passo(r, 'spsadt-passo4-funssest', '[ng-view]');
    expect(r.texts().join('\n')).not.toContain(URGENCIA);
  });

  it('quieto: 10101039 added: the urgência warning goes away', async () => {
    const r = await passo4();
    await incluir(r, '10101039 | Consulta em pronto socorro', '20/11/2026');
    expect(r.texts().join('\n')).not.toContain(URGENCIA);
  });

  it('aviso: 10101039 added then removed: the urgência warning back, once', async () => {
    const r = await passo4();
    const item = await incluir(r, '10101039 | Consulta em pronto socorro', '20/11/2026');
    await remover(r, item);
    expect(contando(r, URGENCIA)).toBe(1);
    semRestos(r);
  });

  it('aviso: a procedure typed with 01/08/2026: the 90-day window at its date; removed, its warning goes with it', async () => {
    const r = await passo4();
    const item = await incluir(r, '40302040 | Glicose', '20/11/2026');
    const data = item.querySelector('.data-realizacao input') as HTMLInputElement;
    data.value = '01/08/2026';
    data.dispatchEvent(new Event('input', { bubbles: true }));
    data.dispatchEvent(new Event('change', { bubbles: true }));
    await r.settle();
    expect(dentro(r, item.querySelector('.data-realizacao')).join('\n')).toContain(
      'não aceita guias com mais de 90 dias',
    );
    await remover(r, item);
    expect(r.texts().join('\n')).not.toContain('mais de 90 dias');
    expect(contando(r, URGENCIA)).toBe(1);
    semRestos(r);
  });
});
