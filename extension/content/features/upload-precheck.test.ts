import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/tiss');
const UPLOAD = '/Uploads/UploadXML/Novo';

function fixture(file: string): File {
  return new File([readFileSync(join(fixtures, file))], file.split('/').pop()!, { type: 'text/xml' });
}

function pick(r: ContentRun, file: string): HTMLInputElement {
  const input = r.document.querySelector<HTMLInputElement>('bc-incluir-arquivo input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [fixture(file)], configurable: true });
  return input;
}

/** Drops the fixture on the area's "Clique aqui ou arraste um arquivo para esta área" (004 § 9.1). */
function drop(r: ContentRun, file: string): void {
  const target =
    r.document.querySelector('bc-incluir-arquivo .dz-message') ?? r.document.querySelector('bc-incluir-arquivo')!;
  const transfer = new DataTransfer();
  transfer.items.add(fixture(file));
  // happy-dom's DragEvent is a plain Event: the DataTransfer is attached as the browser would.
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: transfer });
  target.dispatchEvent(event);
}

async function result(r: ContentRun): Promise<string> {
  const zone = r.document.querySelector('bc-incluir-arquivo')!;
  for (let i = 0; i < 200; i++) {
    const text = zone.nextElementSibling ? shownText(zone.nextElementSibling) : '';
    if (text && !text.includes('Verificando')) return text;
    await new Promise((ok) => setTimeout(ok, 20));
  }
  throw new Error('a pré-verificação não terminou');
}

describe('upload-precheck', () => {
  it('shows the errors of a bad XML (wrong hash) next to the upload area', async () => {
    run = await runContent('upload-xml', UPLOAD);
    pick(run, 'invalid/hash-wrong.xml').dispatchEvent(new Event('change', { bubbles: true }));
    const texto = await result(run);
    expect(texto).toMatch(/"hash-wrong\.xml": 1 erro encontrado antes do envio/);
    expect(texto).toMatch(/hash/i);
  });

  it('checks a file dropped on the area too (no file input involved)', async () => {
    run = await runContent('upload-xml', UPLOAD);
    let portalViu = 0;
    run.document.querySelector('bc-incluir-arquivo')!.addEventListener('drop', () => portalViu++);
    drop(run, 'invalid/hash-wrong.xml');
    const texto = await result(run);
    expect(texto).toMatch(/"hash-wrong\.xml": 1 erro encontrado antes do envio/);
    expect(texto).toMatch(/hash/i);
    // Not blocking by default: the portal got the drop.
    expect(portalViu).toBe(1);
    // The portal shows the dropped file in the area (a re-render): the result stays.
    const area = run.document.querySelector('bc-incluir-arquivo')!;
    const preview = run.document.createElement('span');
    preview.textContent = 'hash-wrong.xml';
    area.append(preview);
    await run.settle();
    expect(await result(run)).toContain('"hash-wrong.xml"');
    // The clerk clicks Remover: the area no longer names the file, and the result goes with it.
    preview.remove();
    await run.settle();
    expect(run.texts().some((t) => t.includes('hash-wrong.xml'))).toBe(false);
  });

  it('holds a dropped file with errors back, and replays the drop of a good one, when blocking is on', async () => {
    run = await runContent('upload-xml', UPLOAD, { bloquearEnvioComErros: true });
    let portalViu = 0;
    run.document.querySelector('bc-incluir-arquivo')!.addEventListener('drop', () => portalViu++);
    drop(run, 'invalid/hash-wrong.xml');
    expect(await result(run)).toContain('envio bloqueado');
    expect(portalViu).toBe(0);
    drop(run, 'valid/consulta-3-guias.xml');
    await expect.poll(() => portalViu).toBe(1);
  });

  it('says the file passed when it has no error', async () => {
    run = await runContent('upload-xml', UPLOAD);
    pick(run, 'valid/consulta-3-guias.xml').dispatchEvent(new Event('change', { bubbles: true }));
    expect(await result(run)).toContain('"consulta-3-guias.xml": nenhum erro encontrado na pré-verificação.');
  });

  it('holds a file with errors back from the portal when "bloquear envio com erros" is on', async () => {
    run = await runContent('upload-xml', UPLOAD, { bloquearEnvioComErros: true });
    const input = pick(run, 'invalid/hash-wrong.xml');
    let portalViu = 0;
    input.addEventListener('change', () => portalViu++);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await result(run)).toContain('envio bloqueado');
    expect(portalViu).toBe(0);
  });

  it('hands a good file to the portal when "bloquear envio com erros" is on', async () => {
    run = await runContent('upload-xml', UPLOAD, { bloquearEnvioComErros: true });
    const input = pick(run, 'valid/consulta-3-guias.xml');
    let portalViu = 0;
    input.addEventListener('change', () => portalViu++);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await result(run);
    await expect.poll(() => portalViu).toBe(1);
  });
});
