// The recurso page as 004 § 13.7 shows it (Situação do Recurso "Não enviado", Data Inclusão), IPAM's pack
// (7 days), hoje 20/11/2026.
import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, setHeaderField, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const RECURSO = '/Pagamentos/RecursoGlosa/Detalhes/52531';
const aviso = (r: ContentRun) => r.hosts().find((h) => shownText(h).includes('Enviar Recurso'));

describe('recurso-nao-enviado', () => {
  it('a recurso saved 20 days ago and still Não enviado: warning next to its situação', async () => {
    run = await runContent('recurso-glosa-nao-enviado', RECURSO);
    expect(shownText(aviso(run)!)).toContain(
      'O recurso de glosa 52531, incluído em 31/10/2026 (há 20 dias), está "Não enviado"',
    );
  });

  it('nothing once it is sent', async () => {
    run = await runContent('recurso-glosa-nao-enviado', RECURSO);
    setHeaderField(run.document, ['Situação do Recurso'], 'Enviado');
    await run.settle();
    expect(aviso(run)).toBeUndefined();
  });
});
