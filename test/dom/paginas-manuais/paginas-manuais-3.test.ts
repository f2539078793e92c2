// A third author's pages from the operadoras' manuals and notes/conecta-portal.md alone (README.md here, "Terceiro
// autor"), drawn as a compiled AngularJS 1.x app leaves the DOM: ng-scope/ng-binding classes, ngRepeat/ngIf comments,
// text as filters print it (NBSP, trailing spaces, "dd/MM/yyyy HH:mm", "R$ 1.234,56"), and ng-hide leftovers holding
// other values (a stale Enviar Até, a hidden situação, a closed dialog). A clerk never sees hidden text: no warning may
// come from it nor be anchored to it. The real content script, the default packs, the clock at 2026-11-20.
import { describe, expect, it } from 'vitest';
import type { ContentRun } from '../../../extension/content/testing/run-content.ts';
import { SNAPSHOT_HOJE } from '../../../extension/content/testing/snapshots.ts';
import { recordInputFromAutorizacao } from '../../../extension/lib/guia-records/from-guia.ts';
import { createGuiaRecordStore } from '../../../extension/lib/guia-records/store.ts';
import { memoryArea } from '../../../extension/lib/test-support.ts';
import { clicar, dentro, erros, fixture, linhaCom, paginasDe, porTexto } from './ajuda.ts';

const { abrir, passo } = paginasDe('paginas-3');
const LOTE = '/Pagamentos/LotePagamento/Detalhes/';
const contando = (r: ContentRun, texto: string) => r.texts().filter((t) => t.includes(texto)).length;
/** The block of a label (its Bootstrap column or form-group), where a warning about that field belongs. */
const campo = (r: ContentRun, label: string) => porTexto(r, label, 'label').parentElement;

// Each `aviso:` test is one warning a clerk should get (README.md counts them); each `quieto:` test is a place
// where the clerk did nothing wrong, or where only hidden text could have made a warning.
describe('lote Detalhes, FUNSSEST, Aberto with 101 guias, notices modal open (003 Q28; 004 § 9.2 b)', () => {
  const abrirLote = () => abrir('lote-funssest-101-guias', `${LOTE}7958`);

  it('aviso: badge 101/100 in the GUIAS section', async () => {
    const r = await abrirLote();
    expect(dentro(r, r.document.querySelector('.secao-guias')).join('\n')).toContain('101/100 guias');
  });

  it('aviso: an Erro for the 101st guia', async () => {
    const r = await abrirLote();
    expect(erros(r).join('\n')).toMatch(/O lote 7958 tem 101 guias; o limite é 100/);
  });

  it('quieto: no other Erro — the hidden edit input’s stale Enviar Até (01/10/2026) is not the lote’s', async () => {
    const r = await abrirLote();
    expect(erros(r).filter((t) => !t.includes('101 guias'))).toEqual([]);
    expect(r.texts().join('\n')).not.toContain('01/10/2026');
  });
});

describe('lote Detalhes, PAS SERPRO, Aberto, guias with kept records (000 documentos por tipo de guia, Q1)', () => {
  async function comRegistros() {
    const store = createGuiaRecordStore(memoryArea());
    const base = { tipo: 'sp-sadt' as const, origem: 'digitada' as const, operadora: '345474' };
    await store.save(
      [
        { ...base, numero: '63001', procedimentos: [{ codigo: '30909023', data: '2026-11-12' }] },
        { ...base, numero: '63002', procedimentos: [{ codigo: '40201082', data: '2026-11-13' }] },
      ],
      { hoje: SNAPSHOT_HOJE },
    );
    const r = await abrir('lote-serpro-hemodialise', `${LOTE}7963`, { guiaRecords: store });
    await r.settle();
    return r;
  }

  it('aviso: in the hemodiálise guia’s row, the Folha de hemodiálise and the Etiqueta do dialisador', async () => {
    const r = await comRegistros();
    const hemo = dentro(r, linhaCom(r, '63001')).join('\n');
    expect(hemo).toMatch(/Folha de hemodiálise/);
    expect(hemo).toMatch(/Etiqueta do dialisador/);
  });

  it('aviso: in the endoscopia guia’s row, the Pedido médico and the Laudo do exame', async () => {
    const r = await comRegistros();
    const endo = dentro(r, linhaCom(r, '63002')).join('\n');
    expect(endo).toMatch(/Pedido médico/);
    expect(endo).toMatch(/Laudo do exame/);
  });

  it('aviso: on Fechar Lote, one list of what is missing', async () => {
    const r = await comRegistros();
    clicar(porTexto(r, 'Fechar Lote', 'a'));
    await r.settle();
    const lista = r.texts().find((t) => t.includes('confira antes de fechar o lote'));
    expect(lista).toMatch(/Folha de hemodiálise/);
    expect(lista).toMatch(/Laudo do exame/);
  });

  it('quieto: nothing beside Incluir Anexo — the protocolo is Não enviado; the hidden "Faturado" span is not it', async () => {
    const r = await comRegistros();
    expect(dentro(r, r.document.getElementById('incluir-anexo')!.closest('thead'))).toEqual([]);
    expect(r.texts().join('\n')).not.toMatch(/Faturado/);
  });
});

describe('lote Detalhes, PASA, Aberto, Enviar Até 18/11/2026 past (a hidden edit input keeps 30/11/2026)', () => {
  const abrirLote = () => abrir('lote-pasa-enviar-ate-vencido', `${LOTE}5711`);

  it('aviso: an Erro next to Enviar Até', async () => {
    const r = await abrirLote();
    expect(dentro(r, campo(r, 'Enviar Até (Calendário):')).join('\n')).toMatch(
      /Erro[^\n]*O prazo para enviar o lote 5711 terminou em 18\/11\/2026/,
    );
  });

  it('aviso: the deadline again when the clerk clicks Fechar Lote', async () => {
    const r = await abrirLote();
    const antes = contando(r, 'terminou em 18/11/2026');
    clicar(porTexto(r, 'Fechar Lote', 'a'));
    await r.settle();
    expect(contando(r, 'terminou em 18/11/2026')).toBeGreaterThan(antes);
  });
});

describe('lote Detalhes, PASA, Fechado (envio pendente), Enviar Até in 3 days (004 § 9.2 b)', () => {
  const abrirLote = () => abrir('lote-pasa-fechado', `${LOTE}5712`);

  it('aviso: next to Enviar Até, 3 days left', async () => {
    const r = await abrirLote();
    expect(dentro(r, campo(r, 'Enviar Até (Calendário):')).join('\n')).toMatch(
      /Envie o lote 5712 até 23\/11\/2026[^\n]*faltam 3 dias/,
    );
  });

  it('aviso: Enviar Lote clicked, the deadline again, the click not held back', async () => {
    const r = await abrirLote();
    const antes = contando(r, '23/11/2026');
    let portalViu = false;
    const enviar = porTexto(r, 'Enviar Lote', 'a');
    enviar.addEventListener('click', () => {
      portalViu = true;
    });
    clicar(enviar);
    await r.settle();
    expect(portalViu).toBe(true);
    expect(contando(r, '23/11/2026')).toBeGreaterThan(antes);
  });

  it('quieto: no Erro before the clerk does anything', async () => {
    const r = await abrirLote();
    expect(erros(r)).toEqual([]);
  });
});

describe('lote Detalhes, IPAM, Pagamento efetuado 25/09/2026 00:00 (004 § 13, § 13.3)', () => {
  const abrirLote = () => abrir('lote-ipam-pago', `${LOTE}8470`);

  it('aviso: next to Data Pagamento, the recurso deadline 24/11/2026 in 4 days', async () => {
    const r = await abrirLote();
    expect(dentro(r, campo(r, 'Data Pagamento:')).join('\n')).toMatch(/24\/11\/2026[^\n]*faltam 4 dias/);
  });

  it('quieto: Recurso de Glosa clicked with the protocolo paid, no Erro; the hidden 15/09 Enviar Até unread', async () => {
    const r = await abrirLote();
    clicar(r.document.getElementById('recurso-glosa')!);
    await r.settle();
    expect(erros(r)).toEqual([]);
    expect(r.texts().join('\n')).not.toContain('15/09/2026');
  });
});

describe('Pesquisar Lotes, IPAM, #DataGrid (004 § 13.1; Data Inclusão with the time)', () => {
  const abrirPesquisa = () => abrir('pesquisa-lotes-ipam', '/Pagamentos/PesquisaLote/Index');

  it('aviso: in its row, a lote left Aberto 31 days (pack: 7)', async () => {
    const r = await abrirPesquisa();
    expect(dentro(r, linhaCom(r, '8620')).join('\n')).toContain('desde a inclusão em 20/10/2026 (há 31 dias)');
  });

  it('aviso: in its row, a lote left Fechado (envio pendente) 11 days', async () => {
    const r = await abrirPesquisa();
    expect(dentro(r, linhaCom(r, '8621')).join('\n')).toContain('desde a inclusão em 09/11/2026 (há 11 dias)');
  });

  it('quieto: nothing for a lote opened 2 days ago nor for sent lotes, no Erro', async () => {
    const r = await abrirPesquisa();
    for (const lote of ['8622', '8501', '8470']) expect(dentro(r, linhaCom(r, lote))).toEqual([]);
    expect(erros(r)).toEqual([]);
  });
});

describe('Autorização → Pesquisa de Guias, FUNSSEST (004 § 6, § 8; 003 Q22)', () => {
  async function comSenhas() {
    const store = createGuiaRecordStore(memoryArea());
    await store.save(
      [
        { numero: '71890', dataAutorizacao: '2026-11-05', dataValidadeSenha: '2027-01-04' },
        { numero: '71891', dataAutorizacao: '2026-08-20', dataValidadeSenha: '2026-10-19' },
      ].map((a) => recordInputFromAutorizacao({ senha: true, ...a }, '330809')),
      { hoje: SNAPSHOT_HOJE },
    );
    return abrir('pesquisa-guias-funssest', '/Autorizacao/PesquisaGuias/Index', { guiaRecords: store });
  }

  it('aviso: in the row of the Autorizada guia whose kept senha is past its validade', async () => {
    const r = await comSenhas();
    expect(dentro(r, linhaCom(r, '71891')).join('\n')).toMatch(/Guia 71891: a senha venceu em 19\/10\/2026/);
  });

  it('quieto: nothing in the row of the guia with a valid senha', async () => {
    const r = await comSenhas();
    expect(dentro(r, linhaCom(r, '71890'))).toEqual([]);
  });
});

describe('Digitar Guia SP/SADT, FUNSSEST, urgência (003 Q7, Q9; 004 § 9.2 a; ng-options selects)', () => {
  const WIZARD = '/Guias/SpSadt/CobrancaNovaGuiaEletiva';
  async function passo4() {
    const r = await abrir('spsadt-passo3-funssest', WIZARD);
    await passo(r, 'spsadt-passo4-funssest', '[ng-view]');
    return r;
  }

  it('aviso: Passo 3, Caráter Urgência/Emergência, a quiet note with the pronto-socorro code', async () => {
    const r = await abrir('spsadt-passo3-funssest', WIZARD);
    expect(r.texts().join('\n')).toMatch(/^Informação[^\n]*10101039/m);
  });

  it('quieto: no Erro in Passo 3', async () => {
    const r = await abrir('spsadt-passo3-funssest', WIZARD);
    expect(erros(r)).toEqual([]);
  });

  it('aviso: Passo 4, the missing 10101039 at the lookup (the closed edit block’s 10101039 is not a procedure)', async () => {
    const r = await passo4();
    const lookup = r.document.querySelector('[name=HandleTermoLookupDisplay]')!.closest('.form-group');
    expect(dentro(r, lookup).join('\n')).toContain('SP/SADT de urgência sem o código 10101039');
  });

  it('aviso: Passo 4, the 90-day window next to the 01- Data Realização', async () => {
    const r = await passo4();
    const data = r.document.querySelector('.data-realizacao')!.closest('.form-group');
    expect(dentro(r, data).join('\n')).toContain('não aceita guias com mais de 90 dias');
  });

  it('aviso: Resumo, the missing 10101039 again before Salvar', async () => {
    const r = await passo4();
    await passo(r, 'spsadt-resumo-funssest', '[ng-view]');
    expect(r.texts().join('\n')).toContain('SP/SADT de urgência sem o código 10101039');
  });
});

describe('Digitar Guia odontológica, FUNSSEST, Passo 3 (001 § 2.1 Etapa 3; 003 Q32)', () => {
  const abrirPasso = () => abrir('odonto-passo3-funssest', '/Guias/TratamentoOdontologico/CobrancaNovaGuia');
  const itens = (r: ContentRun) => r.document.querySelectorAll('.procedimento-odonto');

  it('aviso: at the Referente a left empty (its hidden Dente input keeps a stale 18), the dente/região warning', async () => {
    const r = await abrirPasso();
    expect(dentro(r, itens(r)[1]).join('\n')).toMatch(/informe o dente ou a região/);
  });

  it('quieto: nothing where the Região is given', async () => {
    const r = await abrirPasso();
    expect(dentro(r, itens(r)[0])).toEqual([]);
  });
});

describe('Uploads → Novo, IPAM (004 § 9.1; the file input hidden by ng-hide)', () => {
  it('quieto: no Erro before a file is chosen', async () => {
    const r = await abrir('upload-novo-ipam', '/Uploads/UploadXML/Novo');
    expect(erros(r)).toEqual([]);
  });

  it('aviso: a picked XML missing a mandatory element, its error before the portal gets it', async () => {
    const r = await abrir('upload-novo-ipam', '/Uploads/UploadXML/Novo');
    const input = r.document.querySelector<HTMLInputElement>('bc-incluir-arquivo input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [fixture('invalid/missing-mandatory.xml')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    let texto = '';
    for (let i = 0; i < 300 && !/erros? encontrados?/.test(texto); i++) {
      await new Promise((ok) => setTimeout(ok, 20));
      texto = r.texts().join('\n');
    }
    expect(texto).toMatch(/"missing-mandatory\.xml": \d+ erros? encontrados? antes do envio/);
  });
});

describe('Recurso de glosa, IPAM (004 § 13.4–13.7; small label over value div)', () => {
  const RECURSO = '/Faturamento/RecursoGlosa/Detalhes/52538';
  it('aviso: saved and still "Não enviado" 18 days after its Data Inclusão, next to Situação do Recurso', async () => {
    const r = await abrir('recurso-glosa-ipam', RECURSO);
    const situacao = porTexto(r, 'Situação do Recurso', 'small').parentElement;
    expect(dentro(r, situacao).join('\n')).toMatch(
      /recurso de glosa 52538, incluído em 02\/11\/2026[^\n]*"Não enviado"/,
    );
  });

  it('quieto: no Erro while no dialog is open', async () => {
    const r = await abrir('recurso-glosa-ipam', RECURSO);
    expect(erros(r)).toEqual([]);
  });

  it('aviso: the open dialog, Vlr. Recursado 150,00 above the Vlr. Glosado 100,00', async () => {
    const r = await abrir('recurso-glosa-ipam-justificar', RECURSO);
    const valor = r.document.getElementById('ValorRecursado')!.parentElement;
    expect(dentro(r, valor).join('\n')).toMatch(/Erro: .*150,00.*100,00/);
  });

  /** A glosa code's block in the open dialog. */
  const glosaDe = (r: ContentRun, codigo: string) =>
    [...r.document.querySelectorAll('bc-modal-justificar-glosa .glosa')].find((g) =>
      g.textContent?.includes(`${codigo}:`),
    );

  it('aviso: the open dialog, glosa 1714’s justificativa still empty', async () => {
    const r = await abrir('recurso-glosa-ipam-justificar', RECURSO);
    expect(dentro(r, glosaDe(r, '1714')).join('\n')).toMatch(/Glosa 1714[^\n]*justificativa/);
  });

  it('quieto: nothing at glosa 2607, justified; nothing said of the closed guia-level dialog', async () => {
    const r = await abrir('recurso-glosa-ipam-justificar', RECURSO);
    expect(dentro(r, glosaDe(r, '2607'))).toEqual([]);
    expect(contando(r, 'Glosa 2607')).toBe(0);
  });
});

describe('Pagamentos Pendentes / nota fiscal, IPAM (004 § 11)', () => {
  const PENDENTES = '/Faturamento/LotePagamento/PagamentosPendentes';

  it('aviso: a nota saved but not sent, in its row, to click Enviar Nota Fiscal', async () => {
    const r = await abrir('pagamentos-pendentes-nota-salva', PENDENTES);
    expect(dentro(r, linhaCom(r, '12121')).join('\n')).toContain('A nota fiscal 12121 foi salva mas não enviada');
  });

  it('quieto: no Erro for a nota saved and not yet sent', async () => {
    const r = await abrir('pagamentos-pendentes-nota-salva', PENDENTES);
    expect(erros(r)).toEqual([]);
  });

  it('aviso: after the Prévia, the Nota Fiscal form with the Valor Líquido as Vlr. Nota, an Erro at Vlr. Nota', async () => {
    await abrir('pagamentos-pendentes-previa', PENDENTES);
    const r = await abrir('pagamentos-pendentes-nova-nota', PENDENTES);
    expect(dentro(r, r.document.querySelector('.nota-valor')).join('\n')).toMatch(/Erro[^\n]*179,07[^\n]*181,24/);
  });
});

// A clerk never sees what ng-hide hides: no warning may sit inside it, on any of these pages.
describe('nothing anchored to hidden elements', () => {
  it.each([
    ['lote-funssest-101-guias', `${LOTE}7958`],
    ['lote-serpro-hemodialise', `${LOTE}7963`],
    ['lote-pasa-enviar-ate-vencido', `${LOTE}5711`],
    ['lote-pasa-fechado', `${LOTE}5712`],
    ['lote-ipam-pago', `${LOTE}8470`],
    ['pesquisa-lotes-ipam', '/Pagamentos/PesquisaLote/Index'],
    ['spsadt-passo4-funssest', '/Guias/SpSadt/CobrancaNovaGuiaEletiva'],
    ['odonto-passo3-funssest', '/Guias/TratamentoOdontologico/CobrancaNovaGuia'],
    ['recurso-glosa-ipam-justificar', '/Faturamento/RecursoGlosa/Detalhes/52538'],
    ['pagamentos-pendentes-nova-nota', '/Faturamento/LotePagamento/PagamentosPendentes'],
  ])('quieto: %s', async (nome, path) => {
    const r = await abrir(nome, path);
    const escondidos = r.hosts().filter((h) => h.parentElement?.closest('.ng-hide, [hidden]'));
    expect(escondidos.map((h) => h.parentElement?.outerHTML.slice(0, 120))).toEqual([]);
  });
});

// Second round: a hidden copy of a field placed before the shown one (one template, ng-show per variant).
describe('a hidden copy of a field before the shown one (second round)', () => {
  it('aviso: SP/SADT Passo 3, the shown Caráter Urgência/Emergência (not the hidden Consulta variant’s Eletivo)', async () => {
    const r = await abrir('spsadt-passo3-variante-oculta-funssest', '/Guias/SpSadt/CobrancaNovaGuiaEletiva');
    expect(r.texts().join('\n')).toMatch(/^Informação[^\n]*10101039/m);
  });

  it('aviso: Editar Nota Fiscal, the shown Vlr. Nota 179,07 (not the hidden Nova Nota copy’s 181,24), an Erro', async () => {
    const PENDENTES = '/Faturamento/LotePagamento/PagamentosPendentes';
    await abrir('pagamentos-pendentes-previa', PENDENTES);
    const r = await abrir('pagamentos-pendentes-editar-nota', PENDENTES);
    expect(dentro(r, r.document.querySelector('.nota-valor')).join('\n')).toMatch(/Erro[^\n]*179,07[^\n]*181,24/);
  });

  it.each([
    ['spsadt-passo3-variante-oculta-funssest', '/Guias/SpSadt/CobrancaNovaGuiaEletiva'],
    ['pagamentos-pendentes-editar-nota', '/Faturamento/LotePagamento/PagamentosPendentes'],
  ])('quieto: nothing anchored inside hidden elements of %s', async (nome, path) => {
    const r = await abrir(nome, path);
    expect(r.hosts().filter((h) => h.parentElement?.closest('.ng-hide, [hidden]'))).toEqual([]);
  });
});

// Third round: the portal hides what the situação does not allow (000 Q2: "não habilitará"), a popup over the page.
describe('lote Detalhes, PAS SERPRO, Faturado, Incluir Anexo hidden by ng-show, bc-modal-evolution open (000 Q2, Q5–Q7)', () => {
  const abrirLote = () => abrir('lote-serpro-faturado-oculto', `${LOTE}7970`);

  it('aviso: in its row, the document still "Envio Pendente", with the way to resend it', async () => {
    const r = await abrirLote();
    expect(dentro(r, linhaCom(r, '2457')).join('\n')).toContain('Com falha no Envio');
  });

  it('quieto: no Erro, nothing in the row of the document Enviado', async () => {
    const r = await abrirLote();
    expect(erros(r)).toEqual([]);
    expect(dentro(r, linhaCom(r, '2442'))).toEqual([]);
  });

  it('quieto: no note beside the Incluir Anexo the clerk cannot see, nothing inside hidden elements', async () => {
    const r = await abrirLote();
    expect(dentro(r, r.document.getElementById('incluir-anexo')!.closest('th'))).toEqual([]);
    expect(r.hosts().filter((h) => h.parentElement?.closest('.ng-hide, [hidden]'))).toEqual([]);
  });
});
