// Issue 11 § 4: an "Erro" box appears unprompted only for the clerk's own mistake. Every snapshot of the mock
// portal (pages rebuilt from the manuals, test/portal/README.md) where the clerk did nothing wrong is run
// through every feature with the default packs: none shows "Erro".
import { describe, expect, it } from 'vitest';
import { SNAPSHOTS } from '../../../test/portal/snapshot.ts';
import { runContent } from '../testing/run-content.ts';

/** Snapshots that hold a mistake of the clerk's own, and which. */
const ERRO_DO_PRESTADOR: Record<string, string> = {
  'lote-funssest-101-guias': 'lote with 101 guias, limit 100 (003 Q28)',
  'lote-enviar-ate-vencido': 'lote not sent by its Enviar Até (Calendário)',
  'recurso-glosa-justificar': 'justificativas still empty in the open dialog, Salvar ahead',
  'guia-odonto-procedimentos':
    'odonto procedure with its Referente a (dente/região) empty, FUNSSEST requires it (003 Q32)',
};

const path = (url: string) => (url.startsWith('/__recurso__/') ? '/Pagamentos/RecursoGlosa/Editar/52538' : url);

describe('no "Erro" where the clerk did nothing wrong', () => {
  const semErro = SNAPSHOTS.filter((s) => !(s.nome in ERRO_DO_PRESTADOR));

  it('covers the lote, search, recurso, nota fiscal, Com falha no Envio and Pesquisa de Guias pages', () => {
    const nomes = semErro.map((s) => s.nome);
    for (const n of ['lote-ipam-pago', 'lote-serpro-envio-pendente', 'pesquisa-lote-ipam', 'documentos-com-falha'])
      expect(nomes).toContain(n);
    expect(nomes).toContain('pagamentos-pendentes-nota-salva');
    expect(nomes).toContain('recurso-glosa-nao-enviado');
    for (const n of ['pesquisa-guias', 'pesquisa-guias-funssest-selecionada']) expect(nomes).toContain(n);
  });

  it.each(semErro.map((s) => [s.nome, s.descricao, s.url] as const))('%s: %s', async (nome, _d, url) => {
    const run = await runContent(nome, path(url.split('?')[0]!));
    try {
      expect(run.texts().filter((t) => /Erro\b/.test(t))).toEqual([]);
    } finally {
      run.stop();
    }
  });
});
