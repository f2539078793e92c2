// The end-to-end harness: real Chromium (Debian's, never downloaded) with the extension's test build loaded,
// in a throw-away profile. Missing pieces are errors, never skips: under CI=true a missing browser must fail
// the run, and a missing build means `npm run build:test` was not run. Firefox: ./firefox.ts, same rules.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The extension's test build for one browser (`npm run build:test` makes both). */
export function extensionBuildDir(target: 'chrome' | 'firefox'): string {
  return join(root, '.output', `${target}-mv3-test`);
}
export const EXTENSION_DIR = extensionBuildDir('chrome');
export const SCREENSHOT_DIR = join(root, 'docs', 'screenshots');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The extension's test build in `dir`, or a clear error saying how to make it. */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`Extensão de teste não encontrada em ${dir}: rode "npm run build:test" antes.`);
  }
  return dir;
}

/** A browser executable, or a clear error: a missing browser fails the tests (under CI=true too), never skips them. */
export function requireBrowser(name: string, executablePath: string, aptPackage: string, envVar: string): string {
  if (!existsSync(executablePath)) {
    const ci = process.env.CI === 'true' ? ' (CI=true: os testes de ponta a ponta falham, não são pulados)' : '';
    throw new Error(
      `${name} não encontrado em ${executablePath}${ci}. Instale com "apt-get install -y ${aptPackage}" ou indique ${envVar}.`,
    );
  }
  return executablePath;
}

/** The bit of the extension API the harness calls inside the service worker (node world has no `chrome` types). */
interface ChromeStorageGlobal {
  chrome: {
    storage: {
      local: {
        set(items: Record<string, unknown>): Promise<void>;
        get(keys: null): Promise<Record<string, unknown>>;
      };
    };
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  newPage(): Promise<Page>;
  /** Writes keys into the extension's storage.local (as the options page would). */
  seedStorage(items: Record<string, unknown>): Promise<void>;
  readStorage(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Flags for Chromium on this machine: no network but loopback, nothing phoning home. */
export const OFFLINE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Debian's Chromium, or a clear error. */
export function requireChromium(): string {
  return requireBrowser('Chromium', chromiumPath(), 'chromium', 'CHROMIUM_PATH');
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const executablePath = requireChromium();
  requireBuild(EXTENSION_DIR);
  const userDataDir = await mkdtemp(join(tmpdir(), 'tiss-preflight-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    // The extension's own UI text (browser.i18n) follows the browser's language, which Chromium on Linux takes
    // from the environment: the clerks' is pt-BR.
    env: { ...process.env, LANGUAGE: 'pt_BR', LANG: 'pt_BR.UTF-8' },
    viewport: { width: 1280, height: 900 },
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    args: [...OFFLINE_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  try {
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      newPage: () => context.newPage(),
      async seedStorage(items) {
        await serviceWorker.evaluate(
          (data) => (globalThis as unknown as ChromeStorageGlobal).chrome.storage.local.set(data),
          items,
        );
      },
      async readStorage() {
        return serviceWorker.evaluate(() =>
          (globalThis as unknown as ChromeStorageGlobal).chrome.storage.local.get(null),
        );
      },
      async close() {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Saves a screenshot for the README into docs/screenshots/<name>.png. */
/**
 * Screenshot of a main screen. Written to docs/screenshots/ (for the README) only when UPDATE_SCREENSHOTS=1, so a
 * plain test run never dirties the work tree; otherwise to the OS temp dir, where a failing run can still be read.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? SCREENSHOT_DIR : join(tmpdir(), 'tiss-preflight-screenshots');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
