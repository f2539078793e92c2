// Issue 12, "the same facts in Digitar Guia itself", in Chromium with the extension: a FUNSSEST SP/SADT de
// urgência typed step by step. The wizard shows no Senha field (001 § 2.1; 004 § 9.2 a), so what FUNSSEST's
// manual asks that the clerk can get wrong here is the urgência code (003 Q7: 10101039) and the 90 days from
// the atendimento (003 Q9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escolherOperadora } from '../portal/snapshot.ts';
import { addDays } from '../portal/state.ts';
import { screenshot } from './support/browser.ts';
import { closeInformativos, type E2eSession, extensionWarning, openSession } from './support/portal.ts';
import {
  incluirProcedimento,
  preencherAtendimento,
  preencherBeneficiario,
  preencherProfissional,
  proximo,
} from './support/wizard.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

describe('Digitar Guia SP/SADT, FUNSSEST: warnings on the fields as the clerk types', () => {
  it('urgência: the code at Caráter, the warning at the procedure until 10101039 is added; the date past 90 days', async () => {
    const { page, portal } = s;
    await page.goto(`${portal.url}/Guias/SpSadt/FaturamentoNovaGuiaEletiva`);
    await closeInformativos(page);
    await escolherOperadora(page, '330809');
    await preencherBeneficiario(page);
    await preencherProfissional(page, 'Solicitante');
    await proximo(page);

    // Passo 3: a note as soon as urgência is picked, gone when the clerk goes back to Eletivo.
    await page.selectOption('#CaraterAtendimento', 'Urgência/Emergência');
    const nota = extensionWarning(page, 'a operadora pede o código 10101039 (pronto socorro)');
    await nota.waitFor();
    await page.selectOption('#CaraterAtendimento', 'Eletivo');
    await nota.waitFor({ state: 'detached' });
    await page.selectOption('#CaraterAtendimento', 'Urgência/Emergência');
    await nota.waitFor();
    await preencherAtendimento(page, { carater: 'Urgência/Emergência', regime: 'Pronto-socorro' });
    await proximo(page);

    // Passo 4: only an exam; the warning sits right after the procedure lookup.
    await incluirProcedimento(page, '41101014');
    const aviso = extensionWarning(page, 'SP/SADT de urgência sem o código 10101039');
    await aviso.waitFor();
    // Under the lookup and its Pesquisar button, not between them.
    const antes = await aviso.evaluate((el) => ({
      lookup: !!el.previousElementSibling?.querySelector('[name="HandleTermoLookupDisplay"]'),
      botao: el.previousElementSibling?.querySelector('button')?.textContent?.trim(),
    }));
    expect(antes).toEqual({ lookup: true, botao: 'Pesquisar' });

    // A date past FUNSSEST's 90 days: an error next to that date, as it is typed.
    const [ano, mes, dia] = addDays(portal.state.today(), -120).split('-');
    await page.fill('#Procedimentos_0__DataRealizacao', `${dia}/${mes}/${ano}`);
    await extensionWarning(page, 'não aceita guias com mais de 90 dias').waitFor();
    await screenshot(page, 'guia-urgencia-funssest');

    // The clerk adds the pronto-socorro code: the urgência warning goes.
    await incluirProcedimento(page, '10101039');
    await aviso.waitFor({ state: 'detached' });
    expect(await extensionWarning(page, 'não aceita guias com mais de 90 dias').count()).toBe(1);
  });
});
