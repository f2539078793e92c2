// A fifth author's pages from the operadoras' manuals and notes/conecta-portal.md alone (README.md here, "Quinto
// autor"), driving the whole journey of a guia's facts (issue 12): the clerk types a guia in Digitar Guia step by step
// (each step swapped in place, as the AngularJS wizard does), saves it, then opens the lote that holds it; or checks
// an XML at Uploads → Novo, then opens its lote. What the clerk should get on the lote page comes from the records the
// content script itself wrote on the earlier page, never from records planted through the store.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ContentRun } from '../../../extension/content/testing/run-content.ts';
import { createGuiaRecordStore, watchGuiaRecords } from '../../../extension/lib/guia-records/store.ts';
import { memoryArea } from '../../../extension/lib/test-support.ts';
import { withCorrectHash } from '../../support/tiss-versions.ts';
import { clicar, dentro, erros, linhaCom, paginasDe, porTexto } from './ajuda.ts';

const { pagina, abrir, passo } = paginasDe('paginas-5');
// Routes no manual gives (guesses): the wizard's and the lote's. Uploads → Novo is the notes' route.
const DIGITAR_SPSADT = '/Faturamento/DigitarGuia/SpSadt';
const DIGITAR_ODONTO = '/Faturamento/DigitarGuia/Odontologico';
const LOTE = '/Faturamento/LotePagamento/Visualizar/';
const UPLOAD = '/Uploads/UploadXML/Novo';
const CORPO = '.wizard-corpo';
const BENEFICIARIOS = ['BENEFICIARIO TESTE', 'TESTE PORTAL', '0100000165000154', '0100000169000100'];

/** A fresh store the content script writes to (storage.local), and the raw area to read what it kept. */
function armazenamento() {
  const area = memoryArea();
  return { area, store: createGuiaRecordStore(area) };
}

/** The clerk types `valor` as Angular sees typing: the native setter, then input and change events. */
function digitar(el: Element, valor: string) {
  const input = el as HTMLInputElement;
  const proto = Object.getPrototypeOf(input) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, valor);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A select2 v3 pick: the offscreen select's option chosen, its change fired, the chosen text redrawn. */
function escolher(select: HTMLSelectElement, texto: string) {
  const opcao = [...select.options].find((o) => o.text === texto);
  if (!opcao) throw new Error(`opção não encontrada: ${texto}`);
  for (const o of select.options) o.selected = o === opcao;
  select.value = opcao.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const chosen = select.parentElement?.querySelector('.select2-chosen');
  if (chosen) chosen.textContent = texto;
}

const campoPorRotulo = (r: ContentRun, rotulo: string) => porTexto(r, rotulo, '.campo-rotulo').closest('.campo')!;

interface Procedimento {
  codigo: string;
  descricao: string;
  data: string;
  valor: string;
}
interface GuiaDigitada {
  numero: string;
  /** Nº Guia Prestador Ref.: the autorização this cobrança bills (001 § 2.1 Etapa 1, 004 § 4). */
  referenciada?: string;
  beneficiario: string;
  carater?: 'Eletivo' | 'Urgência/Emergência';
  procedimentos: Procedimento[];
}

/** Passo 4: the code picked in the lookup; the ng-repeat adds its tbody; the clerk types its Data Realização. */
async function adicionarProcedimento(r: ContentRun, p: Procedimento, seq: number) {
  const lookup = r.document.querySelector('input[name="HandleTermoLookupDisplay"]')!;
  digitar(lookup, p.codigo);
  await r.settle();
  const html = pagina('spsadt-procedimento')
    .replace('>1<', `>${seq}<`)
    .replaceAll('CODIGO', p.codigo)
    .replaceAll('DESCRICAO', p.descricao)
    .replaceAll('VALOR', p.valor);
  const tbody = new DOMParser().parseFromString(html, 'text/html').querySelector('tbody')!;
  const tabela = r.document.querySelector('.tabela-procedimentos')!;
  const comentario = [...tabela.childNodes].find((n) => n.nodeType === Node.COMMENT_NODE) ?? null;
  tabela.insertBefore(r.document.importNode(tbody, true), comentario);
  digitar(lookup, '');
  await r.settle();
  const data = [...tabela.querySelectorAll('tbody')].at(-1)!.querySelector('.data-realizacao input')!;
  digitar(data, p.data);
  await r.settle();
}

/** Digitar Guia → SP/SADT, from Passo 1 to the Resumo, typed as a clerk types; Salvar only when `salvar`. */
async function digitarSpSadt(r: ContentRun, g: GuiaDigitada, { salvar = true } = {}) {
  digitar(r.document.querySelector('#guiaBeneficiario')!, `${g.beneficiario}`);
  digitar(r.document.querySelector('#guiaNumeroPrestador')!, g.numero);
  if (g.referenciada) digitar(r.document.querySelector('#guiaNumeroReferenciada')!, g.referenciada);
  await r.settle();
  await passo(r, 'spsadt-passo3', CORPO);
  if (g.carater) {
    escolher(r.document.querySelector<HTMLSelectElement>('#caraterAtendimento')!, g.carater);
    await r.settle();
  }
  await passo(r, 'spsadt-passo4', CORPO);
  for (const [i, p] of g.procedimentos.entries()) await adicionarProcedimento(r, p, i + 1);
  await passo(r, 'spsadt-resumo', CORPO);
  resumoPreenchido(r, g);
  await r.settle();
  if (salvar) {
    clicar(porTexto(r, 'Salvar', 'button'));
    await r.settle();
  }
}

/** The Resumo as Angular binds it to what was typed. */
function resumoPreenchido(r: ContentRun, g: GuiaDigitada) {
  const d = r.document;
  const trocar = (el: Element, de: string, para: string) => {
    for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) n.nodeValue = n.nodeValue!.replace(de, para);
  };
  trocar(d.querySelector('.resumo-numero')!, 'NUMERO', g.numero);
  trocar(d.querySelector('.resumo-beneficiario')!, 'BENEFICIARIO', g.beneficiario.replace(' | ', ' - '));
  const linhas = d.querySelector('.linhas-resumo')!;
  for (const [i, p] of g.procedimentos.entries()) {
    const tr = d.createElement('tr');
    for (const texto of [
      String(i + 1),
      '22',
      `${p.codigo} - ${p.descricao}`,
      '1',
      p.data,
      '',
      '',
      '',
      '',
      '1',
      '',
      `R$${p.valor}`,
      `R$${p.valor}`,
    ]) {
      const td = d.createElement('td');
      td.textContent = texto;
      tr.append(td);
    }
    linhas.append(tr);
  }
  const total = d.querySelector('.tabela-resumo')!.closest('section')!.nextElementSibling!.querySelector('div')!;
  trocar(total, 'TOTAL', `R$${g.procedimentos[0]?.valor ?? '0,00'}`);
}

/** Every text a warning shows in the row of guia `numero` on the lote page. */
const naLinha = (r: ContentRun, numero: string) => dentro(r, linhaCom(r, numero)?.closest('tbody')).join('\n');
const todos = (r: ContentRun) => r.texts().join('\n');
/** The warnings that appear when the clerk clicks Fechar Lote (the portal's confirmation is not open yet). */
async function aoFechar(r: ContentRun) {
  const antes = new Set(r.texts());
  clicar(porTexto(r, 'Fechar Lote', 'a'));
  await r.settle();
  return r.texts().filter((t) => !antes.has(t));
}
/** What the content script kept in storage.local, as one text. */
const guardado = (area: ReturnType<typeof memoryArea>) => JSON.stringify(area.data);

const HEMODIALISE: Procedimento = {
  codigo: '30909023',
  descricao: 'Hemodiálise crônica (por sessão)',
  data: '12/11/2026',
  valor: '1.250,00',
};

// ---------------------------------------------------------------------------------------------------------------
describe('Digitar Guia SP/SADT (FUNSSEST), the field warnings as the clerk types (004 § 9.2 a; 003 Q7, Q9)', () => {
  it('aviso: Caráter de Atendimento changed to Urgência/Emergência in Passo 3: the urgência code 10101039 is named there', async () => {
    const { store } = armazenamento();
    const r = await abrir('digitar-spsadt-funssest', DIGITAR_SPSADT, { guiaRecords: store });
    digitar(r.document.querySelector('#guiaNumeroPrestador')!, '62005');
    await r.settle();
    await passo(r, 'spsadt-passo3', CORPO);
    escolher(r.document.querySelector<HTMLSelectElement>('#caraterAtendimento')!, 'Urgência/Emergência');
    await r.settle();
    expect(dentro(r, campoPorRotulo(r, 'Caráter de Atendimento*').parentElement).join('\n')).toContain('10101039');
    expect(erros(r)).toEqual([]);
  });

  it('aviso: Passo 4, urgência without 10101039 and a Data Realização of 01/08/2026: the missing code and the 90 days', async () => {
    const { store } = armazenamento();
    const r = await abrir('digitar-spsadt-funssest', DIGITAR_SPSADT, { guiaRecords: store });
    digitar(r.document.querySelector('#guiaNumeroPrestador')!, '62006');
    await r.settle();
    await passo(r, 'spsadt-passo3', CORPO);
    escolher(r.document.querySelector<HTMLSelectElement>('#caraterAtendimento')!, 'Urgência/Emergência');
    await r.settle();
    await passo(r, 'spsadt-passo4', CORPO);
    await adicionarProcedimento(
      r,
      { codigo: '40304361', descricao: 'Hemograma com contagem de plaquetas', data: '01/08/2026', valor: '30,00' },
      1,
    );
    const lookup = r.document.querySelector('[lookup="true"]')!;
    expect(dentro(r, lookup.parentElement).join('\n')).toContain('10101039');
    const data = r.document.querySelector('.data-realizacao')!.closest('td')!;
    expect(dentro(r, data).join('\n')).toMatch(/90 dias/);
  });

  it('quieto: an Eletivo guia dated 10/11/2026: no warning at the date, no Erro anywhere in the wizard', async () => {
    const { store } = armazenamento();
    const r = await abrir('digitar-spsadt-funssest', DIGITAR_SPSADT, { guiaRecords: store });
    await digitarSpSadt(
      r,
      {
        numero: '62002',
        beneficiario: '0100000169000100 | TESTE PORTAL',
        procedimentos: [{ codigo: '40304361', descricao: 'Hemograma', data: '10/11/2026', valor: '80,00' }],
      },
      { salvar: false },
    );
    expect(erros(r)).toEqual([]);
    expect(todos(r)).not.toMatch(/90 dias/);
  });
});

describe('typed, saved, then the lote FUNSSEST 7990 (004 § 9.2 a–b; 003 Q9: 90 days)', () => {
  async function jornada() {
    const { area, store } = armazenamento();
    let r = await abrir('digitar-spsadt-funssest', DIGITAR_SPSADT, { guiaRecords: store });
    await digitarSpSadt(r, {
      numero: '62001',
      beneficiario: '0100000165000154 | BENEFICIARIO TESTE',
      procedimentos: [{ codigo: '40304361', descricao: 'Hemograma', data: '01/08/2026', valor: '350,00' }],
    });
    r = await abrir('digitar-spsadt-funssest', DIGITAR_SPSADT, { guiaRecords: store });
    await digitarSpSadt(r, {
      numero: '62002',
      beneficiario: '0100000169000100 | TESTE PORTAL',
      procedimentos: [{ codigo: '40304361', descricao: 'Hemograma', data: '10/11/2026', valor: '80,00' }],
    });
    r = await abrir('lote-funssest', `${LOTE}7990`, { guiaRecords: store });
    return { r, area };
  }

  it('aviso: the row of 62001 (typed with an atendimento of 01/08/2026) shows it is past the 90 days', async () => {
    const { r } = await jornada();
    expect(naLinha(r, '62001')).toMatch(/90 dias/);
  });

  it('aviso: 62009, never typed nor checked, is named "não conferida", with how to fix it', async () => {
    const { r } = await jornada();
    const texto = r.texts().find((t) => /não conferida/i.test(t)) ?? '';
    expect(texto).toContain('62009');
    expect(texto).not.toMatch(/62001|62002/);
    expect(texto).toMatch(/Digitar Guia|XML/);
  });

  it('aviso: the lote says how many of its guias were checked (2 of 3)', async () => {
    const { r } = await jornada();
    expect(r.texts().some((t) => /\b2\b[^\n]*\b3\b[^\n]*conferid|conferid[^\n]*\b2\b[^\n]*\b3\b/i.test(t))).toBe(true);
  });

  it('aviso: Fechar Lote: one list naming 62001 past its window, before the portal asks to confirm', async () => {
    const { r } = await jornada();
    const lista = await aoFechar(r);
    expect(lista.filter((t) => t.includes('62001'))).toHaveLength(1);
    expect(lista.find((t) => t.includes('62001'))).toMatch(/90 dias/);
  });

  it("quieto: 62002 (typed, in its window) gets no warning in its row, and the page no Erro but 62001's", async () => {
    const { r } = await jornada();
    expect(naLinha(r, '62002')).not.toMatch(/Erro|90 dias|não conferida/i);
    expect(erros(r).filter((t) => !t.includes('62001'))).toEqual([]);
  });

  it('quieto: what was kept names the guias but no beneficiary (neither name nor carteira)', async () => {
    const { area } = await jornada();
    const texto = guardado(area);
    expect(texto).toContain('62001');
    expect(texto).toContain('62002');
    for (const b of BENEFICIARIOS) expect(texto).not.toContain(b);
  });
});

describe('hemodiálise typed for PAS SERPRO, then the lote 8120 (000: documentos por tipo de guia; 001 § 3)', () => {
  async function jornada() {
    const { area, store } = armazenamento();
    let r = await abrir('digitar-spsadt-serpro', DIGITAR_SPSADT, { guiaRecords: store });
    await digitarSpSadt(r, {
      numero: '63001',
      beneficiario: '0100000165000154 | BENEFICIARIO TESTE',
      procedimentos: [HEMODIALISE],
    });
    r = await abrir('lote-serpro', `${LOTE}8120`, { guiaRecords: store });
    return { r, area };
  }

  it('aviso: the row of 63001 lists the hemodiálise documents still missing', async () => {
    const { r } = await jornada();
    const texto = naLinha(r, '63001');
    expect(texto).toMatch(/Folha de hemodiálise/i);
    expect(texto).toMatch(/Etiqueta (do )?dialisador/i);
  });

  it('aviso: 63002, never typed nor checked, is named "não conferida"; the lote says 1 of 2 checked', async () => {
    const { r } = await jornada();
    expect(r.texts().find((t) => /não conferida/i.test(t))).toMatch(/63002/);
    expect(r.texts().some((t) => /\b1\b[^\n]*\b2\b[^\n]*conferid|conferid[^\n]*\b1\b[^\n]*\b2\b/i.test(t))).toBe(true);
  });

  it("aviso: Fechar Lote: one list with 63001's missing documents", async () => {
    const { r } = await jornada();
    const lista = (await aoFechar(r)).filter((t) => t.includes('63001'));
    expect(lista).toHaveLength(1);
    expect(lista[0]).toMatch(/Folha de hemodiálise/i);
  });

  it('aviso: closed in place (Fechado (envio pendente), 004 § 9.2 b), Enviar Lote gives the same one list', async () => {
    const { r } = await jornada();
    // "Sim, fechar lote": the page is updated in place, the situação re-bound and the buttons swapped (004 § 9.2 b).
    const situacao = porTexto(r, 'Situação do Lote', 'span').nextElementSibling!;
    situacao.firstChild!.nodeValue = 'Fechado (envio pendente)';
    r.document.querySelector('.barra-acoes')!.innerHTML =
      '<a href="" class="btn btn-default"><i class="fa fa-trash"></i> Excluir Lote</a> ' +
      '<a href="" class="btn btn-default"><i class="fa fa-unlock"></i> Reabrir Lote</a> ' +
      '<a href="" class="btn btn-primary"><i class="fa fa-send"></i> Enviar Lote</a>';
    await r.settle();
    const antes = new Set(r.texts());
    clicar(porTexto(r, 'Enviar Lote', 'a'));
    await r.settle();
    const lista = r.texts().filter((t) => !antes.has(t) && t.includes('63001'));
    expect(lista).toHaveLength(1);
    expect(lista[0]).toMatch(/Folha de hemodiálise/i);
  });

  it('quieto: the hemodiálise record keeps no beneficiary', async () => {
    const { area } = await jornada();
    const texto = guardado(area);
    expect(texto).toContain('63001');
    expect(texto).toContain('30909023');
    for (const b of BENEFICIARIOS) expect(texto).not.toContain(b);
  });
});

describe('the autorização opened, its cobrança typed and saved, then the lote (004 § 6, § 9.2 a–b; 003 Q22: 60 days)', () => {
  it('aviso: senha past its Validade on the autorização, then in the row of its cobrança 62002; quieto: the senha is not kept', async () => {
    const { area, store } = armazenamento();
    let r = await abrir('autorizacao-detalhes-funssest', '/Autorizacao/PesquisaGuias/Detalhes/71001', {
      guiaRecords: store,
    });
    expect(r.texts().join('\n')).toMatch(/senha[^✕]*31\/10\/2026|31\/10\/2026[^✕]*senha/i);
    r = await abrir('digitar-spsadt-funssest', DIGITAR_SPSADT, { guiaRecords: store });
    await digitarSpSadt(r, {
      numero: '62002',
      referenciada: '71001',
      beneficiario: '0100000169000100 | TESTE PORTAL',
      procedimentos: [{ codigo: '40304361', descricao: 'Hemograma', data: '10/11/2026', valor: '80,00' }],
    });
    r = await abrir('lote-funssest', `${LOTE}7990`, { guiaRecords: store });
    expect(naLinha(r, '62002')).toMatch(/senha[^✕]*31\/10\/2026/i);
    const texto = guardado(area);
    expect(texto).toContain('62002');
    expect(texto).not.toContain('182783294');
    for (const b of BENEFICIARIOS) expect(texto).not.toContain(b);
  });

  it('aviso: "Apagar dados de guias" while the autorização stays open: kept again, so the row of its cobrança 62002 still names the senha\'s end', async () => {
    const { area, store } = armazenamento();
    let r = await abrir('autorizacao-detalhes-funssest', '/Autorizacao/PesquisaGuias/Detalhes/71001', {
      guiaRecords: store,
      watchGuiaRecords: (onChange) => watchGuiaRecords(area, onChange),
    });
    await new Promise((ok) => setTimeout(ok, 30));
    // The options page erases every kept guia; the portal's tab hears the storage change.
    await createGuiaRecordStore(area).clear();
    await r.settle();
    await new Promise((ok) => setTimeout(ok, 30));
    r = await abrir('digitar-spsadt-funssest', DIGITAR_SPSADT, { guiaRecords: store });
    await digitarSpSadt(r, {
      numero: '62002',
      referenciada: '71001',
      beneficiario: '0100000169000100 | TESTE PORTAL',
      procedimentos: [{ codigo: '40304361', descricao: 'Hemograma', data: '10/11/2026', valor: '80,00' }],
    });
    r = await abrir('lote-funssest', `${LOTE}7990`, { guiaRecords: store });
    expect(naLinha(r, '62002')).toMatch(/senha[^✕]*31\/10\/2026/i);
  });
});

describe('Digitar Guia Odontológico (FUNSSEST), Passo 3 (001 § 2.1 Etapa 3; 003 Q32)', () => {
  async function passo3() {
    const { area, store } = armazenamento();
    const r = await abrir('digitar-odonto-funssest', DIGITAR_ODONTO, { guiaRecords: store });
    digitar(r.document.querySelector('#guiaBeneficiario')!, '0100000165000154 | BENEFICIARIO TESTE');
    digitar(r.document.querySelector('#guiaNumeroPrestador')!, '65001');
    await r.settle();
    await passo(r, 'odonto-passo3', CORPO);
    for (const data of r.document.querySelectorAll('.data-realizacao')) digitar(data, '18/11/2026');
    await r.settle();
    return { r, area };
  }
  // The row of the Referente a (the warning goes beside its field, in the row, not inside it).
  const referente = (r: ContentRun, i: number) => r.document.querySelectorAll('.referente-a')[i]!.closest('.row')!;

  it('aviso: the procedure whose dente the clerk has not picked gets the dente/região warning at its Referente a', async () => {
    const { r } = await passo3();
    expect(dentro(r, referente(r, 1)).join('\n')).toMatch(/dente|região/i);
  });

  it('quieto: nothing at the Referente a that has its região (ASAI)', async () => {
    const { r } = await passo3();
    expect(dentro(r, referente(r, 0))).toEqual([]);
  });

  it('quieto: the guia abandoned at Passo 3 (never saved) leaves nothing kept, not even its number', async () => {
    const { r, area } = await passo3();
    r.stop();
    expect(guardado(area)).not.toContain('65001');
  });
});

/** A select2 v3 pick on a plain hidden input: what it shows becomes the choice, and the input gets its value. */
function escolherNoSelect2(campo: Element, texto: string, valor: string) {
  const choice = campo.querySelector('.select2-choice')!;
  choice.classList.remove('select2-default');
  choice.querySelector('.select2-chosen')!.textContent = texto;
  const input = campo.querySelector<HTMLInputElement>('input[type=hidden]')!;
  input.value = valor;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('an odonto guia typed for FUNSSEST and saved, then its lote 7996 (001 § 2.1 Etapas 1, 3, 6; 003 Q9, Q32)', () => {
  async function jornada() {
    const { area, store } = armazenamento();
    let r = await abrir('digitar-odonto-funssest', DIGITAR_ODONTO, { guiaRecords: store });
    digitar(r.document.querySelector('#guiaBeneficiario')!, '0100000165000154 | BENEFICIARIO TESTE');
    digitar(r.document.querySelector('#guiaNumeroPrestador')!, '65002');
    await r.settle();
    await passo(r, 'odonto-passo3', CORPO);
    for (const data of r.document.querySelectorAll('.data-realizacao')) digitar(data, '01/08/2026');
    await r.settle();
    const semDente = dentro(r, r.document.querySelectorAll('.referente-a')[1]!.closest('.row'));
    escolherNoSelect2(r.document.querySelectorAll('.referente-a')[1]!, '11 - Incisivo central superior direito', '11');
    await r.settle();
    const comDente = dentro(r, r.document.querySelectorAll('.referente-a')[1]!.closest('.row'));
    await passo(r, 'odonto-resumo', CORPO);
    const linhas = r.document.querySelector('.linhas-resumo')!;
    linhas.innerHTML =
      '<tr><td>0</td><td>22</td><td>81000065 - Consulta odontológica inicial</td><td>ASAI</td><td></td><td>1</td><td></td><td></td></tr>' +
      '<tr><td>1</td><td>22</td><td>85100196 - Restauração em resina fotopolimerizável 1 face</td><td>11</td><td></td><td>1</td><td></td><td></td></tr>';
    await r.settle();
    clicar(porTexto(r, 'Salvar', 'button'));
    await r.settle();
    r = await abrir('lote-funssest-odonto', `${LOTE}7996`, { guiaRecords: store });
    return { r, area, semDente, comDente };
  }

  it('aviso: the dente picked in Passo 3 silences its warning as the clerk picks it (quieto after)', async () => {
    const { semDente, comDente } = await jornada();
    expect(semDente.join('\n')).toMatch(/dente|região/i);
    expect(comDente).toEqual([]);
  });

  it('aviso: on the lote, the row of 65002 (done 01/08/2026) shows the 90 days; 65003 is named "não conferida"', async () => {
    const { r } = await jornada();
    expect(naLinha(r, '65002')).toMatch(/90 dias/);
    expect(r.texts().find((t) => /não conferida/i.test(t))).toMatch(/65003/);
  });

  it('quieto: kept with its procedures, its região and dente, and no beneficiary', async () => {
    const { area } = await jornada();
    const texto = guardado(area);
    for (const fato of ['65002', '81000065', '85100196', 'ASAI']) expect(texto).toContain(fato);
    for (const b of BENEFICIARIOS) expect(texto).not.toContain(b);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// An XML of 3 guias for FUNSSEST, made from the repo's 5-guia SP/SADT fixture: its first 3 guias, numbered 64001–3,
// atendimentos of 05/11/2026, 01/08/2026 (past the 90 days) and 10/11/2026 with a senha valid until 31/10/2026.
const here = dirname(fileURLToPath(import.meta.url));
function xml3Guias(): File {
  const texto = readFileSync(join(here, '../../fixtures/tiss/valid/sadt-5-guias.xml'), 'latin1');
  const guias = texto.match(/<ans:guiaSP-SADT>[\s\S]*?<\/ans:guiaSP-SADT>/g)!.slice(0, 3);
  const datas = [
    { execucao: '2026-11-05', autorizacao: '2026-11-01', validade: '2026-12-31' },
    { execucao: '2026-08-01', autorizacao: '2026-07-20', validade: '2026-09-18' },
    { execucao: '2026-11-10', autorizacao: '2026-09-01', validade: '2026-10-31' },
  ];
  const novas = guias.map((g, i) =>
    g
      .replace(/SADT0000000\d/, `6400${i + 1}`)
      .replaceAll(/<ans:dataExecucao>[^<]*</g, `<ans:dataExecucao>${datas[i]!.execucao}<`)
      .replace(/<ans:dataAutorizacao>[^<]*</, `<ans:dataAutorizacao>${datas[i]!.autorizacao}<`)
      .replace(/<ans:dataSolicitacao>[^<]*</, `<ans:dataSolicitacao>${datas[i]!.autorizacao}<`)
      .replace(/<ans:dataValidadeSenha>[^<]*</, `<ans:dataValidadeSenha>${datas[i]!.validade}<`),
  );
  const inicio = texto.indexOf('<ans:guiaSP-SADT>');
  const fim = texto.lastIndexOf('</ans:guiaSP-SADT>') + '</ans:guiaSP-SADT>'.length;
  const montado = (texto.slice(0, inicio) + novas.join('\n\t\t\t\t') + texto.slice(fim))
    .replaceAll('<ans:registroANS>331988<', '<ans:registroANS>330809<')
    .replace(/<ans:dataRegistroTransacao>[^<]*</, '<ans:dataRegistroTransacao>2026-11-19<');
  const bytes = Uint8Array.from(withCorrectHash(montado), (c) => c.charCodeAt(0));
  return new File([bytes], 'lote-funssest-3-guias.xml', { type: 'text/xml' });
}

describe('Uploads → Novo with an XML of 3 guias, then the lote FUNSSEST 7995 (004 § 9.1; notes: bc-incluir-arquivo)', () => {
  async function anexar() {
    const { area, store } = armazenamento();
    const r = await abrir('upload-novo-funssest', UPLOAD, { guiaRecords: store });
    const input = r.document.querySelector<HTMLInputElement>('bc-incluir-arquivo input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [xml3Guias()], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await r.settle();
    return { r, area, store };
  }

  it('aviso: the mistakes of the XML itself, before the upload: 64002 past the 90 days, 64003 done after its senha expired', async () => {
    const { r } = await anexar();
    const texto = erros(r).join('\n');
    expect(texto).toMatch(/64002[^✕]*90 dias/);
    expect(texto).toMatch(/64003[^✕]*senha/);
  });

  it('quieto: nothing about 64001 (in its window, senha valid), and what is kept names no beneficiary', async () => {
    const { r, area } = await anexar();
    expect(todos(r)).not.toContain('64001');
    const texto = guardado(area);
    for (const n of ['64001', '64002', '64003']) expect(texto).toContain(n);
    for (const b of BENEFICIARIOS) expect(texto).not.toContain(b);
  });

  it('aviso: on the lote page all 3 are checked, and 64002 (01/08/2026) is flagged past its window', async () => {
    const { store } = await anexar();
    const r = await abrir('lote-funssest-xml', `${LOTE}7995`, { guiaRecords: store });
    expect(r.texts().some((t) => /\b3\b[^\n]*\b3\b[^\n]*conferid|conferid[^\n]*\b3\b[^\n]*\b3\b/i.test(t))).toBe(true);
    expect(todos(r)).not.toMatch(/não conferida/i);
    expect(naLinha(r, '64002')).toMatch(/90 dias/);
    expect(naLinha(r, '64001')).not.toMatch(/90 dias/);
  });

  it('aviso: 64003, done on 10/11/2026 with a senha valid until 31/10/2026, has its senha flagged in its row', async () => {
    const { store } = await anexar();
    const r = await abrir('lote-funssest-xml', `${LOTE}7995`, { guiaRecords: store });
    expect(naLinha(r, '64003')).toMatch(/senha/i);
  });
});
