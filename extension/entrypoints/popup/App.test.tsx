import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/findings.ts';
import { until, usePtBr } from '../../lib/test-support.ts';
import type { ValidationClient } from '../../lib/validation/client.ts';
import { runValidation, type Validator } from '../../lib/validation/run.ts';
import { App, type PopupDeps } from './App.tsx';

const findings: Finding[] = [
  {
    rule: 'tiss/hash',
    kind: 'tiss',
    severity: 'error',
    message: 'O hash do epílogo não confere.',
    where: { line: 90 },
  },
  {
    rule: 'tiss/schema',
    kind: 'tiss',
    severity: 'error',
    message: 'Campo dataExecucao com data inválida.',
    where: { guia: '2024001', line: 40, field: 'dataExecucao' },
  },
  {
    rule: 'prazo-envio',
    kind: 'prazo-envio',
    severity: 'warning',
    message: 'Guia fora do prazo de envio.',
    where: { guia: '2024002', line: 60 },
  },
];

function setup(over: Partial<PopupDeps> = {}) {
  const seen: { packs: unknown[]; hoje: string }[] = [];
  const validator: Validator = (_bytes, opts) => {
    seen.push({ packs: [...opts.packs], hoje: opts.hoje });
    return {
      findings,
      summary: {
        bytes: 100,
        versao: '4.01.00',
        versaoSuportada: true,
        numeroLote: '77',
        registroAnsDestino: '419133',
        quantidadeGuias: 2,
      },
    };
  };
  const client: ValidationClient = {
    validate: (req, onProgress) =>
      runValidation({ ...req, id: 1 }, validator, (e) => e.type === 'progress' && onProgress(e)),
  };
  const downloads: { name: string; content: string }[] = [];
  const copied: string[] = [];
  const deps: PopupDeps = {
    client,
    loadContext: async () => ({ packs: [{ operadora: { chave: '419133' } }] }),
    serverValidate: async () => ({ erro: 'nunca chamado' }),
    today: () => '2026-11-25',
    copyText: async (t) => {
      copied.push(t);
    },
    download: (name, _mime, content) => downloads.push({ name, content }),
    ...over,
  };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<App deps={deps} />, root);
  return { root, seen, downloads, copied };
}

function pick(root: HTMLElement, ...files: File[]) {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const xml = (name: string, text = '<?xml version="1.0"?><mensagemTISS/>') =>
  new File([text], name, { type: 'text/xml' });

describe('popup', () => {
  beforeEach(usePtBr);

  it('shows the pt-BR findings of a picked XML grouped by guia, whole-file findings first', async () => {
    const { root, seen } = setup();
    await until(() => expect(root.textContent).toContain('Arraste aqui os arquivos XML'));
    pick(root, xml('lote77.xml'));
    await until(() => expect(root.querySelector('.result')).not.toBeNull());
    const groups = [...root.querySelectorAll('.group summary')].map((s) => s.textContent);
    expect(groups).toEqual(['Arquivo / lote (1)', 'Guia 2024001 (1)', 'Guia 2024002 (1)']);
    expect(root.querySelector('.headline')?.textContent).toBe('2 erros, 1 ponto de atenção');
    expect(root.textContent).toContain('Campo dataExecucao com data inválida. (linha 40) · dataExecucao');
    expect(root.querySelector('.summary')?.textContent).toBe(
      'versão 4.01.00 · lote 77 · operadora (registro ANS) 419133 · 2 guias',
    );
    expect(seen).toEqual([{ packs: [{ operadora: { chave: '419133' } }], hoje: '2026-11-25' }]);
  });

  it('explains a non-XML file and an empty file without validating them', async () => {
    const { root, seen } = setup();
    pick(root, new File(['%PDF-1.4'], 'guia.pdf'), new File([], 'vazio.xml'));
    await until(() => expect(root.querySelectorAll('.result')).toHaveLength(2));
    expect(root.textContent).toContain('O arquivo "guia.pdf" não é um XML');
    expect(root.textContent).toContain('O arquivo "vazio.xml" está vazio.');
    expect(seen).toEqual([]);
  });

  it('exports the findings as CSV and as a printable report, and copies the CSV', async () => {
    const { root, downloads, copied } = setup();
    pick(root, xml('lote77.xml'));
    await until(() => expect(root.querySelector('.result')).not.toBeNull());
    const buttons = [...root.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'Baixar CSV')!.click();
    buttons.find((b) => b.textContent === 'Relatório para impressão')!.click();
    buttons.find((b) => b.textContent === 'Copiar (CSV)')!.click();
    await until(() => expect(copied).toHaveLength(1));
    const [csv, html] = downloads;
    expect(csv?.name).toBe('validacao-tiss.csv');
    expect(csv?.content.split('\r\n')[0]).toBe('\uFEFFArquivo;Guia;Gravidade;Regra;Mensagem;Linha;Coluna;Campo;Fonte');
    expect(csv?.content).toContain(
      'lote77.xml;2024001;Erro;tiss/schema;Campo dataExecucao com data inválida.;40;;dataExecucao;',
    );
    expect(html?.content).toContain('<h3>Guia 2024002</h3>');
    expect(copied[0]).toBe(csv?.content);
    await until(() =>
      expect(root.querySelector('.notice')?.textContent).toBe('Resultado copiado. Cole numa planilha.'),
    );
  });

  it('offers the server check only with a worker URL, and shows the server findings or its error', async () => {
    const calls: string[] = [];
    const { root } = setup({
      loadContext: async () => ({ workerUrl: 'http://127.0.0.1:8787', packs: [] }),
      serverValidate: async (url, file) => {
        calls.push(`${url} ${file.name}`);
        return { findings: [{ rule: 'x', kind: 'x', severity: 'warning', message: 'Aviso do servidor.', where: {} }] };
      },
    });
    const box = await until(() => {
      const b = root.querySelector<HTMLInputElement>('input[type=checkbox]');
      if (!b) throw new Error('sem caixa');
      return b;
    });
    expect(box.parentElement?.textContent?.trim()).toBe('Validar também no servidor');
    box.click();
    pick(root, xml('a.xml'));
    await until(() => expect(root.querySelector('.server')?.textContent).toContain('Aviso do servidor.'));
    expect(calls).toEqual(['http://127.0.0.1:8787 a.xml']);

    const { root: plain } = setup();
    await new Promise((r) => setTimeout(r, 20));
    expect(plain.querySelector('input[type=checkbox]')).toBeNull();
  });

  it('leaves the server check off when the browser refuses consent to send health data', async () => {
    const sent: string[] = [];
    const { root } = setup({
      loadContext: async () => ({ workerUrl: 'http://127.0.0.1:8787', packs: [] }),
      consentToSend: async () => false,
      serverValidate: async (_url, file) => {
        sent.push(file.name);
        return { findings: [] };
      },
    });
    const box = await until(() => {
      const b = root.querySelector<HTMLInputElement>('input[type=checkbox]');
      if (!b) throw new Error('sem caixa');
      return b;
    });
    box.click();
    await until(() => expect(box.checked).toBe(false));
    pick(root, xml('b.xml'));
    await until(() => expect(root.textContent).toContain('b.xml'));
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toEqual([]);
  });

  it('keeps earlier results when more files are added', async () => {
    const { root } = setup();
    pick(root, xml('um.xml'));
    await until(() => expect(root.querySelectorAll('.result')).toHaveLength(1));
    pick(root, xml('dois.xml'));
    await until(() => expect(root.querySelectorAll('.result')).toHaveLength(2));
    expect([...root.querySelectorAll('.file h2')].map((h) => h.textContent)).toEqual(['um.xml', 'dois.xml']);
  });
});
