// The admin console end to end: real Chromium against `wrangler dev` with local D1 (startWorker()). Support
// staff sign in with a token, change a rule option (e.g. 90 → 60 dias), test the draft on a built-in TISS
// fixture in the browser, publish, see the new version on the public pack route, roll back; an editor cannot
// publish; a stale publish/save gets the 412 explained.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpVersion } from '../../admin/src/pack/semver.ts';
import { screenshot } from './support/browser.ts';
import { launchChromium, type PlainBrowser } from './support/chromium.ts';
import { createToken, type StartedWorker, startWorker } from './support/worker.ts';

const ANS = '331988';

interface Envelope {
  sequence: number;
  pack: { versao: string; regras: { id: string; kind: string; options: Record<string, unknown> }[] };
}

/** The brief's example: FUNSSEST's "até 90 dias do atendimento" becomes 60 dias. */
const PRAZO = { ans: 'arcelormittal-tubarao-funssest', key: 'maxDias', from: 90, to: 60 };

function prazoRule(): { id: string; index: number } {
  const file = new URL(`../../shared/packs/${PRAZO.ans}.json`, import.meta.url);
  const pack = JSON.parse(readFileSync(file, 'utf8')) as Envelope['pack'];
  const index = pack.regras.findIndex((r) => r.kind === 'prazo-envio' && r.options[PRAZO.key] === PRAZO.from);
  if (index < 0) throw new Error(`o pacote ${PRAZO.ans} não tem prazo-envio de ${PRAZO.from} dias`);
  return { id: pack.regras[index]!.id, index };
}

describe('admin console', () => {
  let worker: StartedWorker;
  let browser: PlainBrowser;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    if (!existsSync(new URL('../../admin/dist/index.html', import.meta.url)))
      throw new Error(
        'Console não compilado em admin/dist: rode "npm run build:test" (ou "npm run build:admin") antes.',
      );
    worker = await startWorker();
    tokens.editor = await createToken(worker, 'editor', 'suporte edição');
    tokens.publisher = await createToken(worker, 'publisher', 'suporte PASA');
    tokens.other = await createToken(worker, 'publisher', 'outra pessoa');
    tokens.viewer = await createToken(worker, 'viewer', 'consulta');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
  });

  const api = async (path: string, token: string, init: RequestInit = {}) => {
    const res = await fetch(`${worker.url}${path}`, {
      ...init,
      signal: AbortSignal.timeout(20_000),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
    return { status: res.status, etag: res.headers.get('etag'), body: (await res.json()) as Record<string, unknown> };
  };
  const publicPack = async (ans = ANS) =>
    (await (
      await fetch(`${worker.url}/v1/operadoras/${ans}/pack`, { signal: AbortSignal.timeout(20_000) })
    ).json()) as Envelope;

  async function signIn(token: string): Promise<Page> {
    const page = await browser.context.newPage();
    // Fail at the step that broke, with its locator, well before the test timeout.
    page.setDefaultTimeout(20_000);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(String(e)));
    const res = await page.goto(`${worker.url}/admin/`);
    // Served by the worker under a strict CSP (no inline script/style); any violation is collected above.
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    // Keyboard only: the first Tab lands on the token field, Enter signs in.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('token');
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
    await page.getByTestId('who').waitFor();
    (page as Page & { violations?: string[] }).violations = violations;
    return page;
  }

  async function openOperadora(page: Page, ans = ANS) {
    await page.locator(`a[href="#/operadoras/${ans}"]`).click();
    await page.getByTestId('current-version').waitFor();
  }

  it('a viewer reads packs and history but gets no edit or publish controls', async () => {
    const page = await signIn(tokens.viewer!);
    await expect(page.getByTestId('who').textContent()).resolves.toContain('perfil: leitura');
    await openOperadora(page);
    await page.getByText('somente leitura').waitFor();
    expect(await page.getByRole('button', { name: 'Salvar rascunho' }).count()).toBe(0);
    await page
      .getByRole('button', { name: /^Ver a regra/ })
      .first()
      .click();
    expect(await page.locator('#r0-details input, #r0-details textarea').first().isEditable()).toBe(false);
    await page.getByRole('tab', { name: 'Histórico' }).click();
    await page.getByRole('cell', { name: 'carga inicial' }).first().waitFor();
    expect(await page.getByRole('button', { name: /Reverter para/ }).count()).toBe(0);
    await page.close();
  });

  it('an editor signs in, sees the role and the operadoras, and cannot publish', async () => {
    const page = await signIn(tokens.editor!);
    await expect(page.getByTestId('who').textContent()).resolves.toContain('perfil: edição');
    const row = page.getByRole('row').filter({ hasText: ANS });
    await expect(row.textContent()).resolves.toContain((await publicPack()).pack.versao);
    await openOperadora(page);
    await page.getByRole('tab', { name: 'Publicar' }).click();
    await page.getByText('não publica pacotes').waitFor();
    expect(await page.getByRole('button', { name: /Publicar versão/ }).count()).toBe(0);
    // The API refuses it anyway.
    const cur = await api(`/v1/admin/operadoras/${ANS}/versions`, tokens.editor!);
    const etag = (cur.body.current as { etag: string }).etag;
    // No body: the role check comes first, and under `wrangler dev` an early error response that leaves a request
    // body unread can stall the next request (reported to the worker owner).
    const res = await api(`/v1/admin/operadoras/${ANS}/publish`, tokens.editor!, {
      method: 'POST',
      headers: { 'if-match': etag },
    });
    expect(res.status).toBe(403);
    expect((page as Page & { violations?: string[] }).violations).toEqual([]);
    await page.close();
  });

  it('a publisher changes an option, tests it, publishes, sees it on the public route and rolls back', async () => {
    const target = prazoRule();
    const before = await publicPack(PRAZO.ans);
    const next = bumpVersion(before.pack.versao, 'patch');
    const page = await signIn(tokens.publisher!);
    await expect(page.getByTestId('who').textContent()).resolves.toContain('perfil: publicação');
    await openOperadora(page, PRAZO.ans);

    await page.getByRole('button', { name: `Editar a regra ${target.id}` }).click();
    const details = page.locator(`#r${target.index}-details`);
    const input = details.getByLabel('Máximo de dias');
    await expect(input.inputValue()).resolves.toBe(String(PRAZO.from));
    await input.fill(String(PRAZO.to));
    await expect(details.getByTestId(`preview-${target.id}`).textContent()).resolves.toContain(
      `mais de ${PRAZO.to} dias`,
    );
    await page.getByText('Alterações não salvas').waitFor();
    await screenshot(page, 'admin-editor');
    await page.getByRole('button', { name: 'Salvar rascunho' }).click();
    await page.getByText(/Rascunho salvo \(revisão/).waitFor();

    // Consultas atendidas em 15/01/2026, tested as if today were 01/04/2026 (76 dias): fine under 90, late under 60.
    await page.getByRole('tab', { name: 'Testar' }).click();
    await page.getByLabel('Arquivo TISS').selectOption({ label: 'Exemplo: consulta-3-guias.xml' });
    await page.getByLabel('Data de referência (hoje)').fill('2026-04-01');
    await page.getByRole('button', { name: 'Testar rascunho' }).click();
    const result = page.getByTestId('test-result');
    await result.waitFor({ timeout: 60_000 });
    await expect(result.textContent()).resolves.toMatch(/3 novas, 0 removidas, 0 alteradas/);
    const added = await result.locator('ul.diff.added li').allTextContents();
    expect(added).toHaveLength(3);
    for (const line of added) expect(line).toMatch(/76 dias.*mais de 60 dias/);
    await screenshot(page, 'admin-testar');
    // The same check on a file of the user's own (read in the page, never uploaded to the server).
    await page.getByLabel('Arquivo TISS').selectOption({ label: 'Enviar um arquivo meu…' });
    await page
      .getByLabel('Arquivo XML')
      .setInputFiles(fileURLToPath(new URL('../fixtures/tiss/valid/consulta-3-guias.xml', import.meta.url)));
    await page.getByRole('button', { name: 'Testar rascunho' }).click();
    await result.getByText('consulta-3-guias.xml (seu arquivo)', { exact: false }).waitFor();
    await expect(result.textContent()).resolves.toMatch(/3 novas, 0 removidas, 0 alteradas/);

    await page.getByRole('tab', { name: 'Publicar' }).click();
    await expect(page.getByLabel('Nova versão').inputValue()).resolves.toBe(next);
    const changes = page.getByTestId('publish-changes').getByRole('row').filter({ hasText: PRAZO.key });
    await expect(changes.allTextContents()).resolves.toEqual([
      expect.stringMatching(new RegExp(`${PRAZO.key}alterado${PRAZO.from}${PRAZO.to}$`)),
    ]);
    await page.getByLabel('Nota da mudança').fill('Prazo de 90 para 60 dias (teste e2e)');
    await page.getByRole('button', { name: 'Verificar no servidor' }).click();
    await page.getByText(/Rascunho válido\. Teste em \d+ exemplo/).waitFor();
    await page.getByRole('button', { name: `Publicar versão ${next}` }).click();
    await page.getByText(`Versão ${next} publicada`).waitFor();

    const published = await publicPack(PRAZO.ans);
    expect(published.pack.versao).toBe(next);
    expect(published.sequence).toBe(before.sequence + 1);
    expect(published.pack.regras[target.index]?.options[PRAZO.key]).toBe(PRAZO.to);
    await page.getByTestId('current-version').filter({ hasText: next }).waitFor();

    await page.getByRole('tab', { name: 'Histórico' }).click();
    await page.getByRole('button', { name: 'Ver diferenças' }).click();
    await expect(page.getByTestId('version-diff').textContent()).resolves.toContain(PRAZO.key);
    await page.getByRole('button', { name: `Reverter para ${before.pack.versao}` }).click();
    await page.getByLabel('Motivo da reversão').fill('volta ao prazo anterior');
    await page.getByRole('button', { name: `Confirmar reversão para ${before.pack.versao}` }).click();
    await page.getByText(`Versão ${before.pack.versao} é de novo a atual`).waitFor();
    const rolledBack = await publicPack(PRAZO.ans);
    expect(rolledBack.pack.versao).toBe(before.pack.versao);
    expect(rolledBack.sequence).toBe(before.sequence + 2);
    expect(rolledBack.pack.regras[target.index]?.options[PRAZO.key]).toBe(PRAZO.from);

    // The audit log tells who published and rolled back, from which version to which.
    await page.getByRole('link', { name: 'Auditoria' }).click();
    await page.getByLabel('Operadora (registro/chave)').fill(PRAZO.ans);
    await page.getByLabel('Ação').selectOption({ label: 'publicação' });
    await page.getByRole('button', { name: 'Filtrar' }).click();
    const row = page.getByRole('row').filter({ hasText: `${before.pack.versao} → ${next}` });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('suporte PASA');
    expect((page as Page & { violations?: string[] }).violations).toEqual([]);
    await page.close();
  });

  it('a stale publish and a stale save are explained, and what the user typed stays', async () => {
    const page = await signIn(tokens.publisher!);
    await openOperadora(page);
    // This person saves a change (last rule becomes a warning/info) ...
    const lastSeverity = page.getByRole('combobox', { name: /Gravidade da regra/ }).last();
    await lastSeverity.selectOption((await lastSeverity.inputValue()) === 'info' ? 'warning' : 'info');
    await page.getByRole('button', { name: 'Salvar rascunho' }).click();
    await page.getByText(/Rascunho salvo \(revisão/).waitFor();
    // ... then someone else saves the draft and publishes while this page is open.
    const draft = await api(`/v1/admin/operadoras/${ANS}/draft`, tokens.other!);
    const pack = draft.body.pack as Envelope['pack'];
    const saved = await api(`/v1/admin/operadoras/${ANS}/draft`, tokens.other!, {
      method: 'PUT',
      headers: { 'if-match': String(draft.body.etag) },
      body: JSON.stringify({ pack: { ...pack, vigencia: '2026-12-01' } }),
    });
    expect(saved.status).toBe(200);
    const versions = await api(`/v1/admin/operadoras/${ANS}/versions`, tokens.other!);
    const current = versions.body.current as { etag: string; versao: string };
    const theirs = bumpVersion(current.versao, 'minor');
    const mine = bumpVersion(current.versao, 'major');
    const pub = await api(`/v1/admin/operadoras/${ANS}/publish`, tokens.other!, {
      method: 'POST',
      headers: { 'if-match': current.etag },
      body: JSON.stringify({ note: 'nova vigência', versao: theirs }),
    });
    expect(pub.status).toBe(201);

    await page.getByRole('tab', { name: 'Publicar' }).click();
    await page.getByLabel('Nova versão').fill(mine);
    await page.getByLabel('Nota da mudança').fill('minha mudança');
    await page.getByRole('button', { name: `Publicar versão ${mine}` }).click();
    await page
      .getByText(
        `Outra pessoa publicou a versão ${theirs} enquanto você editava. Recarregue e reaplique suas alterações.`,
      )
      .waitFor();

    await page.getByRole('tab', { name: 'Regras' }).click();
    const firstSeverity = page.getByRole('combobox', { name: /Gravidade da regra/ }).first();
    const sev = await firstSeverity.inputValue();
    await firstSeverity.selectOption(sev === 'info' ? 'warning' : 'info');
    await page.getByRole('button', { name: 'Salvar rascunho' }).click();
    await page.getByText(/Outra pessoa alterou este pacote enquanto você editava/).waitFor();
    // Nothing lost: the edit is still on screen and a copy is offered to reapply.
    await expect(firstSeverity.inputValue()).resolves.toBe(sev === 'info' ? 'warning' : 'info');
    await expect(page.getByLabel('Suas alterações (cópia para reaplicar)').inputValue()).resolves.toContain(
      '"severity"',
    );
    expect((await publicPack()).pack.versao).toBe(theirs);
    // "Recarregue e reaplique": reloading brings the other person's draft and version; the copy stays to reapply.
    await page.getByRole('button', { name: 'Recarregar o rascunho do servidor' }).click();
    await page.getByTestId('current-version').filter({ hasText: theirs }).waitFor();
    await page.getByText('Rascunho recarregado').waitFor();
    await expect(firstSeverity.inputValue()).resolves.toBe(sev);
    await expect(page.getByLabel('Suas alterações (cópia para reaplicar)').inputValue()).resolves.toContain(
      '"severity"',
    );
    await page.close();
  });
});
