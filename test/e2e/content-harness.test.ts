// The harness itself: a missing browser is a failure with a clear message (CI installs it), never a skip.
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension } from './support/browser.ts';

const saved = { path: process.env.CHROMIUM_PATH, ci: process.env.CI };
afterEach(() => {
  if (saved.path === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved.path;
  if (saved.ci === undefined) delete process.env.CI;
  else process.env.CI = saved.ci;
});

describe('e2e harness', () => {
  it('fails loudly, naming the missing browser, when Chromium is not installed under CI', async () => {
    process.env.CHROMIUM_PATH = '/nao/existe/chromium';
    process.env.CI = 'true';
    await expect(launchWithExtension()).rejects.toThrow(
      'Chromium não encontrado em /nao/existe/chromium (CI=true: os testes de ponta a ponta falham, não são pulados)',
    );
  });

  it('resolves the extension id from its service worker', async () => {
    const browser = await launchWithExtension();
    try {
      expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
      expect(browser.serviceWorker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
    } finally {
      await browser.close();
    }
  });
});
