// A second author's pages from the operadoras' manuals and notes/conecta-portal.md alone
// (README.md here, "Segundo autor"), guessing the markup differently from the first: does every feature still
// warn where a clerk should be warned, and stay quiet ("Erro" only for the clerk's own mistake) elsewhere?
// The real content script, the default packs, the clock at 2026-11-20.
import { describe, expect, it } from 'vitest';
import type { ContentRun } from '../../../extension/content/testing/run-content.ts';
import { SNAPSHOT_HOJE } from '../../../extension/content/testing/snapshots.ts';
import { recordInputFromAutorizacao } from '../../../extension/lib/guia-records/from-guia.ts';
import { createGuiaRecordStore } from '../../../extension/lib/guia-records/store.ts';
import { memoryArea } from '../../../extension/lib/test-support.ts';
import { clicar, dentro, erros, fixture, linhaCom, paginasDe, porTexto } from './ajuda.ts';

const { abrir, passo } = paginasDe('paginas-2');
const LOTE = '/Pagamentos/LotesPagamento/Detalhes/';
const contando = (r: ContentRun, texto: string) => r.texts().filter((t) => t.includes(texto)).length;

// Each `aviso:` test is one warning a clerk should get (README.md counts them); each `quieto:` test is a place
// where the clerk did nothing wrong and no Erro (or no warning) may show.
describe('lote Detalhes, FUNSSEST, Aberto with 100 guias (003 Q28; header as form-group + form-control-static)', () => {
  const abrirLote = () => abrir('lote-funssest-100-guias', `${LOTE}7911`);

  it('aviso: badge 100/100 in the GUIAS section', async () => {
    const r = await abrirLote();
    expect(dentro(r, r.document.querySelector('fieldset.secao-guias')).join('\n')).toContain('100/100 guias');
  });

  it('aviso: + Adicionar Guias clicked on a full lote, the limit before a 101st guia', async () => {
    const r = await abrirLote();
    clicar(porTexto(r, 'Adicionar Guias', 'a'));
    await r.settle();
    expect(r.texts().join('\n')).toMatch(/O lote 7911 já tem 100 guias; o limite é 100/);
  });

  it('quieto: no Erro (100 guias is within the limit, no deadline)', async () => {
    const r = await abrirLote();
    expect(erros(r)).toEqual([]);
  });
});

describe('lote Detalhes, FUNSSEST, 100 guias, one of them typed here with an atendimento past 90 days (003 Q9)', () => {
  it('aviso: in that guia’s row, the 90-day window', async () => {
    const store = createGuiaRecordStore(memoryArea());
    await store.save(
      [
        {
          tipo: 'sp-sadt',
          origem: 'digitada',
          operadora: '330809',
          numero: '90105',
          procedimentos: [{ codigo: '40304361', data: '2026-08-01' }],
        },
        {
          tipo: 'sp-sadt',
          origem: 'digitada',
          operadora: '330809',
          numero: '90106',
          procedimentos: [{ codigo: '40304361', data: '2026-11-02' }],
        },
      ],
      { hoje: SNAPSHOT_HOJE },
    );
    const r = await abrir('lote-funssest-100-guias', `${LOTE}7911`, { guiaRecords: store });
    await r.settle();
    expect(dentro(r, linhaCom(r, '90105')).join('\n')).toContain('não aceita guias com mais de 90 dias');
    expect(dentro(r, linhaCom(r, '90106')).join('\n')).not.toContain('90 dias');
  });
});

describe('lote Detalhes, FUNSSEST, Aberto with 101 guias, notices modal open', () => {
  const abrirLote = () => abrir('lote-funssest-101-guias', `${LOTE}7912`);

  it('aviso: badge 101/100 in the GUIAS section', async () => {
    const r = await abrirLote();
    expect(dentro(r, r.document.querySelector('fieldset.secao-guias')).join('\n')).toContain('101/100 guias');
  });

  it('aviso: an Erro for the 101st guia', async () => {
    const r = await abrirLote();
    expect(erros(r).join('\n')).toMatch(/O lote 7912 tem 101 guias; o limite é 100/);
  });
});

describe('lote Detalhes, PAS SERPRO, guias with kept records (000 § documentos por tipo de guia; <label> wrapping its value)', () => {
  async function comRegistros() {
    const store = createGuiaRecordStore(memoryArea());
    const base = { tipo: 'sp-sadt' as const, origem: 'digitada' as const, operadora: '345474' };
    await store.save(
      [
        { ...base, numero: '62001', procedimentos: [{ codigo: '30909023', data: '2026-11-14' }] },
        { ...base, numero: '62002', procedimentos: [{ codigo: '41101014', data: '2026-11-16' }] },
      ],
      { hoje: SNAPSHOT_HOJE },
    );
    const r = await abrir('lote-serpro-hemodialise', `${LOTE}7913`, { guiaRecords: store });
    await r.settle();
    return r;
  }

  it('aviso: in the hemodiálise guia’s row, the Folha de hemodiálise and Etiqueta do dialisador missing', async () => {
    const r = await comRegistros();
    const hemo = dentro(r, linhaCom(r, '62001')).join('\n');
    expect(hemo).toMatch(/Folha de hemodiálise/);
    expect(hemo).toMatch(/Etiqueta do dialisador/);
  });

  it('aviso: in the ressonância guia’s row, the relatório or laudo missing', async () => {
    const r = await comRegistros();
    expect(dentro(r, linhaCom(r, '62002')).join('\n')).toMatch(/Relatório médico ou laudo/);
  });

  it('aviso: on Fechar Lote, one list of what is missing', async () => {
    const r = await comRegistros();
    clicar(porTexto(r, 'Fechar Lote', 'a'));
    await r.settle();
    const lista = r.texts().find((t) => t.includes('confira antes de fechar o lote'));
    expect(lista).toMatch(/Folha de hemodiálise/);
    expect(lista).toMatch(/Relatório médico ou laudo/);
  });

  it('quieto: no Erro but the missing anexos (the 04-INDICACAO CLINICA pending is normal in an open lote)', async () => {
    const r = await comRegistros();
    expect(erros(r).filter((t) => !/falta o anexo obrigatório/.test(t))).toEqual([]);
  });
});

describe('lote Detalhes, IPAM, Enviar Até tomorrow ("Label: value" in one table cell)', () => {
  const abrirLote = () => abrir('lote-ipam-enviar-ate-amanha', `${LOTE}8620`);

  it('aviso: next to Enviar Até, 1 day left', async () => {
    const r = await abrirLote();
    const linha = porTexto(r, 'Enviar Até (Calendário):', 'b').closest('tr');
    expect(dentro(r, linha).join('\n')).toMatch(/Envie o lote 8620 até 21\/11\/2026[^\n]*falta 1 dia/);
  });

  it('quieto: no Erro (the deadline is tomorrow, not past)', async () => {
    const r = await abrirLote();
    expect(erros(r)).toEqual([]);
  });
});

describe('lote Detalhes, PASA, Aberto, Enviar Até past (read-only inputs with <label for>, <h4> titles)', () => {
  const abrirLote = () => abrir('lote-pasa-aberto-vencido', `${LOTE}5701`);

  it('aviso: an Erro next to Enviar Até', async () => {
    const r = await abrirLote();
    const campo = r.document.getElementById('EnviarAte')!.closest('.form-group');
    expect(dentro(r, campo).join('\n')).toMatch(/Erro[^\n]*O prazo para enviar o lote 5701 terminou em 18\/11\/2026/);
  });

  it('aviso: the deadline again when the clerk clicks Fechar Lote', async () => {
    const r = await abrirLote();
    const antes = contando(r, 'terminou em 18/11/2026');
    clicar(porTexto(r, 'Fechar Lote', 'a'));
    await r.settle();
    expect(contando(r, 'terminou em 18/11/2026')).toBeGreaterThan(antes);
  });
});

describe('lote Detalhes, PASA, Fechado (envio pendente) (004 § 9.2 b: Excluir / Reabrir / Enviar Lote)', () => {
  const abrirLote = () => abrir('lote-pasa-fechado', `${LOTE}5702`);

  it('aviso: Enviar Até in 4 days, a warning next to it', async () => {
    const r = await abrirLote();
    const campo = r.document.getElementById('EnviarAte')!.closest('.form-group');
    expect(dentro(r, campo).join('\n')).toMatch(/Envie o lote 5702 até 24\/11\/2026[^\n]*faltam 4 dias/);
  });

  it('quieto: no Erro before the clerk does anything', async () => {
    const r = await abrirLote();
    expect(erros(r)).toEqual([]);
  });

  it('aviso: Enviar Lote clicked, the deadline again, the click not held back', async () => {
    const r = await abrirLote();
    const antes = contando(r, '24/11/2026');
    let portalViu = false;
    const enviar = porTexto(r, 'Enviar Lote', 'a');
    enviar.addEventListener('click', () => {
      portalViu = true;
    });
    clicar(enviar);
    await r.settle();
    expect(portalViu).toBe(true);
    expect(contando(r, '24/11/2026')).toBeGreaterThan(antes);
  });

  it('aviso: + Adicionar Guias clicked on a closed lote, an Erro saying the situação does not allow it', async () => {
    const r = await abrirLote();
    clicar(porTexto(r, 'Adicionar Guias', 'a'));
    await r.settle();
    expect(erros(r).join('\n')).toMatch(/Fechado \(envio pendente\)/);
  });
});

describe('Novo Lote, IPAM (004 § 9.2 b)', () => {
  it('quieto: nothing wrong, no Erro', async () => {
    const r = await abrir('novo-lote-ipam', '/Pagamentos/LotesPagamento/Novo');
    expect(erros(r)).toEqual([]);
  });
});

describe('Pesquisar Lotes, PASA, #LotesDePagamento (002 § 2.1: no Operadora column, a details row)', () => {
  const abrirPesquisa = () => abrir('pesquisa-lotes-pasa', '/Pagamentos/PesquisaLote/Index');

  it('aviso: in its row, a lote left Aberto 18 days (pack: 7)', async () => {
    const r = await abrirPesquisa();
    expect(dentro(r, linhaCom(r, '5611')).join('\n')).toContain('desde a inclusão em 02/11/2026 (há 18 dias)');
  });

  it('aviso: in its row, a lote left Fechado (envio pendente) 15 days', async () => {
    const r = await abrirPesquisa();
    expect(dentro(r, linhaCom(r, '5612')).join('\n')).toContain('desde a inclusão em 05/11/2026 (há 15 dias)');
  });

  it('quieto: nothing for a lote opened 2 days ago or a lote Faturado, no Erro', async () => {
    const r = await abrirPesquisa();
    expect(dentro(r, linhaCom(r, '5650'))).toEqual([]);
    expect(dentro(r, linhaCom(r, '5641'))).toEqual([]);
    expect(erros(r)).toEqual([]);
  });
});

describe('Autorização → Pesquisa de Guias, FUNSSEST (004 § 6, § 8; 003 Q22)', () => {
  async function comSenhas() {
    const store = createGuiaRecordStore(memoryArea());
    await store.save(
      [
        { numero: '71890', dataAutorizacao: '2026-10-01', dataValidadeSenha: '2026-11-30' },
        { numero: '71891', dataAutorizacao: '2026-08-20', dataValidadeSenha: '2026-10-19' },
      ].map((a) => recordInputFromAutorizacao({ senha: true, ...a }, '330809')),
      { hoje: SNAPSHOT_HOJE },
    );
    return abrir('pesquisa-guias-funssest', '/Guias/PesquisaGuias/Index', { guiaRecords: store });
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

describe('Autorização → Detalhes da Guia, FUNSSEST (004 § 6 "SITUAÇÃO: AUTORIZADA"; 003 Q22)', () => {
  it('aviso: the senha past its Validade, a warning in the Dados da Autorização', async () => {
    const r = await abrir('detalhes-guia-funssest', '/Guias/Guia/Detalhes/90555');
    const bloco = porTexto(r, 'Dados da Autorização', 'legend').closest('fieldset');
    expect(dentro(r, bloco).join('\n')).toMatch(/a senha venceu em 10\/11\/2026/);
  });
});

describe('Digitar Guia Consulta, IPAM, Passo 3 (004 § 3)', () => {
  it('quieto: nothing wrong, no Erro', async () => {
    const r = await abrir('digitar-consulta-ipam', '/Guias/Consulta/CobrancaNovaGuia');
    expect(erros(r)).toEqual([]);
  });
});

describe('Digitar Guia SP/SADT, FUNSSEST, urgência (003 Q7, Q9; 004 § 9.2 a)', () => {
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

  it('aviso: Passo 4, the missing 10101039 next to the procedure lookup', async () => {
    const r = await passo4();
    const lookup = r.document.querySelector('[name=HandleTermoLookupDisplay]')!.closest('[lookup]');
    expect(dentro(r, lookup).join('\n')).toContain('SP/SADT de urgência sem o código 10101039');
  });

  it('aviso: Passo 4, the 90-day window next to the 01- Data Realização', async () => {
    const r = await passo4();
    expect(dentro(r, r.document.querySelector('.data-realizacao')).join('\n')).toContain(
      'não aceita guias com mais de 90 dias',
    );
  });

  it('aviso: Resumo, the missing 10101039 again before Salvar', async () => {
    const r = await passo4();
    await passo(r, 'spsadt-resumo-funssest', '[ng-view]');
    expect(r.texts().join('\n')).toContain('Guia 90812: SP/SADT de urgência sem o código 10101039');
  });
});

describe('Uploads → Novo, IPAM (004 § 9.1)', () => {
  it('aviso: a picked XML mixing guia types, its error before the portal gets it', async () => {
    const r = await abrir('upload-novo-ipam', '/Uploads/UploadXML/Novo');
    const input = r.document.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [fixture('invalid/mixed-guia-types.xml')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    let texto = '';
    for (let i = 0; i < 300 && !/erros? encontrados?/.test(texto); i++) {
      await new Promise((ok) => setTimeout(ok, 20));
      texto = r.texts().join('\n');
    }
    expect(texto).toMatch(/"mixed-guia-types\.xml": \d+ erros? encontrados? antes do envio/);
  });
});

describe('Faturamento → Documentos Anexos → Com falha no Envio, PAS SERPRO (000 Q6)', () => {
  it('quieto: the failures are the operadora’s list, not a clerk’s mistake on this page: no Erro', async () => {
    const r = await abrir('documentos-com-falha-serpro', '/Faturamento/DocumentosAnexos/ComFalhaEnvio');
    expect(erros(r)).toEqual([]);
  });
});

describe('Recurso de glosa, PASA (002 § 2.3; label over value in each cell)', () => {
  const RECURSO = '/Faturamento/RecursosGlosa/Editar/45390';

  it('aviso: saved and still "Não enviado" 15 days after its Data Inclusão, next to Situação do Recurso', async () => {
    const r = await abrir('recurso-glosa-pasa', RECURSO);
    const celula = porTexto(r, 'Situação do Recurso', 'div').closest('td');
    expect(dentro(r, celula).join('\n')).toMatch(/recurso de glosa 45390, incluído em 05\/11\/2026[^\n]*"Não enviado"/);
  });

  it('quieto: no Erro while no dialog is open', async () => {
    const r = await abrir('recurso-glosa-pasa', RECURSO);
    expect(erros(r)).toEqual([]);
  });

  it('aviso: the open dialog, Vlr. Recursado 350,00 above the Vlr. Glosado 300,00', async () => {
    const r = await abrir('recurso-glosa-pasa-justificar', RECURSO);
    const campo = r.document.getElementById('ValorRecursado')!.parentElement;
    expect(dentro(r, campo).join('\n')).toMatch(/Erro: .*350,00.*300,00/);
  });

  /** A glosa code's block in the dialog ("1705: VALOR APRESENTADO A MAIOR", its Justificativa). */
  const glosaDe = (r: ContentRun, codigo: string) =>
    [...r.document.querySelectorAll('.justificativa-glosa')].find((g) => g.textContent?.includes(`${codigo}:`));

  it('aviso: the open dialog, glosa 1705’s justificativa still empty', async () => {
    const r = await abrir('recurso-glosa-pasa-justificar', RECURSO);
    expect(dentro(r, glosaDe(r, '1705')).join('\n')).toMatch(/Glosa 1705[^\n]*justificativa/);
  });

  it('quieto: nothing at glosa 1714, whose justificativa is written', async () => {
    const r = await abrir('recurso-glosa-pasa-justificar', RECURSO);
    expect(dentro(r, glosaDe(r, '1714'))).toEqual([]);
  });
});

describe('Pagamentos Pendentes / nota fiscal, IPAM (004 § 11)', () => {
  const PENDENTES = '/Faturamento/PagamentosPendentes/Index';

  it('aviso: a nota saved but not sent, in its row, to click Enviar Nota Fiscal', async () => {
    const r = await abrir('pagamentos-pendentes-nota-salva', PENDENTES);
    const aviso = dentro(r, linhaCom(r, '12345')).join('\n');
    expect(aviso).toContain('A nota fiscal 12345 foi salva mas não enviada');
  });

  it('quieto: no Erro for a nota saved and not yet sent', async () => {
    const r = await abrir('pagamentos-pendentes-nota-salva', PENDENTES);
    expect(erros(r)).toEqual([]);
  });

  it('aviso: after the Prévia, the Nota Fiscal form with the Valor Líquido as Vlr. Nota, an Erro at Vlr. Nota', async () => {
    await abrir('pagamentos-pendentes-previa', PENDENTES);
    const r = await abrir('pagamentos-pendentes-nova-nota', PENDENTES);
    const campo = porTexto(r, 'Vlr. Nota*', 'label').parentElement;
    expect(dentro(r, campo).join('\n')).toMatch(/Erro[^\n]*179,07[^\n]*181,24/);
  });
});

describe('lote Detalhes, PAS SERPRO, sent and Faturado (000 Q1–Q7; Situação do Lote as a disabled dropdown)', () => {
  const abrirLote = () => abrir('lote-serpro-faturado', `${LOTE}7920`);

  it('aviso: in its row, the document still "Envio Pendente", with the way to resend it', async () => {
    const r = await abrirLote();
    expect(dentro(r, linhaCom(r, '2457')).join('\n')).toContain('Com falha no Envio');
  });

  it('aviso: beside Incluir Anexo, quietly, why the protocolo Faturado does not allow it', async () => {
    const r = await abrirLote();
    // The grid's toolbar, where Incluir Anexo is (the box's title runs into its text: no ^ before Informação).
    const barra = r.document.getElementById('incluir-anexo')!.closest('thead');
    expect(dentro(r, barra).join('\n')).toMatch(/Informação: Incluir anexo[^\n]*"Faturado"/);
  });

  it('quieto: no Erro before the clerk tries anything, nothing in the row of the document Enviado', async () => {
    const r = await abrirLote();
    expect(erros(r)).toEqual([]);
    expect(dentro(r, linhaCom(r, '2442'))).toEqual([]);
  });

  it('aviso: Incluir Anexo clicked, an Erro saying the situação does not allow it', async () => {
    const r = await abrirLote();
    clicar(r.document.getElementById('incluir-anexo')!);
    await r.settle();
    expect(erros(r).join('\n')).toMatch(/Faturado/);
  });
});

describe('lote Detalhes, PAS SERPRO, Aberto, the Anexo de Documentos dialog open (000 Q1, Q3: 15 MB)', () => {
  it('aviso: a 20 MB file chosen, an Erro before the upload', async () => {
    const r = await abrir('lote-serpro-aberto-anexo', `${LOTE}7920`);
    const input = r.document.querySelector<HTMLInputElement>('bc-anexo-dropzone input[type=file]')!;
    const grande = new File([new Uint8Array(20 * 1024 * 1024)], 'folha-hemodialise.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [grande], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await r.settle();
    expect(erros(r).join('\n')).toMatch(/"folha-hemodialise\.pdf" tem 20[^\n]*15 MB/);
  });
});

describe('lote Detalhes, IPAM, Pagamento efetuado (004 § 13: 60 days after payment; values in div.form-control)', () => {
  const abrirLote = () => abrir('lote-ipam-pago', `${LOTE}8470`);

  it('aviso: next to Data Pagamento, the recurso deadline 29/11/2026 in 9 days', async () => {
    const r = await abrirLote();
    const campo = porTexto(r, 'Data Pagamento:', 'label').parentElement;
    expect(dentro(r, campo).join('\n')).toMatch(/29\/11\/2026[^\n]*faltam 9 dias/);
  });

  it('quieto: Recurso de Glosa clicked with the protocolo paid, no Erro', async () => {
    const r = await abrirLote();
    clicar(r.document.getElementById('recurso-glosa')!);
    await r.settle();
    expect(erros(r)).toEqual([]);
  });
});

describe('Digitar Guia odontológica, FUNSSEST, Passo 3 (001 § 2.1 Etapa 3; 003 Q32), procedures as repeated blocks', () => {
  const abrirPasso = () => abrir('odonto-passo3-funssest', '/Guias/Odontologia/CobrancaNovaGuia');
  const itens = (r: ContentRun) => r.document.querySelectorAll('[ng-repeat="item in eventos"]');

  it('aviso: next to the Referente a left empty, the dente/região warning', async () => {
    const r = await abrirPasso();
    expect(dentro(r, itens(r)[1]).join('\n')).toMatch(/informe o dente ou a região/);
  });

  it('quieto: nothing where the Região is given', async () => {
    const r = await abrirPasso();
    expect(dentro(r, itens(r)[0])).toEqual([]);
  });
});

describe('Recurso de glosa, PASA, Justificar a Nível de Lote (002 § 2.3)', () => {
  const abrirDialogo = () => abrir('recurso-glosa-pasa-nivel-lote', '/Faturamento/RecursosGlosa/Editar/45390');
  const glosa = (r: ContentRun) => r.document.querySelector('.glosa-item');

  it('aviso: glosa 1705’s justificativa still empty, at its field', async () => {
    const r = await abrirDialogo();
    expect(dentro(r, glosa(r)).join('\n')).toMatch(/Glosa 1705[^\n]*justificativa/);
  });

  it('aviso: Salvar Justificativas clicked with it empty, the list again', async () => {
    const r = await abrirDialogo();
    const antes = contando(r, 'Glosa 1705');
    clicar(porTexto(r, 'Salvar Justificativas', 'a'));
    await r.settle();
    expect(contando(r, 'Glosa 1705')).toBeGreaterThan(antes);
  });
});
