// A plain Chromium (no extension) for pages served by the local worker, e.g. the admin console. Same rules as
// the extension harness: Debian's browser, never downloaded; missing → an error (never a skip), loud under CI.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumPath } from './browser.ts';

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<PlainBrowser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    const ci = process.env.CI === 'true' ? ' (CI=true: os testes de ponta a ponta falham, não são pulados)' : '';
    throw new Error(
      `Chromium não encontrado em ${executablePath}${ci}. Instale com "apt-get install -y chromium" ou indique CHROMIUM_PATH.`,
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'tiss-preflight-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
