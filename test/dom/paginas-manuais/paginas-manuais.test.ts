// Pages written from the operadoras' manuals and notes/conecta-portal.md alone, without
// looking at the mock portal (README.md here): does every feature still warn where a clerk should be warned,
// and stay quiet ("Erro" only for the clerk's own mistake) elsewhere? The real content script, default packs.
import { describe, expect, it } from 'vitest';
import type { ContentRun } from '../../../extension/content/testing/run-content.ts';
import { SNAPSHOT_HOJE } from '../../../extension/content/testing/snapshots.ts';
import { createGuiaRecordStore } from '../../../extension/lib/guia-records/store.ts';
import { memoryArea } from '../../../extension/lib/test-support.ts';
import { clicar, dentro, erros, fixture, linhaCom, paginasDe, porTexto } from './ajuda.ts';

const paginas = paginasDe('paginas');
const abrir = paginas.abrir;

const LOTE = '/Pagamentos/LotesPagamento/Editar/';

// Each `aviso:` test is one warning a clerk should get (the hit rate in README.md counts them); each `quieto:`
// test is a place where the clerk did nothing wrong and no Erro (or no warning) may show.
describe('lote Detalhes, FUNSSEST, 101 guias (003 Q28)', () => {
  const abrirLote = () => abrir('lote-funssest-101-guias', `${LOTE}7901`);

  it('aviso: badge 101/100 next to the guia count', async () => {
    const r = await abrirLote();
    const contagem = porTexto(r, 'Este lote já possui 101 guias. Limite máximo permitido por lote é de 100 guias.');
    expect(dentro(r, contagem.parentElement).join('\n')).toContain('101/100 guias');
  });

  it('aviso: an Erro for the 101st guia', async () => {
    const r = await abrirLote();
    expect(r.texts().join('\n')).toMatch(/Erro: O lote 7901 tem 101 guias; o limite é 100/);
  });

  it('quieto: no other Erro (Aberto, no deadline, nothing else wrong)', async () => {
    const r = await abrirLote();
    expect(erros(r).filter((t) => !t.includes('101 guias'))).toEqual([]);
  });
});

describe('lote Detalhes, PASA, Enviar Até (Calendário) past', () => {
  const abrirLote = () => abrir('lote-pasa-enviar-ate-vencido', `${LOTE}7902`);

  it('aviso: an Erro next to Enviar Até', async () => {
    const r = await abrirLote();
    const campo = porTexto(r, '19/11/2026', 'dd');
    expect(dentro(r, campo.parentElement).join('\n')).toMatch(
      /Erro[^\n]*O prazo para enviar o lote 7902 terminou em 19\/11\/2026/,
    );
  });

  it('aviso: the deadline again when the clerk clicks Fechar Lote', async () => {
    const r = await abrirLote();
    const antes = r.texts().filter((t) => t.includes('terminou em 19/11/2026')).length;
    clicar(porTexto(r, 'Fechar Lote', 'a'));
    await r.settle();
    expect(r.texts().filter((t) => t.includes('terminou em 19/11/2026')).length).toBeGreaterThan(antes);
  });
});

describe('lote Detalhes, PASA, Fechado (envio pendente), header as a label row over a value row (001 § 3)', () => {
  const abrirLote = () => abrir('lote-pasa-fechado', `${LOTE}7903`);

  it('aviso: Enviar Até in 3 days, a warning with the days left', async () => {
    const r = await abrirLote();
    expect(r.texts().join('\n')).toMatch(/Envie o lote 7903 até 23\/11\/2026[^\n]*faltam 3 dias/);
  });

  it('quieto: no Erro before the clerk does anything', async () => {
    const r = await abrirLote();
    expect(erros(r)).toEqual([]);
  });

  it('aviso: Enviar Lote clicked, the deadline again, the click not held back', async () => {
    const r = await abrirLote();
    const antes = r.texts().filter((t) => t.includes('23/11/2026')).length;
    let portalViu = false;
    const enviar = porTexto(r, 'Enviar Lote', 'button');
    enviar.addEventListener('click', () => {
      portalViu = true;
    });
    clicar(enviar);
    await r.settle();
    expect(portalViu).toBe(true);
    expect(r.texts().filter((t) => t.includes('23/11/2026')).length).toBeGreaterThan(antes);
  });

  it('aviso: Adicionar Guias clicked on a closed lote, an Erro saying the situação does not allow it', async () => {
    const r = await abrirLote();
    clicar(porTexto(r, 'Adicionar Guias', 'button'));
    await r.settle();
    expect(erros(r).join('\n')).toMatch(/Adicionar guia[^\n]*Fechado \(envio pendente\)/);
  });
});

describe('lote Detalhes, PAS SERPRO, guias with kept records (000 § documentos por tipo de guia)', () => {
  async function comRegistros() {
    const store = createGuiaRecordStore(memoryArea());
    const base = { tipo: 'sp-sadt' as const, origem: 'digitada' as const, operadora: '345474' };
    await store.save(
      [
        { ...base, numero: '61701', procedimentos: [{ codigo: '30909031', data: '2026-11-10' }] },
        { ...base, numero: '61702', procedimentos: [{ codigo: '40201082', data: '2026-11-12' }] },
      ],
      { hoje: SNAPSHOT_HOJE },
    );
    const r = await abrir('lote-serpro-anexos', `${LOTE}7904`, { guiaRecords: store });
    await r.settle();
    return r;
  }

  it('aviso: in the hemodiálise guia’s row, the documents its category requires', async () => {
    const r = await comRegistros();
    expect(dentro(r, linhaCom(r, '61701')).join('\n')).toMatch(/Folha de hemodiálise/);
  });

  it('aviso: in the endoscopia guia’s row, the documents its category requires', async () => {
    const r = await comRegistros();
    const endo = dentro(r, linhaCom(r, '61702')).join('\n');
    expect(endo).toMatch(/Pedido médico/);
    expect(endo).toMatch(/Laudo do exame/);
  });

  it('aviso: on Fechar Lote, one list of what is missing', async () => {
    const r = await comRegistros();
    clicar(porTexto(r, 'Fechar Lote', 'button'));
    await r.settle();
    const lista = r.texts().find((t) => t.includes('confira antes de fechar o lote'));
    expect(lista).toMatch(/Folha de hemodiálise/);
    expect(lista).toMatch(/Laudo do exame/);
  });
});

describe('lote Detalhes, IPAM, sent and paid (004 § 13.3), header as inline "Label: value" spans', () => {
  const abrirLote = () => abrir('lote-ipam-pago', `${LOTE}8470`);

  it('aviso: the recurso deadline counted from Data Pagamento, next to it', async () => {
    const r = await abrirLote();
    const pagamento = porTexto(r, 'Data Pagamento: 30/09/2026', 'span');
    expect(dentro(r, pagamento.parentElement).join('\n')).toMatch(
      /recurso de glosa termina em 29\/11\/2026[^\n]*faltam 9 dias/,
    );
  });

  it('quieto: no Erro, not even when the clerk clicks Recurso de Glosa (allowed once paid)', async () => {
    const r = await abrirLote();
    clicar(porTexto(r, 'Recurso de Glosa', 'a.btn'));
    await r.settle();
    expect(erros(r)).toEqual([]);
  });

  it('aviso: on the recurso page of this lote, which leaves Data de Pagamento empty, the same deadline', async () => {
    (await abrirLote()).stop();
    const r = await abrir('recurso-glosa-ipam', '/Faturamento/RecursosGlosa/Editar/52538');
    const pagamento = porTexto(r, 'Data de Pagamento', 'span').parentElement;
    expect(dentro(r, pagamento).join('\n')).toMatch(/termina em 29\/11\/2026[^\n]*faltam 9 dias/);
  });
});

describe('lote Detalhes, PAS SERPRO, sent, protocolo Faturado (000 Q2, Q5–Q7), header as <th> label, <td> value', () => {
  const abrirLote = () => abrir('lote-serpro-faturado', `${LOTE}8513`);

  it('aviso: beside Incluir Anexo, quietly, why the portal does not allow it (protocolo Faturado)', async () => {
    const r = await abrirLote();
    const incluir = r.document.getElementById('incluir-anexo')!.parentElement;
    expect(dentro(r, incluir).join('\n')).toMatch(/Informação[^\n]*Incluir anexo[^\n]*"Faturado"/);
  });

  it('aviso: the document still "Envio Pendente" on a sent lote, in its row, with the way to resend it', async () => {
    const r = await abrirLote();
    const aviso = dentro(r, linhaCom(r, '2446')).join('\n');
    expect(aviso).toContain('"04-INDICACAO CLINICA" está "Envio Pendente"');
    expect(aviso).toContain('Faturamento > Documentos Anexos > Com falha no Envio');
  });

  it('aviso: an Erro when the clerk clicks Incluir Anexo anyway', async () => {
    const r = await abrirLote();
    clicar(r.document.getElementById('incluir-anexo')!);
    await r.settle();
    expect(erros(r).join('\n')).toMatch(/Incluir anexo[^\n]*"Faturado"/);
  });

  it('quieto: no Erro before the clerk does anything, nothing on the document already sent', async () => {
    const r = await abrirLote();
    expect(erros(r)).toEqual([]);
    expect(dentro(r, linhaCom(r, '2442'))).toEqual([]);
  });
});

describe('Pesquisar Lotes, IPAM (004 § 13.1)', () => {
  const abrirPesquisa = () => abrir('pesquisa-lotes-ipam', '/Pagamentos/PesquisaLote/Index');

  it('aviso: in its row, a lote left Aberto past the pack’s 7 days', async () => {
    const r = await abrirPesquisa();
    expect(dentro(r, linhaCom(r, '8601')).join('\n')).toContain('desde a inclusão em 21/10/2026 (há 30 dias)');
  });

  it('aviso: in its row, a lote left Fechado (envio pendente) past the pack’s 7 days', async () => {
    const r = await abrirPesquisa();
    expect(dentro(r, linhaCom(r, '8602')).join('\n')).toContain('desde a inclusão em 01/11/2026 (há 19 dias)');
  });

  it('quieto: nothing for a lote sent or opened 2 days ago, no Erro', async () => {
    const r = await abrirPesquisa();
    expect(dentro(r, linhaCom(r, '8603'))).toEqual([]);
    expect(dentro(r, linhaCom(r, '8604'))).toEqual([]);
    expect(erros(r)).toEqual([]);
  });
});

describe('Digitar Guia SP/SADT, FUNSSEST, urgência (003 Q7, Q9)', () => {
  const WIZARD = '/Guias/SpSadt/CobrancaNovaGuiaEletiva';
  const passo = (r: ContentRun, nome: string) => paginas.passo(r, nome, 'main');
  async function passo4() {
    const r = await abrir('guia-spsadt-passo3-funssest', WIZARD);
    await passo(r, 'guia-spsadt-passo4-funssest');
    return r;
  }

  it('aviso: Passo 3, Caráter urgência, a quiet note with the pronto-socorro code', async () => {
    const r = await abrir('guia-spsadt-passo3-funssest', WIZARD);
    expect(r.texts().join('\n')).toMatch(/^Informação[^\n]*a operadora pede o código 10101039 \(pronto socorro\)/m);
  });

  it('quieto: no Erro in Passo 3', async () => {
    const r = await abrir('guia-spsadt-passo3-funssest', WIZARD);
    expect(erros(r)).toEqual([]);
  });

  it('aviso: Passo 4, the missing 10101039 next to the procedure lookup', async () => {
    const r = await passo4();
    const lookup = r.document.querySelector('[name=HandleTermoLookupDisplay]')!.closest('.form-group');
    expect(dentro(r, lookup).join('\n')).toContain('SP/SADT de urgência sem o código 10101039');
  });

  it('aviso: Passo 4, the 90-day window next to the Data Realização', async () => {
    const r = await passo4();
    expect(dentro(r, r.document.querySelector('tr.detalhe')).join('\n')).toContain(
      'não aceita guias com mais de 90 dias',
    );
  });

  // notes/conecta-portal.md: added procedures as disabled inputs "40301087 | descrição" in
  // div[ng-repeat='item in eventos'], no table.
  it('aviso: Passo 4 as ng-repeat eventos, the missing 10101039 at the lookup and the 90 days at the date', async () => {
    const r = await abrir('guia-spsadt-passo3-funssest', WIZARD);
    await passo(r, 'guia-spsadt-passo4-eventos-sem-10101039');
    const lookup = r.document.querySelector('[name=HandleTermoLookupDisplay]')!.closest('.form-group');
    expect(dentro(r, lookup).join('\n')).toContain('SP/SADT de urgência sem o código 10101039');
    expect(dentro(r, r.document.querySelector('.evento')).join('\n')).toContain('não aceita guias com mais de 90 dias');
  });

  it('quieto: Passo 4 as ng-repeat eventos with 10101039 added, no urgência warning', async () => {
    const r = await abrir('guia-spsadt-passo3-funssest', WIZARD);
    await passo(r, 'guia-spsadt-passo4-eventos-com-10101039');
    expect(r.texts().join('\n')).not.toContain('sem o código 10101039');
    expect(erros(r)).toEqual([]);
  });

  it('aviso: Resumo, the missing 10101039 again before Salvar', async () => {
    const r = await passo4();
    await passo(r, 'guia-spsadt-resumo-funssest');
    expect(r.texts().join('\n')).toContain('Guia 90777: SP/SADT de urgência sem o código 10101039');
  });
});

describe('Digitar Guia odontológica, FUNSSEST, Passo 3 (001 § 2.1; 003 Q32)', () => {
  const abrirPasso = () => abrir('guia-odonto-passo3-funssest', '/Guias/Odontologia/CobrancaNovaGuia');

  it('aviso: next to the Referente a left empty, the dente/região warning', async () => {
    const r = await abrirPasso();
    const semNada = r.document.querySelectorAll('tr.detalhe')[1];
    expect(dentro(r, semNada).join('\n')).toMatch(/informe o dente ou a região/);
  });

  it('quieto: nothing where a Região is given', async () => {
    const r = await abrirPasso();
    expect(dentro(r, r.document.querySelectorAll('tr.detalhe')[0])).toEqual([]);
  });
});

describe('Uploads → Novo, IPAM (004 § 9.1)', () => {
  it('aviso: a picked XML with a wrong hash, its error before the portal gets it', async () => {
    const r = await abrir('upload-novo-ipam', '/Uploads/UploadXML/Novo');
    const input = r.document.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [fixture('invalid/hash-wrong.xml')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    let texto = '';
    for (let i = 0; i < 200 && !/erro encontrado/.test(texto); i++) {
      await new Promise((ok) => setTimeout(ok, 20));
      texto = r.texts().join('\n');
    }
    expect(texto).toMatch(/"hash-wrong\.xml": 1 erro encontrado antes do envio/);
  });
});

describe('Recurso de glosa, IPAM (004 § 13)', () => {
  const RECURSO = '/Faturamento/RecursosGlosa/Editar/52538';

  it('aviso: saved and still "Não enviado" 18 days after its Data Inclusão, next to Situação do Recurso', async () => {
    const r = await abrir('recurso-glosa-ipam', RECURSO);
    const situacao = porTexto(r, 'Situação do Recurso', 'span').parentElement;
    expect(dentro(r, situacao).join('\n')).toMatch(
      /recurso de glosa 52538, incluído em 02\/11\/2026[^\n]*"Não enviado"/,
    );
  });

  it('quieto: no Erro while the dialog is closed', async () => {
    const r = await abrir('recurso-glosa-ipam', RECURSO);
    expect(erros(r)).toEqual([]);
  });

  it('aviso: the open dialog, Vlr. Recursado above Vlr. Glosado', async () => {
    const r = await abrir('recurso-glosa-ipam-justificar', RECURSO);
    const campo = r.document.getElementById('ValorRecursado')!.parentElement;
    expect(dentro(r, campo).join('\n')).toMatch(/Erro: .*150,00.*100,00/);
  });

  it.each(['1714', '2607'])('aviso: the open dialog, glosa %s’s justificativa still empty', async (codigo) => {
    const r = await abrir('recurso-glosa-ipam-justificar', RECURSO);
    const glosa = [...r.document.querySelectorAll('.glosa')].find((g) => g.textContent?.includes(`${codigo}:`));
    expect(dentro(r, glosa).join('\n')).toMatch(new RegExp(`Glosa ${codigo}[^\\n]*justificativa`));
  });
});

describe('Autorização → Detalhes da Guia, FUNSSEST (004 § 6; 003 Q22)', () => {
  it('aviso: a senha past its Validade, a warning next to the Validade', async () => {
    const r = await abrir('autorizacao-detalhes-funssest', '/Autorizacao/Guias/Detalhes/90555');
    const bloco = porTexto(r, 'Validade:', 'strong').parentElement!.parentElement;
    expect(dentro(r, bloco).join('\n')).toMatch(/a senha venceu em 31\/10\/2026/);
  });
});

describe('Pagamentos Pendentes / nota fiscal, IPAM (004 § 11)', () => {
  const PENDENTES = '/Faturamento/LotesPagamento/Pendentes';

  it('aviso: a nota saved but not sent, in its row, to click Enviar Nota Fiscal', async () => {
    const r = await abrir('pagamentos-pendentes-nota-salva', PENDENTES);
    const aviso = dentro(r, linhaCom(r, '12121')).join('\n');
    expect(aviso).toContain('A nota fiscal 12121 foi salva mas não enviada');
    expect(aviso).toContain('Enviar Nota Fiscal');
  });

  it('quieto: no Erro for a nota saved and not yet sent', async () => {
    const r = await abrir('pagamentos-pendentes-nota-salva', PENDENTES);
    expect(erros(r)).toEqual([]);
  });

  it('aviso: the Nota Fiscal form with a Vlr. Nota other than the prévia’s Valor Base, an Erro at Vlr. Nota', async () => {
    const r = await abrir('pagamentos-pendentes-nova-nota', PENDENTES);
    const campo = porTexto(r, 'Vlr. Nota*', 'label').parentElement;
    expect(dentro(r, campo).join('\n')).toMatch(/Erro[^\n]*181,24/);
  });
});
