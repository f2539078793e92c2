// Digitar Guia SP/SADT for FUNSSEST (003: senha valid 60 days, urgência with 10101039, 90 days to bill, odonto
// needs dente/região and senha): what the clerk sees on each step of the wizard as they type. The wizard has
// no Senha field and no senha date (001 § 2.1, 004 § 9.2 a: Passo 1 shows Beneficiário, Atendimento a RN,
// Tipo de Identificação, Nº Guia Prestador and Nº Guia Prestador Ref. only), so validade-senha and
// senha-obrigatoria have nothing to read there.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPacks } from '../../../shared/packs/index.ts';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';
import { snapshotHtml } from '../testing/snapshots.ts';

const funssest = defaultPacks.find((p) => p.operadora.registroAns === '330809')!;
const WIZARD = '/Guias/SpSadt/FaturamentoNovaGuiaEletiva';
let run: ContentRun | undefined;
afterEach(() => run?.stop());

/** The warning placed right after `field` (the extension's host element), as the clerk reads it. */
function warningAfter(field: Element | null): string {
  let next = field?.nextElementSibling;
  while (next && next.tagName.toLowerCase() !== 'tiss-preflight-aviso') {
    if (!next.tagName.toLowerCase().startsWith('tiss-preflight')) return '';
    next = next.nextElementSibling;
  }
  return next ? shownText(next) : '';
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await run!.settle();
}

async function type(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await run!.settle();
}

/** The portal's "Próximo": the next step replaces this one in place (one step in the DOM at a time). */
async function nextStepFrom(snapshot: string): Promise<void> {
  const other = new DOMParser().parseFromString(snapshotHtml(snapshot), 'text/html');
  const step = other.querySelector('section.bc-passo')!;
  run!.document.querySelector('section.bc-passo')!.replaceWith(run!.document.importNode(step, true));
  await run!.settle();
}

describe('Digitar Guia SP/SADT, FUNSSEST: warnings on each step as the clerk types', () => {
  it('Passo 3 → 4: urgência names the code at Caráter, then warns at the procedure while it is missing', async () => {
    run = await runContent('guia-spsadt-atendimento-funssest', WIZARD, {}, [funssest]);
    const doc = run.document;
    const carater = doc.querySelector<HTMLSelectElement>('#CaraterAtendimento')!;
    expect(run.texts()).toEqual([]);

    await choose(carater, 'Urgência/Emergência');
    expect(warningAfter(carater)).toContain('a operadora pede o código 10101039 (pronto socorro)');
    // A note, not an error: nothing is wrong until the procedures are typed.
    expect(warningAfter(carater)).not.toMatch(/erro/i);
    await choose(carater, 'Eletivo');
    expect(warningAfter(carater)).toBe('');
    await choose(carater, 'Urgência/Emergência');

    // Passo 4 with one exam (41101014), typed on 18/11/2026: the caráter of Passo 3 is no longer on screen.
    await nextStepFrom('guia-spsadt-procedimentos');
    // Under the lookup and its Pesquisar button (their common box).
    const lookup = doc.querySelector('[name="HandleTermoLookupDisplay"]')!.parentElement!;
    expect(warningAfter(lookup)).toContain('SP/SADT de urgência sem o código 10101039 (pronto socorro)');
    // Within the 90 days and no senha date typed anywhere: nothing else.
    const data = doc.querySelector<HTMLInputElement>('[name="Procedimentos[0].DataRealizacao"]')!;
    expect(warningAfter(data)).toBe('');

    // An atendimento past FUNSSEST's 90 days: an error next to the date the clerk typed.
    await type(data, '01/07/2026');
    expect(warningAfter(data)).toContain('não aceita guias com mais de 90 dias');
    expect(warningAfter(lookup)).toContain('10101039');
    expect(run.texts().join('\n')).not.toMatch(/senha/i);
  });

  it('Passo 4 of an eletiva says nothing about the urgência code', async () => {
    run = await runContent('guia-spsadt-atendimento-funssest', WIZARD, {}, [funssest]);
    await choose(run.document.querySelector<HTMLSelectElement>('#CaraterAtendimento')!, 'Eletivo');
    await nextStepFrom('guia-spsadt-procedimentos');
    expect(run.texts().join('\n')).not.toContain('10101039');
  });

  it('Resumo of an urgência without 10101039: the warning next to Caráter de Atendimento', async () => {
    run = await runContent('guia-spsadt-resumo-funssest-urgencia', WIZARD, {}, [funssest]);
    const texts = run.texts().join('\n');
    expect(texts).toContain('SP/SADT de urgência sem o código 10101039');
    const aviso = run.hosts().find((h) => shownText(h).includes('10101039'))!;
    expect(aviso.previousElementSibling?.textContent).toBe('Urgência/Emergência');
  });

  it('an operadora whose pack has no urgência rule (PASA) is never told about 10101039', async () => {
    run = await runContent('guia-spsadt-resumo', WIZARD);
    expect(run.texts().join('\n')).not.toContain('10101039');
  });
});
