import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const RECURSO = '/Pagamentos/RecursoGlosa/Editar/52538';
const warningAfter = (el: Element) =>
  [el.nextElementSibling, el.nextElementSibling?.nextElementSibling]
    .filter((n): n is Element => n?.tagName.toLowerCase() === 'tiss-preflight-aviso')
    .map(shownText)
    .join('\n');

function type(r: ContentRun, selector: string, value: string): void {
  const field = r.document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('recurso-glosa (PASA pack)', () => {
  it('asks for the justificativa of each glosa code, next to its field', async () => {
    run = await runContent('recurso-glosa-justificar', RECURSO);
    const primeira = run.document.querySelector('[name="Justificativas[0].Justificativa"]')!;
    const segunda = run.document.querySelector('[name="Justificativas[1].Justificativa"]')!;
    expect(warningAfter(primeira)).toMatch(/1714/);
    expect(warningAfter(segunda)).toMatch(/2607/);
  });

  it('stops asking once the justificativa is written', async () => {
    run = await runContent('recurso-glosa-justificar', RECURSO);
    type(run, '[name="Justificativas[0].Justificativa"]', 'Valor conforme tabela contratual vigente.');
    await run.settle();
    expect(warningAfter(run.document.querySelector('[name="Justificativas[0].Justificativa"]')!)).toBe('');
    expect(warningAfter(run.document.querySelector('[name="Justificativas[1].Justificativa"]')!)).toMatch(/2607/);
  });

  it('flags a Vlr. Recursado above the Vlr. Glosado next to that field', async () => {
    run = await runContent('recurso-glosa-justificar', RECURSO);
    const valor = run.document.getElementById('ValorRecursado')!;
    expect(warningAfter(valor)).toBe('');
    type(run, '#ValorRecursado', 'R$ 150,00');
    await run.settle();
    expect(warningAfter(valor)).toMatch(/Erro: .*150,00.*100,00/);
  });

  it('is quiet on the recurso page before any justificativa is opened', async () => {
    run = await runContent('recurso-glosa', RECURSO);
    expect(run.texts().join('\n')).not.toMatch(/Erro|Justificativa/);
  });

  it('takes its Salvar answer away when the justificativa modal closes by its classes alone', async () => {
    run = await runContent('recurso-glosa-justificar', RECURSO);
    const salvar = [...run.document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Salvar Justificativas',
    )!;
    salvar.click();
    const answer = () =>
      run!
        .texts()
        .filter((t) => t.includes('confira antes de salvar'))
        .join('\n');
    expect(answer()).toMatch(/1714/);
    // Bootstrap closes a modal by taking "in" off (its inline display may follow later, or not at all): the answer
    // must not wait in the hidden modal for the clerk's next, unrelated visit.
    salvar.closest('.modal')!.classList.remove('in');
    await run.settle();
    expect(answer()).toBe('');
  });
});
