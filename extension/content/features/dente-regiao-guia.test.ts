// The odonto wizard's Passo 3 as 001 § 2.1 shows it (Código | Novo Procedimento / Item Assistencial | Quantidade*,
// Data Realização, "Referente a" Região / Dente), FUNSSEST's pack (003 Q32: dente ou região on every procedure).
import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const PATH = '/Guias/Odonto/FaturamentoNovaGuiaEletiva';
const referente = (r: ContentRun) => r.document.querySelector('.bc-referente')!;
/** The warning beside the field (right after it, in the same row of the procedure's fields). */
const avisoNoReferente = (r: ContentRun) =>
  r.hosts().find((h) => h.previousElementSibling === referente(r) || referente(r).contains(h));

describe('dente-regiao-guia', () => {
  it('warns next to "Referente a" while the procedure names no dente nor região, and stops once one is typed', async () => {
    run = await runContent('guia-odonto-procedimentos', PATH);
    expect(avisoNoReferente(run), run.texts().join('\n')).toBeDefined();
    expect(shownText(avisoNoReferente(run)!)).toContain(
      'item 1 (81000065): informe o dente ou a região — obrigatório em todo procedimento odontológico',
    );
    const valor = referente(run).querySelector<HTMLInputElement>('input[type=text]')!;
    valor.value = '01. ASAI - Arcadas Superiores e inferiores';
    valor.dispatchEvent(new Event('input', { bubbles: true }));
    await run.settle();
    expect(avisoNoReferente(run)).toBeUndefined();
  });

  it('says nothing under an operadora whose pack has no such rule (PASA)', async () => {
    run = await runContent('guia-odonto-procedimentos', PATH);
    run.document.querySelector('.bc-operadora-titulo')!.textContent = 'PASA - ANS nº 331988';
    await run.settle();
    expect(avisoNoReferente(run)).toBeUndefined();
  });
});
