// A form's first check after opening, in headless Chromium: each run
// a fresh page imports a package's inline.js entry (the module inlined and instantiated
// synchronously, as bundlers get it), opens the 1x synthetic board from its text, then
// checks its last action twice. Pages are served on 127.0.0.1 (examples/web/serve.mjs);
// Debian's /usr/bin/chromium through playwright-core from tests/node_modules.
//
//   node wasm/bench/first_check_chromium.mjs [pkg dir under the repository...]
//   (default wasm/pkg; needs target/bench/synth-1x.json from wasm/bench/near_native.sh)
import { relative, resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from '../../examples/web/serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { chromium } = createRequire(join(root, 'tests', 'package.json'))('playwright-core');
const dirs = process.argv.length > 2 ? process.argv.slice(2) : [join(root, 'wasm', 'pkg')];
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const { server, url } = await serve(0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS, headless: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const dir of dirs) {
    const path = '/' + relative(root, resolve(dir));
    const runs = [];
    for (let i = 0; i < 5; i += 1) {
      const page = await browser.newPage();
      await page.goto(`${url}/examples/web/serve.mjs`); // any same-origin page
      runs.push(await page.evaluate(async ([pkg, board]) => {
        const text = await (await fetch(board)).text();
        const t0 = performance.now();
        const bk = await import(`${pkg}/inline.js`);
        const t1 = performance.now();
        const b = new bk.Board(text);
        const t2 = performance.now();
        const doc = JSON.parse(text);
        const req = { kind: 'action', record: doc.actions[doc.actions.length - 1], as_of: '2017-01-31' };
        const t3 = performance.now();
        b.validateRecord(req);
        const t4 = performance.now();
        b.validateRecord(req);
        const t5 = performance.now();
        b.free();
        return { load: t1 - t0, open: t2 - t1, first: t4 - t3, second: t5 - t4 };
      }, [path, '/target/bench/synth-1x.json']));
      await page.close();
    }
    const m = (k) => median(runs.map((r) => r[k])).toFixed(2);
    console.log(`chromium ${path}: import (fetch + instantiate + warm-up) ${m('load')} ms, open 1x ${m('open')} ms, first check ${m('first')} ms, second check ${m('second')} ms (medians of 5 fresh pages)`);
  }
} finally {
  await browser.close();
  server.close();
}
