// Shared set-up of the browser tests: serve the repository on 127.0.0.1, open the example
// page in Debian's /usr/bin/chromium through playwright-core (no browser is ever
// downloaded), and collect page errors. Not a test file itself.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../examples/web/serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/**
 * Register before/after hooks that open the example page. Returns an object whose `page`
 * is set once the page is ready, and whose `pageErrors` collects errors the page logs.
 */
export function useExamplePage() {
  const ctx = { page: null, pageErrors: [] };
  let server, browser;
  before(async () => {
    let url;
    ({ server, url } = await serve(0));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    ctx.page = await browser.newPage();
    ctx.page.on('pageerror', (e) => ctx.pageErrors.push(String(e)));
    ctx.page.on('console', (m) => { if (m.type() === 'error') ctx.pageErrors.push(m.text()); });
    await ctx.page.goto(`${url}/examples/web/`);
    await ctx.page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
  return ctx;
}
