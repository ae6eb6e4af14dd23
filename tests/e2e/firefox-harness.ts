// Firefox e2e harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, the Firefox build installed, a catch-all proxy.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR, ROOT } from './harness.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
/** The add-on id from wxt.config.ts; its moz-extension UUID is fixed by a pref so pages can be addressed. */
export const ADDON_ID = 'common-ground@example.org';
export const ADDON_UUID = '3c0a5e1b-7d42-4b8e-a6f1-2e9d0c4b7a15';
/**
 * Firefox's own traffic, not the extension's: puppeteer points Firefox's services at dummy.test, and Firefox still
 * polls Mozilla's remote-settings servers. Nothing in the extension names a Mozilla host.
 */
const FIREFOX_OWN_TRAFFIC = /^(CONNECT |GET |POST )?(https?:\/\/)?([a-z0-9.-]+\.)?(dummy\.test|mozilla\.(com|net|org)|firefox\.com)[:/]/;

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid> */
  base: string;
  /** Every request Firefox sent through the proxy, i.e. to anything but localhost (Firefox's own dummy services aside). */
  proxied: string[];
  /** Every request a page opened by the test made that did not go to 127.0.0.1, localhost, the extension, data: or blob:. */
  foreignRequests: string[];
  /** Opens an extension page (e.g. "sidepanel.html?tabId=3") in a new tab; it has the extension's `browser` API. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens a page and records its requests. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const ALLOWED = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|moz-extension:\/\/|data:|blob:|about:)/;

/**
 * A proxy that answers every request with 502 and records it. Firefox sends everything but localhost through it,
 * so a request from any part of the extension (background, pages, content scripts) to the outside shows up here.
 */
async function startCatchAllProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  return { server, port: typeof addr === 'object' && addr ? addr.port : 0, seen };
}

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  const proxy = await startCatchAllProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    // Lets BiDi open moz-extension:// pages in tabs (Firefox refuses privileged URLs to remote navigation otherwise).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox's own background traffic that puppeteer leaves on: captive portal, connectivity, remote settings.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.region.network.url': '',
      'messaging-system.rsexperimentloader.enabled': false,
      'app.normandy.enabled': false,
    },
  });
  const proxied = proxy.seen;
  const foreignRequests: string[] = [];
  const watch = (page: Page) => {
    page.on('request', (r) => {
      if (!ALLOWED.test(r.url())) foreignRequests.push(r.url());
    });
    return page;
  };
  const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
  const base = `moz-extension://${ADDON_UUID}`;

  async function openExtensionPage(path: string): Promise<Page> {
    const page = watch(await browser.newPage());
    const url = `${base}/${path}`;
    // The page moves to the extension's process on the way, which the navigation promise often does not survive
    // (it rejects or waits out its timeout): start it, and wait for the document itself instead.
    void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30000 }).catch(() => {});
    for (let i = 0; i < 200; i++) {
      const ready = await page.evaluate(() => location.href + '|' + document.readyState).catch(() => '');
      if (ready.startsWith(url) && ready.endsWith('complete')) return page;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    throw new Error(`extension page ${url} never loaded`);
  }

  return {
    browser,
    base,
    proxied,
    foreignRequests,
    openExtensionPage,
    newPage: async () => watch(await browser.newPage()),
    async close() {
      await browser.close().catch(() => {});
      proxy.server.close();
    },
  };
}

/** Requests through the proxy that were not Firefox's own service traffic. */
export const outsideRequests = (s: FirefoxSession) => s.proxied.filter((r) => !FIREFOX_OWN_TRAFFIC.test(r));

export async function screenshotFirefox(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}
