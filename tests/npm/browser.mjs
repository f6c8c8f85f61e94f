// Open a built page in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core; no browser is downloaded), served from DIR on 127.0.0.1, and print
// its title once it starts with "ok" (or the page's errors), then ` requests=N failed=F`:
// how many files (URLs) the page fetched and how many of them failed (404...), the favicon aside.
// Usage: node browser.mjs DIR PAGE
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE ?? 'playwright-core');
const [dir, page = 'index.html'] = process.argv.slice(2);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(dir, path.endsWith('/') ? page : path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const errors = [];
const requests = new Set();
const failedRequests = new Set(); // by URL: a 404 whose body is never read is also reported as aborted
let code = 1;
try {
  const p = await browser.newPage();
  p.on('pageerror', (e) => errors.push(String(e)));
  // The browser's own favicon request is not the page's.
  const own = (url) => !new URL(url).pathname.endsWith('/favicon.ico');
  p.on('response', (r) => { if (own(r.url())) { requests.add(r.url()); if (r.status() >= 400) failedRequests.add(r.url()); } });
  p.on('requestfailed', (r) => { if (own(r.url())) { requests.add(r.url()); failedRequests.add(r.url()); } });
  await p.goto(`http://127.0.0.1:${server.address().port}/`);
  await p.waitForFunction(() => document.title.startsWith('ok') || document.title.startsWith('fail'), null, { timeout: 20000 });
  const title = await p.title();
  console.log(`${title} requests=${requests.size} failed=${failedRequests.size}`);
  code = title.startsWith('ok') ? 0 : 1;
} catch (e) {
  console.log(`no result: ${e.message.split('\n')[0]}; page errors: ${errors.join(' | ')}`);
} finally {
  await browser.close();
  server.close();
}
process.exit(code);
