import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RascunhoRecurso } from '../../../../shared/glosas/draft.ts';
import { defaultPackFiles } from '../../../../shared/packs/index.ts';
import { demonstrativoXml, SAMPLE } from '../../../../test/support/tiss-demonstrativo.ts';
import { until, usePtBr } from '../../../lib/test-support.ts';
import { App, type PopupDeps } from '../App.tsx';

function setup(registroANS: string, packs: Record<string, unknown>[]) {
  const downloads: { name: string; content: string | Uint8Array }[] = [];
  const guardados: RascunhoRecurso[][] = [];
  const deps: PopupDeps = {
    client: { validate: async () => ({ type: 'result', id: 1, findings: [] }) },
    loadContext: async () => ({ packs }),
    serverValidate: async () => ({ erro: 'nunca' }),
    today: () => '2026-12-10',
    now: () => new Date('2026-12-10T12:00:00Z'),
    copyText: async () => {},
    download: (name, _mime, content) => downloads.push({ name, content }),
    guardarRascunhos: async (r) => {
      guardados.push(r);
    },
  };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<App deps={deps} />, root);
  const file = new File([demonstrativoXml({ ...SAMPLE, registroANS }).bytes as BlobPart], 'demonstrativo.xml', {
    type: 'text/xml',
  });
  return { root, downloads, guardados, file };
}

const button = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

function drop(root: HTMLElement, file: File) {
  const input = root.querySelector<HTMLInputElement>('#demonstrativo')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string, event = 'input') {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('popup: glosas of a demonstrativo', () => {
  beforeEach(usePtBr);

  it('shows totals, groups and deadline, exports CSV, and keeps the edited draft for the portal (IPAM)', async () => {
    const { root, downloads, guardados, file } = setup('999991', [defaultPackFiles.ipam as Record<string, unknown>]);
    await until(() => expect(root.textContent).toContain('Glosas do demonstrativo'));
    button(root, 'Glosas do demonstrativo').click();
    await until(() => expect(root.querySelector('#demonstrativo')).not.toBeNull());
    drop(root, file);
    await until(() => expect(root.querySelector('.glosas-totais')).not.toBeNull());
    expect(root.querySelector('.glosas-totais')!.textContent).toBe(
      'Informado R$ 305,00 · Processado R$ 305,00 · Liberado R$ 130,00 · Glosado R$ 175,00',
    );
    expect(root.textContent).toContain('Valor / cobrança');
    expect(root.textContent).toContain('Guia 52476: R$ 80,00 de R$ 130,00 [1714]');
    type(root.querySelector<HTMLInputElement>('#glosas-pagamento')!, '2026-10-15');
    await until(() =>
      expect(root.textContent).toContain('até 14/12/2026 (60 dias após o pagamento de 15/10/2026): faltam 4 dias'),
    );

    button(root, 'Baixar CSV').click();
    const csv = downloads.find((d) => d.name === 'glosas.csv')!.content as string;
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFProtocolo;Lote;Guia;Procedimento;Nível;Códigos de glosa;Motivo (Tabela 38);Grupo;Valor glosado (R$);Costuma ser revertida',
    );
    expect(csv).toContain(
      '59548;6994;52476;10101012;item;1714;VALOR DO SERVIÇO SUPERIOR AO VALOR DE TABELA;Valor / cobrança;80,00;',
    );

    // IPAM takes the recurso in the portal's form: no XML button, a draft to keep instead.
    expect(button(root, 'Baixar XML do recurso')).toBeUndefined();
    const valor = root.querySelector<HTMLInputElement>('#rec-59548-0-valor')!;
    type(valor, '90,00', 'change');
    await until(() =>
      expect(root.querySelector('#rec-59548-0-valor-erro')!.textContent).toBe(
        'O Vlr. Recursado (R$ 90,00) não pode passar do Vlr. Glosado (R$ 80,00).',
      ),
    );
    expect(valor.value).toBe('80,00');
    type(valor, '50,00', 'change');
    type(root.querySelector<HTMLTextAreaElement>('#rec-59548-0-j0')!, 'Valor da tabela do contrato, anexo.');
    await until(() => expect(root.textContent).toContain('Total recursado: R$ 85,00'));
    button(root, 'Guardar para preencher no portal').click();
    await until(() => expect(guardados).toHaveLength(1));
    const [saved] = guardados[0]!;
    expect(saved!.alvos[0]).toMatchObject({
      valorRecursado: 5000,
      justificativas: [{ texto: 'Valor da tabela do contrato, anexo.' }],
    });
  });

  it('without a pack the operadora is unknown: both the XML and the portal draft are offered, and the XML is validated', async () => {
    const { root, downloads, file } = setup('330809', []);
    button(root, 'Glosas do demonstrativo').click();
    await until(() => expect(root.querySelector('#demonstrativo')).not.toBeNull());
    drop(root, file);
    await until(() => expect(root.querySelector('.glosas-totais')).not.toBeNull());
    expect(root.textContent).toContain('sem pacote de regras desta operadora');
    // Neutral texts are empty without a pack: the XML is refused until every justificativa is written.
    [...root.querySelectorAll<HTMLButtonElement>('button')]
      .filter((b) => b.textContent === 'Baixar XML do recurso')[1]!
      .click();
    await until(() => expect(root.textContent).toContain('Protocolo, glosa 1701: escreva a justificativa.'));
    type(root.querySelector<HTMLTextAreaElement>('#rec-59549-0-j0')!, 'Conta enviada no prazo: protocolo 59549.');
    await new Promise((r) => setTimeout(r, 0));
    [...root.querySelectorAll<HTMLButtonElement>('button')]
      .filter((b) => b.textContent === 'Baixar XML do recurso')[1]!
      .click();
    await until(() =>
      expect(downloads.map((d) => d.name)).toEqual([expect.stringMatching(/^00000000000000006995_[0-9a-f]{32}\.xml$/)]),
    );
    expect(root.textContent).toContain('XML do recurso validado e baixado');
  });
});
