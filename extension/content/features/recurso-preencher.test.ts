import { afterEach, describe, expect, it } from 'vitest';
import type { RascunhosPortal } from '../../lib/recurso-rascunhos.ts';
import { type ContentRun, runContent } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const RECURSO = '/Pagamentos/RecursoGlosa/Editar/52538';

/** The draft the popup keeps for the snapshot's protocolo 103, guia 72010, procedimento 10101012 (PASA). */
function rascunhos(valorRecursado = 8000): RascunhosPortal {
  return {
    '103': {
      protocolo: '103',
      lote: '8470',
      salvoEm: '2026-11-20T10:00:00.000Z',
      alvos: [
        {
          nivel: 'item',
          guia: '72010',
          procedimento: '10101012',
          valorGlosado: 10000,
          valorRecursado,
          justificativas: [
            { codigo: '1714', texto: 'Valor da tabela acordada em contrato.' },
            { codigo: '2607', texto: 'Honorários cobrados uma única vez.' },
          ],
        },
      ],
    },
  };
}

const field = (r: ContentRun, sel: string) => r.document.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)!;
const J0 = '[name="Justificativas[0].Justificativa"]';
const J1 = '[name="Justificativas[1].Justificativa"]';

function actionButton(r: ContentRun, text: RegExp): HTMLButtonElement | undefined {
  for (const host of r.hosts())
    for (const b of host.shadowRoot?.querySelectorAll('button') ?? []) if (text.test(b.textContent ?? '')) return b;
  return undefined;
}

describe('recurso-preencher (PASA recurso page, draft from the popup)', () => {
  it('fills each justificativa by glosa code and the Vlr. Recursado, firing input/change for Angular', async () => {
    run = await runContent('recurso-glosa-justificar', RECURSO, { recursoRascunhos: rascunhos() });
    const events: string[] = [];
    field(run, '#ValorRecursado').addEventListener('change', () => events.push('change'));
    actionButton(run, /Preencher 3 campos com o rascunho/)!.click();
    expect(field(run, J0).value).toBe('Valor da tabela acordada em contrato.');
    expect(field(run, J1).value).toBe('Honorários cobrados uma única vez.');
    expect(field(run, '#ValorRecursado').value).toBe('80,00');
    expect(events).toEqual(['change']);
  });

  it('reads the drafts from the extension on the recurso page, once for the runs that follow', async () => {
    let lidas = 0;
    const loadRecursoRascunhos = async () => {
      lidas++;
      return rascunhos();
    };
    run = await runContent('recurso-glosa-justificar', RECURSO, {}, undefined, undefined, { loadRecursoRascunhos });
    actionButton(run, /Preencher 3 campos com o rascunho/)!.click();
    expect(field(run, '#ValorRecursado').value).toBe('80,00');
    // The portal re-renders part of the page: a new run, the same drafts.
    run.document.body.append(run.document.createElement('div'));
    await run.settle();
    expect(lidas).toBe(1);
  });

  it('offers a draft saved in the popup while the recurso page is open, without a reload', async () => {
    let salvo: RascunhosPortal = {};
    let avisar = () => {};
    run = await runContent('recurso-glosa-justificar', RECURSO, {}, undefined, undefined, {
      loadRecursoRascunhos: async () => salvo,
      watchRecursoRascunhos: (onChange) => {
        avisar = onChange;
      },
    });
    expect(actionButton(run, /rascunho/)).toBeUndefined();
    salvo = rascunhos();
    avisar();
    await run.settle();
    expect(actionButton(run, /Preencher 3 campos com o rascunho/)).toBeDefined();
  });

  it('never reads the drafts on a page that is not a recurso (the lote page)', async () => {
    let lidas = 0;
    const loadRecursoRascunhos = async () => {
      lidas++;
      return rascunhos();
    };
    run = await runContent(
      'lote-enviado-faturado',
      '/Pagamentos/LotePagamento/Detalhes/8470',
      {},
      undefined,
      undefined,
      {
        loadRecursoRascunhos,
      },
    );
    expect(run.texts().length).toBeGreaterThan(0);
    expect(lidas).toBe(0);
  });

  it('keeps what the clerk typed unless she asks to replace it', async () => {
    run = await runContent('recurso-glosa-justificar', RECURSO, { recursoRascunhos: rascunhos() });
    const j0 = field(run, J0);
    j0.value = 'Minha justificativa.';
    j0.dispatchEvent(new Event('input', { bubbles: true }));
    await run.settle();
    expect(run.texts().join('\n')).toContain('1 campo já digitado com texto diferente do rascunho');
    actionButton(run, /Preencher 2 campos/)!.click();
    expect(j0.value).toBe('Minha justificativa.');
    expect(field(run, J1).value).toBe('Honorários cobrados uma única vez.');
    await run.settle();
    actionButton(run, /Substituir 1 campo pelo rascunho/)!.click();
    expect(j0.value).toBe('Valor da tabela acordada em contrato.');
  });

  it('refuses a draft Vlr. Recursado above the Vlr. Glosado on screen and fills only the justificativas', async () => {
    run = await runContent('recurso-glosa-justificar', RECURSO, { recursoRascunhos: rascunhos(15000) });
    expect(run.texts().join('\n')).toContain(
      'O rascunho traz Vlr. Recursado de R$ 150,00, acima do Vlr. Glosado desta tela (R$ 100,00): o valor não foi preenchido.',
    );
    actionButton(run, /Preencher 2 campos/)!.click();
    expect(field(run, '#ValorRecursado').value).toBe('');
  });

  it('offers nothing without a draft for this protocolo', async () => {
    run = await runContent('recurso-glosa-justificar', RECURSO, { recursoRascunhos: {} });
    expect(actionButton(run, /rascunho/)).toBeUndefined();
  });
});
