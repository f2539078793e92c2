// The mock Conecta portal for end-to-end tests, and signing in the way a clerk does.
import type { Locator, Page } from 'playwright-core';
import { RUN_ATTRIBUTE } from '../../../extension/content/ui/own-ui.ts';
import { type RunningPortal, startPortal } from '../../portal/server.ts';
import { type ExtensionBrowser, launchWithExtension } from './browser.ts';

export type { RunningPortal };

export interface E2eSession {
  portal: RunningPortal;
  browser: ExtensionBrowser;
  page: Page;
  close(): Promise<void>;
}

/** Starts a fresh portal and browser, signs in, and returns a page on the portal's home. */
export async function openSession(): Promise<E2eSession> {
  const portal = await startPortal({ port: 0 });
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension();
    const page = await browser.newPage();
    await login(page, portal.url);
    const b = browser;
    return {
      portal,
      browser: b,
      page,
      async close() {
        await b.close();
        await portal.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await portal.close();
    throw error;
  }
}

export async function login(page: Page, portalUrl: string): Promise<void> {
  await page.goto(`${portalUrl}/Account/Login`);
  await page.fill('#Email', 'faturamento@clinica-teste.com.br');
  await page.fill('#Senha', 'senha-de-teste');
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/Account/Login')), page.click('#btnLogin')]);
}

/**
 * What an extension warning shows: the text inside its shadow root, its <style> left out. Runs in the page, handed
 * to Playwright's or Puppeteer's evaluate (Chromium and Firefox tests).
 */
export function shownText(h: unknown): string {
  const root = (h as { shadowRoot: { childNodes: ArrayLike<{ nodeName: string; textContent: string | null }> } })
    .shadowRoot;
  return Array.from(root.childNodes)
    .filter((n) => n.nodeName !== 'STYLE')
    .map((n) => n.textContent ?? '')
    .join('');
}

export function warningText(warning: Locator): Promise<string> {
  return warning.evaluate(shownText);
}

/** The portal's test shortcut: a signed-in session landing on `path`; `informativos` as the portal's hook takes it. */
export function signedInUrl(portalUrl: string, path: string, informativos?: '0' | '1' | 'evolucao'): string {
  const q = informativos ? `informativos=${informativos}&` : '';
  return `${portalUrl}/__test__/login?${q}ReturnUrl=${encodeURIComponent(path)}`;
}

/**
 * Closes the notices the portal shows after login or navigation, when open: #bcInformativosModal and the
 * second popup, bc-modal-evolution under body (conecta-portal.md).
 */
export async function closeInformativos(page: Page): Promise<void> {
  for (const modal of ['#bcInformativosModal', '#bcModalEvolution']) {
    const fechar = page.locator(`${modal} .modal-footer button`, { hasText: 'Fechar' });
    if (await fechar.isVisible()) await fechar.click();
  }
}

/** A warning/badge of the extension whose text contains `text` (Playwright pierces open shadow roots). */
export function extensionWarning(page: Page, text: string) {
  return page.locator('tiss-preflight-aviso').filter({ hasText: text });
}

/**
 * Waits until the content script is done with the page as it is now (<html data-tiss-preflight-run>, written
 * after a run when no other is due): what it has not shown by then, it does not show for this page. Any page
 * change or input before this call makes it wait for the run that follows. Fails after `timeout`.
 */
export async function contentChecked(page: Page, timeout = 15_000): Promise<void> {
  await page.locator(`html[${RUN_ATTRIBUTE}]`).waitFor({ state: 'attached', timeout });
}
