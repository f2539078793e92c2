// The end-to-end harness in Firefox: Debian's firefox-esr (never downloaded) driven over WebDriver BiDi by
// puppeteer-core, the extension's Firefox test build installed as a temporary add-on (BiDi webExtension.install,
// as about:debugging's "Load Temporary Add-on" does). Same rules as ./browser.ts: a missing browser or build is an
// error, never a skip.
//
// Why puppeteer-core and not playwright-core (used for Chromium): Playwright's stock-Firefox BiDi mode sends
// emulation.setMediaFeaturesOverride on every new context, which firefox-esr 153 answers "unknown command", and it
// has no call to install an add-on; its own Firefox build cannot be downloaded here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { RUN_ATTRIBUTE } from '../../../extension/content/ui/own-ui.ts';
import { startPortal } from '../../portal/server.ts';
import { extensionBuildDir, requireBrowser, requireBuild } from './browser.ts';
import { type RunningPortal, shownText, signedInUrl } from './portal.ts';

export const FIREFOX_EXTENSION_DIR = extensionBuildDir('firefox');

/**
 * The moz-extension:// host of the add-on in every test profile. Firefox picks a random one per profile unless the
 * `extensions.webextensions.uuids` pref already maps the add-on's id (browser_specific_settings.gecko.id) to one,
 * so the harness sets that pref before the install instead of digging the uuid out of the browser afterwards.
 */
export const FIREFOX_EXTENSION_UUID = '2f6c1f0e-7d1a-4c55-9a43-5e1b7a0c9d11';

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

function addonId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json sem browser_specific_settings.gecko.id: o Firefox exige um id fixo.`);
  return id;
}

/**
 * Prefs of the test profile:
 * - host permissions: Firefox treats an MV3 add-on's host_permissions as opt-in; with originControls.grantByDefault
 *   (Firefox's default since 127, set here so the run does not depend on it) they are granted at install, as when a
 *   user accepts the install prompt. The test build's are the portal's hosts plus 127.0.0.1/localhost.
 * - pt-BR: browser.i18n follows Firefox's UI language, which needs Debian's langpack (firefox-esr-l10n-pt-br).
 * - offline: every connection but loopback goes to a closed proxy port (as Chromium's host-resolver-rules).
 */
function testPrefs(id: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
    'extensions.originControls.grantByDefault': true,
    'intl.locale.requested': 'pt-BR',
    'intl.accept_languages': 'pt-BR, pt',
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'app.normandy.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
  };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>/<path> of the installed add-on. */
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /** A new tab showing one of the add-on's pages (e.g. popup.html), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const executablePath = requireBrowser('Firefox', firefoxPath(), 'firefox-esr', 'FIREFOX_PATH');
  const dir = requireBuild(FIREFOX_EXTENSION_DIR);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Lets the test open moz-extension:// pages: the Remote Agent refuses to navigate to them otherwise
    // ("Navigation to moz-extension://… is not allowed in this context").
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TZ: 'America/Sao_Paulo', LANG: 'pt_BR.UTF-8', LANGUAGE: 'pt_BR' },
    extraPrefsFirefox: testPrefs(addonId(dir)),
  });
  try {
    await browser.installExtension(dir);
    await browser.defaultBrowserContext().pages(); // the first tab exists before tests open theirs
    const extensionUrl = (path: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
    return {
      browser,
      extensionUrl,
      newPage: () => browser.newPage(),
      async openExtensionPage(path) {
        const page = await browser.newPage();
        // The tab moves into the extension process on this navigation and puppeteer never sees it finish (its
        // goto waits out its timeout, then reports the frame detached) although the page loads: the load is
        // awaited through the document instead.
        page.goto(extensionUrl(path)).catch(() => undefined);
        await page.waitForFunction(
          (url: string) => location.href === url && document.readyState === 'complete',
          { timeout: 30_000 },
          extensionUrl(path),
        );
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export interface FirefoxSession {
  portal: RunningPortal;
  firefox: FirefoxWithExtension;
  page: Page;
  /** Opens `path` of the portal signed in (the portal's test shortcut); `informativos` as in signedInUrl. */
  open(path: string, informativos?: '0' | '1' | 'evolucao'): Promise<void>;
  close(): Promise<void>;
}

/** A fresh mock portal and Firefox with the add-on, and one tab. */
export async function openFirefoxSession(): Promise<FirefoxSession> {
  const portal = await startPortal({ port: 0 });
  let firefox: FirefoxWithExtension | undefined;
  try {
    firefox = await launchFirefoxWithExtension();
    const page = await firefox.newPage();
    const f = firefox;
    return {
      portal,
      firefox: f,
      page,
      async open(path, informativos) {
        await page.goto(signedInUrl(portal.url, path, informativos));
      },
      async close() {
        await f.close();
        await portal.close();
      },
    };
  } catch (error) {
    await firefox?.close();
    await portal.close();
    throw error;
  }
}

/** The text every extension warning on the page shows (as warningText reads one in Chromium). */
export async function warningTexts(page: Page): Promise<string[]> {
  const warnings = await page.$$('tiss-preflight-aviso');
  return Promise.all(warnings.map((w) => w.evaluate(shownText)));
}

/** contentChecked (./portal.ts) in Firefox: the content script is done with the page as it is now. */
export async function contentCheckedFirefox(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector(`html[${RUN_ATTRIBUTE}]`, { timeout });
}
