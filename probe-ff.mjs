import puppeteer from 'puppeteer-core';
import { startPageServer } from './tests/e2e/harness.ts';
const dir = process.argv[2];
const UUID = '0a6e3f1c-5b7d-4c2e-9f10-3c9b2f4e8a11';
const t0 = Date.now();
const browser = await puppeteer.launch({
  browser: 'firefox', executablePath: '/usr/bin/firefox-esr', protocol: 'webDriverBiDi', headless: true, dumpio: true, args: ['--remote-allow-system-access'],
  extraPrefsFirefox: {
    'extensions.webextensions.uuids': JSON.stringify({ 'common-ground@example.org': UUID }),
    'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true, 'browser.dom.window.dump.enabled': true,
  },
});
console.log('launched', Date.now() - t0);
const id = await browser.installExtension(dir);
console.log('installed', id, Date.now() - t0);
const { server, origin } = await startPageServer();
const page = await browser.newPage();
await page.goto(origin + '/textarea.html');
await page.click('#ed');
await page.keyboard.type('The council dropped the ball on discharge letters yet again. ');
await new Promise(r => setTimeout(r, 4000));
const n = await page.evaluate(() => document.querySelector('common-ground-overlay')?.shadowRoot?.querySelectorAll('.u').length ?? -1);
console.log('underlines', n, Date.now() - t0);
const side = await browser.newPage();
side.goto(`moz-extension://${UUID}/sidepanel.html`, {waitUntil:'domcontentloaded', timeout: 8000}).catch(e=>console.log('goto', e.message));
await new Promise(r => setTimeout(r, 3000)); console.log('url', side.url()); console.log('targets', browser.targets().map(t=>t.type()+' '+t.url()));
await new Promise(r => setTimeout(r, 2000));
console.log('side', (await side.evaluate(() => document.body.innerText)).slice(0, 500));
console.log('idle start', Date.now()-t0); await new Promise(r => setTimeout(r, 40000)); console.log('closing', Date.now()-t0); await browser.close(); server.close();
