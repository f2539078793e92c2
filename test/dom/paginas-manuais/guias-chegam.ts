// The lote page's guias arriving as AngularJS renders them (004 § 9.2 b; notes: "Aguarde", bc-smart-table one tbody
// per record): "Aguarde" hidden, the count's text set (or its ng-if paragraph created), and one tbody per guia before
// the empty-grid ng-if. Self-contained (no imports, nothing from outside its body) so that an end-to-end test can hand
// it to the browser's page (Playwright's evaluate) as the DOM tests call it on theirs.
export interface GuiasChegam {
  numeros: string[];
  /** What "Este lote já possui N guia(s)" says: the lote's guias, not only this page of them. */
  total: number;
  /** Added after the rows shown (a second batch, Adicionar ao Lote) instead of replacing them (a new page). */
  acrescentar?: boolean;
}

export function guiasChegam({ numeros, total, acrescentar = false }: GuiasChegam, doc: Document = document): void {
  const secao = doc.querySelector('.secao-guias');
  const tabela = secao?.querySelector('table');
  if (!secao || !tabela) throw new Error('GUIAS não encontrada');
  // Angular changes a binding's text node (a characterData mutation), not the node.
  const religar = (el: Element, texto: string) => {
    const no = Array.from(el.childNodes).find((n) => n.nodeType === 3);
    if (no) no.nodeValue = texto;
    else el.append(texto);
  };
  const comentario = (texto: string): Comment => {
    const it = doc.createTreeWalker(secao, 128);
    for (let c = it.nextNode(); c; c = it.nextNode()) if (c.nodeValue?.trim() === texto) return c as Comment;
    throw new Error(`comentário não encontrado: ${texto}`);
  };
  secao.querySelector('.aguarde')?.classList.add('ng-hide');
  const contagem = `Este lote já possui ${total} guia(s). Limite máximo permitido por lote é de 100 guias.`;
  const p = secao.querySelector('p[ng-if]');
  if (p) religar(p, contagem);
  else {
    const novo = doc.createElement('p');
    novo.className = 'ng-binding ng-scope';
    novo.setAttribute('ng-if', '!vm.carregandoGuias');
    novo.textContent = contagem;
    comentario('ngIf: !vm.carregandoGuias').after(novo);
  }
  if (!acrescentar) for (const tb of Array.from(tabela.querySelectorAll('tbody[ng-repeat]'))) tb.remove();
  for (const tb of Array.from(tabela.querySelectorAll('tbody[ng-if]'))) tb.remove();
  const fim = comentario('ngIf: !vm.guias.pagina.length');
  for (const numero of numeros) {
    const tb = doc.createElement('tbody');
    tb.className = 'ng-scope';
    tb.setAttribute('ng-repeat', 'guia in vm.guias.pagina');
    const tr = doc.createElement('tr');
    const celula = (texto: string) => {
      const td = doc.createElement('td');
      td.className = 'ng-binding';
      td.textContent = texto;
      tr.append(td);
    };
    const caixa = doc.createElement('td');
    caixa.innerHTML = '<input type="checkbox">';
    tr.append(caixa);
    const beneficiario = `03000001${numero.padStart(8, '0')} - BENEFICIARIO TESTE`;
    for (const t of ['19/11/2026', beneficiario, numero, 'R$\u00a0100,00', 'R$\u00a00,00', '', '']) celula(t);
    tb.append(tr);
    fim.before(tb);
  }
  const registros = tabela.querySelector('.total-registros');
  if (registros) religar(registros, `${total} resultados encontrados`);
}
