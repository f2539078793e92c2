// A plain Chromium (no extension) for pages served by the local worker, e.g. the admin console. Same rules as
// the extension harness: Debian's browser, never downloaded; missing → an error (never a skip), loud under CI.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { OFFLINE_ARGS, requireChromium } from './browser.ts';

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<PlainBrowser> {
  const executablePath = requireChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'tiss-preflight-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    args: [...OFFLINE_ARGS, '--disable-extensions'],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
